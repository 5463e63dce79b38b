/**
 * readTableChunks: one dataset, as readTable reads it, handed out as a sequence of Tables of at most
 * `chunkRows` rows each, so that a consumer that keeps only per-column summaries needs memory that grows
 * with the columns, not the rows.
 *
 * Every chunk has the same columns with the same types: both are decided once, before the first row is
 * loaded, exactly as readTable decides them (the same header checks, the same inference sample of the first
 * `inferRows` rows, the same overrides). Chunks come in file order and cover each loaded row exactly once.
 *
 * Per chunk:
 * - `rowOffset` is the dataset row of the chunk's row 0: chunk row r is dataset row `rowOffset + r`, the
 *   row readTable would put at that index.
 * - `lines` and `sources` are exact for the chunk's rows (`sources[i].firstRow` counts from the chunk's
 *   row 0), so `locateRow(chunk, r)` works; a file spanning chunks is listed in each of them.
 * - A numeric column's `invalidCount` / `invalidExamples` / `invalidRows` cover the chunk's rows (rows are chunk
 *   rows). Concatenating every chunk's examples gives readTable's examples plus later ones.
 * - A categorical column's `dictionary` is ONE array shared by every chunk of the dataset, which only grows:
 *   a code means the same text in every chunk. It may already hold values first met in later chunks (a
 *   chunk is cut inside a block of bytes), so a consumer must go by the codes it sees, never by the length
 *   of the dictionary. The dictionary of a text column grows with its distinct values (an id column: with
 *   the rows), as readTable's does.
 * - `problems` are the row problems met while the chunk was being filled; `problemCount` counts them.
 *   Across chunks, at most `maxProblems` problems are kept (the same ones readTable keeps).
 *
 * A dataset with no rows still yields one (empty) chunk, so its columns are known. CSV, TSV and JSON Lines
 * (gzipped or not) stream; Parquet, whose columns are compressed as a whole per row group, is read with
 * readTable and handed out as one chunk.
 *
 * The default chunk holds about 32 MB of cells, at most 262,144 rows: a file of 10,000 columns comes in
 * chunks of a few hundred rows. Without a given chunkRows, the first chunks are smaller (FIRST_CHUNK_ROWS).
 *
 * The header and sampling pass is read-table.ts's first pass, with its helpers.
 */

import type { BufferPool, Values, ValuesConstructor } from './buffer-pool.ts';
import {
  CategoricalBuilder,
  type ColumnBuilder,
  MissingValues,
  NumericBuilder,
  TableBuilder,
} from './builders.ts';
import { fileBlocks } from './byte-source.ts';
import { csvBlockParser, SKIP } from './csv.ts';
import { freeMemory } from './free-memory.ts';
import { jsonlBlockParser } from './jsonl.ts';
import { type ReadOptions, type ResolvedOptions, resolveOptions } from './options.ts';
import {
  type DataFile,
  datasetFiles,
  KIND_OF,
  planDelimited,
  planJsonLines,
  readTable,
} from './read-table.ts';
import { recyclerOf } from './recycling.ts';
import type { Column, ColumnType, InvalidCell, RowProblem, Source, SourceFormat, Table } from './table.ts';
import { buffersOf } from './worker-protocol.ts';

/** One chunk of a dataset: a Table of consecutive rows, and where they start in the dataset. */
export interface TableChunk extends Table {
  /** The dataset row of the chunk's row 0. */
  rowOffset: number;
}

export interface ChunkOptions extends ReadOptions {
  /** Rows per chunk (the last may have fewer). Default: as many as `chunkBytes` of cells hold. */
  chunkRows?: number;
  /**
   * Without chunkRows: rows per chunk so that its cells take about this many bytes (at 8 per cell), at
   * most 262,144. Default 32 MB. The first chunks are then smaller, from 2,048 rows doubling up to that
   * size (see FIRST_CHUNK_ROWS).
   */
  chunkBytes?: number;
}

const MAX_CHUNK_ROWS = 262_144;
/**
 * The first chunk's rows when the size is not given, doubling chunk after chunk. A consumer's code, like the
 * reader's, runs slowly until the JIT has compiled it: on small first chunks that warm-up costs little, and
 * the first rows reach the consumer sooner (measured on a million rows: the first chunk's 110 ms of cold
 * validation came down to 15 ms, with no steady-state cost).
 */
const FIRST_CHUNK_ROWS = 2048;
const CHUNK_CELL_BYTES = 32 * 1024 * 1024;
const MIN_CAPACITY = 1024;

/** The default rows per chunk for `columns` columns. */
export function defaultChunkRows(columns: number, bytes = CHUNK_CELL_BYTES): number {
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(bytes / (8 * Math.max(1, columns)))));
}

/** Rows per chunk, and whether the first chunks start smaller (see FIRST_CHUNK_ROWS). */
interface ChunkSize {
  rows: number;
  rampUp: boolean;
}

