import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UserError } from '@modelgate/core';
import { parseBins } from './bins.ts';
import { groupOrder } from './groups.ts';
import { measureFairness } from './measure.ts';
import { accumulateFile, CLASSIFICATION_DEFAULTS, writeCsv } from './testing/read.ts';

const options = {
  method: 'between_groups' as const,
  minGroupSize: 0,
  hasScores: false,
  bootstrap: 0,
  confidence: 0.95,
  seed: 1,
};

test('bins group a numeric column by left-closed edges', async () => {
  const path = writeCsv({
    age: [18, 25, 39.5, 40, 64, 65, 90, null],
    label: [1, 0, 1, 0, 1, 0, 1, 0],
    prediction: [1, 1, 0, 0, 1, 1, 0, 0],
  });
  const counts = await accumulateFile(path, {
    ...CLASSIFICATION_DEFAULTS,
    sensitiveColumns: ['age'],
    bins: parseBins('age: 25, 40, 65'),
  });
  assert.deepEqual(
    counts.classification.map((g) => [g.name, g.tp + g.fp + g.fn + g.tn]),
    [
      ['< 25', 1],
      ['[25, 40)', 2],
      ['[40, 65)', 2],
      ['>= 65', 2],
      ['(missing)', 1],
    ],
  );
});

test('groups are reported by value, not in the order rows showed them: bins by edge, missing last', async () => {
  const path = writeCsv({
    age: [null, 90, 39.5, 18, 64],
    sex: ['M', 'F', 'M', 'F', 'F'],
    label: [1, 0, 1, 0, 1],
    prediction: [1, 1, 0, 0, 1],
  });
  const counts = await accumulateFile(path, {
    ...CLASSIFICATION_DEFAULTS,
    sensitiveColumns: ['age', 'sex'],
    bins: parseBins('age: 25, 40, 65'),
  });
  const m = measureFairness(counts, { ...options, metrics: ['demographic_parity_ratio'] });
  assert.deepEqual(
    m.groups.map((g) => g.name),
    [
      'age=< 25, sex=F',
      'age=[25, 40), sex=M',
      'age=[40, 65), sex=F',
      'age=>= 65, sex=F',
      'age=(missing), sex=M',
    ],
  );
});

test('group values order numbers by value, before text, then text by code point', () => {
  const values = ['b', '10', '(missing)', 'B', '9', '-1.5'].map((v) => [v]);
  assert.deepEqual(
    groupOrder(values, [undefined]).map((i) => values[i][0]),
    ['-1.5', '9', '10', 'B', 'b', '(missing)'],
  );
});

test('a missing sensitive value is its own group, or an error naming the line', async () => {
  const path = writeCsv({ sex: ['F', '', 'M'], label: [1, 0, 1], prediction: [1, 0, 0] });
  const grouped = await accumulateFile(path, { ...CLASSIFICATION_DEFAULTS, sensitiveColumns: ['sex'] });
  assert.ok(grouped.classification.some((g) => g.name === '(missing)'));
  await assert.rejects(
    accumulateFile(path, {
      ...CLASSIFICATION_DEFAULTS,
      sensitiveColumns: ['sex'],
      missingSensitive: 'error',
    }),
    (e: Error) =>
      e instanceof UserError && /'sex' has a missing value \(.*data\.csv line 3\)/.test(e.message),
  );
});

test('rows without a label or prediction are counted and located, not guessed', async () => {
  const path = writeCsv({ sex: ['F', 'F', 'M'], label: [1, null, 1], prediction: [1, 0, null] });
  const counts = await accumulateFile(path, { ...CLASSIFICATION_DEFAULTS, sensitiveColumns: ['sex'] });
  assert.equal(counts.skippedRows, 2);
  assert.deepEqual(
    counts.skippedExamples.map((e) => e.line),
    [3, 4],
  );
});

test('disparate impact and statistical parity difference are measured against the reference group', async () => {
  // Selection rates: M 0.6, F 0.3, X 0.45.
  const rows = (n: number, selected: number) => Array.from({ length: n }, (_, i) => (i < selected ? 1 : 0));
  const path = writeCsv({
    sex: [...Array(10).fill('M'), ...Array(10).fill('F'), ...Array(20).fill('X')],
    label: Array(40).fill(1),
    prediction: [...rows(10, 6), ...rows(10, 3), ...rows(20, 9)],
  });
  const counts = await accumulateFile(path, { ...CLASSIFICATION_DEFAULTS, sensitiveColumns: ['sex'] });
  const m = measureFairness(counts, {
    ...options,
    metrics: ['disparate_impact', 'statistical_parity_difference'],
    referenceGroup: 'M',
  });
  assert.equal(m.disparities[0].value, 0.3 / 0.6);
  assert.deepEqual(m.disparities[0].groups, ['F', 'M']);
  assert.equal(m.disparities[1].value, 0.3 - 0.6);
});

test('min-group-size leaves small groups out of the disparities but keeps their rates', async () => {
  const path = writeCsv({
    sex: [...Array(30).fill('F'), ...Array(30).fill('M'), 'X', 'X'],
    label: Array(62).fill(1),
    prediction: [...Array(30).fill(1), ...Array(15).fill(1), ...Array(15).fill(0), 0, 0],
  });
  const counts = await accumulateFile(path, { ...CLASSIFICATION_DEFAULTS, sensitiveColumns: ['sex'] });
  const m = measureFairness(counts, { ...options, minGroupSize: 30, metrics: ['demographic_parity_ratio'] });
  assert.equal(m.disparities[0].value, 0.5);
  const x = m.groups.find((g) => g.name === 'X');
  assert.equal(x?.gated, false);
  assert.equal(x?.rates.selection_rate, 0);
});

test('bins that are not ascending numbers are a user error naming the input', () => {
  assert.throws(
    () => parseBins('age: 40, 25'),
    (e: Error) => e instanceof UserError && /input bins/.test(e.message),
  );
  assert.throws(() => parseBins('25, 40'), UserError);
});

test('bins are kept by column name, whatever the name', () => {
  const bins = parseBins('__proto__: 1, 2; constructor: 3');
  assert.deepEqual(Object.entries(bins), [
    ['__proto__', [1, 2]],
    ['constructor', [3]],
  ]);
  assert.equal(bins.toString, undefined);
});
