import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FrequentItemsSketch } from './frequent-items.ts';
import { SIZES, vector } from './vectors.ts';

describe('frequent items sketches written by the DataSketches C++ and Java libraries', () => {
  for (const language of ['cpp', 'java'] as const) {
    for (const n of SIZES) {
      it(`frequent_long_n${n} and frequent_string_n${n} (${language}): weights, error, same bytes back`, () => {
        for (const itemType of ['long', 'string'] as const) {
          const bytes = vector(language, `frequent_${itemType}_n${n}`);
          const sketch = FrequentItemsSketch.deserialize(bytes, itemType);
          assert.equal(sketch.isEmpty(), n === 0);
          assert.equal(sketch.lgMaxMapSize, 6);
          if (n > 0) assert.equal(sketch.streamWeight, n);
          if (n <= 10) assert.equal(sketch.maximumError(), 0);
          else assert.ok(sketch.maximumError() > 0);
          for (const [item, weight] of sketch.entries) {
            const value = Number(item);
            assert.ok(Number.isInteger(value) && value >= 1 && value <= n, `item ${item}`);
            // Each of 1..N occurs once: its true weight 1 lies within the sketch's bounds.
            assert.ok(weight <= 1 && 1 <= weight + sketch.offset);
          }
          assert.deepEqual(sketch.serialize(), bytes);
        }
      });
    }
    it(`frequent_string_ascii and frequent_string_utf8 (${language}) hold each item with its weight`, () => {
      const ascii = FrequentItemsSketch.deserialize(vector(language, 'frequent_string_ascii'), 'string');
      assert.deepEqual(
        new Map(ascii.entries),
        new Map(['a', 'b', 'c', 'd'].map((c, i) => [c.repeat(29), i + 1])),
      );
      assert.equal(ascii.streamWeight, 10);
      const utf8 = FrequentItemsSketch.deserialize(vector(language, 'frequent_string_utf8'), 'string');
      const words = ['абвгд', 'еёжзи', 'йклмн', 'опрст', 'уфхцч', 'шщъыь', 'эюя'];
      assert.deepEqual(new Map(utf8.entries), new Map(words.map((w, i) => [w, i + 1])));
      assert.equal(utf8.streamWeight, 28);
      assert.deepEqual(utf8.serialize(), vector(language, 'frequent_string_utf8'));
    });
  }
});

describe('FrequentItemsSketch', () => {
  it('refuses damaged bytes', () => {
    const bytes = vector('cpp', 'frequent_string_utf8');
    assert.throws(() => FrequentItemsSketch.deserialize(bytes.subarray(0, 60), 'string'), /truncated/);
    const wrong = bytes.slice();
    wrong[2] = 15;
    assert.throws(() => FrequentItemsSketch.deserialize(wrong, 'string'), /family 15 is not frequent items/);
  });

  it('bounds every true weight, within n / (0.75 * max map size), for single streams and merges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 2000 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 2000 }),
        (a, b) => {
          const left = new FrequentItemsSketch('long', 4);
          const right = new FrequentItemsSketch('long', 4);
          for (const v of a) left.update(BigInt(v % 7 === 0 ? 1 : v));
          for (const v of b) right.update(BigInt(v % 7 === 0 ? 1 : v));
          left.merge(right);
          const truth = new Map<bigint, number>();
          for (const v of [...a, ...b]) {
            const key = BigInt(v % 7 === 0 ? 1 : v);
            truth.set(key, (truth.get(key) ?? 0) + 1);
          }
          const n = a.length + b.length;
          assert.equal(left.streamWeight, n);
          assert.ok(left.maximumError() <= n / (0.75 * 16));
          for (const [item, weight] of truth) {
            assert.ok(left.lowerBound(item) <= weight && weight <= left.upperBound(item), `item ${item}`);
          }
          const back = FrequentItemsSketch.deserialize(left.serialize(), 'long');
          assert.deepEqual(back.serialize(), left.serialize());
        },
      ),
      { numRuns: 80 },
    );
  });
});
