/**
 * Finding rows that repeat an earlier row on some key columns (all columns for duplicate rows, the key
 * columns for a primary key, one column for `unique`), chunk after chunk. Keys are 128-bit row hashes
 * (row-hash.ts) in a KeySet while it fits the run's memory budget; past it, in files (key-spill.ts), and
 * the rows found then are known only at `finish`. Either way the counts, and each duplicate's first row,
 * are exact (up to the hashes' negligible chance of a collision).
 */

import { freeMemory } from './core.ts';
import { KeySet } from './key-set.ts';
import { KeySpill, type SpillArea, type SpilledDuplicate } from './key-spill.ts';
import { hashRows, hasMissingKey, type KeyColumn } from './row-hash.ts';
import type { RowPlaces, RowRef } from './row-ref.ts';

/** Rows whose index slots are read ahead of their inserts (KeySet.touch): 512 cache lines, within L1+L2. */
const TOUCH_AHEAD = 512;

export interface DuplicateCounts {
  /** Rows that repeat an earlier row. */
  duplicates: number;
  /** Distinct keys that occur more than once. */
  groups: number;
}

export interface TrackerOptions {
  /** Leave out rows with a missing cell in any key column (unique, primary key). */
  ignoreMissing?: boolean;
  /** Memory budget and temp folder shared with the run's other trackers; without one, never spills. */
  area?: SpillArea;
  /** Duplicates found at `finish` (after spilling) kept as examples, the first in row order. Default 0. */
  maxExamples?: number;
  /**
   * About how many keys will come (an estimate of the rows): the set is made that size at once, if the
   * area's budget allows, instead of doubling its way there (each doubling holds the old and the new
   * arrays at once, and re-indexes every key). Any value gives the same counts.
   */
  expectedKeys?: number;
}

/**
 * Duplicate keys over a stream of chunks: `add` each chunk's key columns in row order, with where its
 * rows are (in row order, as file index and line do), then `finish`. While the keys fit in memory,
 * `onDuplicate` hears each repeating row while its chunk is alive; once they spilled, the later
 * duplicates are counted at `finish`, which returns the first of them with their places.
 */
export class DuplicateTracker {
  readonly counts: DuplicateCounts = { duplicates: 0, groups: 0 };
  private set: KeySet | undefined;
  private spill: KeySpill | undefined;
  private readonly ignoreMissing: boolean;
  private readonly area: SpillArea | undefined;
  private readonly maxExamples: number;
  /** Bytes of the area's budget this tracker's set holds. */
  private reserved = 0;

  constructor(options: TrackerOptions = {}) {
    this.ignoreMissing = options.ignoreMissing ?? false;
    this.area = options.area;
    this.maxExamples = options.maxExamples ?? 0;
    // An eighth more than expected: an estimate a little short would otherwise double the set at the end.
    const expected = Math.ceil(1.125 * (options.expectedKeys ?? 0));
    const sized = expected > 0 && (!this.area || this.area.reserve(KeySet.bytesFor(expected)));
    this.set = new KeySet(sized ? expected : 0);
    if (sized && this.area) this.reserved = this.set.bytes;
  }

  add(
    keys: readonly KeyColumn[],
    rowCount: number,
    places: RowPlaces,
    onDuplicate?: (row: number, first: RowRef) => void,
  ): void {
    if (rowCount === 0) return;
    const hashes = hashRows(keys, rowCount);
    for (let row = 0; row < rowCount; row++) {
      if (row % TOUCH_AHEAD === 0) this.set?.touch(hashes, row, Math.min(rowCount, row + TOUCH_AHEAD));
      if (this.ignoreMissing && hasMissingKey(keys, row)) continue;
      const set = this.set;
      // The set's first bytes, then each doubling, come out of the area's budget.
      if (set && this.area && (this.reserved === 0 || set.full)) {
        if (this.area.reserve(set.bytes)) this.reserved += set.bytes;
        else this.spillKeys(set, this.area);
      }
      if (this.spill) {
        this.spill.add(hashes, row, places.file(row), places.line(row));
        continue;
      }
      const key = (set as KeySet).insert(hashes, row, places.file(row), places.line(row));
      if (key < 0) continue;
      this.counts.duplicates++;
      if ((set as KeySet).markRepeated(key)) this.counts.groups++;
      onDuplicate?.(row, (set as KeySet).rowOf(key));
    }
    // A chunk's hashes are garbage once it is in: freed now, since collection would let them pile up (see
    // freeMemory).
    freeMemory(hashes);
  }

  private spillKeys(set: KeySet, area: SpillArea): void {
    this.spill = new KeySpill(area, this.maxExamples);
    this.spill.setAside(set);
    set.release();
    area.release(this.reserved);
    this.reserved = 0;
    this.set = undefined;
  }

  /**
   * Completes the counts; the duplicates not heard by `onDuplicate` (none unless spilled), the first
   * `maxExamples` in row order. Call once, after the last `add`.
   */
  finish(): SpilledDuplicate[] {
    this.area?.release(this.reserved);
    this.reserved = 0;
    this.set?.release();
    this.set = undefined;
    if (!this.spill) return [];
    const found = this.spill.finish();
    this.counts.duplicates += found.duplicates;
    this.counts.groups += found.groups;
    this.spill = undefined;
    return found.examples;
  }
}

export interface DuplicateScan extends DuplicateCounts {
  /** The first duplicate rows in row order, each with the row it repeats. */
  examples: { row: number; first: number }[];
}

export interface DuplicateOptions {
  /** Leave out rows with a missing cell in any key column (a unique column, a primary key). */
  ignoreMissing?: boolean;
  maxExamples: number;
  /** Where keys spill past the area's budget; default never. */
  area?: SpillArea;
}

/** Rows of one table whose values in `keys` equal those of an earlier row. */
export function findDuplicates(
  keys: readonly KeyColumn[],
  rowCount: number,
  options: DuplicateOptions,
): DuplicateScan {
  const tracker = new DuplicateTracker(options);
  const examples: DuplicateScan['examples'] = [];
  tracker.add(keys, rowCount, { file: () => 0, line: (row) => row }, (row, first) => {
    if (examples.length < options.maxExamples) examples.push({ row, first: first.line });
  });
  for (const late of tracker.finish()) {
    if (examples.length < options.maxExamples) examples.push({ row: late.row.line, first: late.first.line });
  }
  return { ...tracker.counts, examples };
}
