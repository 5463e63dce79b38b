import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HllSketch, type HllType } from './hll.ts';
import { SIZES, vector } from './vectors.ts';

const TYPES: [string, HllType][] = [
  ['hll4', 'HLL_4'],
  ['hll6', 'HLL_6'],
  ['hll8', 'HLL_8'],
];

describe('HLL sketches written by the DataSketches C++ and Java libraries', () => {
  for (const language of ['cpp', 'java'] as const) {
    for (const [prefix, type] of TYPES) {
      for (const n of SIZES) {
        it(`${prefix}_n${n} (${language}): lg K 12, ${type}, estimate within 2% of ${n}, same bytes back`, () => {
          const bytes = vector(language, `${prefix}_n${n}`);
          const sketch = HllSketch.deserialize(bytes);
          assert.equal(sketch.lgK, 12);
          assert.equal(sketch.type, type);
          assert.equal(sketch.isEmpty(), n === 0);
          assert.ok(Math.abs(sketch.estimate() - n) <= 0.02 * n, `estimate ${sketch.estimate()}`);
          assert.deepEqual(sketch.serialize(), bytes);
        });
      }
    }
  }

  it('updating with the longs 0..N-1 here gives the C++ sketches: the same coupons, then the same registers', () => {
    for (const [prefix, type] of TYPES) {
      for (const n of [1, 10, 100, 1000, 10000]) {
        const ours = new HllSketch(12, type);
        for (let i = 0; i < n; i++) ours.updateLong(i);
        const theirs = HllSketch.deserialize(vector('cpp', `${prefix}_n${n}`));
        assert.equal(ours.mode, theirs.mode, `${prefix} n ${n}`);
        if (ours.mode === 'HLL') {
          assert.deepEqual(ours.registers, theirs.registers, `${prefix} n ${n}`);
          assert.ok(Math.abs(ours.estimate() - n) <= 0.02 * n);
        } else {
          assert.deepEqual(ours.serialize(), vector('cpp', `${prefix}_n${n}`), `${prefix} n ${n}`);
        }
      }
    }
  });
});

describe('HllSketch', () => {
  it('refuses damaged bytes', () => {
    const bytes = vector('cpp', 'hll4_n1000');
    assert.throws(() => HllSketch.deserialize(bytes.subarray(0, 500)), /truncated: registers/);
    const wrong = bytes.slice();
    wrong[2] = 10;
    assert.throws(() => HllSketch.deserialize(wrong), /family 10 is not HLL/);
  });

  it('a merge counts the union: exactly in the sparse modes, within 3 standard errors in HLL mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom<HllType>('HLL_4', 'HLL_6', 'HLL_8'),
        (a, b, overlap, type) => {
          const left = new HllSketch(10, type);
          const right = new HllSketch(10, type);
          const whole = new HllSketch(10, type);
          for (let i = 0; i < a; i++) left.updateLong(i);
          for (let i = a - Math.min(overlap, a); i < a - Math.min(overlap, a) + b; i++) right.updateLong(i);
          for (let i = 0; i < Math.max(a, a - Math.min(overlap, a) + b); i++) whole.updateLong(i);
          left.merge(right);
          const truth = Math.max(a, a - Math.min(overlap, a) + b);
          if (whole.mode === 'HLL') assert.deepEqual(left.registers, whole.registers);
          const tolerance = left.mode === 'HLL' ? ((3 * 1.04) / Math.sqrt(1024)) * truth : 1e-3 * truth;
          assert.ok(
            Math.abs(left.estimate() - truth) <= tolerance + 1,
            `estimate ${left.estimate()} of ${truth}`,
          );
          assert.deepEqual(HllSketch.deserialize(left.serialize()).serialize(), left.serialize());
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('HllSketch merge across lg K', () => {
  it('folds a larger sketch onto a smaller one: the registers of the smaller sketch of the same items', () => {
    const big = new HllSketch(12, 'HLL_8');
    const small = new HllSketch(10, 'HLL_8');
    for (let i = 0; i < 20000; i++) {
      big.updateLong(i);
      small.updateLong(i);
    }
    const target = new HllSketch(10, 'HLL_8');
    target.merge(big);
    assert.deepEqual(target.registers, small.registers);
    assert.throws(() => big.merge(small), /merge into the smaller/);
  });
});
