import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableCellProblems } from '@modelgate/core';
import { runAnalysisLoop } from './analysis.ts';
import { defaultMetric } from './metric-spec.ts';
import { canaryResult } from './report.ts';
import type { MetricSamples } from './samples.ts';
import { nextStep } from './steps.ts';

const baseline = Array.from({ length: 40 }, (_, i) => 100 + (i % 10));
const healthy: MetricSamples = {
  baseline: new Map([['latency', baseline]]),
  canary: new Map([['latency', baseline.map((v) => v + 0.5)]]),
};
const slow: MetricSamples = {
  baseline: new Map([['latency', baseline]]),
  canary: new Map([['latency', baseline.map((v) => v * 1.5)]]),
};

const thresholds = { passScore: 95, marginalScore: 75 };
const specs = [{ ...defaultMetric('latency'), direction: 'increase' as const, allowedChange: 1.1 }];

async function loop(sequence: MetricSamples[], iterations: number, failureLimit: number) {
  const lines: string[] = [];
  const result = await runAnalysisLoop({
    specs,
    thresholds,
    iterations,
    failureLimit,
    intervalMs: 0,
    sample: async (i) => sequence[i - 1],
    log: (line) => lines.push(line),
  });
  return { ...result, lines };
}

describe('runAnalysisLoop (Flagger-style failure limit)', () => {
  it('promotes when every iteration passes, logging a rolling summary', async () => {
    const result = await loop([healthy, healthy, healthy], 3, 2);
    assert.equal(result.decision, 'promote');
    assert.equal(result.iterations.length, 3);
    assert.deepEqual(result.lines, [
      'iteration 1/3: score 100 (promote); failed iterations 0 of limit 2',
      'iteration 2/3: score 100 (promote); failed iterations 0 of limit 2',
      'iteration 3/3: score 100 (promote); failed iterations 0 of limit 2',
    ]);
  });

  it('rolls back as soon as failure-limit iterations failed', async () => {
    const result = await loop([slow, healthy, slow, healthy, healthy], 5, 2);
    assert.equal(result.decision, 'rollback');
    assert.equal(result.failureLimitReached, true);
    assert.equal(result.iterations.length, 3);
    assert.match(
      result.lines[2],
      /^iteration 3\/5: score 0 \(rollback\); failed iterations 2 of limit 2; failing: "latency"$/,
    );
  });

  it('holds when the last iteration failed but the limit was not reached', async () => {
    const result = await loop([healthy, slow], 2, 2);
    assert.equal(result.decision, 'hold');
    assert.equal(result.failureLimitReached, false);
  });
});

describe('canaryResult', () => {
  it('reports per-metric rows, the score against the thresholds, the decision, and a box chart per metric', async () => {
    const result = await loop([healthy, slow], 2, 1);
    const next = nextStep([5, 25, 50, 100], 25, result.decision);
    const report = canaryResult({ ...result, failureLimit: 1, thresholds, currentWeight: 25, next });
    assert.match(
      report.summary,
      /^rollback: score 0 < marginal score 75 \(0 of 1 judged metrics passed \(weighted\)\)/,
    );
    assert.match(report.summary, /1 of 2 iterations failed \(failure limit 1\); traffic 25% -> 0%$/);
    assert.deepEqual(
      report.findings.map((f) => [f.check, f.severity]),
      [
        ['canary-decision', 'error'],
        ['canary-metric', 'notice'],
      ],
    );
    assert.deepEqual(report.metrics['failed-metrics'], ['latency']);
    assert.equal(report.metrics['next-weight'], 0);
    const [metrics, decision, iterations] = report.tables;
    assert.equal(metrics.rows[0][0], 'latency');
    assert.equal(metrics.rows[0][12], 'fail');
    assert.deepEqual(decision.rows[0].slice(0, 6), [0, 95, 75, 'rollback', 25, 0]);
    assert.equal(iterations.rows.length, 2);
    for (const table of report.tables) assert.deepEqual(tableCellProblems(table), [], table.id);
    assert.equal(report.charts.length, 1);
    assert.equal(report.charts[0].kind, 'box');
    assert.deepEqual(report.charts[0].labels, ['baseline', 'canary']);
    assert.equal(report.charts[0].series[0].boxes?.[1].median, 156.75); // 1.5 x the baseline median 104.5
  });

  it('has no error or warning finding on promote, a warning on hold', async () => {
    const promote = await loop([healthy], 1, 1);
    const report = canaryResult({
      ...promote,
      failureLimit: 1,
      thresholds,
      currentWeight: 5,
      next: nextStep([5, 100], 5, 'promote'),
    });
    assert.deepEqual(report.findings, []);
    assert.equal(report.metrics.promoted, true);
    const hold = await loop([healthy, slow], 2, 2);
    const held = canaryResult({
      ...hold,
      failureLimit: 2,
      thresholds,
      currentWeight: 5,
      next: nextStep([5, 100], 5, 'hold'),
    });
    assert.equal(held.findings[0].severity, 'warning');
    assert.match(held.summary, /^hold: .*traffic stays at 5%$/);
  });
});
