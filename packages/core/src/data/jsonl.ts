/**
 * JSON Lines (.jsonl / .ndjson): one JSON object per line; blank lines are ignored.
 *
 * - A line that is not valid JSON, or is valid JSON but not an object, is a RowProblem and is left out.
 * - The columns are the keys met in the first `inferRows` rows of the dataset, in order of first
 *   appearance. A key first met later is not a column: the row is kept, the key's values are ignored, and
 *   one RowProblem at the line where the key first appears says so (once per key, not once per row).
 * - A missing key, or null, is a missing cell. Strings equal to a missing-value text are missing too.
 * - Values are read by the column's type: JSON numbers and booleans directly, strings as text cells (the
 *   same parsers as CSV), nested objects and arrays as their JSON text.
 * - Type inference sees every value as text: numbers as JavaScript prints them, booleans as true/false,
 *   nested values as JSON text; so JSON Lines and CSV holding the same data get the same types.
 */
import { type ColumnBuilder, decodeText, type NumericType, type TableBuilder } from './builders.ts';
import { forEachBlock, SAMPLE_BLOCK_BYTES } from './byte-source.ts';
import { parseAs } from './cells.ts';
import type { SampleStats } from './infer.ts';

const LF = 0x0a;
const CR = 0x0d;

/**
 * Calls `each(text, line, bytes)` for every non-blank line of the file (`bytes`: its length with the line
 * end). Stops early when `each` returns false.
 */
async function forEachLine(
  file: string,
  gzip: boolean,
  each: (text: string, line: number, bytes: number) => boolean,
  blockBytes?: number,
) {
  await forEachBlock(file, gzip, lineParser(file, each), blockBytes);
}

/** The block parser forEachLine feeds: calls `each` for every non-blank line of the blocks it is given. */
function lineParser(
  file: string,
  each: (text: string, line: number, bytes: number) => boolean,
): (bytes: Uint8Array, end: number, atEnd: boolean) => number {
  let line = 0;
  const parse = (bytes: Uint8Array, end: number, atEnd: boolean): number => {
    let pos = 0;
    while (pos < end) {
      let lineEnd = bytes.indexOf(LF, pos);
      if (lineEnd < 0 || lineEnd >= end) {
        if (!atEnd) return pos;
        lineEnd = end;
      }
      line++;
      const next = Math.min(lineEnd + 1, end);
      if (lineEnd > pos && bytes[lineEnd - 1] === CR) lineEnd--;
      if (!isBlank(bytes, pos, lineEnd)) {
        const text = decodeText(bytes, pos, lineEnd, file, line);
        if (!each(text, line, next - pos)) return -1;
      }
      pos = next;
    }
    return pos;
  };
  return parse;
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== CR) return false;
  }
  return true;
}

type Parsed = { row: Record<string, unknown> } | { problem: string };

function parseLine(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { problem: `expected a JSON object, found ${found}` };
  }
  return { row: value as Record<string, unknown> };
}

/** The text a JSON value stands for as a cell; undefined for null (missing). */
function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Samples the file's rows for type inference until `stats.rows` reaches `limit`; `keys` collects the
 * column names in order of first appearance.
 */
export async function sampleJsonl(
  file: string,
  gzip: boolean,
  stats: SampleStats,
  limit: number,
  keys: string[],
): Promise<void> {
  await forEachLine(
    file,
    gzip,
    (text, _line, bytes) => {
      if (stats.rows >= limit) return false;
      const parsed = parseLine(text);
      if ('problem' in parsed) return true;
      for (const [key, value] of Object.entries(parsed.row)) {
        if (!stats.columns.has(key)) keys.push(key);
        const sample = stats.column(key);
        const cell = cellText(value);
        if (cell !== undefined) stats.observeString(sample, cell);
      }
      stats.rows++;
      stats.bytes += bytes;
      return true;
    },
    SAMPLE_BLOCK_BYTES,
  );
}

