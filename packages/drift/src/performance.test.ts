import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '@modelgate/core';
import { metricDrop, performanceDrift } from './performance.ts';
import { summarizeTable } from './summary.ts';
import { makeTable } from './testing/tables.ts';

interface GoldenCase {
  name: string;
  target: (number | string)[];
  prediction: (number | string)[];
  positive?: string;
  accuracy: number;
  f1?: number;
  f1_macro?: number;
  roc_auc?: number;
  mae?: number;
  rmse?: number;
}

const goldens: { cases: GoldenCase[] } = JSON.parse(
  readFileSync(new URL('../goldens/performance.json', import.meta.url), 'utf8'),
);
const golden = (name: string): GoldenCase => {
  const found = goldens.cases.find((c) => c.name === name);
  assert.ok(found, `golden case ${name}`);
  return found;
};

function assertClose(actual: number | null | undefined, expected: number, what: string): void {
  assert.equal(typeof actual, 'number', `${what}: got ${actual}`);
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  assert.ok(
    Math.abs((actual as number) - expected) <= 1e-9 * scale,
    `${what}: ${actual} vs scikit-learn ${expected}`,
  );
}

const noBootstrap = { iterations: 0 };

test('performanceDrift scores both sides like scikit-learn and finds a score column', () => {
  const c = golden('binary-scores-with-ties');
  const half = c.target.length / 2;
  const reference = makeTable({
    y: c.target.slice(0, half) as number[],
    p: c.prediction.slice(0, half) as number[],
  });
  const current = makeTable({ y: c.target as number[], p: c.prediction as number[] });
  const result = performanceDrift(reference, current, {
    target: 'y',
    prediction: 'p',
    task: 'classification',
    maxDrop: 0.05,
    bootstrap: noBootstrap,
  });
  assert.equal(result.predictionKind, 'score');
  assert.equal(result.f1Average, 'binary');
  assert.equal(result.positiveLabel, '1');
  assertClose(result.current.metrics.accuracy?.value, c.accuracy, 'accuracy');
  assertClose(result.current.metrics.f1?.value, c.f1 as number, 'f1');
  assertClose(result.current.metrics['roc-auc']?.value, c.roc_auc as number, 'roc-auc');
  assert.equal(result.current.rows, c.target.length);
  assert.equal(result.current.metrics.accuracy?.low, null, 'no bootstrap, no interval');
});

test('text labels: positive class "yes" by default; multiclass uses macro F1', () => {
  const binary = golden('binary-text-labels');
  const table = makeTable({ y: binary.target as string[], p: binary.prediction as string[] });
  const result = performanceDrift(table, table, {
    target: 'y',
    prediction: 'p',
    task: 'classification',
    maxDrop: 0.05,
    bootstrap: noBootstrap,
  });
  assert.equal(result.predictionKind, 'label');
  assert.equal(result.positiveLabel, 'yes');
  assertClose(result.reference.metrics.f1?.value, binary.f1 as number, 'binary f1');
  assert.equal(result.drop, 0);
  assert.equal(result.retrainNeeded, false);

  const multi = golden('multiclass-with-unseen-prediction');
  const multiTable = makeTable({ y: multi.target as string[], p: multi.prediction as string[] });
  const multiResult = performanceDrift(multiTable, multiTable, {
    target: 'y',
    prediction: 'p',
    task: 'classification',
    maxDrop: 0.05,
    metric: 'f1',
    bootstrap: noBootstrap,
  });
  assert.equal(multiResult.f1Average, 'macro');
  assert.equal(multiResult.positiveLabel, undefined);
  assertClose(multiResult.current.metrics.f1?.value, multi.f1_macro as number, 'macro f1');
});

