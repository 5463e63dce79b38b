import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addValue,
  emptyMoments,
  type Moments,
  mergeMoments,
  populationStdOf,
  populationVariance,
} from './moments.ts';

function momentsOf(values: number[]): Moments {
  const m = emptyMoments();
  for (const v of values) addValue(m, v);
  return m;
}

function twoPassVariance(values: number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
}

describe('moments', () => {
  it('agree with a two-pass variance, and merging parts equals the moments of the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 200 }),
        (a, b) => {
          const whole = momentsOf([...a, ...b]);
          const merged = mergeMoments(momentsOf(a), momentsOf(b));
          assert.equal(merged.count, whole.count);
          assert.equal(merged.min, whole.min);
          assert.equal(merged.max, whole.max);
          const truth = twoPassVariance([...a, ...b]);
          const tolerance = 1e-9 * Math.max(1, truth) + 1e-9;
          assert.ok(
            Math.abs(populationVariance(whole) - truth) <= tolerance,
            `whole ${populationVariance(whole)} vs ${truth}`,
          );
          assert.ok(
            Math.abs(populationVariance(merged) - truth) <= tolerance,
            `merged ${populationVariance(merged)} vs ${truth}`,
          );
          assert.ok(Math.abs(merged.mean - whole.mean) <= 1e-9 * Math.max(1, Math.abs(whole.mean)));
        },
      ),
    );
  });

  it('keep the standard deviation finite for values near 1e300, where squares overflow', () => {
    const m = momentsOf([1e300, -1e300, 1e300, -1e300]);
    assert.equal(m.mean, 0);
    assert.ok(Math.abs(populationStdOf(m) - 1e300) / 1e300 < 1e-12);
    assert.equal(populationVariance(m), Number.POSITIVE_INFINITY);
    const merged = mergeMoments(momentsOf([1]), momentsOf([1e308, -1e308]));
    assert.ok(Number.isFinite(populationStdOf(merged)));
  });

  it('of nothing have count 0 and an undefined variance', () => {
    assert.ok(Number.isNaN(populationVariance(emptyMoments())));
    assert.deepEqual(mergeMoments(emptyMoments(), momentsOf([2])), momentsOf([2]));
  });
});