export interface JsonlPlan {
  /** Column names, in table column order (each has a builder at the same index of the TableBuilder). */
  names: string[];
  /** Every key known to the dataset: the columns and the keys left out by ReadOptions. */
  known: Set<string>;
  /** Keys already reported as unknown (shared by the files of a dataset). */
  reported: Set<string>;
  /** Rows used to find the columns, for the unknown-key message. */
  inferRows: number;
}

export async function loadJsonl(
  file: string,
  gzip: boolean,
  plan: JsonlPlan,
  table: TableBuilder,
): Promise<void> {
  await forEachBlock(file, gzip, jsonlBlockParser(file, plan, table));
}

/**
 * The block parser loadJsonl feeds, as forEachBlock takes it. Exported for readers that drive the blocks
 * themselves (readTableChunks, which hands out rows between blocks).
 */
export function jsonlBlockParser(
  file: string,
  plan: JsonlPlan,
  table: TableBuilder,
): (bytes: Uint8Array, end: number, atEnd: boolean) => number {
  const store = new JsonCellStore(table.columns);
  const { names, known, reported } = plan;
  return lineParser(file, (text, line) => {
    const parsed = parseLine(text);
    if ('problem' in parsed) {
      table.addProblem({ file, line, message: parsed.problem });
      return true;
    }
    const object = parsed.row;
    if (table.rowCount === table.capacity) table.reserve(table.rowCount + 1);
    const row = table.rowCount;
    let matched = 0;
    for (let c = 0; c < names.length; c++) {
      const name = names[c];
      const present = Object.hasOwn(object, name);
      if (present) matched++;
      store.put(c, row, present ? object[name] : null);
    }
    const keys = Object.keys(object);
    if (keys.length > matched) {
      for (const key of keys) {
        if (known.has(key) || reported.has(key)) continue;
        reported.add(key);
        table.addProblem({
          file,
          line,
          message: `key "${key}" is not a column (columns are the keys of the first ${plan.inferRows} rows); its values are ignored`,
        });
      }
    }
    table.lines[row] = line;
    table.rowCount++;
    return true;
  });
}

/** Stores JSON values into the columns. */
class JsonCellStore {
  private readonly columns: ColumnBuilder[];
  private scratch = new Uint8Array(256);
  private readonly encoder = new TextEncoder();

  constructor(columns: ColumnBuilder[]) {
    this.columns = columns;
  }

  put(c: number, row: number, value: unknown): void {
    const column = this.columns[c];
    if (column.kind === 'categorical') {
      const text = cellText(value);
      column.values[row] = text === undefined ? -1 : column.codeOfString(text);
      return;
    }
    let number: number;
    if (value === null || value === undefined) number = Number.NaN;
    else if (typeof value === 'number') number = fromNumber(column.type, value);
    else if (typeof value === 'boolean') number = column.type === 'boolean' ? Number(value) : Number.NaN;
    else if (typeof value === 'string') {
      if (this.scratch.length < value.length * 3) this.scratch = new Uint8Array(value.length * 3);
      const length = this.encoder.encodeInto(value, this.scratch).written;
      if (column.missing.has(this.scratch, 0, length)) {
        column.values[row] = Number.NaN;
        return;
      }
      number = parseAs(column.type, this.scratch, 0, length);
    } else number = Number.NaN;
    column.values[row] = number;
    if (Number.isNaN(number) && value !== null && value !== undefined) {
      column.markInvalid(row, cellText(value) ?? '');
    }
  }
}

/** A JSON number read as a numeric column type (NaN when it is not one). */
function fromNumber(type: NumericType, value: number): number {
  if (type === 'number') return value;
  if (type === 'integer') return Number.isSafeInteger(value) ? value : Number.NaN;
  if (type === 'boolean') return value === 0 || value === 1 ? value : Number.NaN;
  return Number.NaN; // a datetime is ISO 8601 text, not a number
}
