import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextUniform, PoissonBootstrapSums, type RandomState, randomState } from '@modelgate/stats';
import type { Accumulated } from './accumulate.ts';
import type { ClassificationGroup, RegressionGroup } from './counts.ts';
import { measureFairness } from './measure.ts';
import { accumulateFile, writeCsv } from './testing/read.ts';

const base = {
  method: 'between_groups' as const,
  minGroupSize: 0,
  hasScores: false,
  confidence: 0.95,
};

function normal(g: RandomState): number {
  return Math.sqrt(-2 * Math.log(1 - nextUniform(g))) * Math.cos(2 * Math.PI * nextUniform(g));
}

function covers(interval: { low: number | null; high: number | null } | null, value: number): boolean {
  return (
    interval !== null &&
    interval.low !== null &&
    interval.high !== null &&
    interval.low <= value &&
    value <= interval.high
  );
}

const REGRESSION_DEFAULTS = {
  task: 'regression' as const,
  labelColumn: 'y',
  predictionColumn: 'p',
  scoreThreshold: 0.5,
  positiveLabel: '1',
  bins: {},
  missingSensitive: 'group' as const,
  keepScores: false,
  sensitiveColumns: ['g'],
};

test('regression intervals come from the streamed Poisson bootstrap, the same under a seed', async () => {
  const g = randomState(3);
  const rows = 400;
  const group = Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? 'B' : 'A'));
  const y = Array.from({ length: rows }, () => 10 + normal(g));
  const p = y.map((v, i) => Number((v + (group[i] === 'A' ? 1 : 2) * normal(g)).toFixed(6)));
  const path = writeCsv({ g: group, y: y.map((v) => Number(v.toFixed(6))), p });
  const metrics = ['mean_absolute_error_difference' as const, 'root_mean_squared_error_ratio' as const];
  const measure = async (seed: number, bootstrap = 300) =>
    measureFairness(await accumulateFile(path, { ...REGRESSION_DEFAULTS, resamples: bootstrap, seed }), {
      ...base,
      metrics,
      bootstrap,
      seed,
    });
  const [a, b, c, none] = await Promise.all([measure(5), measure(5), measure(6), measure(5, 0)]);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.disparities[0].interval, c.disparities[0].interval);
  assert.equal(a.resamples, 300);
  // The point estimates do not move with the bootstrap.
  assert.deepEqual(
    a.groups.map((x) => x.rates),
    none.groups.map((x) => x.rates),
  );
  assert.deepEqual(
    a.disparities.map((d) => d.value),
    none.disparities.map((d) => d.value),
  );
  assert.equal(none.disparities[0].interval, null);
  for (const d of a.disparities) assert.ok(covers(d.interval, d.value), `${d.name} ${JSON.stringify(d)}`);
  for (const x of a.groups)
    for (const rate of ['mean_absolute_error', 'root_mean_squared_error', 'mean_prediction'])
      assert.ok(covers(x.intervals[rate], x.rates[rate]), `${x.name} ${rate}`);
});

/** Hand-built accumulation of regression rows, fed to the bootstrap sums as the reader feeds them. */
function regressionAccumulated(
  rows: { group: number; y: number; p: number }[],
  names: string[],
  resamples: number,
  seed: number,
): Accumulated {
  const regression: RegressionGroup[] = names.map((name) => ({
    name,
    n: 0,
    absoluteErrorSum: 0,
    squaredErrorSum: 0,
    predictionSum: 0,
  }));
  const resampled = new PoissonBootstrapSums(resamples, 3, seed);
  for (const r of rows) {
    const e = r.y - r.p;
    const g = regression[r.group];
    g.n++;
    g.absoluteErrorSum += Math.abs(e);
    g.squaredErrorSum += e * e;
    g.predictionSum += r.p;
    resampled.add(r.group, [Math.abs(e), e * e, r.p]);
  }
  return {
    task: 'regression',
    classification: [],
    regression,
    order: names.map((_, i) => i),
    scores: [],
    rows: rows.length,
    skippedRows: 0,
    skippedExamples: [],
    unreadableRows: 0,
    labelValues: [],
    resampled,
  };
}

