/**
 * Exact duplicate counting past a memory budget: once a DuplicateTracker's KeySet would outgrow its share,
 * its keys and every later row's key go to disk, and the duplicates are found at the end, partition by
 * partition, each partition small enough for a KeySet of its own.
 *
 * A record is a KeySet record as is (24 bytes: four hash lanes, the stored place word, the line). It goes to
 * one of 64 partition files chosen by six bits of the hash (never lane 0, which picks a KeySet's slots), so two
 * rows with one key always meet in one file. Records are appended as rows arrive, so each file is in row
 * order, the keys set aside when spilling first (they were seen before every later row): replaying a file
 * through a fresh KeySet finds each duplicate and the first row of its key exactly as one set would have,
 * without sorting and whatever rows the caller names. A file whose set would outgrow the budget is split
 * again on the next six bits, order kept.
 */
import { appendFileSync, closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from './core.ts';
import { KeySet, SLOT } from './key-set.ts';
import { LANES } from './row-hash.ts';
import type { RowRef } from './row-ref.ts';

/** A duplicate found when the spilled keys are replayed: the row and where its key was first seen. */
export interface SpilledDuplicate {
  row: RowRef;
  first: RowRef;
}

export const defaultKeyMemory = 128 * 2 ** 20;

/**
 * Memory and disk shared by the trackers of one run: `budget` bytes of KeySets in all, and one temp
 * folder (made on the first spill, under RUNNER_TEMP or the OS's temp folder) that `close` removes.
 */
export class SpillArea {
  readonly budget: number;
  private readonly root: string;
  private dir: string | undefined;
  private files = 0;
  private held = 0;

  constructor(budget = defaultKeyMemory, root = process.env.RUNNER_TEMP || tmpdir()) {
    this.budget = budget;
    this.root = root;
  }

  /** Takes `bytes` more of the budget if they fit; false if not (the caller spills instead). */
  reserve(bytes: number): boolean {
    if (this.held + bytes > this.budget) return false;
    this.held += bytes;
    return true;
  }

  /** Gives back what a tracker held before it spilled. */
  release(bytes: number): void {
    this.held -= bytes;
  }

  /** Counts `bytes` that must be held whatever the budget says (a spilling tracker's write buffers). */
  charge(bytes: number): void {
    this.held += bytes;
  }

  /** The path of a new file in the area's folder. */
  newFile(): string {
    this.dir ??= spillIo(this.root, () => mkdtempSync(join(this.root, 'modelgate-keys-')));
    return join(this.dir, `${this.files++}.keys`);
  }

  /** Files made so far (more than 64 for one tracker means a partition was split again). */
  get filesMade(): number {
    return this.files;
  }

  /** Removes the folder and everything in it; safe to call again. */
  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

const BITS = 6;
const PARTITIONS = 1 << BITS;
/**
 * Records per write or read buffer (about 16 KB): a spilling tracker holds one per partition, 1 MB in all,
 * charged to the budget.
 */
const BUFFER_RECORDS = 682;
const BUFFER_BYTES = SLOT * 4 * BUFFER_RECORDS;
/** Levels of splitting: five per hash lane 1, 2 and 3 (lane 0 picks the KeySet's slots). */
const MAX_LEVEL = 15;

function partitionOf(words: Int32Array, at: number, level: number): number {
  const lane = 1 + Math.floor(level / 5);
  return (words[at + lane] >>> (BITS * (level % 5))) & (PARTITIONS - 1);
}

interface PartitionFile {
  path: string;
  records: number;
}

/** Records written to PARTITIONS files by hash, through a small buffer per file. */
class PartitionWriter {
  private readonly area: SpillArea;
  private readonly level: number;
  private readonly files: PartitionFile[] = [];
  private readonly buffers: (Int32Array | undefined)[] = [];
  private readonly fill: number[] = new Array(PARTITIONS).fill(0);

  constructor(area: SpillArea, level: number) {
    this.area = area;
    this.level = level;
    area.charge(PARTITIONS * BUFFER_BYTES);
  }

  /** Appends the record whose hash is at `words[at ..]`, with its stored place word and line. */
  append(words: Int32Array, at: number, stored: number, line: number): void {
    const p = partitionOf(words, at, this.level);
    let buffer = this.buffers[p];
    if (!buffer) {
      buffer = new Int32Array(SLOT * BUFFER_RECORDS);
      this.buffers[p] = buffer;
      this.files[p] = { path: this.area.newFile(), records: 0 };
    }
    const to = SLOT * this.fill[p];
    for (let l = 0; l < LANES; l++) buffer[to + l] = words[at + l];
    buffer[to + LANES] = stored;
    buffer[to + LANES + 1] = line;
    if (++this.fill[p] === BUFFER_RECORDS) this.flush(p);
  }

  private flush(p: number): void {
    const buffer = this.buffers[p] as Int32Array;
    const count = this.fill[p];
    if (count === 0) return;
    const { path } = this.files[p];
    spillIo(path, () => appendFileSync(path, new Uint8Array(buffer.buffer, 0, SLOT * 4 * count)));
    this.files[p].records += count;
    this.fill[p] = 0;
  }

  /** Flushes every buffer and gives their memory back; the files written, in partition order. */
  finish(): PartitionFile[] {
    for (let p = 0; p < PARTITIONS; p++) if (this.buffers[p]) this.flush(p);
    this.buffers.length = 0;
    this.area.release(PARTITIONS * BUFFER_BYTES);
    return this.files.filter((f) => f !== undefined);
  }
}

/**
 * Each of the file's `records` records in order, as `visit(words, at)` over a reused buffer, until `visit`
 * returns false. A read may return less than asked; a record cut by it is completed by the next read.
 */
function readRecords(file: PartitionFile, visit: (words: Int32Array, at: number) => boolean): void {
  const recordBytes = SLOT * 4;
  const buffer = new Int32Array(SLOT * BUFFER_RECORDS);
  const bytes = new Uint8Array(buffer.buffer);
  spillIo(file.path, () => {
    const fd = openSync(file.path, 'r');
    try {
      let seen = 0;
      let filled = 0;
      for (;;) {
        const read = readSync(fd, bytes, filled, bytes.length - filled, null);
        filled += read;
        const whole = Math.floor(filled / recordBytes);
        for (let r = 0; r < whole; r++) {
          seen++;
          if (!visit(buffer, SLOT * r)) return;
        }
        bytes.copyWithin(0, whole * recordBytes, filled);
        filled -= whole * recordBytes;
        if (read === 0) break;
      }
      if (seen !== file.records || filled !== 0) {
        throw new Error(
          `holds ${seen} whole records and ${filled} stray bytes, ${file.records} were written`,
        );
      }
    } finally {
      closeSync(fd);
    }
  });
}

/**
 * Runs a file operation on the spill folder, turning its failure (a full disk, a missing temp folder)
 * into an error that says what was being done and where.
 */
function spillIo<T>(path: string, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // A DataError, so the action shows it as one clear line: the data outgrew what the disk can hold.
    throw new DataError(
      path,
      `cannot keep the duplicate-row keys on disk (${reason}); free disk space there, or point RUNNER_TEMP at a folder with room`,
    );
  }
}

export interface SpillResult {
  duplicates: number;
  groups: number;
  /** The first `maxExamples` duplicates in row order (by RowRef). */
  examples: SpilledDuplicate[];
}

function byRow(a: SpilledDuplicate, b: SpilledDuplicate): number {
  return a.row.file - b.row.file || a.row.line - b.row.line;
}

/**
 * One tracker's keys on disk: `append` the keys it held (`setAside`), then each later row; `finish` counts.
 * Counts and examples cover only what was appended: a key set aside adds a group if it repeats later and
 * had not repeated before (the REPEATED flag in its place word says so).
 */
export class KeySpill {
  private readonly area: SpillArea;
  private readonly maxExamples: number;
  private readonly writer: PartitionWriter;

  constructor(area: SpillArea, maxExamples: number) {
    this.area = area;
    this.maxExamples = maxExamples;
    this.writer = new PartitionWriter(area, 0);
  }

  /** Sets aside every key of `set`, with its first place and whether it has repeated. */
  setAside(set: KeySet): void {
    set.forEach((records, base) => {
      this.writer.append(records, base, records[base + LANES], records[base + LANES + 1]);
    });
  }

  /** A later row: its hash at `hashes[LANES * i ..]`, its file index and line. */
  add(hashes: Int32Array, i: number, file: number, line: number): void {
    this.writer.append(hashes, LANES * i, file + 1, line);
  }

  /** Replays every partition (removing its file); the duplicates among the records appended. */
  finish(): SpillResult {
    const result: SpillResult = { duplicates: 0, groups: 0, examples: [] };
    for (const file of this.writer.finish()) this.replay(file, 0, result);
    result.examples.sort(byRow);
    result.examples.length = Math.min(result.examples.length, this.maxExamples);
    return result;
  }

  private replay(file: PartitionFile, level: number, result: SpillResult): void {
    const set = new KeySet();
    const found: SpillResult = { duplicates: 0, groups: 0, examples: [] };
    const budget = this.area.budget;
    let fits = true;
    readRecords(file, (words, at) => {
      if (set.full && 2 * set.bytes > budget && level + 1 < MAX_LEVEL) {
        fits = false;
        return false;
      }
      const key = set.insertAt(words, at, words[at + LANES], words[at + LANES + 1]);
      if (key < 0) return true;
      found.duplicates++;
      if (set.markRepeated(key)) found.groups++;
      if (found.examples.length < this.maxExamples) {
        const row = { file: words[at + LANES] - 1, line: words[at + LANES + 1] >>> 0 };
        found.examples.push({ row, first: set.rowOf(key) });
      }
      return true;
    });
    set.release();
    if (!fits) {
      const writer = new PartitionWriter(this.area, level + 1);
      readRecords(file, (words, at) => {
        writer.append(words, at, words[at + LANES], words[at + LANES + 1]);
        return true;
      });
      rmSync(file.path);
      for (const part of writer.finish()) this.replay(part, level + 1, result);
      return;
    }
    rmSync(file.path);
    result.duplicates += found.duplicates;
    result.groups += found.groups;
    // Each partition's examples are its first in row order; the first overall are among them.
    for (const e of found.examples) result.examples.push(e);
    if (result.examples.length > 4 * this.maxExamples) {
      result.examples.sort(byRow);
      result.examples.length = this.maxExamples;
    }
  }
}
