/**
 * Parquet, through hyparquet (pure JavaScript) with hyparquet-compressors (every codec Parquet defines).
 * Columns are read column-wise, one row group at a time, straight into the table's arrays. Provenance is
 * the 1-based row number in the file (`RowLocation.unit` 'row').
 *
 * Types come from the schema, not from inference:
 *  - BOOLEAN -> boolean; INT32 / INT64 (any INTEGER annotation), TIME -> integer
 *  - FLOAT / DOUBLE / FLOAT16 / DECIMAL -> number
 *  - DATE, TIMESTAMP (millis, micros, nanos), INT96 -> datetime, as epoch milliseconds (UTC); micro and
 *    nano precision is kept as a fractional millisecond as far as a double allows
 *  - strings (and other byte arrays), nested columns (JSON text) -> category or string, by the same
 *    distinct-value rule as text columns, over the first `inferRows` values
 * A 64-bit integer is stored when it is a safe integer (|v| <= 2^53 - 1) in an integer column, or when it
 * converts to a double exactly in a number column; otherwise the cell is invalid (NaN, counted, with its
 * exact decimal text as the example) rather than silently rounded. `columnTypes` may override a type;
 * values are then converted (numbers to text, text parsed as with CSV), with the same invalid-cell rule.
 */

import type { AsyncBuffer, FileMetaData, SchemaElement } from 'hyparquet';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { ColumnBuilder, NumericBuilder, TableBuilder } from './builders.ts';
import { parseAs } from './cells.ts';
import { DataError } from './errors.ts';
import type { SampleStats } from './infer.ts';
import type { ColumnType } from './table.ts';

/**
 * Timestamps and dates as epoch milliseconds (numbers), not Date objects. Whole milliseconds and the
 * sub-millisecond part are converted separately, so the whole part is exact.
 */
const parsers = {
  timestampFromMilliseconds: (millis: bigint) => Number(millis),
  timestampFromMicroseconds: (micros: bigint) => Number(micros / 1000n) + Number(micros % 1000n) / 1e3,
  timestampFromNanoseconds: (nanos: bigint) => Number(nanos / 1_000_000n) + Number(nanos % 1_000_000n) / 1e6,
  dateFromDays: (days: number) => days * 86_400_000,
};

export interface ParquetFile {
  file: string;
  buffer: AsyncBuffer;
  metadata: FileMetaData;
  /** Top-level column names, in schema order. */
  names: string[];
  /** Per column: the schema's type, or 'text' for strings and nested values (category or string). */
  types: Map<string, ColumnType | 'text'>;
  rowCount: number;
}

function schemaType(element: SchemaElement, nested: boolean): ColumnType | 'text' {
  if (nested) return 'text';
  const converted = element.converted_type;
  const logical = element.logical_type?.type;
  if (converted === 'DECIMAL' || logical === 'DECIMAL' || logical === 'FLOAT16') return 'number';
  if (converted === 'DATE' || logical === 'DATE') return 'datetime';
  if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || logical === 'TIMESTAMP') {
    return 'datetime';
  }
  switch (element.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
    case 'INT64':
      return 'integer';
    case 'INT96':
      return 'datetime';
    case 'FLOAT':
    case 'DOUBLE':
      return 'number';
    default:
      return 'text';
  }
}

export async function openParquet(file: string): Promise<ParquetFile> {
  let buffer: AsyncBuffer;
  try {
    buffer = await asyncBufferFromFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError(
      file,
      code === 'ENOENT' ? 'no such file' : `cannot be read: ${(error as Error).message}`,
    );
  }
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new DataError(file, `is not a readable Parquet file: ${(error as Error).message}`);
  }
  const names: string[] = [];
  const types = new Map<string, ColumnType | 'text'>();
  for (const child of parquetSchema(metadata).children) {
    names.push(child.element.name);
    types.set(child.element.name, schemaType(child.element, child.children.length > 0));
  }
  return { file, buffer, metadata, names, types, rowCount: Number(metadata.num_rows) };
}

/** Reads `columns` of rows [rowStart, rowEnd), one row group at a time, handing over each decoded run. */
async function readRuns(
  parquet: ParquetFile,
  columns: string[],
  rowStart: number,
  rowEnd: number,
  onRun: (column: string, values: ArrayLike<unknown>, first: number) => void,
): Promise<void> {
  let groupStart = 0;
  for (const group of parquet.metadata.row_groups) {
    const groupEnd = groupStart + Number(group.num_rows);
    const from = Math.max(rowStart, groupStart);
    const to = Math.min(rowEnd, groupEnd);
    if (from < to) {
      try {
        await parquetRead({
          file: parquet.buffer,
          metadata: parquet.metadata,
          columns,
          rowStart: from,
          rowEnd: to,
          compressors,
          parsers,
          onChunk(chunk) {
            // A chunk may reach outside the requested rows; keep only [from, to).
            const skip = Math.max(0, from - chunk.rowStart);
            const stop = Math.min(chunk.rowEnd, to) - chunk.rowStart;
            if (stop <= skip) return;
            const values =
              skip === 0 && stop === chunk.columnData.length
                ? chunk.columnData
                : sliceOf(chunk.columnData, skip, stop);
            onRun(chunk.columnName, values, chunk.rowStart + skip);
          },
        });
      } catch (error) {
        if (error instanceof DataError) throw error;
        throw new DataError(parquet.file, `cannot be decoded: ${(error as Error).message}`, from + 1);
      }
    }
    groupStart = groupEnd;
    if (groupStart >= rowEnd) break;
  }
}

