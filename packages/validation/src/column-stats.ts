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
 * A Boyer-Moore majority vote (a Misra-Gries summary of one counter): once every value has voted,
 * `candidate` is the value filling more than half of them, if one does (any value otherwise: only a count
 * can tell). Votes of chunks merge: a value filling more than half of all cells keeps a positive count.
 */
interface Vote {
  candidate: number;
  votes: number;
}

/**
 * The vote of a chunk's present cells (not NaN, not code -1), and how many there are. The loop is written
 * once per array type so that each sees one element type, which V8 compiles to a tight loop.
 */
function chunkVote(cells: Float64Array | Int32Array): Vote & { present: number } {
  let candidate = Number.NaN;
  let votes = 0;
  let present = 0;
  if (cells instanceof Float64Array) {
    for (let row = 0; row < cells.length; row++) {
      const v = cells[row];
      if (Number.isNaN(v)) continue; // missing
      present++;
      if (votes === 0) {
        candidate = v;
        votes = 1;
      } else if (v === candidate) votes++;
      else votes--;
    }
  } else {
    for (let row = 0; row < cells.length; row++) {
      const v = cells[row];
      if (v < 0) continue; // code -1: missing
      present++;
      if (votes === 0) {
        candidate = v;
        votes = 1;
      } else if (v === candidate) votes++;
      else votes--;
    }
  }
  return { candidate, votes, present };
}

/** `into` becomes the vote of its cells and `other`'s together. */
function mergeVote(into: Vote, other: Vote): void {
  if (other.votes === 0) return;
  if (into.votes === 0 || other.candidate === into.candidate) {
    into.candidate = other.candidate;
    into.votes += other.votes;
  } else if (into.votes >= other.votes) into.votes -= other.votes;
  else {
    into.candidate = other.candidate;
    into.votes = other.votes - into.votes;
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
 * runs the majority vote, whose candidate is the majority value whenever there is one. So the
 * majority is known exactly while nothing is untracked. Otherwise the candidate holds at most its count
 * plus `untracked` cells, and at most `bound` = the sum over chunks of the chunk's own majority count, or
 * half its present cells when that is more (no value fills more of a chunk). Only when that could reach
 * the share a caller asks about does the candidate need counting in a second pass over the data
 * (`needsRecount`, `recount`): with many distinct values spread over the rows, the bound stays at half.
 */
export class MajorityCounter {
  private readonly cap: number;
  /** Counts by number (numeric columns). */
  private readonly counts = new Map<number, number>();
  /** Counts by dictionary code (text columns), and how many codes were seen. */
  private codeCounts = new Float64Array(0);
  private codesSeen = 0;
  private present = 0;
  private untracked = 0;
  private bound = 0;
  private readonly vote: Vote = { candidate: Number.NaN, votes: 0 };
  private recounted = -1;
  /** The column as last seen: its type, and the dictionary its codes index. */
  private last: Column | undefined;

  constructor(cap: number) {
    this.cap = cap;
  }

  /** Adds a chunk's cells; returns how many are present (neither NaN nor code -1), which it counts anyway. */
  add(column: Column): number {
    this.last = column;
    const cells = column.kind === 'numeric' ? column.values : column.codes;
    const chunk = chunkVote(cells);
    this.present += chunk.present;
    mergeVote(this.vote, chunk);
    // Each of the candidate's cells that is not among the votes left was cancelled by a cell of another
    // value, so it fills at most (present + votes) / 2 cells. With few votes left (a column of distinct
    // values leaves 0 or 1) it cannot fill more than half, and its count would change nothing.
    const half = Math.floor(chunk.present / 2);
    const count = Math.floor((chunk.present + chunk.votes) / 2) > half ? countOf(cells, chunk.candidate) : 0;
    this.bound += Math.max(2 * count > chunk.present ? count : 0, half);
    if (this.untracked > 0) this.untracked += chunk.present;
    else if (column.kind === 'numeric') this.countNumbers(column.values);
    else this.countCodes(column.codes);
    return chunk.present;
  }

  private countNumbers(values: Float64Array): void {
    const counts = this.counts;
    for (let row = 0; row < values.length; row++) {
      const v = values[row];
      if (Number.isNaN(v)) continue;
      if (this.untracked > 0) {
        this.untracked++;
        continue;
      }
      const seen = counts.get(v);
      if (seen !== undefined) counts.set(v, seen + 1);
      else if (counts.size < this.cap) counts.set(v, 1);
      else this.untracked++;
    }
  }

  private countCodes(codes: Int32Array): void {
    for (let row = 0; row < codes.length; row++) {
      const code = codes[row];
      if (code < 0) continue;
      if (this.untracked > 0) {
        this.untracked++;
        continue;
      }
      if (code >= this.codeCounts.length) this.growCodeCounts(code);
      const counts = this.codeCounts;
      if (counts[code] > 0) counts[code]++;
      else if (this.codesSeen < this.cap) {
        counts[code] = 1;
        this.codesSeen++;
      } else this.untracked++;
    }
  }

  private growCodeCounts(code: number): void {
    const grown = new Float64Array(Math.max(16, 2 * this.codeCounts.length, code + 1));
    grown.set(this.codeCounts);
    this.codeCounts = grown;
  }

  /** The exact count of `value` while nothing is untracked. */
  private countedOf(value: number): number {
    if (this.last?.kind === 'numeric') return this.counts.get(value) ?? 0;
    return value >= 0 && value < this.codeCounts.length ? this.codeCounts[value] : 0;
  }

  /** Whether the majority is unknown and could fill at least `share` (> 0.5) of the present cells. */
  needsRecount(share: number): boolean {
    if (this.recounted >= 0 || this.untracked === 0) return false;
    const most = Math.min(this.countedOf(this.vote.candidate) + this.untracked, this.bound);
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
      // The candidate is the only value that can fill more than half.
      value = this.vote.candidate;
      count = this.countedOf(value);
    }
    if (2 * count <= this.present) return { present: this.present, count: 0, text: null };
    return { present: this.present, count, text: this.textOf(value) };
  }

  private textOf(value: number): string | null {
    const column = this.last;
    if (!column) return null;
    // The vote may have kept -0, which counts (and should read) as 0.
    return column.kind === 'numeric'
      ? formatCell(value === 0 ? 0 : value, column.type)
      : column.dictionary[value];
  }
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