test('95% intervals of a known MAE difference cover it about 95% of the time', () => {
  // Errors are N(0, 1) in group A and N(0, 1.5²) in B: MAE σ√(2/π), so the true difference is 0.5√(2/π).
  const truth = 0.5 * Math.sqrt(2 / Math.PI);
  const g = randomState(20261204);
  const simulations = 300;
  let covered = 0;
  for (let s = 0; s < simulations; s++) {
    const rows = Array.from({ length: 800 }, () => {
      const group = nextUniform(g) < 0.5 ? 0 : 1;
      return { group, y: 0, p: (group === 0 ? 1 : 1.5) * normal(g) };
    });
    const m = measureFairness(regressionAccumulated(rows, ['A', 'B'], 300, s), {
      ...base,
      metrics: ['mean_absolute_error_difference'],
      bootstrap: 300,
      seed: s,
    });
    if (covers(m.disparities[0].interval, truth)) covered++;
  }
  // With 300 simulations the share's standard error at 0.95 is 0.0126; allow about three of them.
  const coverage = covered / simulations;
  assert.ok(coverage > 0.91 && coverage < 0.99, `coverage ${coverage}`);
});

/** Hand-built accumulation of scored rows (the accumulator's counts, scores and streamed sums). */
function scoredAccumulated(
  rows: { group: number; y: number; score: number }[],
  names: string[],
  resamples: number,
  seed: number,
): Accumulated {
  const classification: ClassificationGroup[] = names.map((name) => ({
    name,
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
    scoreSum: 0,
  }));
  const scores = names.map(() => ({ positive: [] as number[], negative: [] as number[] }));
  const resampled = new PoissonBootstrapSums(resamples, 2, seed);
  for (const r of rows) {
    const c = classification[r.group];
    const p = r.score >= 0.5;
    if (r.y === 1) {
      if (p) c.tp++;
      else c.fn++;
      scores[r.group].positive.push(r.score);
    } else {
      if (p) c.fp++;
      else c.tn++;
      scores[r.group].negative.push(r.score);
    }
    c.scoreSum += r.score;
    resampled.add(r.group, [r.score, r.y]);
  }
  return {
    task: 'classification',
    classification,
    regression: [],
    order: names.map((_, i) => i),
    scores,
    rows: rows.length,
    skippedRows: 0,
    skippedExamples: [],
    unreadableRows: 0,
    labelValues: ['1', '0'],
    resampled,
  };
}

test('95% intervals of a known ROC-AUC and calibration-gap difference cover them about 95% of the time', () => {
  // Labels are Bernoulli(1/2); negatives score U(0, 1) in both groups; positives score max(U, U) in A
  // (AUC 2/3, mean score 7/12, gap 1/12) and U(0, 1) in B (AUC 1/2, gap 0). All rows together: AUC
  // (2/3 + 1/2) / 2 = 7/12 and gap 1/24, so to_overall's differences are 1/12 and 1/24.
  const g = randomState(7);
  const simulations = 300;
  let aucCovered = 0;
  let gapCovered = 0;
  let aucToOverallCovered = 0;
  let gapToOverallCovered = 0;
  for (let s = 0; s < simulations; s++) {
    const rows = Array.from({ length: 800 }, () => {
      const group = nextUniform(g) < 0.5 ? 0 : 1;
      const y = nextUniform(g) < 0.5 ? 1 : 0;
      const u = nextUniform(g);
      const score = y === 1 && group === 0 ? Math.max(u, nextUniform(g)) : u;
      return { group, y, score };
    });
    const accumulated = scoredAccumulated(rows, ['A', 'B'], 300, s);
    const options = {
      ...base,
      hasScores: true,
      metrics: ['roc_auc_difference', 'calibration_gap_difference'] as const,
      bootstrap: 300,
      seed: s,
    };
    const m = measureFairness(accumulated, { ...options, metrics: [...options.metrics] });
    if (covers(m.disparities[0].interval, 1 / 6)) aucCovered++;
    if (covers(m.disparities[1].interval, 1 / 12)) gapCovered++;
    const toOverall = measureFairness(accumulated, {
      ...options,
      metrics: [...options.metrics],
      method: 'to_overall',
    });
    if (covers(toOverall.disparities[0].interval, 1 / 12)) aucToOverallCovered++;
    if (covers(toOverall.disparities[1].interval, 1 / 24)) gapToOverallCovered++;
    if (s === 0) {
      for (const x of m.groups)
        for (const rate of ['roc_auc', 'calibration_gap'])
          assert.ok(covers(x.intervals[rate], x.rates[rate]), `${x.name} ${rate}`);
    }
  }
  for (const [name, covered] of [
    ['ROC-AUC', aucCovered],
    ['calibration gap', gapCovered],
    ['ROC-AUC to overall', aucToOverallCovered],
    ['calibration gap to overall', gapToOverallCovered],
  ] as const) {
    const coverage = covered / simulations;
    assert.ok(coverage > 0.91 && coverage < 0.99, `${name} coverage ${coverage}`);
  }
});
