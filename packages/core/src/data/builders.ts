/**
 * Column builders. Each column is one plain typed array that readers write rows into directly. The table
 * builder sizes every column from an estimate of the row count (bytes to read / bytes per sampled row, or
 * the row count a Parquet footer states) and grows them by half when the estimate falls short. At the end
 * a column is cut to the row count: a view when the unused tail is small, else a copy.
 *
 * Why not fixed-size chunks joined at the end: measured on the 98 MB benchmark file (92 MB of columns),
 * 64K-row chunks joined at the end peaked at 257 MB RSS, because glibc keeps the freed chunks' memory;
 * appending chunks to resizable ArrayBuffers instead cost 130 ms of copying plus 140 ms to make the
 * buffers fixed-length (typed arrays on resizable buffers read ~1.7x slower). Arrays of the estimated
 * size touch each byte of the table once, and the peak is the table itself (plus a grown column's old
 * copy while it is being copied, when an estimate falls short).
 */
import type { Values, ValuesConstructor } from './buffer-pool.ts';
import { ByteDictionary, hashBytes, NOT_FOUND } from './byte-dictionary.ts';
import { parseBoolean, parseNumber } from './cells.ts';
import { DataError } from './errors.ts';
import { freeMemory } from './free-memory.ts';
import type {
  CategoricalColumn,
  Column,
  InvalidCell,
  NumericColumn,
  RowProblem,
  Source,
  SourceFormat,
  Table,
} from './table.ts';

/** Growth factor when the row estimate falls short, and the smallest capacity. */
const GROWTH = 1.5;
const MIN_CAPACITY = 1024;
/** A column is cut by copying only when more than this share of its array would go unused. */
const MAX_UNUSED_SHARE = 1 / 16;

/** The first `rows` rows of `values` copied into `grown`, which it returns; the old memory is freed now. */
function copyInto<T extends Values>(grown: T, values: T, rows: number): T {
  grown.set(values.subarray(0, Math.min(rows, grown.length)));
  freeMemory(values);
  return grown;
}

/** A copy of the first `rows` rows of `values` in an array of `capacity`; the old memory is freed now. */
function regrow<T extends Values>(type: ValuesConstructor<T>, values: T, capacity: number, rows: number): T {
  return copyInto(new type(capacity), values, rows);
}

