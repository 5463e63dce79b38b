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

function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

export const LANES = 4;
const seeds = [0, 0x2545f491, 0x9e3779b9 | 0, 0x85ebca77 | 0];

/**
 * The 128-bit hash of each of the first `rowCount` rows: lane l of row i at `hashes[LANES * i + l]`.
 * The hot loop of every row-identity rule: MurmurHash3's 32-bit round (`mix`) is written out inline, as
 * V8 does not always inline a call made eight times a cell.
 */
export function hashRows(keys: readonly KeyColumn[], rowCount: number): Int32Array {
  const hashes = new Int32Array(LANES * rowCount);
  for (let i = 0; i < rowCount; i++) for (let l = 0; l < LANES; l++) hashes[LANES * i + l] = seeds[l];
  for (const key of keys) {
    if (key.kind === 'codes') {
      const codes = key.codes;
      for (let i = 0; i < rowCount; i++) mixWord(hashes, LANES * i, codes[i]);
      continue;
    }
    const values = key.values;
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let i = 0; i < rowCount; i++) {
      const v = values[i];
      const at = LANES * i;
      // One representation for every NaN, and for 0 and -0, so they hash alike as they compare alike.
      if (Number.isNaN(v)) {
        mixWord(hashes, at, 0);
        mixWord(hashes, at, 0x7ff80000);
      } else if (v === 0) {
        mixWord(hashes, at, 0);
        mixWord(hashes, at, 0);
      } else {
        mixWord(hashes, at, words[2 * i]);
        mixWord(hashes, at, words[2 * i + 1]);
      }
    }
  }
  for (let i = 0; i < hashes.length; i++) hashes[i] = finish(hashes[i]);
  return hashes;
}

/** `mix(lane, k ^ salt)` into each of the four lanes at `hashes[at ..]`, written out (salts 0, 0x5bd1e995, 0x27d4eb2f, 0x165667b1). */
function mixWord(hashes: Int32Array, at: number, k: number): void {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let h = hashes[at] ^ x;
  h = (h << 13) | (h >>> 19);
  hashes[at] = (Math.imul(h, 5) + 0xe6546b64) | 0;
  x = Math.imul(k ^ 0x5bd1e995, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  h = hashes[at + 1] ^ x;
  h = (h << 13) | (h >>> 19);
  hashes[at + 1] = (Math.imul(h, 5) + 0xe6546b64) | 0;
  x = Math.imul(k ^ 0x27d4eb2f, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  h = hashes[at + 2] ^ x;
  h = (h << 13) | (h >>> 19);
  hashes[at + 2] = (Math.imul(h, 5) + 0xe6546b64) | 0;
  x = Math.imul(k ^ 0x165667b1, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  h = hashes[at + 3] ^ x;
  h = (h << 13) | (h >>> 19);
  hashes[at + 3] = (Math.imul(h, 5) + 0xe6546b64) | 0;
}
