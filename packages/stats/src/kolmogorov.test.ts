import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kolmogorovSmirnovSf, smirnovSf } from './kolmogorov.ts';
import { assertAbsClose, assertRelClose, loadGolden, P_VALUE_ABS } from './testing/goldens.ts';

interface KstwoRow {
  n: number;
  d: number;
  sf: number;
}

const golden = loadGolden<{ kstwo: KstwoRow[]; smirnov: { n: number; x: number; sf: number }[] }>('kstwo');

describe('kolmogorovSmirnovSf agrees with scipy.stats.kstwo.sf', () => {
  const sizes = [...new Set(golden.cases.kstwo.map((row) => row.n))];
  for (const n of sizes) {
    it(`n = ${n}`, () => {
      for (const row of golden.cases.kstwo.filter((r) => r.n === n)) {
        const sf = kolmogorovSmirnovSf(row.d, row.n);
        assertAbsClose(sf, row.sf, P_VALUE_ABS, `sf(${row.d}, ${row.n})`);
        if (row.sf > 0 && row.sf < 1e-3) assertRelClose(sf, row.sf, 1e-6, `tail sf(${row.d}, ${row.n})`);
      }
    });
  }

  it("computes Smirnov's one-sided distribution as scipy.special.smirnov", () => {
    for (const row of golden.cases.smirnov) {
      const sf = smirnovSf(row.n, row.x);
      assertAbsClose(sf, row.sf, P_VALUE_ABS, `smirnov(${row.n}, ${row.x})`);
      if (row.sf > 0 && row.sf < 1e-3) assertRelClose(sf, row.sf, 1e-6, `tail smirnov(${row.n}, ${row.x})`);
    }
  });

  it('is 1 at and below the support minimum 1/(2n), 0 from 1 on', () => {
    assert.equal(kolmogorovSmirnovSf(0, 10), 1);
    assert.equal(kolmogorovSmirnovSf(0.05, 10), 1);
    assert.equal(kolmogorovSmirnovSf(1, 10), 0);
    assert.equal(kolmogorovSmirnovSf(1.5, 10), 0);
  });

  it('rejects a non-integer or non-positive n', () => {
    assert.throws(() => kolmogorovSmirnovSf(0.1, 0), RangeError);
    assert.throws(() => kolmogorovSmirnovSf(0.1, 2.5), RangeError);
  });
});
