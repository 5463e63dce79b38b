import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '@modelgate/stats';
import fc from 'fast-check';
import { isSortedFinite, SortScratch, sortFinite, sortFiniteInPlace, sortInt32InPlace } from './sort.ts';

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

test('sortFinite and sortFiniteInPlace agree with the native sort on arbitrary doubles, small and radix-sized (property)', () => {
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
      assertSameDoubles(sortFiniteInPlace(values.slice()), theirs, 'in place');
    }),
    { numRuns: 60 },
  );
});

function assertSameDoubles(actual: Float64Array, expected: Float64Array, label: string): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  for (let i = 0; i < actual.length; i++)
    assert.ok(Object.is(actual[i], expected[i]), `${label}: index ${i}`);
}

test('sortFiniteInPlace sorts within the input: a view of its front, the same values as sortFinite', () => {
  const random = seededRandom(11);
  for (const length of [0, 10, 4095, 4096, 20_000]) {
    const values = Float64Array.from({ length }, (_, i) =>
      i % 10 === 3 ? Number.NaN : i % 97 === 5 ? Number.NEGATIVE_INFINITY : random() * 2e6 - 1e6,
    );
    const expected = nativeSortFinite(values);
    assertSameDoubles(sortFinite(values), expected, `sortFinite, ${length} values`);
    const sorted = sortFiniteInPlace(values);
    assertSameDoubles(sorted, expected, `sortFiniteInPlace, ${length} values`);
    assert.equal(sorted.buffer, values.buffer, 'no copy');
    assert.equal(sorted.byteOffset, values.byteOffset, 'the front of the input');
  }
});

test('sortFiniteInPlace sorts a subarray view without touching the rest of its buffer', () => {
  const random = seededRandom(12);
  const backing = Float64Array.from({ length: 12_000 }, () => random() * 100);
  const before = backing.slice();
  const view = backing.subarray(1000, 11_000);
  const expected = nativeSortFinite(view);
  assertSameDoubles(sortFiniteInPlace(view), expected, 'view');
  assertSameDoubles(backing.subarray(0, 1000), before.subarray(0, 1000), 'before the view');
  assertSameDoubles(backing.subarray(11_000), before.subarray(11_000), 'after the view');
});

test('one SortScratch serves arrays of different sizes and any number of radix passes', () => {
  const random = seededRandom(13);
  const scratch = new SortScratch();
  const inputs = [
    // Four passes: arbitrary doubles.
    Float64Array.from({ length: 9000 }, () => (random() - 0.5) * 1e9),
    // Two passes (non-negative integers leave the low 32 bits zero), on a shorter array than the scratch.
    Float64Array.from({ length: 5000 }, () => Math.floor(random() * 1000)),
    // Three passes (the low 16 bits are zero), which leave the values in the scratch buffer to copy back.
    Float64Array.from({ length: 20_000 }, () => 1 + Math.floor(random() * 2 ** 36) * 2 ** -36),
    // One pass (only the top digit varies), then a longer array: the scratch grows.
    Float64Array.from({ length: 30_000 }, (_, i) => 2 ** ((i % 80) - 40)),
  ];
  for (const [k, values] of inputs.entries()) {
    const expected = nativeSortFinite(values);
    assertSameDoubles(sortFinite(values, scratch), expected, `copy ${k}`);
    assertSameDoubles(sortFiniteInPlace(values.slice(), scratch), expected, `in place ${k}`);
  }
  scratch.release();
  assertSameDoubles(sortFinite(inputs[0], scratch), nativeSortFinite(inputs[0]), 'after release');
});

test('isSortedFinite rejects descending pairs and NaN', () => {
  assert.equal(isSortedFinite(Float64Array.of(1, 2, 2, 3)), true);
  assert.equal(isSortedFinite(Float64Array.of(1, 3, 2)), false);
  assert.equal(isSortedFinite(Float64Array.of(1, Number.NaN)), false);
});

test('sortInt32InPlace matches the native sort, small and radix-sized, extremes included (property)', () => {
  const int32 = fc.oneof(
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    fc.integer({ min: -300, max: 300 }),
    fc.constantFrom(-(2 ** 31), 2 ** 31 - 1, 0, -1),
  );
  fc.assert(
    fc.property(fc.array(int32, { maxLength: 50 }), fc.integer({ min: 0, max: 6000 }), (head, padding) => {
      const random = seededRandom(padding);
      const values = Int32Array.from([
        ...head,
        ...Array.from({ length: padding }, () => Math.floor((random() - 0.5) * 2 ** 32)),
      ]);
      const expected = values.slice().sort();
      assert.deepEqual(sortInt32InPlace(values, new Int32Array(values.length)), expected);
    }),
    { numRuns: 60 },
  );
});
