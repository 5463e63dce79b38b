import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hellinger, jensenShannon, lInfinity } from './distribution-distance.ts';
import { assertRelClose, loadGolden, STATISTIC_REL } from './testing/goldens.ts';

interface DistanceCase {
  name: string;
  p: number[];
  q: number[];
  jsNatural: number;
  jsBase2: number;
  jsBase10: number;
  hellinger: number;
  lInfinity: number;
}

const golden = loadGolden<DistanceCase[]>('distribution-distance');

describe('distribution distances agree with scipy / numpy', () => {
  for (const c of golden.cases) {
    it(c.name, () => {
      assertRelClose(jensenShannon(c.p, c.q), c.jsNatural, STATISTIC_REL, 'JS (natural log)');
      assertRelClose(jensenShannon(c.p, c.q, 2), c.jsBase2, STATISTIC_REL, 'JS (base 2)');
      assertRelClose(jensenShannon(c.p, c.q, 10), c.jsBase10, STATISTIC_REL, 'JS (base 10)');
      assertRelClose(hellinger(c.p, c.q), c.hellinger, STATISTIC_REL, 'Hellinger');
      assertRelClose(lInfinity(c.p, c.q), c.lInfinity, STATISTIC_REL, 'L-infinity');
    });
  }
});

describe('distribution distances', () => {
  it('reach their maxima on disjoint supports', () => {
    assert.equal(jensenShannon([3, 0], [0, 7], 2), 1);
    assert.equal(hellinger([3, 0], [0, 7]), 1);
    assert.equal(lInfinity([3, 0], [0, 7]), 1);
  });

  it('accept typed arrays', () => {
    assert.equal(jensenShannon(Float64Array.of(1, 1), Uint32Array.of(5, 5)), 0);
  });

  it('reject mismatched, negative, empty or massless inputs and bad bases', () => {
    assert.throws(() => jensenShannon([1, 2], [1, 2, 3]), /p has 2 categories but q has 3/);
    assert.throws(() => hellinger([1, -1], [1, 1]), /p\[1\] is -1/);
    assert.throws(() => lInfinity([], []), /p is empty/);
    assert.throws(() => lInfinity([0, 0], [1, 1]), /p sums to 0/);
    assert.throws(() => jensenShannon([1], [1], 1), /base must be a positive number other than 1/);
  });
});
