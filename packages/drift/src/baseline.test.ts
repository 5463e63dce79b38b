// detectDrift's statistics against scripts/bench/peer_drift_scipy.py (pandas + scipy) on the committed
// 2,000-row bench pair; scripts/goldens/drift_goldens.py made both files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ColumnDrift } from './detect.ts';
import { measureDrift } from './index.ts';
import type { DriftMethod } from './methods.ts';
import {
  type BaselineCategorical,
  type BaselineNumeric,
  baselineExpected,
  baselineTables,
} from './testing/baseline.ts';

const { reference, current } = baselineTables();
const expected = baselineExpected();
const numeric = Object.keys(expected).filter((c) => expected[c].kind === 'numeric');
const categorical = Object.keys(expected).filter((c) => expected[c].kind === 'categorical');

function run(method: DriftMethod, columns: string[]): Map<string, ColumnDrift> {
  const m = measureDrift(reference, current, { columns, method, jsBase: 2 });
  return new Map(m.columns.map((c) => [c.column, c]));
}

function close(actual: number | null, wanted: number, what: string, relative = 1e-9): void {
  assert.ok(actual !== null, `${what}: no value`);
  assert.ok(
    Math.abs(actual - wanted) <= relative * Math.abs(wanted),
    `${what}: ${actual} vs scipy ${wanted}`,
  );
}

function closeP(actual: number | null, wanted: number, what: string): void {
  assert.ok(actual !== null && Math.abs(actual - wanted) <= 1e-6, `${what}: p ${actual} vs scipy ${wanted}`);
}

test('the bench pair has the columns the baseline reports', () => {
  assert.deepEqual(numeric, [
    'num_0',
    'num_1',
    'num_2',
    'num_3',
    'num_4',
    'num_5',
    'num_6',
    'num_7',
    'income',
    'age',
  ]);
  assert.deepEqual(categorical, ['color', 'region']);
});

test('KS statistic and p-value agree with scipy.stats.ks_2samp', () => {
  const got = run('ks', numeric);
  for (const name of numeric) {
    const want = expected[name] as BaselineNumeric;
    const c = got.get(name) as ColumnDrift;
    close(c.statistic, want.ks_stat, `${name} ks statistic`);
    closeP(c.pValue, want.ks_p, `${name} ks`);
  }
});

test('PSI agrees with the baseline (10 reference-quantile bins, shares floored at 1e-4)', () => {
  const got = run('psi', numeric);
  for (const name of numeric)
    close(got.get(name)?.statistic ?? null, (expected[name] as BaselineNumeric).psi, `${name} psi`);
});

test('normed Wasserstein is scipy.stats.wasserstein_distance over the reference population std', () => {
  const got = run('wasserstein', numeric);
  for (const name of numeric) {
    close(
      got.get(name)?.statistic ?? null,
      (expected[name] as BaselineNumeric).wasserstein_normed,
      `${name} wasserstein`,
    );
  }
});

test('chi-square agrees with scipy.stats.chi2_contingency and JS with scipy jensenshannon (base 2)', () => {
  const chi = run('chi-square', categorical);
  const js = run('jensen-shannon', categorical);
  for (const name of categorical) {
    const want = expected[name] as BaselineCategorical;
    close(chi.get(name)?.statistic ?? null, want.chi2, `${name} chi2`);
    closeP(chi.get(name)?.pValue ?? null, want.chi2_p, `${name} chi2`);
    close(js.get(name)?.statistic ?? null, want.js, `${name} js`);
  }
});

test('auto on the bench pair: more than 1,000 reference rows, so Wasserstein and Jensen-Shannon', () => {
  const m = measureDrift(reference, current);
  const methods = new Map(m.columns.map((c) => [c.column, c.method]));
  for (const name of numeric) assert.equal(methods.get(name), 'wasserstein', name);
  for (const name of categorical) assert.equal(methods.get(name), 'jensen-shannon', name);
  // The generator shifts num_0..num_2 by 0.1 sd, num_3's spread and color's mix; at 2,000 rows the 0.1
  // thresholds catch num_1, num_2 and color.
  assert.deepEqual([...m.driftedColumns].sort(), ['color', 'num_1', 'num_2']);
  assert.equal(m.datasetDrift, false);
});
