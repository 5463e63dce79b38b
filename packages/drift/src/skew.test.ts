import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReport, InputError } from '@modelgate/core';
import { compareSkew, measureSkew } from './skew.ts';
import { makeTable } from './testing/tables.ts';

// Composite key (user, day). Serving rows come in another order, one training row has no serving
// partner, one serving row has no training partner, and serving repeats one id.
const training = makeTable(
  {
    user: ['u1', 'u1', 'u2', 'u3', 'u4'],
    day: [1, 2, 1, 1, 1],
    amount: [10.5, 20, 30, 40, null],
    country: ['DE', 'FR', 'FR', null, 'US'],
    same: [1, 2, 3, 4, 5],
  },
  { file: 'train.csv' },
);
const serving = makeTable(
  {
    user: ['u2', 'u1', 'u1', 'u9', 'u4', 'u2'],
    day: [1, 2, 1, 1, 1, 1],
    amount: [30, 20 * (1 + 1e-12), 10.25, 1, 7, 30],
    country: ['FR', 'FR', 'DE', 'DE', 'US', 'FR'],
    same: [3, 2, 1, 9, 5, 3],
  },
  { file: 'serve.csv' },
);

test('joins on a composite key and counts differing values per feature', () => {
  const s = measureSkew(training, serving, { idColumns: ['user', 'day'] });
  assert.equal(s.joined, 3 + 1, 'u1/1, u1/2, u2/1, u4/1');
  const byName = Object.fromEntries(s.features.map((f) => [f.column, f]));
  // amount: u1/1 10.5 vs 10.25 differs; u1/2 within 1e-9 relative; u4/1 missing vs 7 differs.
  assert.equal(byName.amount.differing, 2);
  assert.equal(byName.amount.share, 0.5);
  assert.equal(byName.country.differing, 0, 'u3 (missing country) has no serving row');
  assert.equal(byName.same.differing, 0);
  assert.deepEqual(s.skewedFeatures, ['amount']);
  const example = byName.amount.examples[0];
  assert.deepEqual(
    { id: example.id, left: example.left, right: example.right },
    { id: 'user=u1, day=1', left: '10.5', right: '10.25' },
  );
  assert.deepEqual(example.leftLocation, { file: 'train.csv', line: 2, unit: 'line', column: 'amount' });
  assert.deepEqual(example.rightLocation, { file: 'serve.csv', line: 4, unit: 'line', column: 'amount' });
  assert.equal(byName.amount.examples[1].left, null, 'missing vs present differs');
});

test('rows on one side only and repeated ids are reported with their lines', () => {
  const s = measureSkew(training, serving, { idColumns: ['user', 'day'] });
  assert.equal(s.leftOnly.count, 1);
  assert.deepEqual(s.leftOnly.examples[0], {
    id: 'user=u3, day=1',
    location: { file: 'train.csv', line: 5, unit: 'line' },
  });
  assert.equal(s.rightOnly.count, 1);
  assert.deepEqual(s.rightOnly.examples[0].location, { file: 'serve.csv', line: 5, unit: 'line' });
  assert.equal(s.rightDuplicates.count, 1);
  assert.deepEqual(s.rightDuplicates.examples[0], {
    id: 'user=u2, day=1',
    location: { file: 'serve.csv', line: 7, unit: 'line' },
  });
  assert.equal(s.leftDuplicates.count, 0);
});

test('tolerance and threshold: relative numeric tolerance, allowed share of differing rows', () => {
  const loose = measureSkew(training, serving, { idColumns: ['user', 'day'], tolerance: 0.05 });
  assert.equal(loose.features.find((f) => f.column === 'amount')?.differing, 1, '10.5 vs 10.25 is within 5%');
  const exact = measureSkew(training, serving, { idColumns: ['user', 'day'], tolerance: 0 });
  assert.equal(
    exact.features.find((f) => f.column === 'amount')?.differing,
    3,
    '20 vs 20(1 + 1e-12) differs too',
  );
  const allowed = measureSkew(training, serving, { idColumns: ['user', 'day'], threshold: 0.5 });
  assert.deepEqual(allowed.skewedFeatures, [], 'share 0.5 is not above 0.5');
});

test('numbers and text compare by value; ids by text; missing ids are reported', () => {
  const left = makeTable({ id: [1, 2, 3, null], v: [1.5, 2, 3, 4] });
  const right = makeTable({ id: ['1', '2', '03', '4'], v: ['1.50', 'two', '3', '4'] });
  const s = measureSkew(left, right, { idColumns: ['id'] });
  assert.equal(s.joined, 2, '"03" does not match 3');
  assert.equal(s.features[0].differing, 1, '1.5 = "1.50"; 2 != "two"');
  assert.equal(s.leftMissingIds.count, 1);
  assert.equal(s.leftMissingIds.examples[0].id, '(missing id)');
});

test('compareSkew: errors for skewed features, warnings for row problems, metrics for outputs', () => {
  const result = compareSkew(training, serving, {
    idColumns: ['user', 'day'],
    labels: ['production', 'shadow'],
  });
  assert.deepEqual(
    result.findings.map((f) => `${f.check}:${f.severity}`),
    ['feature-skew:error', 'unmatched-rows:warning', 'unmatched-rows:warning', 'duplicate-ids:warning'],
  );
  assert.match(
    result.findings[0].message,
    /Feature "amount" differs between production and shadow on 2 of 4 joined rows \(50%/,
  );
  assert.deepEqual(result.findings[0].locations?.[0], {
    file: 'serve.csv',
    line: 4,
    unit: 'line',
    column: 'amount',
  });
  assert.deepEqual(result.metrics['skewed-features'], ['amount']);
  assert.equal(result.metrics['joined-rows'], 4);
  assert.equal(result.metrics['reference-only-rows'], 1);
  assert.equal(result.metrics['current-only-rows'], 1);
  assert.match(
    result.summary,
    /^Skew in 1 of 3 features on 4 joined rows: amount\. 2 rows appear on one side only\./,
  );
  buildReport('check-drift', 'check-drift', result);
});

test('bad options name the input', () => {
  const inputOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof InputError);
      return [e.input, e.message];
    }
    assert.fail('expected an InputError');
  };
  assert.deepEqual(inputOf(() => measureSkew(training, serving, { idColumns: [] }))[0], 'id-columns');
  const [input, message] = inputOf(() => measureSkew(training, serving, { idColumns: ['session'] }));
  assert.equal(input, 'id-columns');
  assert.match(message, /"session", which is not a column of the training data train\.csv/);
  assert.equal(
    inputOf(() => measureSkew(training, serving, { idColumns: ['user'], columns: ['x'] }))[0],
    'columns',
  );
});
