import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hodgesLehmannShift, mannWhitneyU } from '@modelgate/stats';
import { judgeCanary, judgeMetric, type MetricJudgement } from './judge.ts';
import { defaultMetric, type MetricSpec } from './metric-spec.ts';

function spec(overrides: Partial<MetricSpec> = {}): MetricSpec {
  return { ...defaultMetric('latency'), ...overrides };
}

/** n values spread evenly around `center` (no ties), deterministic. */
function around(center: number, n = 30, spread = 10): number[] {
  return Array.from({ length: n }, (_, i) => center + spread * (((i * 7919) % n) / n - 0.5));
}

const thresholds = { passScore: 95, marginalScore: 75 };

describe('judgeMetric (Kayenta Mann-Whitney classifier)', () => {
  it('passes identical samples', () => {
    const values = around(100);
    const judged = judgeMetric(spec(), values, [...values].reverse());
    assert.equal(judged.classification, 'pass');
    assert.equal(judged.passed, true);
    assert.equal(judged.shift?.estimate, 0);
  });

  it('calls no change significant on samples too few for a 98% interval, and says so', () => {
    // scipy.stats.mannwhitneyu: p = 1.0, 0.333, 0.1, 0.0286 for 1..4 per side, all above 0.02.
    for (const n of [1, 2, 3, 4]) {
      const judged = judgeMetric(spec(), around(100, n, 1), around(500, n, 1));
      assert.equal(judged.classification, 'pass', `n = ${n}`);
      assert.equal(judged.passed, true);
      assert.match(
        judged.reason,
        new RegExp(`^too few samples \\(${n} baseline, ${n} canary\\) for a 98% interval`),
      );
    }
    // Five a side reach it (the smallest exact p-value, 2/252, is below 0.02).
    assert.equal(judgeMetric(spec(), around(100, 5, 1), around(500, 5, 1)).classification, 'high');
  });

  it('reports the Hodges-Lehmann shift and Mann-Whitney p-value of canary against baseline', () => {
    const baseline = around(100);
    const canary = around(104);
    const judged = judgeMetric(spec(), baseline, canary);
    const hl = hodgesLehmannShift(Float64Array.from(canary), Float64Array.from(baseline), { level: 0.98 });
    assert.deepEqual(judged.shift, { estimate: hl.estimate, low: hl.lower, high: hl.upper });
    assert.equal(judged.pValue, mannWhitneyU(Float64Array.from(canary), Float64Array.from(baseline)).pValue);
    const small = judgeMetric(spec(), [1, 3, 2, 10], [5, 4, 6]);
    assert.deepEqual(
      [small.baseline?.median, small.baseline?.p95, small.canary?.median],
      [2.5, 8.949999999999998, 5],
    ); // numpy.percentile([1, 2, 3, 10], 95)
  });

  it('classifies a significant rise as high, failing it unless only a decrease is bad', () => {
    const baseline = around(100);
    const canary = around(130);
    assert.equal(judgeMetric(spec({ direction: 'increase' }), baseline, canary).passed, false);
    assert.equal(judgeMetric(spec({ direction: 'either' }), baseline, canary).passed, false);
    const decreaseBad = judgeMetric(spec({ direction: 'decrease' }), baseline, canary);
    assert.equal(decreaseBad.classification, 'high');
    assert.equal(decreaseBad.passed, true);
    const low = judgeMetric(spec({ direction: 'decrease' }), canary, baseline);
    assert.equal(low.classification, 'low');
    assert.equal(low.passed, false);
  });

  it('lets a significant change within the allowed change pass (ratio and absolute)', () => {
    const baseline = around(100, 200, 2);
    const canary = around(105, 200, 2);
    assert.equal(judgeMetric(spec(), baseline, canary).classification, 'high');
    assert.equal(judgeMetric(spec({ allowedChange: 1.1 }), baseline, canary).classification, 'pass');
    assert.equal(judgeMetric(spec({ allowedChange: 1.02 }), baseline, canary).classification, 'high');
    assert.equal(judgeMetric(spec({ allowedChangeAbsolute: 6 }), baseline, canary).classification, 'pass');
    assert.equal(judgeMetric(spec({ allowedChangeAbsolute: 4 }), baseline, canary).classification, 'high');
    // A decrease by ratio r is allowed down to 1/r of the baseline.
    assert.equal(judgeMetric(spec({ allowedChange: 1.1 }), canary, baseline).classification, 'pass');
  });

  it('removes NaN and infinities, or counts them as 0 with nan-strategy replace', () => {
    const removed = judgeMetric(spec(), [1, 2, Number.NaN, 3], [1, 2, 3, Number.POSITIVE_INFINITY]);
    assert.equal(removed.baseline?.n, 3);
    assert.equal(removed.baseline?.nanCount, 1);
    assert.equal(removed.canary?.nanCount, 1);
    assert.match(
      removed.reason,
      /; 1 baseline and 1 canary samples missing \(removed, nan-strategy remove\)$/,
    );
    const replaced = judgeMetric(spec({ nanStrategy: 'replace' }), [1, 2, Number.NaN, 3], [1, 2, 3]);
    assert.equal(replaced.baseline?.n, 4);
    assert.equal(replaced.baseline?.min, 0);
    assert.match(replaced.reason, /; 1 baseline sample missing \(counted as 0, nan-strategy replace\)$/);
    assert.doesNotMatch(judgeMetric(spec(), [1, 2, 3], [1, 2, 3]).reason, /missing/);
  });

  it('is no-data without samples on a side, failing only with must-have-data', () => {
    const judged = judgeMetric(spec(), [1, 2, 3], [Number.NaN]);
    assert.equal(judged.classification, 'no-data');
    assert.equal(judged.passed, true);
    assert.match(judged.reason, /^no data for the canary; 1 canary sample missing \(removed/);
    assert.equal(judgeMetric(spec({ mustHaveData: true }), [], []).passed, false);
  });

  it("checks the canary's mean against max and min", () => {
    const values = around(0.02, 30, 0.01);
    assert.equal(judgeMetric(spec({ max: 0.01 }), values, values).boundViolated, 'max');
    assert.equal(judgeMetric(spec({ max: 0.01 }), values, values).passed, false);
    assert.equal(judgeMetric(spec({ min: 0.05 }), values, values).boundViolated, 'min');
    assert.equal(judgeMetric(spec({ min: 0, max: 1 }), values, values).passed, true);
  });
});

function judged(
  name: string,
  passed: boolean,
  extra: Partial<MetricSpec> = {},
  noData = false,
): MetricJudgement {
  const values = around(10);
  const j = judgeMetric({ ...defaultMetric(name), ...extra }, values, noData ? [] : values);
  return { ...j, passed: noData ? j.passed : passed };
}

describe('judgeCanary (score and decision)', () => {
  it('scores the weighted share of passing metrics and maps it to promote, hold or rollback', () => {
    const promote = judgeCanary([judged('a', true), judged('b', true)], thresholds);
    assert.deepEqual([promote.score, promote.decision, promote.failedMetrics], [100, 'promote', []]);
    const hold = judgeCanary([judged('a', true, { weight: 3 }), judged('b', false)], thresholds);
    assert.deepEqual([hold.score, hold.decision, hold.failedMetrics], [75, 'hold', ['b']]);
    const rollback = judgeCanary([judged('a', true), judged('b', false)], thresholds);
    assert.deepEqual([rollback.score, rollback.decision], [50, 'rollback']);
    const edge = judgeCanary(
      [judged('a', true, { weight: 95 }), judged('b', false, { weight: 5 })],
      thresholds,
    );
    assert.deepEqual([edge.score, edge.decision], [95, 'promote']);
  });

  it('scores 0 when a critical metric fails', () => {
    const result = judgeCanary(
      [judged('a', true, { weight: 10 }), judged('b', false, { critical: true })],
      thresholds,
    );
    assert.deepEqual([result.score, result.decision], [0, 'rollback']);
    assert.match(result.scoreReason, /critical metric "b" failed/);
  });

  it('leaves no-data metrics out of the score, and scores 0 when half or more have none', () => {
    const some = judgeCanary([judged('a', true), judged('b', true), judged('c', true, {}, true)], thresholds);
    assert.deepEqual([some.score, some.decision], [100, 'promote']);
    const half = judgeCanary([judged('a', true), judged('b', true, {}, true)], thresholds);
    assert.deepEqual([half.score, half.decision], [0, 'rollback']);
    assert.match(half.scoreReason, /1 of 2 metrics have no data/);
  });
});
