import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KllSketch } from '@modelgate/sketches';
import { ks2samp, wassersteinDistance } from '@modelgate/stats';
import { ksFromSketches, wassersteinFromSketches } from './sketch-statistics.ts';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function normal(random: () => number, n: number, shift: number, scale = 1): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = Math.max(random(), 1e-12);
    out[i] = shift + scale * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  }
  return out;
}

function sketchOf(values: Float64Array, seed: number): KllSketch {
  const sketch = new KllSketch({ random: lcg(seed) });
  for (const v of values) sketch.update(v);
  return sketch;
}

describe('statistics from KLL sketches', () => {
  it('equal scipy-exact ks_2samp and wasserstein_distance while the sketches hold every item', () => {
    const random = lcg(1);
    const a = normal(random, 150, 0);
    const b = normal(random, 120, 0.4);
    const ks = ksFromSketches(sketchOf(a, 2), sketchOf(b, 3));
    const truth = ks2samp(a, b);
    assert.equal(ks.exact, true);
    assert.equal(ks.value, truth.statistic);
    assert.equal(ks.pValue, truth.pValue);
    const w = wassersteinFromSketches(sketchOf(a, 2), sketchOf(b, 3));
    assert.ok(Math.abs(w.value - wassersteinDistance(a, b)) <= 1e-12 * wassersteinDistance(a, b));
    assert.equal(w.bound, 0);
  });

  for (const [n, shift] of [
    [20_000, 0],
    [50_000, 0.05],
    [100_000, 0.3],
  ]) {
    it(`agree with the exact statistics within the stated bound (${n} rows each, shift ${shift})`, () => {
      const random = lcg(n);
      const a = normal(random, n, 0);
      const b = normal(random, n, shift, 1.1);
      const ks = ksFromSketches(sketchOf(a, 5), sketchOf(b, 6));
      const exact = ks2samp(a, b, { method: 'asymp' });
      assert.equal(ks.exact, false);
      assert.ok(
        Math.abs(ks.value - exact.statistic) <= ks.bound,
        `D ${ks.value} vs ${exact.statistic} ± ${ks.bound}`,
      );
      assert.ok(exact.pValue >= ks.pValueRange[0] - 1e-12 && exact.pValue <= ks.pValueRange[1] + 1e-12);
      const w = wassersteinFromSketches(sketchOf(a, 5), sketchOf(b, 6));
      const wExact = wassersteinDistance(a, b);
      assert.ok(Math.abs(w.value - wExact) <= w.bound, `W ${w.value} vs ${wExact} ± ${w.bound}`);
    });
  }

  it('refuse an empty side', () => {
    assert.throws(() => ksFromSketches(new KllSketch(), sketchOf(new Float64Array([1]), 1)), /both sides/);
  });
});
