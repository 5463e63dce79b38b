import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import erfc from '@stdlib/math-base-special-erfc';
import { chi2Contingency, chiSquareSf } from './chi2.ts';
import { assertAbsClose, assertRelClose, loadGolden, P_VALUE_ABS, STATISTIC_REL } from './testing/goldens.ts';

interface Chi2Case {
  name: string;
  observed: number[][];
  correction: boolean;
  statistic: number;
  pValue: number;
  dof: number;
  expected: number[][];
}

const golden = loadGolden<Chi2Case[]>('chi2');

describe('chi2Contingency agrees with scipy.stats.chi2_contingency', () => {
  for (const c of golden.cases) {
    it(c.name, () => {
      const result = chi2Contingency(c.observed, { correction: c.correction });
      assertRelClose(result.statistic, c.statistic, STATISTIC_REL, 'statistic');
      assertAbsClose(result.pValue, c.pValue, P_VALUE_ABS, 'p-value');
      // scipy flushes p-values below ~1e-300 to 0; agreement there is the absolute check above.
      if (c.pValue < 1e-3 && c.pValue > 1e-290)
        assertRelClose(result.pValue, c.pValue, 1e-9, 'small p-value');
      assert.equal(result.dof, c.dof);
      assert.equal(result.correctionApplied, c.correction && c.dof === 1);
      result.expected.forEach((row, i) => {
        row.forEach((e, j) => {
          assertRelClose(e, c.expected[i][j], STATISTIC_REL, `expected[${i}][${j}]`);
        });
      });
    });
  }
});

describe('chi2Contingency', () => {
  it('drops a category seen in neither sample and says which', () => {
    const result = chi2Contingency([
      [5, 0, 3],
      [2, 0, 9],
    ]);
    assert.deepEqual(result.droppedColumns, [1]);
    assert.equal(result.dof, 1);
    assert.equal(result.expected[0][1], 0);
  });

  it('applies Yates only for dof 1', () => {
    assert.equal(
      chi2Contingency([
        [12, 5],
        [7, 15],
      ]).correctionApplied,
      true,
    );
    assert.equal(
      chi2Contingency([
        [12, 5, 3],
        [7, 15, 4],
      ]).correctionApplied,
      false,
    );
  });

  it('rejects empty, ragged, negative and all-zero-row tables', () => {
    assert.throws(() => chi2Contingency([]), /the table is empty/);
    assert.throws(() => chi2Contingency([[1, 2], [3]]), /row 1 has 1 columns, expected 2/);
    assert.throws(
      () =>
        chi2Contingency([
          [1, -2],
          [3, 4],
        ]),
      /row 0, column 1 is -2/,
    );
    assert.throws(
      () =>
        chi2Contingency([
          [1, Number.NaN],
          [3, 4],
        ]),
      /row 0, column 1 is NaN/,
    );
    assert.throws(
      () =>
        chi2Contingency([
          [0, 0],
          [3, 4],
        ]),
      /row 0 has no observations/,
    );
  });

  it('keeps the digits of tiny p-values (upper incomplete gamma, not 1 - CDF)', () => {
    // P(chi2_1 >= x) = erfc(sqrt(x / 2)): ~1.5e-23 at x = 100, which 1 - CDF would round to 0.
    assertRelClose(chiSquareSf(100, 1), erfc(Math.sqrt(50)), 1e-12, 'sf');
    assert.equal(chiSquareSf(0, 3), 1);
  });
});
