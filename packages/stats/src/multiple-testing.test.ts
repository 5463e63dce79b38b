import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benjaminiHochberg, bonferroni } from './multiple-testing.ts';
import { assertRelClose, loadGolden } from './testing/goldens.ts';

interface AdjustCase {
  p: number[];
  bonferroni: number[];
  benjaminiHochberg: number[];
}

const golden = loadGolden<AdjustCase[]>('multiple-testing');

describe('adjusted p-values agree with the reference algorithms', () => {
  golden.cases.forEach((c, i) => {
    it(`set ${i} (${c.p.length} p-values)`, () => {
      bonferroni(c.p).forEach((v, j) => {
        assertRelClose(v, c.bonferroni[j], 1e-12, `bonferroni[${j}]`);
      });
      benjaminiHochberg(c.p).forEach((v, j) => {
        assertRelClose(v, c.benjaminiHochberg[j], 1e-12, `bh[${j}]`);
      });
    });
  });

  it('rejects empty input and values outside [0, 1]', () => {
    assert.throws(() => bonferroni([]), /no p-values given/);
    assert.throws(() => benjaminiHochberg([0.5, 1.2]), /p\[1\] is 1.2/);
    assert.throws(() => benjaminiHochberg([Number.NaN]), /p\[0\] is NaN/);
  });

  it('never lowers a p-value and keeps the order of the input', () => {
    const p = [0.3, 0.001, 0.04, 0.04];
    const adjusted = benjaminiHochberg(p);
    adjusted.forEach((v, i) => {
      assert.ok(v >= p[i]);
    });
    // 0.04 and 0.04 share ranks 3-4: both become 0.04 * 4/3; 0.001 at rank 1 becomes 0.004.
    const expected = [0.3, 0.004, 0.16 / 3, 0.16 / 3];
    for (const [i, v] of expected.entries()) assertRelClose(adjusted[i], v, 1e-12, `adjusted[${i}]`);
  });
});
