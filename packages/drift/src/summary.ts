/**
 * The dataset summary: everything check-drift needs from one side of the comparison, built chunk by chunk
 * as the data is read, so that neither side is ever held as a whole table. The statistics stay exact: KS
 * and Wasserstein need every value, so a numeric column keeps all its finite values (FiniteValues: packed
 * as Int32 decimals when they allow it, sorted only when the column is compared); a categorical column
 * keeps its category counts. Columns that pair rows (target and prediction, for concept drift) are kept
 * whole in row order, and on request the first rows of each category, so that new categories in the
 * current data can be pointed at.
 *
 * The reference's summary is also what the action caches (by the content hash of the reference files,
 * with @actions/cache) to skip reading the reference on the next run. Binary format, version 3 (all
 * integers little-endian):
 *
 *   offset 0   8 bytes   magic "MGREFSUM"
 *   offset 8   uint32    format version (3)
 *   offset 12  uint32    header length H in bytes
 *   offset 16  H bytes   header, UTF-8 JSON (see SummaryHeader below)
 *   then zero padding to a multiple of 8, where the data area starts
 *   data area            blocks of Float64 or Int32 values; a header entry's `block` is
 *                        [byte offset from the data area start (a multiple of 8), number of values]
 *
 * A numeric column lists its value blocks: Int32 mantissas with their decimal scale, or Float64 values
 * (scale null), and whether they are already sorted; a row-order numeric column's block holds its values
 * with NaN for missing (Float64); a row-order categorical column's block its codes (Int32, -1 missing)
 * into the header's `dictionary`. Category examples are not stored (only the current data needs them).
 */

import type { CategoricalColumn, Column, Location, RowProblem, SourceFormat, Table } from '@modelgate/core';
import { locateRow, UserError } from '@modelgate/core';
import { type FiniteValues, FiniteValuesBuilder, sortedValues, type ValueBlock } from './finite-values.ts';
import {
  type CategoricalProfile,
  type ColumnProfile,
  comparedKind,
  numericLabel,
  type SampledRows,
} from './profile.ts';
import type { SortScratch } from './sort.ts';

// 3: the rows the reader could not use (problems, problemCount) are kept.
export const SUMMARY_VERSION = 3;
const MAGIC = 'MGREFSUM';
const PREFIX_BYTES = 16;
/** Category examples: the first rows of each category, for this many categories of a column at most. */
const EXAMPLE_ROWS = 5;
const EXAMPLE_CATEGORIES = 1000;

export interface SummarySource {
  file: string;
  format: SourceFormat;
  rowCount: number;
}

/** A numeric column: its row count and its finite values, unsorted until compared. */
export interface NumericSummary {
  kind: 'numeric';
  name: string;
  type: Extract<Column, { kind: 'numeric' }>['type'];
  rowCount: number;
  values: FiniteValues;
  /** The rows' finite values' extent when `values` is a sketch's pseudo-sample of them (see NumericProfile). */
  extent?: SampledRows;
}

export type ColumnSummary = NumericSummary | CategoricalProfile;

/** A row of the data: its index in the dataset and where it came from. */
export interface ExampleRow {
  row: number;
  location: Location;
}

export interface DatasetSummary {
  kind: 'dataset-summary';
  version: typeof SUMMARY_VERSION;
  rowCount: number;
  sources: SummarySource[];
  /** The first rows the reader could not use and left out (as the reader kept them), and how many in all. */
  problems: RowProblem[];
  problemCount: number;
  /** One summary per column of the data, in column order. */
  columns: ColumnSummary[];
  /** Columns kept whole in row order, for measures that pair the cells of a row (concept drift). */
  rowColumns: Column[];
  /**
   * By column, then by category label: the first few rows holding it (SummarizeOptions.categoryExamples),
   * for the first categories met of each column.
   */
  categoryExamples?: Map<string, Map<string, ExampleRow[]>>;
}

export interface SummarizeOptions {
  /** Columns to keep in row order as well (the target and prediction columns). */
  keepRows?: string[];
  /**
   * Record category examples (the current data) for the columns drift compares as categories: text and
   * booleans, or as `columnTypes` says (DriftOptions.columnTypes).
   */
  categoryExamples?: boolean;
  columnTypes?: Record<string, 'numeric' | 'categorical'>;
}

