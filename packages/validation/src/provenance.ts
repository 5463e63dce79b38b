// Where a dataset's rows came from, gathered chunk by chunk: its files (in order), its row count and the
// rows the reader left out. A rule keeps a row as a RowRef (file index and line), which outlives the
// chunk, and names it only when the dataset is done, since a message says "line 12" for a dataset of one
// file and "b.csv line 12" for one of several, and a later chunk may bring a second file.
import type { Location, RowProblem, SourceFormat, Table } from './core.ts';
import { plural } from './format.ts';
import type { RowPlaces, RowRef } from './row-ref.ts';

/** The rows of one chunk, placed in the dataset. Rows are looked up in increasing order, mostly. */
export class ChunkRows implements RowPlaces {
  readonly table: Table;
  /** Dataset file index of each of the chunk's sources. */
  private readonly fileOfSource: Int32Array;
  private source = 0;

  constructor(table: Table, fileOfSource: Int32Array) {
    this.table = table;
    this.fileOfSource = fileOfSource;
  }

  /** The dataset file index of chunk row `row` (the last source starting at or before it, as locateRow). */
  file(row: number): number {
    const sources = this.table.sources;
    if (row < sources[this.source].firstRow) this.source = 0;
    while (this.source + 1 < sources.length && sources[this.source + 1].firstRow <= row) this.source++;
    return this.fileOfSource[this.source];
  }

  line(row: number): number {
    return this.table.lines[row];
  }

  ref(row: number): RowRef {
    return { file: this.file(row), line: this.table.lines[row] };
  }

  refs(rows: Iterable<number>): RowRef[] {
    return Array.from(rows, (row) => this.ref(row));
  }
}

/**
 * A row a rule must read again in a later pass over the data: one it learned of only after the first
 * (a duplicate found when spilled keys were counted), whose cells its message quotes.
 */
export interface RowRequest {
  ref: RowRef;
  read(chunk: Table, row: number): void;
}

export class Provenance {
  readonly files: { path: string; format: SourceFormat }[] = [];
  private readonly index = new Map<string, number>();
  rowCount = 0;
  /** The rows the reader left out (as many as it kept). */
  readonly problems: RowProblem[] = [];
  /** How many rows the reader left out, kept or not. */
  problemCount = 0;

  /** Takes in a chunk's sources, rows and problems; the chunk's rows, placed. Chunks come in order. */
  add(chunk: Table): ChunkRows {
    const fileOfSource = Int32Array.from(chunk.sources, (source) => {
      let file = this.index.get(source.file);
      if (file === undefined) {
        file = this.files.push({ path: source.file, format: source.format }) - 1;
        this.index.set(source.file, file);
      }
      return file;
    });
    this.rowCount += chunk.rowCount;
    for (const problem of chunk.problems) this.problems.push(problem);
    this.problemCount += chunk.problemCount ?? chunk.problems.length;
    return new ChunkRows(chunk, fileOfSource);
  }

  /** A chunk's rows placed in the dataset as `add` placed them, for a later pass over the same data. */
  place(chunk: Table): ChunkRows {
    const fileOfSource = Int32Array.from(chunk.sources, (source) => this.index.get(source.file) ?? -1);
    return new ChunkRows(chunk, fileOfSource);
  }

  unitOf(file: number): Location['unit'] {
    return this.files[file].format === 'parquet' ? 'row' : 'line';
  }

  /** The unit of a file named by path: 'line', unless the dataset read it as Parquet. */
  unitOfPath(path: string): Location['unit'] {
    const file = this.index.get(path);
    return file !== undefined ? this.unitOf(file) : 'line';
  }

  location(ref: RowRef, column?: string): Location {
    const location: Location = {
      file: this.files[ref.file].path,
      line: ref.line,
      unit: this.unitOf(ref.file),
    };
    if (column !== undefined) location.column = column;
    return location;
  }

  locations(refs: readonly RowRef[], column?: string): Location[] {
    return refs.map((ref) => this.location(ref, column));
  }

  /** A row as a message names it: "line 12", or "data/b.csv line 12" when the dataset spans several files. */
  rowName(ref: RowRef): string {
    const unit = this.unitOf(ref.file);
    return this.files.length > 1 ? `${this.files[ref.file].path} ${unit} ${ref.line}` : `${unit} ${ref.line}`;
  }

  /** "data/train.csv", "a.csv and b.csv", "a.csv and 3 more files". */
  describe(): string {
    const files = this.files.map((f) => f.path);
    if (files.length === 0) return 'the data';
    if (files.length <= 2) return files.join(' and ');
    return `${files[0]} and ${plural(files.length - 1, 'more file')}`;
  }
}
