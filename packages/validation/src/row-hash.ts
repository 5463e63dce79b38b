/**
 * Finding rows that repeat an earlier row on some key columns (all columns for duplicate rows, the key
 * columns for a primary key, one column for `unique`), in time and memory linear in the rows.
 *
 * Each row gets a 64-bit hash, two independent 32-bit MurmurHash3 lanes over the cells' raw representation
 * (the float's bits, the dictionary code; never a string), computed column by column so each pass reads one
 * typed array in order. Rows go into an open-addressing table (linear probing, load <= 1/2) of row indices.
 * Equal hashes are confirmed by comparing the rows' cells, so a hash collision can slow the scan down but
 * never report two different rows as duplicates.
 *
 * Cells compare as the reader stored them: numbers by value (every NaN equal, -0 equal to 0), text by
 * dictionary code, which is one code per distinct string within a column.
 */
import type { Column } from './core.ts';

export type KeyColumn =
  | { kind: 'numeric'; values: Float64Array }
  | { kind: 'codes'; codes: Int32Array; dictionarySize: number };

export function keyColumnOf(column: Column): KeyColumn {
  return column.kind === 'numeric'
    ? { kind: 'numeric', values: column.values }
    : { kind: 'codes', codes: column.codes, dictionarySize: column.dictionary.length };
}

export interface DuplicateScan {
  /** Rows that repeat an earlier row. */
  duplicates: number;
  /** Distinct keys that occur more than once. */
  groups: number;
  /** The first duplicate rows in row order, each with the row it repeats. */
  examples: { row: number; first: number }[];
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

const laneTwoSalt = 0x5bd1e995;

function hashRows(keys: readonly KeyColumn[], rowCount: number): { low: Int32Array; high: Int32Array } {
  const low = new Int32Array(rowCount);
  const high = new Int32Array(rowCount).fill(0x2545f491);
  for (const key of keys) {
    if (key.kind === 'codes') {
      const codes = key.codes;
      for (let i = 0; i < rowCount; i++) {
        low[i] = mix(low[i], codes[i]);
        high[i] = mix(high[i], codes[i] ^ laneTwoSalt);
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
      low[i] = mix(mix(low[i], a), b);
      high[i] = mix(mix(high[i], a ^ laneTwoSalt), b ^ laneTwoSalt);
    }
  }
  return { low, high };
}

function sameRow(keys: readonly KeyColumn[], a: number, b: number): boolean {
  for (const key of keys) {
    if (key.kind === 'codes') {
      if (key.codes[a] !== key.codes[b]) return false;
    } else {
      const x = key.values[a];
      const y = key.values[b];
      if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
    }
  }
  return true;
}

export interface DuplicateOptions {
  /** Leave out rows with a missing cell in any key column (a unique column, a primary key). */
  ignoreMissing?: boolean;
  maxExamples: number;
}

function hasMissing(keys: readonly KeyColumn[], row: number): boolean {
  for (const key of keys) {
    if (key.kind === 'codes' ? key.codes[row] < 0 : Number.isNaN(key.values[row])) return true;
  }
  return false;
}

/** Rows whose values in `keys` equal those of an earlier row. */
export function findDuplicates(
  keys: readonly KeyColumn[],
  rowCount: number,
  options: DuplicateOptions,
): DuplicateScan {
  if (keys.length === 1 && keys[0].kind === 'codes') return duplicateCodes(keys[0], rowCount, options);
  const { low, high } = hashRows(keys, rowCount);
  let capacity = 16;
  while (capacity < 2 * rowCount) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const repeated = new Uint8Array(rowCount);
  const scan: DuplicateScan = { duplicates: 0, groups: 0, examples: [] };
  for (let row = 0; row < rowCount; row++) {
    if (options.ignoreMissing && hasMissing(keys, row)) continue;
    let slot = finish(low[row]) & mask;
    for (;;) {
      const other = slots[slot];
      if (other < 0) {
        slots[slot] = row;
        break;
      }
      if (low[other] === low[row] && high[other] === high[row] && sameRow(keys, other, row)) {
        record(scan, repeated, row, other, options.maxExamples);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return scan;
}

function record(
  scan: DuplicateScan,
  repeated: Uint8Array,
  row: number,
  first: number,
  maxExamples: number,
): void {
  scan.duplicates++;
  if (!repeated[first]) {
    repeated[first] = 1;
    scan.groups++;
  }
  if (scan.examples.length < maxExamples) scan.examples.push({ row, first });
}

/** One text column: the codes are already a perfect hash, so a first-row-per-code array suffices. */
function duplicateCodes(
  key: { codes: Int32Array; dictionarySize: number },
  rowCount: number,
  options: DuplicateOptions,
): DuplicateScan {
  const firstRow = new Int32Array(key.dictionarySize + 1).fill(-1); // slot 0 holds missing (code -1)
  const repeated = new Uint8Array(rowCount);
  const scan: DuplicateScan = { duplicates: 0, groups: 0, examples: [] };
  for (let row = 0; row < rowCount; row++) {
    const slot = key.codes[row] + 1;
    if (slot === 0 && options.ignoreMissing) continue;
    const first = firstRow[slot];
    if (first < 0) firstRow[slot] = row;
    else record(scan, repeated, row, first, options.maxExamples);
  }
  return scan;
}