/** A corrupt, truncated or foreign summary file; the caller can fall back to reading the reference. */
export class SummaryError extends UserError {
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.file = file;
    this.name = 'SummaryError';
  }
}

export function isDatasetSummary(data: Table | DatasetSummary): data is DatasetSummary {
  return (data as DatasetSummary).kind === 'dataset-summary';
}

/** A column's profile for comparison: a numeric column's values decoded and sorted (a new array). */
export function profileOf(column: ColumnSummary, scratch?: SortScratch): ColumnProfile {
  if (column.kind === 'categorical') return column;
  const { name, type, rowCount, values, extent } = column;
  return {
    kind: 'numeric',
    name,
    type,
    rowCount,
    sorted: sortedValues(values, scratch),
    ...(extent && { extent }),
  };
}

/** The summary of a table (see summarizeChunks). */
export function summarizeTable(table: Table, options: SummarizeOptions = {}): DatasetSummary {
  const builder = new SummaryBuilder(options);
  builder.add(table, 0);
  return builder.finish();
}

/**
 * The summary of a dataset read chunk by chunk (readTableChunks): what it keeps grows with the columns
 * (and the kept row columns), not with the rows. The chunks' arrays are not kept, so a reader may reuse
 * them once the next chunk is asked for.
 */
export async function summarizeChunks(
  chunks: AsyncIterable<Table & { rowOffset: number }>,
  options: SummarizeOptions = {},
): Promise<DatasetSummary> {
  const builder = new SummaryBuilder(options);
  for await (const chunk of chunks) builder.add(chunk, chunk.rowOffset);
  return builder.finish();
}

type ColumnState =
  | { kind: 'numeric'; column: Column; rowCount: number; values: FiniteValuesBuilder }
  | { kind: 'categorical'; column: CategoricalColumn; rowCount: number; counts: Float64Array };

/** Row-order copies of a column, grown chunk by chunk. */
interface RowState {
  column: Column;
  values: Float64Array | Int32Array;
  length: number;
  /** Invalid cells over all chunks (each chunk's column counts its own). */
  invalidCount: number;
}

class SummaryBuilder {
  private readonly options: SummarizeOptions;
  private states: ColumnState[] | undefined;
  private readonly rows = new Map<string, RowState>();
  private readonly examples = new Map<string, Map<string, ExampleRow[]>>();
  private readonly sources: SummarySource[] = [];
  private readonly problems: RowProblem[] = [];
  private problemCount = 0;
  private rowCount = 0;

  constructor(options: SummarizeOptions) {
    this.options = options;
  }

  add(chunk: Table, rowOffset: number): void {
    if (!this.states) {
      this.states = chunk.columns.map(
        (column): ColumnState =>
          column.kind === 'numeric'
            ? { kind: 'numeric', column, rowCount: 0, values: new FiniteValuesBuilder() }
            : { kind: 'categorical', column, rowCount: 0, counts: new Float64Array(16) },
      );
      if (this.options.categoryExamples) {
        for (const column of chunk.columns) {
          const kind = this.options.columnTypes?.[column.name] ?? comparedKind(column);
          if (kind === 'categorical') this.examples.set(column.name, new Map());
        }
      }
    }
    for (const source of chunk.sources) {
      const last = this.sources.at(-1);
      // A file that spans chunks is listed in each of them.
      if (last && last.file === source.file && source.firstRow === 0 && rowOffset > 0)
        last.rowCount += source.rowCount;
      else this.sources.push({ file: source.file, format: source.format, rowCount: source.rowCount });
    }
    this.rowCount += chunk.rowCount;
    // A chunk lists only its own problems; the reader already caps how many it keeps over all chunks.
    this.problems.push(...chunk.problems);
    this.problemCount += chunk.problemCount ?? chunk.problems.length;
    chunk.columns.forEach((column, c) => {
      const state = (this.states as ColumnState[])[c];
      state.rowCount += chunk.rowCount;
      if (state.kind === 'numeric' && column.kind === 'numeric') state.values.add(column.values);
      else if (state.kind === 'categorical' && column.kind === 'categorical') {
        state.column = column; // its dictionary only grows
        state.counts = countCodes(column.codes, column.dictionary.length, state.counts);
      }
      if (this.options.keepRows?.includes(column.name)) this.keepRows(column, chunk.rowCount);
      const examples = this.examples.get(column.name);
      if (examples) recordExamples(examples, chunk, column, rowOffset);
    });
  }