/** The first `rows` rows of `values` as the final column (see the module comment). */
function cut<T extends Values>(type: ValuesConstructor<T>, values: T, rows: number): T {
  if (rows === values.length) return values;
  if (values.length - rows <= values.length * MAX_UNUSED_SHARE) return values.subarray(0, rows) as T;
  return regrow(type, values, rows, rows);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Decodes UTF-8 bytes, or throws DataError naming the file and line when they are not valid UTF-8. */
export function decodeText(
  bytes: Uint8Array,
  start: number,
  end: number,
  file: string,
  line: number,
): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (bytes[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  // Short ASCII text (most categories) is cheaper to build directly than through the decoder.
  if (ascii && end - start <= 64) {
    let text = '';
    for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
    return text;
  }
  try {
    return utf8.decode(bytes.subarray(start, end));
  } catch {
    throw new DataError(file, 'bytes that are not valid UTF-8', line);
  }
}

export type NumericType = NumericColumn['type'];
export type CategoricalType = CategoricalColumn['type'];

/** The missing-value texts of a dataset, matched against cell bytes. */
export class MissingValues {
  private readonly texts = new ByteDictionary();
  /** Whether one of the texts reads as a number (then a numeric cell must be checked before it is parsed). */
  readonly looksNumeric: boolean;
  readonly list: readonly string[];

  constructor(list: readonly string[]) {
    this.list = list;
    let looksNumeric = false;
    for (const text of list) {
      const bytes = encoder.encode(text);
      const hash = hashBytes(bytes, 0, bytes.length);
      if (this.texts.get(bytes, 0, bytes.length, hash) === NOT_FOUND)
        this.texts.add(bytes, 0, bytes.length, hash, 0);
      if (!Number.isNaN(parseNumber(bytes, 0, bytes.length)) || parseBoolean(bytes, 0, bytes.length) >= 0) {
        looksNumeric = true;
      }
    }
    this.looksNumeric = looksNumeric;
  }

  has(bytes: Uint8Array, start: number, end: number): boolean {
    return this.texts.get(bytes, start, end, hashBytes(bytes, start, end)) !== NOT_FOUND;
  }
}

export class NumericBuilder {
  readonly kind = 'numeric';
  /** Rows [0, rowCount) of the table so far, and room for more (TableBuilder sizes it). */
  values = new Float64Array(0);
  invalidCount = 0;
  readonly invalidExamples: InvalidCell[] = [];
  readonly invalidRows: number[] = [];
  readonly name: string;
  readonly type: NumericType;
  readonly missing: MissingValues;
  private readonly maxExamples: number;

  constructor(name: string, type: NumericType, missing: MissingValues, maxExamples: number) {
    this.name = name;
    this.type = type;
    this.missing = missing;
    this.maxExamples = maxExamples;
  }

  /** Counts a cell that did not parse as this column's type; the first few are kept with their text. */
  markInvalid(row: number, text: string): void {
    this.invalidCount++;
    this.invalidRows.push(row);
    if (this.invalidExamples.length < this.maxExamples) this.invalidExamples.push({ row, value: text });
  }

  /** Takes back `markInvalid(row, ...)` when the row is dropped. */
  unmarkInvalid(row: number): void {
    this.invalidCount--;
    if (this.invalidRows.at(-1) === row) this.invalidRows.pop();
    if (this.invalidExamples.at(-1)?.row === row) this.invalidExamples.pop();
  }

  finish(rowCount: number): NumericColumn {
    return {
      kind: 'numeric',
      name: this.name,
      type: this.type,
      values: cut(Float64Array, this.values, rowCount),
      invalidCount: this.invalidCount,
      invalidExamples: this.invalidExamples,
      invalidRows: this.invalidRows,
    };
  }
}

export class CategoricalBuilder {
  readonly kind = 'categorical';
  /** Codes of rows [0, rowCount) of the table so far, and room for more (TableBuilder sizes it). */
  values = new Int32Array(0);
  /** Byte string -> code; the missing-value texts are keys with code -1. */
  readonly codes = new ByteDictionary();
  readonly dictionary: string[] = [];
  readonly name: string;
  readonly type: CategoricalType;
  private scratch = new Uint8Array(256);

  constructor(name: string, type: CategoricalType, missing: MissingValues) {
    this.name = name;
    this.type = type;
    for (const text of missing.list) {
      const bytes = encoder.encode(text);
      const hash = hashBytes(bytes, 0, bytes.length);
      if (this.codes.get(bytes, 0, bytes.length, hash) === NOT_FOUND)
        this.codes.add(bytes, 0, bytes.length, hash, -1);
    }
  }

  /** The code of a value not yet in the dictionary (`codes.get` returned NOT_FOUND): decodes and adds it. */
  addValue(bytes: Uint8Array, start: number, end: number, hash: number, file: string, line: number): number {
    return this.addDecoded(bytes, start, end, hash, decodeText(bytes, start, end, file, line));
  }

  /** The code of a cell given as a JS string (JSON Lines, Parquet); -1 when it is a missing-value text. */
  codeOfString(text: string): number {
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3);
    const length = encoder.encodeInto(text, this.scratch).written;
    const hash = hashBytes(this.scratch, 0, length);
    const code = this.codes.get(this.scratch, 0, length, hash);
    return code !== NOT_FOUND ? code : this.addDecoded(this.scratch, 0, length, hash, text);
  }

  private addDecoded(bytes: Uint8Array, start: number, end: number, hash: number, text: string): number {
    const code = this.dictionary.length;
    this.dictionary.push(text);
    this.codes.add(bytes, start, end, hash, code);
    return code;
  }

  /** Takes back the value added last, when the row that brought it is dropped. */
  removeLastValue(): void {
    this.dictionary.pop();
    this.codes.removeLast();
  }

  finish(rowCount: number): CategoricalColumn {
    return {
      kind: 'categorical',
      name: this.name,
      type: this.type,
      codes: cut(Int32Array, this.values, rowCount),
      dictionary: this.dictionary,
    };
  }
}

export type ColumnBuilder = NumericBuilder | CategoricalBuilder;

/** The rows of one table under construction, shared by every file of the dataset. */
export class TableBuilder {
  /** Rows committed so far. */
  rowCount = 0;
  /** Rows every column array has room for. */
  capacity = 0;
  readonly columns: ColumnBuilder[];
  /** Each row's line (text formats) or row number (Parquet) in its file. */
  lines = new Uint32Array(0);
  readonly sources: Source[] = [];
  readonly problems: RowProblem[] = [];
  problemCount = 0;
  private readonly maxProblems: number;

  constructor(columns: ColumnBuilder[], maxProblems: number) {
    this.columns = columns;
    this.maxProblems = maxProblems;
  }

  /**
   * Makes room for `rows` rows in every column. With `exact`, the room is `rows` (an estimate or a stated
   * row count); otherwise it grows by at least half, so rows arriving one by one cost amortised O(1).
   */
  reserve(rows: number, exact = false): void {
    if (rows <= this.capacity) return;
    const capacity = exact ? rows : Math.max(rows, Math.ceil(this.capacity * GROWTH), MIN_CAPACITY);
    for (const column of this.columns) {
      if (column.kind === 'numeric')
        column.values = copyInto(this.allocate(Float64Array, capacity), column.values, this.rowCount);
      else column.values = copyInto(this.allocate(Int32Array, capacity), column.values, this.rowCount);
    }
    this.lines = copyInto(this.allocate(Uint32Array, capacity), this.lines, this.rowCount);
    this.capacity = capacity;
  }

  /** A column array of `length` rows. Readers write each row before it is read, so it need not be zeroed. */
  protected allocate<T extends Values>(type: ValuesConstructor<T>, length: number): T {
    return new type(length);
  }

  addProblem(problem: RowProblem): void {
    this.problemCount++;
    if (this.problems.length < this.maxProblems) this.problems.push(problem);
  }

  addSource(file: string, format: SourceFormat, firstRow: number): void {
    this.sources.push({ file, format, firstRow, rowCount: this.rowCount - firstRow });
  }

  finish(): Table {
    const columns: Column[] = this.columns.map((column) => column.finish(this.rowCount));
    return {
      rowCount: this.rowCount,
      columns,
      sources: this.sources,
      lines: cut(Uint32Array, this.lines, this.rowCount),
      problems: this.problems,
      problemCount: this.problemCount,
    };
  }
}
