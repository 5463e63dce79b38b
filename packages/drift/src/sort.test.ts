import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { seededRandom } from './random.ts';
import { isSortedFinite, sortFinite } from './sort.ts';

function nativeSortFinite(values: Float64Array): Float64Array {
  return values.filter(Number.isFinite).sort();
}

test('sortFinite matches TypedArray sort on finite values, dropping NaN and infinities', () => {
  const values = Float64Array.from([
    3,
    Number.NaN,
    -1.5,
    0,
    -0,
    Number.POSITIVE_INFINITY,
    2e-310,
    -7,
    3,
    Number.NEGATIVE_INFINITY,
  ]);
  const sorted = sortFinite(values);
  assert.deepEqual([...sorted], [-7, -1.5, -0, 0, 2e-310, 3, 3]);
  assert.ok(Object.is(sorted[2], -0), '-0 sorts before +0');
});

test('sortFinite handles empty input, integers and a subarray view', () => {
  assert.equal(sortFinite(new Float64Array(0)).length, 0);
  assert.equal(sortFinite(Float64Array.of(Number.NaN, Number.NaN)).length, 0);
  const random = seededRandom(7);
  const integers = Float64Array.from({ length: 5000 }, () => Math.floor(random() * 72) + 18);
  assert.deepEqual(sortFinite(integers), nativeSortFinite(integers));
  const backing = Float64Array.from({ length: 10_000 }, () => random() * 200 - 100);
  const view = backing.subarray(10, 9_000);
  assert.deepEqual(sortFinite(view), nativeSortFinite(view));
});

test('sortFinite agrees with the native sort on arbitrary doubles, small and radix-sized (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.double(), { maxLength: 60 }), fc.boolean(), (numbers, large) => {
      // Large inputs repeat the drawn doubles (scaled, so the low bits vary) past the radix threshold.
      const length = large && numbers.length > 0 ? 5000 : numbers.length;
      const values = Float64Array.from({ length }, (_, i) => numbers[i % numbers.length] * (1 + (i % 7)));
      const ours = sortFinite(values);
      const theirs = nativeSortFinite(values);
      assert.equal(ours.length, theirs.length);
      for (let i = 0; i < ours.length; i++) assert.ok(Object.is(ours[i], theirs[i]), `index ${i}`);
      assert.ok(isSortedFinite(ours));
    }),
    { numRuns: 60 },
  );
});

test('isSortedFinite rejects descending pairs and NaN', () => {
  assert.equal(isSortedFinite(Float64Array.of(1, 2, 2, 3)), true);
  assert.equal(isSortedFinite(Float64Array.of(1, 3, 2)), false);
  assert.equal(isSortedFinite(Float64Array.of(1, Number.NaN)), false);
});