test('regression: an MAE increase beyond max drop needs a retrain (relative mode)', () => {
  const c = golden('regression');
  const y = c.target as number[];
  const good = c.prediction as number[];
  const worse = good.map((p, i) => y[i] + 1.5 * (p - y[i]));
  const reference = makeTable({ y, p: good });
  const current = makeTable({ y, p: worse });
  const result = performanceDrift(reference, current, {
    target: 'y',
    prediction: 'p',
    task: 'regression',
    maxDrop: 0.2,
    dropMode: 'relative',
    bootstrap: noBootstrap,
  });
  assert.equal(result.metric, 'mae');
  assertClose(result.reference.metrics.mae?.value, c.mae as number, 'reference mae');
  assertClose(result.drop, 0.5, 'errors 1.5x as large: 50% worse');
  assert.equal(result.retrainNeeded, true);
  const tolerant = performanceDrift(reference, current, {
    target: 'y',
    prediction: 'p',
    task: 'regression',
    maxDrop: 0.6,
    dropMode: 'relative',
    bootstrap: noBootstrap,
  });
  assert.equal(tolerant.retrainNeeded, false);
  const byDefault = performanceDrift(reference, current, {
    target: 'y',
    prediction: 'p',
    task: 'regression',
    maxDrop: 0.2,
    bootstrap: noBootstrap,
  });
  assert.equal(byDefault.dropMode, 'relative', 'auto: relative for MAE');
  assert.equal(byDefault.drop, result.drop);
  const absolute = performanceDrift(reference, current, {
    target: 'y',
    prediction: 'p',
    task: 'regression',
    maxDrop: 0.2,
    dropMode: 'absolute',
    bootstrap: noBootstrap,
  });
  assert.equal(absolute.dropMode, 'absolute');
  assertClose(absolute.drop, 0.5 * (c.mae as number), 'absolute: half the reference MAE more');
  assert.equal(absolute.retrainNeeded, true);
});

test('bootstrap intervals are seeded, bracket the estimate and narrow with more rows', () => {
  const c = golden('binary-scores-with-ties');
  const table = makeTable({ y: c.target as number[], p: c.prediction as number[] });
  const run = (seed: number) =>
    performanceDrift(table, table, {
      target: 'y',
      prediction: 'p',
      task: 'classification',
      maxDrop: 0.05,
      bootstrap: { iterations: 300, seed },
    });
  const first = run(11);
  assert.deepEqual(run(11), first, 'same seed, same intervals');
  assert.notDeepEqual(run(12).current.metrics.accuracy, first.current.metrics.accuracy);
  for (const name of ['accuracy', 'f1', 'roc-auc'] as const) {
    const m = first.current.metrics[name];
    assert.ok(m && m.low !== null && m.high !== null && m.value !== null, name);
    assert.ok(m.low <= m.value && m.value <= m.high, `${name}: ${m.low} <= ${m.value} <= ${m.high}`);
    assert.ok(m.high - m.low > 0.01 && m.high - m.low < 0.3, `${name} interval width ${m.high - m.low}`);
  }
  const bigger = makeTable({
    y: Array.from({ length: 10 }, () => c.target as number[]).flat(),
    p: Array.from({ length: 10 }, () => c.prediction as number[]).flat(),
  });
  const wide = first.current.metrics.accuracy as { low: number; high: number };
  const big = performanceDrift(bigger, bigger, {
    target: 'y',
    prediction: 'p',
    task: 'classification',
    maxDrop: 0.05,
    bootstrap: { iterations: 300, seed: 11 },
  }).current.metrics.accuracy as { low: number; high: number };
  assert.ok(
    big.high - big.low < (wide.high - wide.low) / 2,
    'ten times the rows: about a third of the width',
  );
});

test('label and regression intervals bracket the estimate too', () => {
  const labels = golden('multiclass-with-unseen-prediction');
  const regression = golden('regression');
  const runs = [
    {
      table: makeTable({ y: labels.target as string[], p: labels.prediction as string[] }),
      task: 'classification' as const,
      names: ['accuracy', 'f1'] as const,
    },
    {
      table: makeTable({ y: regression.target as number[], p: regression.prediction as number[] }),
      task: 'regression' as const,
      names: ['mae', 'rmse'] as const,
    },
  ];
  for (const { table, task, names } of runs) {
    const options = {
      target: 'y',
      prediction: 'p',
      task,
      maxDrop: 0.05,
      bootstrap: { iterations: 200, seed: 5 },
    };
    const result = performanceDrift(table, table, options);
    assert.deepEqual(performanceDrift(table, table, options), result);
    for (const name of names) {
      const m = result.current.metrics[name];
      assert.ok(m && m.low !== null && m.high !== null && m.value !== null, name);
      assert.ok(m.low < m.value && m.value < m.high, `${name}: ${m.low} < ${m.value} < ${m.high}`);
    }
  }
});

