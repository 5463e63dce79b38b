/**
 * Sorting numeric columns. Every drift statistic on a numeric column (KS, Wasserstein, PSI, quantiles)
 * works on the column's finite values in ascending order, so each column is sorted exactly once. An LSD
 * radix sort on the IEEE-754 bit patterns takes about a third of the time of TypedArray.prototype.sort on
 * a million doubles, and sorting is the largest cost of a drift check after reading the data.
 *
 * How: a double's bits, read as an unsigned 64-bit integer with all bits flipped when negative and the
 * sign bit flipped when positive, order the same way as the double. Four stable counting passes over
 * that key's 16-bit digits (low first) move the doubles between the output and a second buffer of the
 * same size; a pass whose digit is the same for every value is skipped (integers leave the low 32 bits
 * zero, so they take two passes). Below 4,096 values, or on a big-endian machine (the bit tricks read the
 * low word first), the native sort is used. -0 sorts before +0, as in TypedArray.prototype.sort.
 */

import { freeMemory } from '@modelgate/core';

const BUCKETS = 65536;
const DIGIT = 0xffff;
const SIGN = 0x80000000;
const EXPONENT = 0x7ff00000;
const RADIX_MIN_LENGTH = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The radix sort's working memory, reused from one call to the next: sorting the columns of a table with
 * one SortScratch allocates the second buffer (8 MB per million values) once instead of once per column,
 * so no column-sized garbage piles up between garbage collections.
 */
export class SortScratch {
  private values = new Float64Array(0);
  /** Digit counts of the four passes. */
  readonly counts = new Uint32Array(4 * BUCKETS);

  /** Room for `length` doubles; what it holds is left over from earlier calls. */
  take(length: number): Float64Array {
    if (this.values.length < length) {
      this.release();
      this.values = new Float64Array(length);
    }
    return this.values.subarray(0, length);
  }

  /** Frees the buffer now rather than at some later garbage collection. */
  release(): void {
    freeMemory(this.values);
    this.values = new Float64Array(0);
  }
}

/**
 * The finite values of `values` in ascending order, as a new array; NaN (a missing cell) and ±Infinity
 * are left out. `values` is not changed.
 */
export function sortFinite(values: Float64Array, scratch?: SortScratch): Float64Array {
  if (!LITTLE_ENDIAN || values.length < RADIX_MIN_LENGTH) return values.filter(Number.isFinite).sort();
  const sorted = new Float64Array(values.length);
  return sorted.subarray(0, radixSortFinite(values, sorted, scratch ?? new SortScratch()));
}

/**
 * Sorts `values` in its own memory: its finite values move to the front in ascending order and are
 * returned as a view of that front (NaN and ±Infinity are left out). What `values` holds past the view
 * is unspecified afterwards; the row order of `values` is lost.
 */
export function sortFiniteInPlace(values: Float64Array, scratch?: SortScratch): Float64Array {
  if (!LITTLE_ENDIAN || values.length < RADIX_MIN_LENGTH) {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) values[n++] = values[i];
    return values.subarray(0, n).sort();
  }
  return values.subarray(0, radixSortFinite(values, values, scratch ?? new SortScratch()));
}

/**
 * Writes the finite values of `source` to the front of `target` (the same array, or one at least as long)
 * in ascending order, and returns how many there are.
 */
function radixSortFinite(source: Float64Array, target: Float64Array, scratch: SortScratch): number {
  const words = new Uint32Array(source.buffer, source.byteOffset, source.length * 2);
  const { counts } = scratch;
  counts.fill(0);
  // Compacting the finite values to the front only ever writes at or before the index it reads, so the
  // source may be the target.
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const high = words[2 * i + 1];
    if ((high & EXPONENT) === EXPONENT) continue; // NaN or ±Infinity
    const flip = high >> 31; // all ones for a negative number
    const keyHigh = (high ^ (flip | SIGN)) >>> 0;
    const keyLow = (words[2 * i] ^ flip) >>> 0;
    target[n++] = source[i];
    counts[keyLow & DIGIT]++;
    counts[BUCKETS + (keyLow >>> 16)]++;
    counts[2 * BUCKETS + (keyHigh & DIGIT)]++;
    counts[3 * BUCKETS + (keyHigh >>> 16)]++;
  }
  const output = target.subarray(0, n);
  let from = output;
  // Sized by the input, not by n, so that the columns of one table share one buffer whatever they miss.
  let to = scratch.take(source.length).subarray(0, n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * BUCKETS;
    if (!startOffsets(counts, base, n)) continue;
    const bits = new Uint32Array(from.buffer, from.byteOffset, n * 2);
    const shift = (pass & 1) * 16;
    if (pass < 2) {
      for (let i = 0; i < n; i++) {
        const digit = ((bits[2 * i] ^ (bits[2 * i + 1] >> 31)) >>> shift) & DIGIT;
        to[counts[base + digit]++] = from[i];
      }
    } else {
      for (let i = 0; i < n; i++) {
        const high = bits[2 * i + 1];
        const digit = (((high ^ ((high >> 31) | SIGN)) >>> 0) >>> shift) & DIGIT;
        to[counts[base + digit]++] = from[i];
      }
    }
    [from, to] = [to, from];
  }
  // After an odd number of passes the sorted values sit in the scratch buffer.
  if (from !== output) output.set(from);
  return n;
}

/**
 * Turns one pass's digit counts (BUCKETS of them from `base`) into the offsets where each digit's values
 * start. False when one digit holds all `n` values: that pass would move nothing and is skipped.
 */
function startOffsets(counts: Uint32Array, base: number, n: number): boolean {
  let sum = 0;
  for (let d = 0; d < BUCKETS; d++) {
    const c = counts[base + d];
    if (c === n) return false;
    counts[base + d] = sum;
    sum += c;
  }
  return true;
}

/** Whether `values` is in ascending order with no NaN (what the statistics' `sorted: true` assumes). */
export function isSortedFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]) || (i > 0 && values[i] < values[i - 1])) return false;
  }
  return true;
}

/**
 * Sorts Int32 values ascending in place (packed decimals; see finite-values.ts): an LSD radix sort of two
 * 16-bit digits of the value with its sign bit flipped, through `scratch` (at least as long), about three
 * times faster than sorting the same values as doubles.
 */
export function sortInt32InPlace(values: Int32Array, scratch: Int32Array): Int32Array {
  if (values.length < RADIX_MIN_LENGTH) return values.sort();
  const counts = new Uint32Array(2 * BUCKETS);
  for (let i = 0; i < values.length; i++) {
    const key = (values[i] ^ SIGN) >>> 0;
    counts[key & DIGIT]++;
    counts[BUCKETS + (key >>> 16)]++;
  }
  let from = values;
  let to = scratch.subarray(0, values.length);
  for (let pass = 0; pass < 2; pass++) {
    const base = pass * BUCKETS;
    if (!startOffsets(counts, base, values.length)) continue;
    const shift = pass * 16;
    for (let i = 0; i < from.length; i++) {
      const digit = (((from[i] ^ SIGN) >>> 0) >>> shift) & DIGIT;
      to[counts[base + digit]++] = from[i];
    }
    [from, to] = [to, from];
  }
  if (from !== values) values.set(from);
  return values;
}
