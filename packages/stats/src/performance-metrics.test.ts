import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { percentileInterval } from './bootstrap.ts';
import {
  accuracy,
  confusionMatrix,
  f1Binary,
  f1Macro,
  regressionErrors,
  rocAuc,
} from './performance-metrics.ts';

// biome-ignore lint/suspicious/noExplicitAny: golden cases differ in shape by name.
type Case = Record<string, any>;
const { cases }: { cases: Case[] } = JSON.parse(
  readFileSync(new URL('../goldens/performance-metrics.json', import.meta.url), 'utf8'),
);
const golden = (name: string): Case => {
  const found = cases.find((c) => c.name === name);
  assert.ok(found, `golden case ${name}`);
  return found;
};

function assertClose(actual: number | null, expected: number, what: string): void {
  assert.equal(typeof actual, 'number', `${what}: got ${actual}`);
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  assert.ok(
    Math.abs((actual as number) - expected) <= 1e-9 * scale,
    `${what}: ${actual} vs reference ${expected}`,
  );
}

describe('performance metrics against scikit-learn', () => {
  it('accuracy, binary F1 and ROC-AUC with tied scores', () => {
    const c = golden('binary-scores-with-ties');
    const truth = Int32Array.from(c.truth);
    const scores = Float64Array.from(c.score);
    const matrix = confusionMatrix(truth, Int32Array.from(c.predicted), 2);
    assertClose(accuracy(matrix, 2), c.accuracy, 'accuracy');
    assertClose(f1Binary(matrix, 2, 1), c.f1, 'f1');
    const positives = scores.filter((_, i) => truth[i] === 1).sort();
    const negatives = scores.filter((_, i) => truth[i] === 0).sort();
    assertClose(rocAuc(positives, negatives), c.rocAuc, 'roc-auc');
  });

  it('macro F1 counts a class that is only ever predicted', () => {
    const c = golden('multiclass-with-unseen-prediction');
    const matrix = confusionMatrix(Int32Array.from(c.truth), Int32Array.from(c.predicted), c.classes);
    assertClose(accuracy(matrix, c.classes), c.accuracy, 'accuracy');
    assertClose(f1Macro(matrix, c.classes), c.f1Macro, 'macro f1');
  });

  it('regression errors', () => {
    const c = golden('regression');
    const { mae, rmse } = regressionErrors(Float64Array.from(c.target), Float64Array.from(c.estimate));
    assertClose(mae, c.mae, 'mae');
    assertClose(rmse, c.rmse, 'rmse');
  });

  it('ROC-AUC weights count rows: weight 2 equals the score appearing twice; one class is undefined', () => {
    const weighted = rocAuc(
      Float64Array.of(0.4, 0.6, 0.9),
      Float64Array.of(0.2, 0.6, 0.7),
      Uint32Array.of(2, 0, 1),
      Uint32Array.of(1, 3, 1),
    );
    const expanded = rocAuc(Float64Array.of(0.4, 0.4, 0.9), Float64Array.of(0.2, 0.6, 0.6, 0.6, 0.7));
    assert.equal(weighted, expanded);
    // By hand: 0.4 beats 0.2 (x2), 0.9 beats all 5 -> (2 + 5) / (3 * 5).
    assert.equal(expanded, 7 / 15);
    assert.equal(rocAuc(Float64Array.of(0.5), Float64Array.of(0.5)), 0.5, 'a tie counts one half');
    assert.ok(Number.isNaN(rocAuc(Float64Array.of(0.1, 0.2), new Float64Array(0))), 'one class: undefined');
  });
});

describe('percentileInterval', () => {
  for (const c of cases.filter((x) => x.name.startsWith('percentile-interval'))) {
    it(`agrees with numpy.percentile: ${c.name}`, () => {
      const { low, high } = percentileInterval(c.sample, c.confidence);
      assertClose(low, c.low, 'low');
      assertClose(high, c.high, 'high');
    });
  }

  it('leaves out undefined resamples, does not reorder its input, and is null with none', () => {
    const samples = Float64Array.of(3, Number.NaN, 1, 2);
    assert.deepEqual(percentileInterval(samples, 0.5), { low: 1.5, high: 2.5 });
    assert.deepEqual([...samples].slice(0, 1), [3]);
    assert.deepEqual(percentileInterval([Number.NaN], 0.95), { low: null, high: null });
    assert.deepEqual(percentileInterval([], 0.95), { low: null, high: null });
    assert.throws(() => percentileInterval([1], 1), /strictly between 0 and 1/);
  });
});
