import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linspace, quantile } from './quantile.ts';
import { loadGolden } from './testing/goldens.ts';

interface QuantileGolden {
  quantiles: { name: string; sorted: number[]; levels: number[]; values: number[] }[];
}

const golden = loadGolden<QuantileGolden>('quantile');

describe('quantile equals numpy.quantile (linear) bit for bit', () => {
  for (const c of golden.cases.quantiles) {
    it(c.name, () => {
      const sorted = Float64Array.from(c.sorted);
      assert.deepEqual(
        c.levels.map((p) => quantile(sorted, p)),
        c.values,
      );
    });
  }

  it('rejects an empty sample and levels outside [0, 1]', () => {
    assert.throws(() => quantile(new Float64Array(0), 0.5), /the sample is empty/);
    assert.throws(() => quantile(Float64Array.of(1), 1.5), /p must be in \[0, 1\], got 1.5/);
    assert.throws(() => quantile(Float64Array.of(1), Number.NaN), /got NaN/);
  });
});

describe('linspace', () => {
  it('reproduces numpy.linspace rounding (0.30000000000000004 at 3/10)', () => {
    assert.deepEqual(linspace(0, 1, 11)[3], 0.30000000000000004);
    assert.deepEqual(linspace(2, 2, 3), [2, 2, 2]);
    assert.deepEqual(linspace(5, 7, 1), [5]);
  });
});
