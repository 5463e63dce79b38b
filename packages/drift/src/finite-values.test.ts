import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  byteSize,
  FiniteValuesBuilder,
  packFinite,
  sortedFiniteValues,
  sortedValues,
} from './finite-values.ts';
import { SortScratch } from './sort.ts';

/** What sortedValues must equal: the finite values in ascending order, -0 before +0. */
function expected(values: number[]): number[] {
  return Float64Array.from(values.filter(Number.isFinite)).sort().map(Number) as unknown as number[];
}

const bits = (values: ArrayLike<number>) => [...new BigUint64Array(Float64Array.from(values).buffer)];

/** A decimal as a CSV holds it: mantissa m with k digits after the point, parsed from its text. */
function decimal(maxMantissa: number, maxDigits: number) {
  return fc
    .tuple(fc.integer({ min: -maxMantissa, max: maxMantissa }), fc.integer({ min: 0, max: maxDigits }))
    .map(([m, k]) => {
      const digits = String(Math.abs(m)).padStart(k + 1, '0');
      const text = k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`;
      return Number(m < 0 ? `-${text}` : text);
    });
}
const short = decimal(1_000_000, 4);
const cell = fc.oneof(
  { weight: 6, arbitrary: decimal(3_000_000_000, 11) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(-0, 0, Number.NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31)) },
);

test('sortedValues gives back exactly the finite values, sorted, whatever the chunks hold', () => {
  let packed = 0;
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.array(short, { maxLength: 40 }), fc.array(cell, { maxLength: 40 })), {
        maxLength: 6,
      }),
      (chunks) => {
        const builder = new FiniteValuesBuilder();
        for (const chunk of chunks) builder.add(Float64Array.from(chunk));
        const values = builder.finish();
        packed += values.blocks.filter((b) => b.scale !== null).length;
        const all = chunks.flat();
        assert.equal(values.count, all.filter(Number.isFinite).length);
        assert.deepEqual(bits(sortedValues(values, new SortScratch())), bits(expected(all)));
      },
    ),
    { numRuns: 500 },
  );
  assert.ok(packed > 100, 'the runs exercised packed blocks');
});

test('a large column is radix-sorted to the same bits as the native sort', () => {
  const builder = new FiniteValuesBuilder();
  const all: number[] = [];
  for (let c = 0; c < 3; c++) {
    const chunk = Float64Array.from({ length: 5000 }, (_, i) =>
      i % 97 === 0 ? Number.NaN : Math.round(Math.sin(i * (c + 1)) * 1e6) / 1e4,
    );
    builder.add(chunk);
    all.push(...chunk);
  }
  assert.deepEqual(bits(sortedValues(builder.finish())), bits(expected(all)));
});

test('short decimals are kept as Int32 at one scale; other values as doubles', () => {
  assert.deepEqual(packFinite(Float64Array.from([0.345584, -1.2, Number.NaN, 33])), {
    scale: 6,
    ints: Int32Array.from([345584, -1200000, 33000000]),
  });
  assert.deepEqual(packFinite(Float64Array.from([27753.91, 33])), {
    scale: 2,
    ints: Int32Array.from([2775391, 3300]),
  });
  assert.equal(packFinite(Float64Array.from([18, 90, 45])).scale, 0);
  assert.equal(packFinite(Float64Array.from([0.1 + 0.2])).scale, null, 'not a short decimal');
  assert.equal(packFinite(Float64Array.from([1, -0])).scale, null, '-0 must come back as -0');
  assert.equal(packFinite(Float64Array.from([3e9])).scale, null, 'past Int32');
  assert.equal(packFinite(Float64Array.from([1.5, 3000])).scale, 1);
  assert.equal(packFinite(Float64Array.from([0.5, 3000])).scale, 1);
});

test('packed values take half the memory of doubles', () => {
  const builder = new FiniteValuesBuilder();
  builder.add(Float64Array.from({ length: 1000 }, (_, i) => i / 100));
  builder.add(Float64Array.from([Math.PI]));
  assert.equal(byteSize(builder.finish()), 1000 * 4 + 8);
});

test('sorted values are handed back without a copy', () => {
  const sorted = Float64Array.from([-1, 0, 2.5]);
  assert.equal(sortedValues(sortedFiniteValues(sorted)), sorted);
});
