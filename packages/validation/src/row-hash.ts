/**
 * Row identity for the rules that find rows repeating an earlier row on some key columns (all columns for
 * duplicate rows, the key columns for a primary key, one column for `unique`): a hash per row
 * (DuplicateTracker keeps them in a KeySet, key-set.ts; key-spill.ts moves them to disk when the set
 * outgrows memory).
 *
 * Each row gets a 128-bit hash, MurmurHash3_x86_128 of the cells' raw representation (the float's bits,
 * the dictionary code; never a string) in the key columns' order. A key is then only its hash: the earlier
 * row is gone by the time a later chunk repeats it, so equal hashes cannot be confirmed by comparing the
 * rows. With n distinct keys, the chance that any two of them share all 128 bits is at most
 * n(n-1)/2 / 2^128, below 1.5e-21 for a billion distinct rows: far below the chance of a hardware fault.
 *
 * Cells compare as the reader stored them: numbers by value (every NaN equal, -0 equal to 0), text by
 * dictionary code. Codes are stable across the chunks of one dataset (one shared dictionary), so a key is
 * only ever compared with keys of the same dataset.
 */
import { type Column, freeMemory } from './core.ts';

export type KeyColumn = { kind: 'numeric'; values: Float64Array } | { kind: 'codes'; codes: Int32Array };

export function keyColumnOf(column: Column): KeyColumn {
  return column.kind === 'numeric'
    ? { kind: 'numeric', values: column.values }
    : { kind: 'codes', codes: column.codes };
}

/** Whether row `row` has a missing cell (NaN, or code -1) in any of `keys`. */
export function hasMissingKey(keys: readonly KeyColumn[], row: number): boolean {
  for (const key of keys) {
    if (key.kind === 'codes' ? key.codes[row] < 0 : Number.isNaN(key.values[row])) return true;
  }
  return false;
}

export const LANES = 4;
/** Rows whose words are gathered at once: their words (88 bytes a row for 12 columns) stay in L2 cache. */
const BATCH = 2048;
const SEED = 0x2545f491;
const C1 = 0x239b961b;
const C2 = 0xab0e9789 | 0;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93 | 0;

/**
 * The 128-bit hash of each of the first `rowCount` rows: lane l of row i at `hashes[LANES * i + l]`.
 * The hot loop of every row-identity rule. A batch of rows is first gathered row by row into `words`
 * (each pass reading one column in order), then each row's words are hashed in one tight loop: four
 * times fewer multiplications than mixing every word into four independent 32-bit lanes.
 */
export function hashRows(keys: readonly KeyColumn[], rowCount: number): Int32Array {
  let width = 0;
  for (const key of keys) width += key.kind === 'codes' ? 1 : 2;
  const hashes = new Int32Array(LANES * rowCount);
  const words = new Int32Array(Math.min(BATCH, rowCount) * width);
  for (let start = 0; start < rowCount; start += BATCH) {
    const n = Math.min(BATCH, rowCount - start);
    gatherWords(keys, start, n, words, width);
    for (let r = 0; r < n; r++) murmur3x86_128(words, r * width, width, hashes, LANES * (start + r));
  }
  freeMemory(words);
  return hashes;
}

/** Rows [start, start + n) of `keys` into `words`, `width` words a row, in the key columns' order. */
function gatherWords(keys: readonly KeyColumn[], start: number, n: number, words: Int32Array, width: number) {
  let offset = 0;
  for (const key of keys) {
    if (key.kind === 'codes') {
      const codes = key.codes;
      for (let r = 0, at = offset; r < n; r++, at += width) words[at] = codes[start + r];
      offset += 1;
      continue;
    }
    const values = key.values;
    const bits = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    // The cases are told apart on the bits (little-endian: low word first), not the double: measured, a
    // quarter faster than reading each value twice.
    for (let r = 0, at = offset, b = 2 * start; r < n; r++, at += width, b += 2) {
      const low = bits[b];
      const high = bits[b + 1];
      const magnitude = high & 0x7fffffff;
      // One representation for every NaN (all exponent bits set, a mantissa bit set), and for 0 and -0,
      // so they hash alike as they compare alike.
      if (magnitude >= 0x7ff00000 && (magnitude > 0x7ff00000 || low !== 0)) {
        words[at] = 0;
        words[at + 1] = 0x7ff80000;
      } else if ((magnitude | low) === 0) {
        words[at] = 0;
        words[at + 1] = 0;
      } else {
        words[at] = low;
        words[at + 1] = high;
      }
    }
    offset += 2;
  }
}

/**
 * MurmurHash3_x86_128 (Austin Appleby's, as in SMHasher) of the `length` little-endian 32-bit words at
 * `words[from ..]`, with seed SEED, into `out[at .. at + 4]`.
 */
export function murmur3x86_128(
  words: Int32Array,
  from: number,
  length: number,
  out: Int32Array,
  at: number,
): void {
  let h1 = SEED;
  let h2 = SEED;
  let h3 = SEED;
  let h4 = SEED;
  let i = from;
  const blocksEnd = from + (length & ~3);
  for (; i < blocksEnd; i += 4) {
    let k1 = Math.imul(words[i], C1);
    k1 = (k1 << 15) | (k1 >>> 17);
    h1 ^= Math.imul(k1, C2);
    h1 = (h1 << 19) | (h1 >>> 13);
    h1 = (Math.imul(h1 + h2, 5) + 0x561ccd1b) | 0;
    let k2 = Math.imul(words[i + 1], C2);
    k2 = (k2 << 16) | (k2 >>> 16);
    h2 ^= Math.imul(k2, C3);
    h2 = (h2 << 17) | (h2 >>> 15);
    h2 = (Math.imul(h2 + h3, 5) + 0x0bcaa747) | 0;
    let k3 = Math.imul(words[i + 2], C3);
    k3 = (k3 << 17) | (k3 >>> 15);
    h3 ^= Math.imul(k3, C4);
    h3 = (h3 << 15) | (h3 >>> 17);
    h3 = (Math.imul(h3 + h4, 5) + 0x96cd1c35) | 0;
    let k4 = Math.imul(words[i + 3], C4);
    k4 = (k4 << 18) | (k4 >>> 14);
    h4 ^= Math.imul(k4, C1);
    h4 = (h4 << 13) | (h4 >>> 19);
    h4 = (Math.imul(h4 + h1, 5) + 0x32ac3b17) | 0;
  }
  const tail = length & 3;
  if (tail >= 3) {
    let k3 = Math.imul(words[i + 2], C3);
    k3 = (k3 << 17) | (k3 >>> 15);
    h3 ^= Math.imul(k3, C4);
  }
  if (tail >= 2) {
    let k2 = Math.imul(words[i + 1], C2);
    k2 = (k2 << 16) | (k2 >>> 16);
    h2 ^= Math.imul(k2, C3);
  }
  if (tail >= 1) {
    let k1 = Math.imul(words[i], C1);
    k1 = (k1 << 15) | (k1 >>> 17);
    h1 ^= Math.imul(k1, C2);
  }
  const bytes = 4 * length;
  h1 ^= bytes;
  h2 ^= bytes;
  h3 ^= bytes;
  h4 ^= bytes;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h3 = fmix32(h3);
  h4 = fmix32(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  out[at] = h1;
  out[at + 1] = (h2 + h1) | 0;
  out[at + 2] = (h3 + h1) | 0;
  out[at + 3] = (h4 + h1) | 0;
}

function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}
