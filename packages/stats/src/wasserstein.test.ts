import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertRelClose, loadGolden, type SampleSpec, STATISTIC_REL, sample } from './testing/goldens.ts';
import { normedWasserstein, wassersteinDistance } from './wasserstein.ts';

interface WassersteinCase {
  name: string;
  a: SampleSpec;
  b: SampleSpec;
  distance: number;
  normed: number;
}

const golden = loadGolden<WassersteinCase[]>('wasserstein');

describe('wassersteinDistance agrees with scipy.stats.wasserstein_distance', () => {
  for (const c of golden.cases) {
    it(c.name, () => {
      const a = sample(c.a);
      const b = sample(c.b);
      assertRelClose(wassersteinDistance(a, b), c.distance, STATISTIC_REL, 'distance');
      assertRelClose(normedWasserstein(a, b), c.normed, STATISTIC_REL, 'normed distance');
    });
  }
});

describe('wassersteinDistance', () => {
  it('accepts pre-sorted input and is symmetric', () => {
    const a = sample({ lcg: { seed: 5, n: 400, kind: 'sum4', scale: 2, shift: 0 } });
    const b = sample({ lcg: { seed: 6, n: 300, kind: 'uniform', scale: 1, shift: 0 } });
    const d = wassersteinDistance(a, b);
    assert.equal(wassersteinDistance(a.slice().sort(), b.slice().sort(), { sorted: true }), d);
    assertRelClose(wassersteinDistance(b, a), d, 1e-12, 'symmetry');
  });

  it('is the shift between a sample and its translate', () => {
    const a = Float64Array.of(1, 4, 2, 8);
    assertRelClose(
      wassersteinDistance(
        a,
        a.map((v) => v + 0.5),
      ),
      0.5,
      1e-12,
      'shift',
    );
  });

  it('divides by 0.001 when the reference has (almost) no spread', () => {
    assertRelClose(normedWasserstein(Float64Array.of(3, 3, 3), Float64Array.of(3.01)), 10, 1e-9, 'normed');
  });

  it('rejects empty samples and NaN', () => {
    assert.throws(() => wassersteinDistance(new Float64Array(0), Float64Array.of(1)), /sample a is empty/);
    assert.throws(
      () => normedWasserstein(Float64Array.of(1), Float64Array.of(Number.NaN)),
      /sample b contains NaN/,
    );
  });
});