  private keepRows(column: Column, rows: number): void {
    const from = column.kind === 'numeric' ? column.values : column.codes;
    let state = this.rows.get(column.name);
    if (!state) {
      state = {
        column,
        values: column.kind === 'numeric' ? new Float64Array(rows) : new Int32Array(rows),
        length: 0,
        invalidCount: 0,
      };
      this.rows.set(column.name, state);
    }
    state.column = column;
    if (column.kind === 'numeric') state.invalidCount += column.invalidCount;
    if (state.length + rows > state.values.length) {
      const grown = new (state.values.constructor as typeof Float64Array | typeof Int32Array)(
        Math.max(state.length + rows, state.values.length * 2),
      );
      grown.set(state.values.subarray(0, state.length));
      state.values = grown;
    }
    state.values.set(from.subarray(0, rows), state.length);
    state.length += rows;
  }

  finish(): DatasetSummary {
    const columns = (this.states ?? []).map((state): ColumnSummary => {
      const { name } = state.column;
      if (state.kind === 'numeric') {
        const type = (state.column as Extract<Column, { kind: 'numeric' }>).type;
        return { kind: 'numeric', name, type, rowCount: state.rowCount, values: state.values.finish() };
      }
      return categoricalSummary(state.column, state.counts, state.rowCount);
    });
    const rowColumns = (this.options.keepRows ?? []).flatMap((name): Column[] => {
      const state = this.rows.get(name);
      if (!state) return [];
      const { column, length, values } = state;
      const kept = values.length === length ? values : values.slice(0, length);
      return column.kind === 'numeric'
        ? [
            {
              kind: 'numeric',
              name,
              type: column.type,
              values: kept as Float64Array,
              invalidCount: state.invalidCount,
              invalidExamples: [],
            },
          ]
        : [
            {
              kind: 'categorical',
              name,
              type: column.type,
              codes: kept as Int32Array,
              dictionary: column.dictionary,
            },
          ];
    });
    return {
      kind: 'dataset-summary',
      version: SUMMARY_VERSION,
      rowCount: this.rowCount,
      sources: this.sources,
      problems: this.problems,
      problemCount: this.problemCount,
      columns,
      rowColumns,
      ...(this.examples.size > 0 ? { categoryExamples: this.examples } : {}),
    };
  }
}

function countCodes(codes: Int32Array, dictionarySize: number, counts: Float64Array): Float64Array {
  let out = counts;
  if (dictionarySize > out.length) {
    out = new Float64Array(Math.max(dictionarySize, out.length * 2));
    out.set(counts);
  }
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code >= 0) out[code]++;
  }
  return out;
}

/** Counts by category text (a dictionary may hold one text under two codes, as Parquet's can). */
function categoricalSummary(
  column: CategoricalColumn,
  counts: Float64Array,
  rowCount: number,
): CategoricalProfile {
  const merged = new Map<string, number>();
  for (let code = 0; code < column.dictionary.length; code++) {
    if (counts[code] > 0) {
      const label = column.dictionary[code];
      merged.set(label, (merged.get(label) ?? 0) + counts[code]);
    }
  }
  return {
    kind: 'categorical',
    name: column.name,
    type: column.type,
    rowCount,
    categories: [...merged.keys()],
    counts: [...merged.values()],
  };
}