/**
 * A TableBuilder that never holds more than `chunkRows` rows: when a reader asks for room past that, the
 * rows so far become a finished chunk (queued in `ready`) and the columns start over with fresh arrays.
 * Readers re-read the arrays after asking for room, so they write on into the new ones.
 */
class ChunkBuilder extends TableBuilder {
  readonly ready: TableChunk[] = [];
  /** This chunk's rows, and the most a chunk has. */
  private chunkRows: number;
  private readonly maxChunkRows: number;
  private readonly maxKept: number;
  private kept = 0;
  private rowOffset = 0;
  private yielded = 0;
  /** The file being read, and whether a chunk was cut since it began. */
  private file: { path: string; format: SourceFormat } | undefined;
  private newSources = 0;

  private readonly pool: BufferPool | undefined;

  constructor(columns: ColumnBuilder[], maxProblems: number, size: ChunkSize, pool?: BufferPool) {
    super(columns, maxProblems);
    this.maxChunkRows = size.rows;
    this.chunkRows = size.rampUp ? Math.min(FIRST_CHUNK_ROWS, size.rows) : size.rows;
    this.maxKept = maxProblems;
    this.pool = pool;
  }

  protected override allocate<T extends Values>(type: ValuesConstructor<T>, length: number): T {
    return this.pool ? this.pool.take(type, length) : new type(length);
  }

  override reserve(rows: number): void {
    if (rows <= this.capacity) return;
    if (rows > this.chunkRows) {
      this.cut();
      this.chunkRows = Math.min(2 * this.chunkRows, this.maxChunkRows);
      // Rows keep coming: the next chunk is likely full, so it starts at its full size rather than
      // growing to it again (each growth copies).
      rows = this.chunkRows;
    }
    const grown = Math.max(rows, Math.ceil(this.capacity * 1.5), MIN_CAPACITY);
    super.reserve(Math.min(grown, this.chunkRows), true);
  }

  override addProblem(problem: RowProblem): void {
    this.problemCount++;
    if (this.kept < this.maxKept) {
      this.kept++;
      this.problems.push(problem);
    }
  }

  beginFile(path: string, format: SourceFormat): void {
    this.file = { path, format };
    this.sources.push({ file: path, format, firstRow: this.rowCount, rowCount: 0 });
    this.newSources++;
  }

  /** Queues the rows so far as a chunk, and starts the next chunk empty. */
  cut(): void {
    const rows = this.rowCount;
    const sources: Source[] = this.sources.splice(0).map((source, i, all) => ({
      ...source,
      rowCount: (i + 1 < all.length ? all[i + 1].firstRow : rows) - source.firstRow,
    }));
    const columns: Column[] = this.columns.map((column) => {
      if (column.kind === 'categorical') {
        return {
          kind: 'categorical',
          name: column.name,
          type: column.type,
          codes: column.values.subarray(0, rows),
          dictionary: column.dictionary,
        };
      }
      const examples: InvalidCell[] = column.invalidExamples.splice(0);
      const chunkColumn = {
        kind: 'numeric' as const,
        name: column.name,
        type: column.type,
        values: column.values.subarray(0, rows),
        invalidCount: column.invalidCount,
        invalidExamples: examples,
        invalidRows: column.invalidRows.splice(0),
      };
      column.invalidCount = 0;
      return chunkColumn;
    });
    this.ready.push({
      rowCount: rows,
      columns,
      sources,
      lines: this.lines.subarray(0, rows),
      problems: this.problems.splice(0),
      problemCount: this.problemCount,
      rowOffset: this.rowOffset,
    });
    this.yielded++;
    this.rowOffset += rows;
    this.rowCount = 0;
    this.problemCount = 0;
    this.newSources = 0;
    // Fresh arrays: the old ones now belong to the chunk.
    this.capacity = 0;
    for (const column of this.columns) {
      if (column.kind === 'numeric') column.values = new Float64Array(0);
      else column.values = new Int32Array(0);
    }
    this.lines = new Uint32Array(0);
    if (this.file)
      this.sources.push({ file: this.file.path, format: this.file.format, firstRow: 0, rowCount: 0 });
  }

  /** Cuts the last chunk, unless it would add nothing: no row, no problem and no file not seen before. */
  finishChunks(): void {
    if (
      this.yielded === 0 ||
      this.rowCount > 0 ||
      this.problems.length > 0 ||
      this.problemCount > 0 ||
      this.newSources > 0
    ) {
      this.cut();
    }
  }
}

/** Feeds a file's blocks to `parse` (as forEachBlock does) and hands out the chunks cut after each block. */
async function* parseFile(
  file: string,
  gzip: boolean,
  parse: (bytes: Uint8Array, end: number, atEnd: boolean) => number,
  builder: ChunkBuilder,
): AsyncGenerator<TableChunk> {
  for await (const block of fileBlocks(file, gzip)) {
    block.consumed = parse(block.bytes, block.end, block.atEnd);
    yield* builder.ready.splice(0);
  }
}