test('rows with a missing target or prediction are skipped and counted', () => {
  const reference = makeTable({ y: ['a', 'b', null, 'a'], p: ['a', 'a', 'b', null] });
  const result = performanceDrift(reference, reference, {
    target: 'y',
    prediction: 'p',
    task: 'classification',
    maxDrop: 0.1,
    bootstrap: noBootstrap,
  });
  assert.equal(result.reference.rows, 2);
  assert.equal(result.reference.skippedRows, 2);
  assert.equal(result.reference.metrics.accuracy?.value, 0.5);
});

test('numeric 0/1 predictions against a text target are scores; labels must match as text', () => {
  const reference = makeTable({ y: ['no', 'yes', 'yes', 'no'], p: [0, 1, 0, 0] });
  const result = performanceDrift(reference, reference, {
    target: 'y',
    prediction: 'p',
    task: 'classification',
    maxDrop: 0.1,
    bootstrap: noBootstrap,
  });
  assert.equal(result.predictionKind, 'score');
  assert.equal(result.reference.metrics.accuracy?.value, 0.75);
  assert.equal(result.reference.metrics['roc-auc']?.value, 0.75);
});

test('a reference summary keeps the paired columns for concept drift', () => {
  const c = golden('binary-text-labels');
  const table = makeTable({
    y: c.target as string[],
    p: c.prediction as string[],
    other: c.target.map(() => 1),
  });
  const options = {
    target: 'y',
    prediction: 'p',
    task: 'classification' as const,
    maxDrop: 0.05,
    bootstrap: { iterations: 20 },
  };
  const summary = summarizeTable(table, { keepRows: ['y', 'p'] });
  assert.deepEqual(performanceDrift(summary, table, options), performanceDrift(table, table, options));
  assert.throws(
    () => performanceDrift(summarizeTable(table), table, options),
    (e: unknown) => e instanceof InputError && /its summary was made without it/.test(e.message),
  );
});

test('bad options are input errors that name the input', () => {
  const table = makeTable({ y: [1, 0], p: [1, 1], t: ['a', 'b'] });
  const base = { target: 'y', prediction: 'p', task: 'classification' as const, maxDrop: 0.05 };
  const inputOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof InputError, String(e));
      return e.input;
    }
    assert.fail('expected an InputError');
  };
  assert.equal(
    inputOf(() => performanceDrift(table, table, { ...base, target: 'nope' })),
    'target-column',
  );
  assert.equal(
    inputOf(() => performanceDrift(table, table, { ...base, maxDrop: -1 })),
    'max-performance-drop',
  );
  assert.equal(
    inputOf(() => performanceDrift(table, table, { ...base, metric: 'mae' })),
    'performance-metric',
  );
  assert.equal(
    inputOf(() => performanceDrift(table, table, { ...base, positiveLabel: 'x' })),
    'positive-label',
  );
  assert.equal(
    inputOf(() => performanceDrift(table, table, { ...base, task: 'regression', target: 't' })),
    'target-column',
  );
});

test('metricDrop: absolute and relative, higher-is-better and error metrics, zero reference', () => {
  assertClose(metricDrop(0.8, 0.6, true, 'absolute'), 0.2, 'twenty points of accuracy');
  assertClose(metricDrop(0.8, 0.6, true, 'relative'), 0.25, '25% of 0.8');
  assert.equal(metricDrop(2, 3, false, 'relative'), 0.5);
  assert.equal(metricDrop(2, 1, false, 'relative'), -0.5);
  assert.equal(metricDrop(2, 1, false, 'absolute'), -1);
  assert.equal(metricDrop(0, 0, false, 'relative'), 0);
  assert.equal(metricDrop(0, 0.1, false, 'relative'), Number.POSITIVE_INFINITY);
});