function sliceOf(values: ArrayLike<unknown>, start: number, end: number): ArrayLike<unknown> {
  const sliceable = values as unknown as { slice?: (s: number, e: number) => ArrayLike<unknown> };
  if (typeof sliceable.slice === 'function') return sliceable.slice(start, end);
  return Array.from({ length: end - start }, (_, i) => values[start + i]);
}

/** The text a Parquet value stands for as a categorical cell; undefined for null. */
function valueText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex');
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
}

/** Samples the text columns in `columns` for the category/string decision, up to `limit` rows in all. */
export async function sampleParquet(
  parquet: ParquetFile,
  columns: string[],
  stats: SampleStats,
  limit: number,
) {
  const rows = Math.min(parquet.rowCount, limit - stats.rows);
  if (rows <= 0 || columns.length === 0) {
    return;
  }
  await readRuns(parquet, columns, 0, rows, (column, values) => {
    const sample = stats.column(column);
    for (let i = 0; i < values.length; i++) {
      const text = valueText(values[i]);
      if (text !== undefined) stats.observeString(sample, text);
    }
  });
  stats.rows += rows;
}

/**
 * Reads every row of one Parquet file into `table`. `targets` maps each loaded column name to its index in
 * the TableBuilder.
 */
export async function loadParquet(parquet: ParquetFile, targets: Map<string, number>, table: TableBuilder) {
  const first = table.rowCount;
  const rows = parquet.rowCount;
  const scratch = { bytes: new Uint8Array(256) };
  table.reserve(first + rows, true);
  await readRuns(parquet, [...targets.keys()], 0, rows, (name, values, start) => {
    const c = targets.get(name) as number;
    const column = table.columns[c];
    const at = first + start;
    const out = column.values.subarray(at, at + values.length);
    if (column.kind === 'categorical') {
      for (let k = 0; k < values.length; k++) {
        const text = valueText(values[k]);
        out[k] = text === undefined ? -1 : column.codeOfString(text);
      }
    } else {
      storeNumbers(column, out as Float64Array, values, at, scratch);
    }
  });
  for (let k = 0; k < rows; k++) table.lines[first + k] = k + 1;
  table.rowCount = first + rows;
}

const encoder = new TextEncoder();

/** Stores a run of Parquet values into a numeric column; `firstRow` is the table row of values[0]. */
function storeNumbers(
  column: NumericBuilder,
  out: Float64Array,
  values: ArrayLike<unknown>,
  firstRow: number,
  scratch: { bytes: Uint8Array },
): void {
  const type = column.type;
  if (
    (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array) &&
    type !== 'boolean'
  ) {
    for (let k = 0; k < values.length; k++) {
      const value = values[k];
      if (type === 'integer' && !Number.isSafeInteger(value) && !Number.isNaN(value)) {
        out[k] = Number.NaN;
        column.markInvalid(firstRow + k, String(value));
      } else out[k] = value;
    }
    return;
  }
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
      out[k] = Number.NaN; // null, or a floating-point NaN: missing
      continue;
    }
    let number: number;
    if (typeof value === 'number') number = fromNumber(type, value);
    else if (typeof value === 'bigint') number = fromBigInt(type, value);
    else if (typeof value === 'boolean') number = type === 'datetime' ? Number.NaN : Number(value);
    else if (typeof value === 'string') {
      if (scratch.bytes.length < value.length * 3) scratch.bytes = new Uint8Array(value.length * 3);
      const length = encoder.encodeInto(value, scratch.bytes).written;
      if (column.missing.has(scratch.bytes, 0, length)) {
        out[k] = Number.NaN;
        continue;
      }
      number = parseAs(type, scratch.bytes, 0, length);
    } else number = Number.NaN;
    out[k] = number;
    if (Number.isNaN(number)) column.markInvalid(firstRow + k, valueText(value) ?? '');
  }
}

function fromNumber(type: ColumnBuilder['type'], value: number): number {
  if (type === 'integer') return Number.isSafeInteger(value) ? value : Number.NaN;
  if (type === 'boolean') return value === 0 || value === 1 ? value : Number.NaN;
  return value;
}

/** A 64-bit integer as a double: only when no precision is lost (see the module comment). */
function fromBigInt(type: ColumnBuilder['type'], value: bigint): number {
  const number = Number(value);
  if (type === 'integer')
    return Number.isSafeInteger(number) && BigInt(number) === value ? number : Number.NaN;
  if (type === 'boolean') return value === 0n || value === 1n ? number : Number.NaN;
  return BigInt(number) === value ? number : Number.NaN;
}