function recordExamples(
  examples: Map<string, ExampleRow[]>,
  chunk: Table,
  column: Column,
  rowOffset: number,
): void {
  const note = (label: string, row: number) => {
    let rows = examples.get(label);
    if (!rows) {
      if (examples.size >= EXAMPLE_CATEGORIES) return;
      rows = [];
      examples.set(label, rows);
    }
    if (rows.length < EXAMPLE_ROWS) {
      rows.push({ row: rowOffset + row, location: { ...locateRow(chunk, row), column: column.name } });
    }
  };
  if (column.kind === 'categorical') {
    const { codes, dictionary } = column;
    // Rows still wanted per code, so that a cell costs one array read, not a map look-up.
    const wanted = Int32Array.from(dictionary, (label) => {
      const rows = examples.get(label);
      return rows ? EXAMPLE_ROWS - rows.length : examples.size < EXAMPLE_CATEGORIES ? EXAMPLE_ROWS : 0;
    });
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code >= 0 && wanted[code] > 0) {
        wanted[code]--;
        note(dictionary[code], i);
      }
    }
  } else {
    const { values, type } = column;
    for (let i = 0; i < values.length; i++)
      if (Number.isFinite(values[i])) note(numericLabel(type, values[i]), i);
  }
}

type Block = [offset: number, length: number];

type HeaderColumn =
  | {
      name: string;
      kind: 'numeric';
      type: string;
      rowCount: number;
      sorted: boolean;
      blocks: { scale: number | null; block: Block }[];
    }
  | {
      name: string;
      kind: 'categorical';
      type: string;
      rowCount: number;
      categories: string[];
      counts: number[];
    };

type HeaderRowColumn =
  | { name: string; kind: 'numeric'; type: string; invalidCount: number; block: Block }
  | { name: string; kind: 'categorical'; type: string; dictionary: string[]; block: Block };

interface SummaryHeader {
  rowCount: number;
  sources: SummarySource[];
  problems: RowProblem[];
  problemCount: number;
  columns: HeaderColumn[];
  rowColumns: HeaderRowColumn[];
}

