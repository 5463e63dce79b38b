import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verdictOf } from '@modelgate/core';
import { measureFairness } from './measure.ts';
import { parsePolicyLines } from './policy.ts';
import { fairnessResult, type ResultOptions } from './result.ts';
import { accumulateFile, CLASSIFICATION_DEFAULTS, writeCsv } from './testing/read.ts';

const FOUR_FIFTHS = parsePolicyLines('demographic_parity_ratio >= 0.8');

/** fairness-gate's result for a file of `sex, label, prediction` rows, judged by `rules`. */
async function judged(
  columns: { sex: string[]; label: number[]; prediction: number[] },
  minGroupSize: number,
  rules = FOUR_FIFTHS,
  extra: Partial<ResultOptions> = {},
) {
  const counts = await accumulateFile(writeCsv(columns), {
    ...CLASSIFICATION_DEFAULTS,
    sensitiveColumns: ['sex'],
  });
  const m = measureFairness(counts, {
    method: 'between_groups',
    minGroupSize,
    metrics: rules.map((r) => r.metric),
    hasScores: false,
    referenceGroup: extra.referenceGroup,
    bootstrap: 0,
    confidence: 0.95,
    seed: 1,
  });
  return fairnessResult(counts, m, rules, {
    gateOn: 'estimate',
    minGroupSize,
    sensitiveColumns: ['sex'],
    bins: {},
    ...extra,
  });
}

// 10 rows per group: F selected 6 times, M 7 times.
const twentyRows = {
  sex: [...Array(10).fill('F'), ...Array(10).fill('M')],
  label: Array.from({ length: 20 }, (_, i) => i % 2),
  prediction: Array.from({ length: 20 }, (_, i) => (i % 10 < (i < 10 ? 6 : 7) ? 1 : 0)),
};

test('with no group of min-group-size rows no rule holds: an error says why and what to do', async () => {
  const r = await judged(twentyRows, 30);
  assert.equal(verdictOf(r.result.findings), 'fail');
  const finding = r.result.findings.find((f) => f.severity === 'error');
  assert.equal(finding?.check, 'too-few-groups');
  assert.match(finding?.message ?? '', /no group of sex has at least 30 rows/);
  assert.match(finding?.message ?? '', /of 2 group\(s\), the largest has 10/);
  assert.match(finding?.message ?? '', /lower min-group-size, or, if sex is numeric, give bins/);
  assert.doesNotMatch(r.result.summary, /hold/);
  assert.match(r.result.summary, /none of the 1 fairness rule\(s\) could be checked/);
  assert.equal(r.outcomes[0].status, 'undefined');
});

test('a ratio of selection rates that are all 0 is an error naming that cause, not a pass', async () => {
  const r = await judged({ ...twentyRows, prediction: Array(20).fill(0) }, 5);
  assert.equal(verdictOf(r.result.findings), 'fail');
  const finding = r.result.findings.find((f) => f.check === 'undefined-disparity');
  assert.equal(finding?.severity, 'error');
  assert.match(
    finding?.message ?? '',
    /^demographic_parity_ratio is undefined \(the largest selection rate is 0, so the ratio min \/ max is 0 \/ 0\), so demographic_parity_ratio >= 0\.8 could not be checked$/,
  );
  assert.doesNotMatch(r.result.summary, /hold/);
  assert.match(r.result.summary, /1 of 1 fairness rule\(s\) could not be checked/);
});

test('a disparity against a reference group too small to gate names that group as the cause', async () => {
  const columns = {
    sex: [...Array(30).fill('F'), ...Array(30).fill('M'), ...Array(5).fill('X')],
    label: Array(65).fill(1),
    prediction: Array(65).fill(1),
  };
  const r = await judged(columns, 30, parsePolicyLines('disparate_impact >= 0.8'), { referenceGroup: 'X' });
  assert.match(
    r.result.findings.find((f) => f.check === 'undefined-disparity')?.message ?? '',
    /\(the reference group 'X' has fewer than 30 rows\)/,
  );
});

test('the groups table marks gated groups pass and small ones skipped, and lists groups by value', async () => {
  const columns = {
    sex: [...Array(5).fill('M'), ...Array(30).fill('F'), ...Array(30).fill('10'), ...Array(30).fill('9')],
    label: Array(95).fill(1),
    prediction: Array(95).fill(1),
  };
  const r = await judged(columns, 30);
  const table = r.result.tables.find((t) => t.id === 'groups');
  const gated = table?.columns.findIndex((c) => c.name === 'gated') ?? -1;
  assert.deepEqual(
    table?.rows.map((row) => [row[0], row[gated]]),
    [
      ['9', 'pass'],
      ['10', 'pass'],
      ['F', 'pass'],
      ['M', 'skipped'],
      ['(overall)', null],
    ],
  );
});
