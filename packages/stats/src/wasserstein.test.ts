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

describe('wassersteinDistance and normedWasserstein near the ends of the double range', () => {
  // scipy and numpy overflow here themselves; the goldens apply them to the values divided by a power of
  // two (scripts/goldens/extreme_goldens.py).
  const extreme = loadGolden<{ wasserstein: WassersteinCase[] }>('extreme-values');
  for (const c of extreme.cases.wasserstein) {
    it(c.name, () => {
      const a = sample(c.a);
      const b = sample(c.b);
      assertRelClose(wassersteinDistance(a, b), c.distance, STATISTIC_REL, 'distance');
      const normed = normedWasserstein(a, b);
      assert.ok(Number.isFinite(normed), `normed is ${normed}`);
      assertRelClose(normed, c.normed, STATISTIC_REL, 'normed distance');
    });
  }

  it('is scale-free: 1e200 times the data gives the same normed figure as the data', () => {
    const a = sample({ lcg: { seed: 9, n: 300, kind: 'sum4', scale: 1, shift: 0 } });
    const b = sample({ lcg: { seed: 10, n: 200, kind: 'sum4', scale: 1.3, shift: 0.2 } });
    const scaled = (x: Float64Array) => x.map((v) => v * 1e200);
    assertRelClose(normedWasserstein(scaled(a), scaled(b)), normedWasserstein(a, b), 1e-12, 'normed');
  });
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