/** The summary as bytes in the format described at the top of this file. */
export function encodeSummary(summary: DatasetSummary): Uint8Array {
  const arrays: (Float64Array | Int32Array)[] = [];
  let dataBytes = 0;
  const place = (values: Float64Array | Int32Array): Block => {
    const block: Block = [dataBytes, values.length];
    arrays.push(values);
    dataBytes += align8(values.byteLength);
    return block;
  };
  const header: SummaryHeader = {
    rowCount: summary.rowCount,
    sources: summary.sources,
    problems: summary.problems,
    problemCount: summary.problemCount,
    columns: summary.columns.map((c) =>
      c.kind === 'numeric'
        ? {
            name: c.name,
            kind: c.kind,
            type: c.type,
            rowCount: c.rowCount,
            sorted: c.values.sorted,
            blocks: c.values.blocks.map((b) =>
              b.scale === null
                ? { scale: null, block: place(b.doubles) }
                : { scale: b.scale, block: place(b.ints) },
            ),
          }
        : {
            name: c.name,
            kind: c.kind,
            type: c.type,
            rowCount: c.rowCount,
            categories: c.categories,
            counts: c.counts,
          },
    ),
    rowColumns: summary.rowColumns.map((c) =>
      c.kind === 'numeric'
        ? { name: c.name, kind: c.kind, type: c.type, invalidCount: c.invalidCount, block: place(c.values) }
        : { name: c.name, kind: c.kind, type: c.type, dictionary: c.dictionary, block: place(c.codes) },
    ),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = align8(PREFIX_BYTES + headerBytes.length);
  const out = new Uint8Array(dataStart + dataBytes);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(8, SUMMARY_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  out.set(headerBytes, PREFIX_BYTES);
  let at = dataStart;
  for (const values of arrays) {
    out.set(littleEndianBytes(values), at);
    at += align8(values.byteLength);
  }
  return out;
}

/**
 * Reads a summary written by encodeSummary. `file` names it in errors. Checks the magic, the
 * version, every block's bounds and that numeric profiles are ascending, so a damaged cache entry is
 * reported rather than turned into wrong statistics.
 */
export function decodeSummary(bytes: Uint8Array, file = 'reference summary'): DatasetSummary {
  const fail = (message: string): never => {
    throw new SummaryError(file, message);
  };
  if (bytes.length < PREFIX_BYTES || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
    fail('not a modelgate reference summary (the file does not start with "MGREFSUM")');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== SUMMARY_VERSION) {
    fail(`reference summary format version ${version}; this modelgate reads version ${SUMMARY_VERSION}`);
  }
  const headerLength = view.getUint32(12, true);
  if (PREFIX_BYTES + headerLength > bytes.length) fail('truncated: the header runs past the end of the file');
  let header: SummaryHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)));
  } catch {
    return fail('the header is not valid JSON');
  }
  const dataStart = align8(PREFIX_BYTES + headerLength);
  const read = <T extends Float64Array | Int32Array>(
    block: Block,
    Kind: { new (length: number): T; BYTES_PER_ELEMENT: number },
    name: string,
  ): T => {
    const [offset, length] = Array.isArray(block) ? block : [Number.NaN, Number.NaN];
    const start = dataStart + offset;
    const end = start + length * Kind.BYTES_PER_ELEMENT;
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(length) ||
      offset < 0 ||
      length < 0 ||
      end > bytes.length
    ) {
      fail(`column "${name}": its data block lies outside the file (truncated?)`);
    }
    const values = new Kind(length);
    new Uint8Array(values.buffer).set(bytes.subarray(start, end));
    if (!LITTLE_ENDIAN) swapBytes(new Uint8Array(values.buffer), Kind.BYTES_PER_ELEMENT);
    return values;
  };
  const columns = (header.columns ?? []).map((c): ColumnSummary => {
    if (c.kind === 'categorical') {
      return {
        kind: 'categorical',
        name: c.name,
        type: c.type as never,
        rowCount: c.rowCount,
        categories: c.categories,
        counts: c.counts,
      };
    }
    const blocks = (Array.isArray(c.blocks) ? c.blocks : []).map((b): ValueBlock => {
      if (b.scale === null) {
        const doubles = read(b.block, Float64Array, c.name);
        if (!doubles.every(Number.isFinite))
          fail(`column "${c.name}": stored values are not finite (damaged file)`);
        return { scale: null, doubles };
      }
      if (!Number.isInteger(b.scale) || b.scale < 0 || b.scale > 9) {
        fail(`column "${c.name}": a block has scale ${b.scale}, not 0 to 9 (damaged file)`);
      }
      return { scale: b.scale, ints: read(b.block, Int32Array, c.name) };
    });
    const values: FiniteValues = {
      count: blocks.reduce((n, b) => n + (b.scale === null ? b.doubles.length : b.ints.length), 0),
      sorted: c.sorted === true,
      blocks,
    };
    if (values.sorted && !isAscending(sortedValues(values))) {
      fail(`column "${c.name}": stored values are not sorted (damaged file)`);
    }
    return { kind: 'numeric', name: c.name, type: c.type as never, rowCount: c.rowCount, values };
  });
  const rowColumns = (header.rowColumns ?? []).map((c): Column => {
    if (c.kind === 'numeric') {
      const values = read(c.block, Float64Array, c.name);
      return {
        kind: 'numeric',
        name: c.name,
        type: c.type as never,
        values,
        invalidCount: c.invalidCount,
        invalidExamples: [],
      };
    }
    const codes = read(c.block, Int32Array, c.name);
    return { kind: 'categorical', name: c.name, type: c.type as never, codes, dictionary: c.dictionary };
  });
  return {
    kind: 'dataset-summary',
    version: SUMMARY_VERSION,
    rowCount: header.rowCount,
    sources: header.sources,
    problems: Array.isArray(header.problems) ? header.problems : [],
    problemCount: Number.isInteger(header.problemCount) ? header.problemCount : 0,
    columns,
    rowColumns,
  };
}

function isAscending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
  return true;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function littleEndianBytes(values: Float64Array | Int32Array): Uint8Array {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (LITTLE_ENDIAN) return bytes;
  const copy = bytes.slice();
  swapBytes(copy, values.BYTES_PER_ELEMENT);
  return copy;
}

function swapBytes(bytes: Uint8Array, width: number): void {
  for (let i = 0; i < bytes.length; i += width) bytes.subarray(i, i + width).reverse();
}
