// Small per-column summaries shared by validation, inference and the quality comparison, each fed one
// chunk at a time and holding O(1) memory (or a bounded amount) between chunks.

import { formatCell } from './column-values.ts';
import type { Column } from './core.ts';

export interface MajorityValue {
  /** Non-missing cells. */
  present: number;
  /** Cells holding the majority value; 0 when no value fills more than half of the present cells. */
  count: number;
  /** The majority value as text, or null when there is none. */
  text: string | null;
}

/** A column is constant when it has at least two non-missing cells and they all hold one value. */
export function isConstant(majority: MajorityValue): boolean {
  return majority.present >= 2 && majority.count === majority.present;
}

/** Distinct values counted exactly per column: few enough that 10,000 columns stay within ~1M entries. */
export function countedValuesPerColumn(columns: number): number {
  return Math.max(16, Math.min(1024, Math.floor(2 ** 20 / Math.max(1, columns))));
}

/**
 * The Boyer-Moore majority vote: once every value has voted, `candidate` is the value filling more than
 * half of them, if one does (any value otherwise: only a count can tell).
 */
class MajorityVote {
  candidate = Number.NaN;
  private votes = 0;

  cast(value: number): void {
    if (this.votes === 0) {
      this.candidate = value;
      this.votes = 1;
    } else if (value === this.candidate) this.votes++;
    else this.votes--;
  }
}

/**
 * The value filling more than half of a column's non-missing cells, if any, over a stream of chunks.
 * "Almost constant" means a top share above 0.5 (the schema's almost-constant-share), so only a majority
 * value can be one.
 *
 * Values (numbers by value, -0 as 0; text by dictionary code, stable across a dataset's chunks) are counted
 * exactly until a value beyond the first `cap` distinct ones is met; from then on cells are only counted
 * in total (`untracked`), which keeps a column of many distinct values (a measurement) cheap. Alongside
 * runs the Boyer-Moore majority vote, whose candidate is the majority value whenever there is one. So the
 * majority is known exactly while nothing is untracked. Otherwise the candidate holds at most its count
 * plus `untracked` cells, and at most `bound` = the sum over chunks of the chunk's own majority count, or
 * half its present cells when that is more (no value fills more of a chunk). Only when that could reach
 * the share a caller asks about does the candidate need counting in a second pass over the data
 * (`needsRecount`, `recount`): with many distinct values spread over the rows, the bound stays at half.
 */
export class MajorityCounter {
  private readonly cap: number;
  private readonly counts = new Map<number, number>();
  private present = 0;
  private untracked = 0;
  private bound = 0;
  private readonly vote = new MajorityVote();
  private recounted = -1;
  /** The column as last seen: its type, and the dictionary its codes index. */
  private last: Column | undefined;

  constructor(cap: number) {
    this.cap = cap;
  }

  add(column: Column): void {
    this.last = column;
    const cells = column.kind === 'numeric' ? column.values : column.codes;
    const numeric = column.kind === 'numeric';
    const counts = this.counts;
    for (let row = 0; row < cells.length; row++) {
      const v = cells[row];
      if (numeric ? Number.isNaN(v) : v < 0) continue; // missing: NaN, or code -1
      this.present++;
      this.vote.cast(v);
      if (this.untracked > 0) {
        this.untracked++;
        continue;
      }
      const seen = counts.get(v);
      if (seen !== undefined) counts.set(v, seen + 1);
      else if (counts.size < this.cap) counts.set(v, 1);
      else this.untracked++;
    }
    this.bound += chunkMajorityBound(cells, numeric);
  }

  /** Whether the majority is unknown and could fill at least `share` (> 0.5) of the present cells. */
  needsRecount(share: number): boolean {
    if (this.recounted >= 0 || this.untracked === 0) return false;
    const most = Math.min((this.counts.get(this.vote.candidate) ?? 0) + this.untracked, this.bound);
    return 2 * most > this.present && most >= share * this.present;
  }

  /** Counts the candidate in a chunk of a second pass over the same data. */
  recount(column: Column): void {
    if (this.recounted < 0) this.recounted = 0;
    const cells = column.kind === 'numeric' ? column.values : column.codes;
    this.recounted += countOf(cells, this.vote.candidate);
  }

  /**
   * The majority. Exact while nothing is untracked or after a recount. Otherwise it reads as none: no value
   * fills all cells then, and none fills a share for which needsRecount said no recount was needed.
   */
  result(): MajorityValue {
    let count = 0;
    let value = Number.NaN;
    if (this.recounted >= 0) {
      count = this.recounted;
      value = this.vote.candidate;
    } else if (this.untracked === 0) {
      for (const [v, n] of this.counts) {
        if (n > count) {
          count = n;
          value = v;
        }
      }
    }
    if (2 * count <= this.present) return { present: this.present, count: 0, text: null };
    return { present: this.present, count, text: this.textOf(value) };
  }

  private textOf(value: number): string | null {
    const column = this.last;
    if (!column) return null;
    return column.kind === 'numeric' ? formatCell(value, column.type) : column.dictionary[value];
  }
}

/**
 * The most cells any one value fills in this chunk: its majority value's count, or half its present cells
 * (rounded down) when that is more, since a value that is not the majority fills at most that many.
 */
function chunkMajorityBound(cells: Float64Array | Int32Array, numeric: boolean): number {
  const vote = new MajorityVote();
  let present = 0;
  for (let row = 0; row < cells.length; row++) {
    const v = cells[row];
    if (numeric ? Number.isNaN(v) : v < 0) continue;
    present++;
    vote.cast(v);
  }
  const count = countOf(cells, vote.candidate);
  return Math.max(2 * count > present ? count : 0, Math.floor(present / 2));
}

/** The cells equal to `value`. */
function countOf(cells: Float64Array | Int32Array, value: number): number {
  let count = 0;
  for (let row = 0; row < cells.length; row++) if (cells[row] === value) count++;
  return count;
}

/** Smallest and largest non-NaN value; both NaN when there is none. */
export function valueRange(values: Float64Array): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    any = true;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return any ? { min, max } : { min: Number.NaN, max: Number.NaN };
}
