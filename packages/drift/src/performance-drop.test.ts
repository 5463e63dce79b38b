// Concept drift's retrain rule on real data: a random split of scikit-learn's diabetes data scored by one
// model (scripts/goldens/diabetes_split.py) is noise and must not call for a retrain; the same model made
// truly worse must. The drop is relative for regression errors by default and needs disjoint intervals.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readTable, type Table } from '@modelgate/core';
import { detectDrift, measureDrift } from './index.ts';
import { performanceDrift, resolveDropMode } from './performance.ts';
import { makeTable } from './testing/tables.ts';

const fixtures = join(import.meta.dirname, 'testing', 'fixtures');
const sklearn = JSON.parse(readFileSync(join(fixtures, 'diabetes-split.json'), 'utf8')) as Record<
  'reference' | 'current',
  { mae: number; rmse: number }
>;
const reference = await readTable(join(fixtures, 'diabetes-reference.csv'));
const current = await readTable(join(fixtures, 'diabetes-current.csv'));
const regression = { target: 'target', prediction: 'prediction', task: 'regression' as const, maxDrop: 0.05 };

function close(actual: number | null | undefined, expected: number, what: string): void {
  assert.ok(
    actual != null && Math.abs(actual - expected) <= 1e-9 * Math.abs(expected),
    `${what}: ${actual} vs ${expected}`,
  );
}

/** The current side with its prediction errors grown by `factor`: the model truly got worse. */
function worse(table: Table, factor: number): Table {
  const column = (name: string) => {
    const c = table.columns.find((x) => x.name === name);
    return Array.from((c as { values: Float64Array }).values);
  };
  const y = column('target');
  const p = column('prediction');
  return makeTable({ target: y, prediction: p.map((v, i) => y[i] + factor * (v - y[i])) });
}

describe('concept drift on a random split of the diabetes data', () => {
  it('scores both halves as scikit-learn does', () => {
    const result = performanceDrift(reference, current, regression);
    close(result.reference.metrics.mae?.value, sklearn.reference.mae, 'reference MAE');
    close(result.current.metrics.mae?.value, sklearn.current.mae, 'current MAE');
    close(result.current.metrics.rmse?.value, sklearn.current.rmse, 'current RMSE');
  });

  it('does not call for a retrain on noise: 5.7% worse, but the intervals overlap', () => {
    const result = performanceDrift(reference, current, regression);
    assert.equal(result.metric, 'mae');
    assert.equal(result.dropMode, 'relative', 'auto is relative for MAE');
    close(result.drop, (sklearn.current.mae - sklearn.reference.mae) / sklearn.reference.mae, 'drop');
    assert.ok((result.drop as number) > 0.05, 'beyond the limit by itself');
    assert.equal(result.intervalsSeparated, false);
    assert.equal(result.retrainNeeded, false);
    assert.match(result.notes.join(' '), /within sampling noise/);
  });

  it('said "retrain needed" under the old rule (absolute drop of 2.4 MAE points against 0.05)', () => {
    const absolute = performanceDrift(reference, current, { ...regression, dropMode: 'absolute' });
    assert.ok((absolute.drop as number) > 2);
    // Absolute or not, the overlapping intervals keep it from acting on noise.
    assert.equal(absolute.retrainNeeded, false);
    const noIntervals = performanceDrift(reference, current, {
      ...regression,
      dropMode: 'absolute',
      bootstrap: { iterations: 0 },
    });
    assert.equal(noIntervals.intervalsSeparated, null);
    assert.equal(noIntervals.retrainNeeded, true, 'without intervals, the drop alone decides');
  });

  it('calls for a retrain when the model truly got worse (errors 1.5 times as large)', () => {
    const result = performanceDrift(reference, worse(current, 1.5), regression);
    assert.ok((result.drop as number) > 0.4);
    assert.equal(result.intervalsSeparated, true);
    assert.equal(result.retrainNeeded, true);
  });

  it('reports the noise as a notice and the real drop as an error', () => {
    const options = {
      targetColumn: 'target',
      predictionColumn: 'prediction',
      task: 'regression' as const,
      maxPerformanceDrop: 0.05,
    };
    const noise = detectDrift(reference, current, options);
    assert.equal(noise.metrics['retrain-needed'], false);
    assert.equal(noise.metrics['performance-drop-mode'], 'relative');
    const notice = noise.findings.find((f) => f.check === 'concept-drift');
    assert.equal(notice?.severity, 'notice');
    assert.match(
      notice?.message ?? '',
      /within sampling noise.*mae 42\.08 → 44\.48 \(5\.7% worse, allowed 5%\)/,
    );
    assert.match(noise.summary, /within sampling noise/);
    const real = measureDrift(reference, worse(current, 1.5), options);
    assert.equal(real.performance?.retrainNeeded, true);
  });
});

describe('the drop mode', () => {
  it('auto is relative for regression errors and absolute for classification shares', () => {
    assert.equal(resolveDropMode('auto', 'mae'), 'relative');
    assert.equal(resolveDropMode('auto', 'rmse'), 'relative');
    for (const metric of ['accuracy', 'f1', 'roc-auc'] as const) {
      assert.equal(resolveDropMode('auto', metric), 'absolute');
    }
    assert.equal(resolveDropMode('absolute', 'mae'), 'absolute');
    assert.equal(resolveDropMode('relative', 'accuracy'), 'relative');
  });
});
