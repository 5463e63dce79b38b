import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SketchFormatError } from './bytes.ts';
import { type KllItemType, KllSketch } from './kll.ts';
import { hasVector, SIZES, vector } from './vectors.ts';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kinds: [KllItemType, ('cpp' | 'java')[]][] = [
  ['double', ['cpp', 'java']],
  ['float', ['cpp', 'java']],
  ['long', ['java']],
];

describe('KLL sketches written by the DataSketches C++ and Java libraries', () => {
  for (const [itemType, languages] of kinds) {
    for (const language of languages) {
      for (const n of SIZES) {
        const name = `kll_${itemType}_n${n}`;
        if (!hasVector(language, name) && itemType === 'long') continue;
        it(`${name} (${language}) decodes to k 200, n ${n}, min 1, max ${n}, and encodes back to the same bytes`, () => {
          const bytes = vector(language, name);
          const sketch = KllSketch.deserialize(bytes, itemType);
          assert.equal(sketch.k, 200);
          assert.equal(sketch.n, n);
          assert.equal(sketch.isEmpty(), n === 0);
          assert.equal(sketch.isEstimationMode(), n > 100);
          if (n > 0) {
            assert.equal(sketch.min, 1);
            assert.equal(sketch.max, n);
            for (const q of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
              const value = Math.round(q * n);
              if (value < 1) continue;
              assert.ok(
                Math.abs(sketch.rank(value) - value / n) <= sketch.rankError(),
                `rank(${value}) = ${sketch.rank(value)}, true ${value / n}`,
              );
            }
            assert.equal(sketch.quantile(0), 1);
            assert.equal(sketch.quantile(1), n);
          }
          assert.deepEqual(sketch.serialize(), bytes);
        });
      }
    }
  }

  it('a sketch updated with 1..N here has the C++ layout: the same bytes while exact, the same levels after', () => {
    for (const n of [0, 1, 10, 100, 1000, 10000]) {
      const ours = new KllSketch({ itemType: 'double', random: seeded(n) });
      for (let i = 1; i <= n; i++) ours.update(i);
      const theirs = KllSketch.deserialize(vector('cpp', `kll_double_n${n}`), 'double');
      if (n <= 100) assert.deepEqual(ours.serialize(), vector('cpp', `kll_double_n${n}`));
      assert.deepEqual(ours.levels, theirs.levels, `levels for n ${n}`);
      assert.equal(ours.numLevels, theirs.numLevels);
    }
  });
});

describe('KLL sketch', () => {
  it('refuses damaged bytes with the field and the offset', () => {
    const bytes = vector('cpp', 'kll_double_n1000');
    assert.throws(
      () => KllSketch.deserialize(bytes.subarray(0, 100), 'double'),
      /truncated: item \d+ needs bytes/,
    );
    const wrongFamily = bytes.slice();
    wrongFamily[2] = 7;
    assert.throws(() => KllSketch.deserialize(wrongFamily, 'double'), /family 7 is not KLL/);
    const wrongN = bytes.slice();
    wrongN[8] = 0xe9;
    assert.throws(() => KllSketch.deserialize(wrongN, 'double'), /weigh 1000, but n is 1001/);
    assert.throws(() => KllSketch.deserialize(bytes, 'float'), SketchFormatError);
  });

  it('keeps every item while exact, and ignores NaN', () => {
    const sketch = new KllSketch({ k: 20 });
    for (const v of [5, 3, Number.NaN, 9, 1]) sketch.update(v);
    assert.equal(sketch.n, 4);
    assert.equal(sketch.quantile(0.5), 3);
    assert.equal(sketch.rank(5), 0.75);
    assert.deepEqual(KllSketch.deserialize(sketch.serialize(), 'double').serialize(), sketch.serialize());
  });

  it('merge of two sketches has the exact n, min and max of the union, and ranks within the error bound', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 3000 }),
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 3000 }),
        fc.integer(),
        (a, b, seed) => {
          const random = seeded(seed);
          const left = new KllSketch({ k: 50, itemType: 'long', random });
          const right = new KllSketch({ k: 50, itemType: 'long', random });
          for (const v of a) left.update(v);
          for (const v of b) right.update(v);
          left.merge(right);
          const all = [...a, ...b].sort((x, y) => x - y);
          assert.equal(left.n, all.length);
          if (all.length === 0) return;
          assert.equal(left.min, all[0]);
          assert.equal(left.max, all[all.length - 1]);
          let weight = 0;
          for (let level = 0; level < left.numLevels; level++) {
            weight += (left.levels[level + 1] - left.levels[level]) * 2 ** level;
          }
          assert.equal(weight, all.length);
          const again = KllSketch.deserialize(left.serialize(), 'long');
          assert.deepEqual(again.serialize(), left.serialize());
          for (const probe of [all[0], all[all.length >> 2], all[all.length >> 1], all[all.length - 1]]) {
            let trueRank = 0;
            while (trueRank < all.length && all[trueRank] <= probe) trueRank++;
            // Three times the 99% bound: a property run draws many sketches and must not flake.
            assert.ok(Math.abs(left.rank(probe) - trueRank / all.length) <= 3 * left.rankError());
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('merging the C++ sketches of 1..1000 and 1..10000 gives n 11000 with ranks within the bound', () => {
    const a = KllSketch.deserialize(vector('cpp', 'kll_double_n1000'), 'double');
    const b = KllSketch.deserialize(vector('java', 'kll_double_n10000'), 'double');
    a.merge(b);
    assert.equal(a.n, 11000);
    assert.equal(a.min, 1);
    assert.equal(a.max, 10000);
    // 2,000 of the 11,000 items are <= 1000 (1000 from each sketch).
    assert.ok(Math.abs(a.rank(1000) - 2000 / 11000) <= a.rankError());
    assert.deepEqual(KllSketch.deserialize(a.serialize(), 'double').serialize(), a.serialize());
  });
});
