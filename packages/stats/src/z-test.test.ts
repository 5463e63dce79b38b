import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertAbsClose, assertRelClose, loadGolden, P_VALUE_ABS, STATISTIC_REL } from './testing/goldens.ts';
import { zTestProportions } from './z-test.ts';

interface ZCase {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  statistic: number;
  pValue: number;
}

const golden = loadGolden<ZCase[]>('z-test');

describe('zTestProportions agrees with the pooled z-test computed with scipy.stats.norm', () => {
  for (const c of golden.cases) {
    it(`${c.x1}/${c.n1} vs ${c.x2}/${c.n2}`, () => {
      const result = zTestProportions(c.x1, c.n1, c.x2, c.n2);
      assertRelClose(result.statistic, c.statistic, STATISTIC_REL, 'statistic');
      assertAbsClose(result.pValue, c.pValue, P_VALUE_ABS, 'p-value');
      if (c.pValue < 1e-3) assertRelClose(result.pValue, c.pValue, 1e-9, 'small p-value');
    });
  }
});

describe('zTestProportions', () => {
  it('reports no difference when every outcome in both samples is the same', () => {
    assert.deepEqual(zTestProportions(0, 10, 0, 20), { statistic: 0, pValue: 1 });
    assert.deepEqual(zTestProportions(5, 5, 7, 7), { statistic: 0, pValue: 1 });
  });

  it('rejects impossible counts', () => {
    assert.throws(() => zTestProportions(1, 0, 1, 2), /n1 must be a positive integer, got 0/);
    assert.throws(() => zTestProportions(3, 2, 1, 2), /x1 must be an integer in \[0, n1 = 2\], got 3/);
    assert.throws(() => zTestProportions(1, 2, 0.5, 2), /x2 must be an integer/);
  });
});
