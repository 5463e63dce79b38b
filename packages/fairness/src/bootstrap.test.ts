import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextUniform, randomState } from '@modelgate/stats';
import type { Accumulated } from './accumulate.ts';
import { multinomialResampler } from './bootstrap.ts';
import type { ClassificationGroup } from './counts.ts';
import { measureFairness } from './measure.ts';

function accumulated(groups: ClassificationGroup[]): Accumulated {
  return {
    task: 'classification',
    classification: groups,
    regression: [],
    order: groups.map((_, i) => i),
    scores: groups.map(() => ({ positive: [], negative: [] })),
    rows: groups.reduce((n, g) => n + g.tp + g.fp + g.fn + g.tn, 0),
    skippedRows: 0,
    skippedExamples: [],
    unreadableRows: 0,
    labelValues: ['1', '0'],
  };
}

const options = {
  method: 'between_groups' as const,
  minGroupSize: 0,
  metrics: ['demographic_parity_difference' as const, 'equalized_odds_ratio' as const],
  hasScores: false,
  bootstrap: 200,
  confidence: 0.95,
  seed: 7,
};

test('a multinomial redraw keeps the total and leaves empty cells empty', () => {
  const resample = multinomialResampler(3);
  const counts = Float64Array.from([10, 0, 500, 3, 0, 1_000_000]);
  const out = new Float64Array(counts.length);
  for (let b = 0; b < 50; b++) {
    resample(counts, out);
    assert.equal(
      out.reduce((s, v) => s + v, 0),
      1_000_513,
    );
    assert.equal(out[1], 0);
    assert.equal(out[4], 0);
  }
});

test('a multinomial redraw has the cell shares as its means', () => {
  const resample = multinomialResampler(11);
  const counts = Float64Array.from([100, 300, 600]);
  const out = new Float64Array(3);
  const sums = [0, 0, 0];
  const B = 4000;
  for (let b = 0; b < B; b++) {
    resample(counts, out);
    for (let k = 0; k < 3; k++) sums[k] += out[k];
  }
  // Each mean has standard error √(n p (1 − p) / B) ≤ 0.25; allow five of them.
  for (let k = 0; k < 3; k++) assert.ok(Math.abs(sums[k] / B - counts[k]) < 1.3, `cell ${k}: ${sums[k] / B}`);
});

const observed: ClassificationGroup[] = [
  { name: 'A', tp: 120, fp: 40, fn: 30, tn: 210, scoreSum: 0 },
  { name: 'B', tp: 60, fp: 10, fn: 45, tn: 185, scoreSum: 0 },
];

test('bootstrap intervals are the same under the same seed and differ under another', () => {
  const a = measureFairness(accumulated(observed.map((g) => ({ ...g }))), options);
  const b = measureFairness(accumulated(observed.map((g) => ({ ...g }))), options);
  const c = measureFairness(accumulated(observed.map((g) => ({ ...g }))), { ...options, seed: 8 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.disparities[0].interval, c.disparities[0].interval);
  const dp = a.disparities[0];
  assert.ok(dp.interval && dp.interval.low !== null && dp.interval.high !== null);
  assert.ok(dp.interval.low < dp.value && dp.value < dp.interval.high);
  const sr = a.groups[0].intervals.selection_rate;
  assert.ok(sr.low !== null && sr.high !== null && sr.low < 0.4 && 0.4 < sr.high);
});

test('95% bootstrap intervals of a known demographic parity difference cover it about 95% of the time', () => {
  // Population: a row is in A or B with probability 1/2; A is selected with probability 0.5, B with 0.4,
  // so the true demographic parity difference is 0.1.
  const g = randomState(20261204);
  const simulations = 300;
  let covered = 0;
  for (let s = 0; s < simulations; s++) {
    const groups: ClassificationGroup[] = [
      { name: 'A', tp: 0, fp: 0, fn: 0, tn: 0, scoreSum: 0 },
      { name: 'B', tp: 0, fp: 0, fn: 0, tn: 0, scoreSum: 0 },
    ];
    for (let i = 0; i < 1000; i++) {
      const group = nextUniform(g) < 0.5 ? groups[0] : groups[1];
      const selected = nextUniform(g) < (group.name === 'A' ? 0.5 : 0.4);
      if (selected) group.tp++;
      else group.tn++;
    }
    const m = measureFairness(accumulated(groups), {
      ...options,
      metrics: ['demographic_parity_difference'],
      bootstrap: 400,
      seed: s,
    });
    const interval = m.disparities[0].interval;
    if (
      interval?.low !== null &&
      interval?.high !== null &&
      interval &&
      interval.low <= 0.1 &&
      0.1 <= interval.high
    )
      covered++;
  }
  // With 300 simulations the share's standard error at 0.95 is 0.0126; allow about three of them.
  const coverage = covered / simulations;
  assert.ok(coverage > 0.91 && coverage < 0.99, `coverage ${coverage}`);
});
