import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ks2samp } from './ks.ts';
import {
  assertAbsClose,
  assertRelClose,
  loadGolden,
  P_VALUE_ABS,
  type SampleSpec,
  STATISTIC_REL,
  sample,
} from './testing/goldens.ts';

interface KsCase {
  name: string;
  a: SampleSpec;
  b: SampleSpec;
  method: 'auto' | 'exact' | 'asymp';
  statistic: number;
  pValue: number;
  usedMethod: 'exact' | 'asymp';
}

const golden = loadGolden<KsCase[]>('ks');

describe('ks2samp agrees with scipy.stats.ks_2samp', () => {
  for (const c of golden.cases) {
    it(c.name, () => {
      const result = ks2samp(sample(c.a), sample(c.b), { method: c.method });
      assertRelClose(result.statistic, c.statistic, STATISTIC_REL, 'statistic');
      assertAbsClose(result.pValue, c.pValue, P_VALUE_ABS, 'p-value');
      // Tiny p-values must also agree in their digits, not only be "close to 0".
      if (c.pValue < 1e-3) assertRelClose(result.pValue, c.pValue, 1e-6, 'small p-value');
      assert.equal(result.method, c.usedMethod);
    });
  }
});

describe('ks2samp', () => {
  const a = sample({ lcg: { seed: 1, n: 300, kind: 'sum4', scale: 1, shift: 0 } });
  const b = sample({ lcg: { seed: 2, n: 200, kind: 'sum4', scale: 1, shift: 0.2 } });

  it('gives the same answer for pre-sorted input with sorted: true, and leaves inputs untouched', () => {
    const before = a.slice();
    const unsorted = ks2samp(a, b);
    assert.deepEqual(a, before);
    const sorted = ks2samp(a.slice().sort(), b.slice().sort(), { sorted: true });
    assert.deepEqual(sorted, unsorted);
  });

  it('is symmetric in its two samples', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 30 }),
        (xs, ys) => {
          const forward = ks2samp(Float64Array.from(xs), Float64Array.from(ys));
          const backward = ks2samp(Float64Array.from(ys), Float64Array.from(xs));
          assert.equal(forward.statistic, backward.statistic);
          assert.ok(Math.abs(forward.pValue - backward.pValue) < 1e-12);
          assert.ok(forward.statistic >= 0 && forward.statistic <= 1);
          assert.ok(forward.pValue >= 0 && forward.pValue <= 1);
        },
      ),
    );
  });

  it('switches to the asymptotic distribution above 10000 values in auto mode', () => {
    const big = sample({ lcg: { seed: 3, n: 10_001, kind: 'uniform', scale: 1, shift: 0 } });
    assert.equal(ks2samp(big, b).method, 'asymp');
    assert.equal(ks2samp(big.subarray(0, 10_000), b).method, 'exact');
  });

  it('takes n1 = n2 = 1 as effective size 1 on the asymptotic path (scipy would give NaN)', () => {
    assert.deepEqual(ks2samp(Float64Array.of(1), Float64Array.of(2), { method: 'asymp' }), {
      statistic: 1,
      pValue: 0,
      method: 'asymp',
    });
  });

  it('rejects empty samples, NaN, unsorted input claimed sorted, and unknown methods', () => {
    assert.throws(() => ks2samp(new Float64Array(0), b), /ks2samp: sample a is empty/);
    assert.throws(() => ks2samp(a, new Float64Array(0)), /ks2samp: sample b is empty/);
    assert.throws(() => ks2samp(Float64Array.of(1, Number.NaN), b), /sample a contains NaN/);
    assert.throws(
      () => ks2samp(Float64Array.of(1, 2), Float64Array.of(Number.NaN, 1), { sorted: true }),
      /NaN/,
    );
    assert.throws(
      () => ks2samp(Float64Array.of(2, 1), Float64Array.of(1, 2), { sorted: true }),
      /not ascending at index 1 \(2 then 1\)/,
    );
    assert.throws(() => ks2samp(a, b, { method: 'fast' as 'auto' }), RangeError);
    // A plain array would sort as strings; it is refused rather than mis-sorted.
    assert.throws(() => ks2samp([10, 9] as unknown as Float64Array, b), /sample a must be a Float64Array/);
  });
});
