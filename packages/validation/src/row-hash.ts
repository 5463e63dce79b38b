/**
 * Row identity for the rules that find rows repeating an earlier row on some key columns (all columns for
 * duplicate rows, the key columns for a primary key, one column for `unique`): a hash per row
 * (DuplicateTracker keeps them in a KeySet, key-set.ts; key-spill.ts moves them to disk when the set
 * outgrows memory).
 *
 * Each row gets a 128-bit hash: four MurmurHash3 32-bit lanes, each with its own seed and input salt,
 * over the cells' raw representation (the float's bits, the dictionary code; never a string), computed
 * column by column so each pass reads one typed array in order. A key is then only its hash: the earlier
 * row is gone by the time a later chunk repeats it, so equal hashes cannot be confirmed by comparing the
 * rows. With n distinct keys, the chance that any two of them share all 128 bits is at most
 * n(n-1)/2 / 2^128, below 1.5e-21 for a billion distinct rows: far below the chance of a hardware fault.
 *
 * Cells compare as the reader stored them: numbers by value (every NaN equal, -0 equal to 0), text by
 * dictionary code. Codes are stable across the chunks of one dataset (one shared dictionary), so a key is
 * only ever compared with keys of the same dataset.
 */
import type { Column } from './core.ts';

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

function mix(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

export const LANES = 4;
const seeds = [0, 0x2545f491, 0x9e3779b9 | 0, 0x85ebca77 | 0];
const salts = [0, 0x5bd1e995, 0x27d4eb2f, 0x165667b1];

/** The 128-bit hash of each of the first `rowCount` rows: lane l of row i at `hashes[LANES * i + l]`. */
export function hashRows(keys: readonly KeyColumn[], rowCount: number): Int32Array {
  const hashes = new Int32Array(LANES * rowCount);
  for (let i = 0; i < rowCount; i++) for (let l = 0; l < LANES; l++) hashes[LANES * i + l] = seeds[l];
  const [s0, s1, s2, s3] = salts;
  for (const key of keys) {
    if (key.kind === 'codes') {
      const codes = key.codes;
      for (let i = 0; i < rowCount; i++) {
        const at = LANES * i;
        const k = codes[i];
        hashes[at] = mix(hashes[at], k ^ s0);
        hashes[at + 1] = mix(hashes[at + 1], k ^ s1);
        hashes[at + 2] = mix(hashes[at + 2], k ^ s2);
        hashes[at + 3] = mix(hashes[at + 3], k ^ s3);
      }
      continue;
    }
    const values = key.values;
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let i = 0; i < rowCount; i++) {
      const v = values[i];
      // One representation for every NaN, and for 0 and -0, so they hash alike as they compare alike.
      const a = Number.isNaN(v) ? 0 : v === 0 ? 0 : words[2 * i];
      const b = Number.isNaN(v) ? 0x7ff80000 : v === 0 ? 0 : words[2 * i + 1];
      const at = LANES * i;
      hashes[at] = mix(mix(hashes[at], a ^ s0), b ^ s0);
      hashes[at + 1] = mix(mix(hashes[at + 1], a ^ s1), b ^ s1);
      hashes[at + 2] = mix(mix(hashes[at + 2], a ^ s2), b ^ s2);
      hashes[at + 3] = mix(mix(hashes[at + 3], a ^ s3), b ^ s3);
    }
  }
  for (let i = 0; i < hashes.length; i++) hashes[i] = finish(hashes[i]);
  return hashes;
}