function makeBuilder(
  names: string[],
  types: ColumnType[],
  options: ResolvedOptions,
  chunkSize: (columns: number) => ChunkSize,
  pool: BufferPool | undefined,
): ChunkBuilder {
  const missing = new MissingValues(options.missingValues);
  const columns = names.map((name, c): ColumnBuilder => {
    const type = types[c];
    return type === 'string' || type === 'category'
      ? new CategoricalBuilder(name, type, missing)
      : new NumericBuilder(name, type, missing, options.maxInvalidExamples);
  });
  return new ChunkBuilder(columns, options.maxProblems, chunkSize(names.length), pool);
}

async function* delimitedChunks(
  files: DataFile[],
  options: ResolvedOptions,
  chunkSize: (columns: number) => ChunkSize,
  pool: BufferPool | undefined,
): AsyncGenerator<TableChunk> {
  const { sep, headers, names, types } = await planDelimited(files, options, false);
  const builder = makeBuilder(names, types, options, chunkSize, pool);
  const missing = new MissingValues(options.missingValues);
  const index = new Map(names.map((name, c) => [name, c]));
  for (let f = 0; f < files.length; f++) {
    const targets = Int32Array.from(headers[f], (name) => index.get(name) ?? -1);
    const kinds = Uint8Array.from(headers[f], (_, k) => (targets[k] < 0 ? SKIP : KIND_OF[types[targets[k]]]));
    builder.beginFile(files[f].path, files[f].format);
    const parse = csvBlockParser(files[f].path, sep, { kinds, targets, missing }, builder);
    yield* parseFile(files[f].path, files[f].gzip, parse, builder);
  }
  builder.finishChunks();
  yield* builder.ready.splice(0);
}

async function* jsonLinesChunks(
  files: DataFile[],
  options: ResolvedOptions,
  chunkSize: (columns: number) => ChunkSize,
  pool: BufferPool | undefined,
): AsyncGenerator<TableChunk> {
  const { keys, names, types } = await planJsonLines(files, options);
  const builder = makeBuilder(names, types, options, chunkSize, pool);
  const plan = { names, known: new Set(keys), reported: new Set<string>(), inferRows: options.inferRows };
  for (const file of files) {
    builder.beginFile(file.path, file.format);
    yield* parseFile(file.path, file.gzip, jsonlBlockParser(file.path, plan, builder), builder);
  }
  builder.finishChunks();
  yield* builder.ready.splice(0);
}

/**
 * Reads one dataset — the files named by `inputs` (paths or globs), in order — as a sequence of chunks (see
 * the module comment). Throws DataError for unusable data (with file and line), TypeError for bad options;
 * an error in a later file comes after the chunks before it.
 */
export async function* readTableChunks(
  inputs: string | string[],
  options: ChunkOptions = {},
  pool?: BufferPool,
): AsyncGenerator<TableChunk> {
  const { chunkRows: rows, chunkBytes, ...readOptions } = options;
  for (const [name, value] of [
    ['chunkRows', rows],
    ['chunkBytes', chunkBytes],
  ] as const) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 1)) {
      throw new TypeError(`read option ${name} must be a positive integer, got ${value}`);
    }
  }
  const chunkSize = (columns: number): ChunkSize =>
    rows ? { rows, rampUp: false } : { rows: defaultChunkRows(columns, chunkBytes), rampUp: true };
  const resolved = resolveOptions(readOptions);
  const files = await datasetFiles(inputs);
  switch (files[0].format) {
    case 'csv':
    case 'tsv':
      yield* delimitedChunks(files, resolved, chunkSize, pool);
      return;
    case 'jsonl':
      yield* jsonLinesChunks(files, resolved, chunkSize, pool);
      return;
    case 'parquet':
      yield { ...(await readTable(inputs, readOptions)), rowOffset: 0 };
  }
}

/**
 * The chunks, each one's arrays freed (or handed back to their reader, recycleWith) as soon as the next
 * chunk is asked for, for a consumer that keeps none of them (only what it computed from them). Garbage
 * collection would free them only at its next full collection, which the consumer's small allocations
 * seldom trigger: measured, the chunks of a million rows piled up to about 100 MB before that.
 */
export async function* releasingChunks(chunks: AsyncIterable<TableChunk>): AsyncGenerator<TableChunk> {
  for await (const chunk of chunks) {
    yield chunk;
    const buffers = [...new Set(buffersOf(chunk))].filter(
      (buffer) => !(buffer as ArrayBuffer & { detached: boolean }).detached,
    );
    const recycle = recyclerOf(chunk);
    if (recycle) recycle(buffers);
    else for (const buffer of buffers) freeMemory(new Uint8Array(buffer));
  }
}
