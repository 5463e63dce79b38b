// A column's cells read as the type its schema declares. The reader chose each column's type from the data;
// the schema may say otherwise (integer where the file holds "abc", number where it holds 2.5 for an
// integer, text where the reader saw numbers). This module lines the two up once per column so every value
// rule then works on one representation, and counts the cells that do not fit the declared type.

import type { CategoricalColumn, Column, ColumnType, NumericColumn } from './core.ts';
import { formatIsoDateTime, isWritableDateTime, parseIsoDateTime } from './datetime.ts';
import type { SchemaColumnType } from './schema.ts';

export interface CellExample {
  row: number;
  value: string;
}

export interface TypedValues {
  /** For integer, number, boolean (0/1) and datetime (epoch ms): NaN where missing or not of the type. */
  numbers?: Float64Array;
  /** For string and category: dictionary codes, -1 where missing. */
  text?: { codes: Int32Array; dictionary: string[] };
  /**
   * The codes are this chunk's own (a numeric column read as text): they mean nothing in another chunk.
   * Otherwise text codes are the reader's, one shared dictionary for every chunk of the dataset.
   */
  chunkCodes?: boolean;
  /** Present cells that are not of the declared type, and the first few of them in row order. */
  mismatchCount: number;
  mismatchExamples: CellExample[];
  /** Rows of cells the reader could not read that are among the examples it kept: not missing cells. */
  invalidRows: ReadonlySet<number>;
}

/** Missing cells: empty in the data. Cells present but unreadable as the column's type are not counted. */
export function missingCount(column: Column): number {
  let missing = 0;
  if (column.kind === 'categorical') {
    const codes = column.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
    return missing;
  }
  const values = column.values;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) missing++;
  return missing - column.invalidCount;
}

/**
 * missingCount, from the `present` cells (neither NaN nor code -1) a pass over the column already counted:
 * a second loop over every cell would cost more than the counting it repeats.
 */
export function missingAmong(column: Column, present: number): number {
  if (column.kind === 'categorical') return column.codes.length - present;
  return column.values.length - present - column.invalidCount;
}

/** A numeric cell as text, the way the data would have written it. */
export function formatCell(value: number, type: ColumnType): string {
  if (type === 'boolean') return value ? 'true' : 'false';
  if (type === 'datetime' && isWritableDateTime(value)) return formatIsoDateTime(value);
  return String(value);
}

/** The text of cell `row`, or null when it is missing. */
export function cellText(column: Column, row: number): string | null {
  if (column.kind === 'categorical') {
    const code = column.codes[row];
    return code < 0 ? null : column.dictionary[code];
  }
  const value = column.values[row];
  return Number.isNaN(value) ? null : formatCell(value, column.type);
}

const decimalPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const infinityPattern = /^([+-]?)(?:inf|infinity)$/i;
const booleanWords: Record<string, number> = { true: 1, false: 0, yes: 1, no: 0, '1': 1, '0': 0 };

/** `text` as a value of `type`, or NaN when it is not one. Booleans are true/false, yes/no or 1/0. */
export function parseAs(text: string, type: 'integer' | 'number' | 'boolean' | 'datetime'): number {
  const trimmed = text.trim();
  if (type === 'boolean') return booleanWords[trimmed.toLowerCase()] ?? Number.NaN;
  if (type === 'datetime') return parseIsoDateTime(trimmed) ?? Number.NaN;
  if (decimalPattern.test(trimmed)) {
    const value = Number(trimmed);
    return type === 'integer' && !Number.isInteger(value) ? Number.NaN : value;
  }
  const infinity = type === 'number' ? infinityPattern.exec(trimmed) : null;
  if (infinity) return infinity[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return Number.NaN;
}

/**
 * Whether a value of a numeric column of type `actual` is a value of `declared`: true when every value
 * is (integer under number), a test per value when only some may be (2.5 is not an integer), or false when
 * none is (a datetime is never an integer).
 */
export function valueFits(
  actual: NumericColumn['type'],
  declared: SchemaColumnType,
): ((v: number) => boolean) | boolean {
  if (actual === declared) return true;
  if (declared === 'number') return actual === 'integer';
  if (declared === 'integer') return actual === 'number' ? Number.isInteger : false;
  if (declared === 'boolean')
    return actual === 'integer' || actual === 'number' ? (v) => v === 0 || v === 1 : false;
  return false;
}

function mergeExamples(a: readonly CellExample[], b: readonly CellExample[], limit: number): CellExample[] {
  return [...a, ...b].sort((x, y) => x.row - y.row).slice(0, limit);
}

const none: ReadonlySet<number> = new Set();

/**
 * What readAs makes of a column of this type under `declared`: text (string, category), numbers (a numeric
 * type the values can be), or nothing (a datetime column under integer: every value mismatches).
 */
export function typedShape(column: Column, declared: SchemaColumnType): 'text' | 'numbers' | 'none' {
  if (declared === 'string' || declared === 'category') return 'text';
  if (column.kind === 'categorical') return 'numbers';
  return valueFits(column.type, declared) === false ? 'none' : 'numbers';
}

/**
 * A column's chunks read as the type its schema declares, one after the other (see readAs). Between chunks
 * it keeps only what makes the chunks add up to the whole column: how many example mismatches the dataset
 * has had, and the parsed value of each dictionary entry so far (a text column under a numeric type).
 */
export class ColumnReading {
  private readonly declared: SchemaColumnType;
  private readonly maxExamples: number;
  private readonly maxInvalidExamples: number;
  /** Examples of invalid cells taken so far, and of other mismatches found so far. */
  private invalidTaken = 0;
  private foundTaken = 0;
  /** Parsed values of the shared dictionary's entries, for a text column under a numeric type. */
  private parsed = new Float64Array(0);
  private parsedCount = 0;

  /**
   * `maxInvalidExamples`: the invalid cells the reader keeps as examples per column (ReadOptions), which
   * chunks keep per chunk; the dataset's first ones are taken so that the chunks give the examples the
   * whole table would. Infinity for a table read whole.
   */
  constructor(
    declared: SchemaColumnType,
    maxExamples: number,
    maxInvalidExamples = Number.POSITIVE_INFINITY,
  ) {
    this.declared = declared;
    this.maxExamples = maxExamples;
    this.maxInvalidExamples = maxInvalidExamples;
  }

  read(column: Column): TypedValues {
    const declared = this.declared;
    const wantsText = declared === 'string' || declared === 'category';
    if (column.kind === 'categorical') {
      if (wantsText) return { text: column, mismatchCount: 0, mismatchExamples: [], invalidRows: none };
      return this.textAsNumeric(column, declared);
    }
    const invalid = column.invalidExamples.slice(0, Math.max(0, this.maxInvalidExamples - this.invalidTaken));
    this.invalidTaken += invalid.length;
    // Readers list every invalid cell's row; a table built by hand has only its examples.
    const invalidRows = new Set(column.invalidRows ?? invalid.map((e) => e.row));
    if (wantsText) return { ...numericAsText(column), invalidRows };
    return { ...this.numericAsNumeric(column, invalid), invalidRows };
  }

  /** How many more found examples can still be among the dataset's first maxExamples. */
  private room(): number {
    return Math.max(0, this.maxExamples - this.foundTaken);
  }

  private numericAsNumeric(
    column: NumericColumn,
    invalid: readonly CellExample[],
  ): Omit<TypedValues, 'invalidRows'> {
    const fits = valueFits(column.type, this.declared);
    const room = this.room();
    const found: CellExample[] = [];
    let mismatches = 0;
    let numbers: Float64Array | undefined = column.values;
    if (fits === false) {
      numbers = undefined;
      column.values.forEach((v, row) => {
        if (Number.isNaN(v)) return;
        mismatches++;
        if (found.length < room) found.push({ row, value: formatCell(v, column.type) });
      });
    } else if (fits !== true) {
      // Copy only once a value does not fit, so the common case shares the reader's array.
      let copied = false;
      const values = column.values;
      for (let row = 0; row < values.length; row++) {
        const v = values[row];
        if (Number.isNaN(v) || fits(v)) continue;
        if (!copied) {
          numbers = new Float64Array(values);
          copied = true;
        }
        (numbers as Float64Array)[row] = Number.NaN;
        mismatches++;
        if (found.length < room) found.push({ row, value: formatCell(v, column.type) });
      }
    }
    this.foundTaken += found.length;
    return {
      numbers,
      mismatchCount: column.invalidCount + mismatches,
      mismatchExamples: mergeExamples(invalid, found, this.maxExamples),
    };
  }

  private textAsNumeric(
    column: CategoricalColumn,
    declared: 'integer' | 'number' | 'boolean' | 'datetime',
  ): TypedValues {
    // Each distinct text is parsed once; rows then look their value up by code.
    const codes = column.codes;
    let top = -1;
    for (let row = 0; row < codes.length; row++) if (codes[row] > top) top = codes[row];
    if (top >= this.parsedCount) {
      if (top >= this.parsed.length) {
        const grown = new Float64Array(Math.max(top + 1, 2 * this.parsed.length));
        grown.set(this.parsed.subarray(0, this.parsedCount));
        this.parsed = grown;
      }
      for (let code = this.parsedCount; code <= top; code++)
        this.parsed[code] = parseAs(column.dictionary[code], declared);
      this.parsedCount = top + 1;
    }
    const parsed = this.parsed;
    const numbers = new Float64Array(codes.length);
    const examples: CellExample[] = [];
    const room = this.room();
    let mismatches = 0;
    for (let row = 0; row < codes.length; row++) {
      const code = codes[row];
      const value = code < 0 ? Number.NaN : parsed[code];
      numbers[row] = value;
      if (code >= 0 && Number.isNaN(value)) {
        mismatches++;
        if (examples.length < room) examples.push({ row, value: column.dictionary[code] });
      }
    }
    this.foundTaken += examples.length;
    return { numbers, mismatchCount: mismatches, mismatchExamples: examples, invalidRows: none };
  }
}

/** A numeric column as text: a dictionary of its distinct values in the order they first appear. */
function numericAsText(column: NumericColumn): Omit<TypedValues, 'invalidRows'> {
  const index = new Map<number, number>();
  const dictionary: string[] = [];
  const codes = new Int32Array(column.values.length);
  column.values.forEach((v, row) => {
    if (Number.isNaN(v)) {
      codes[row] = -1;
      return;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = dictionary.push(formatCell(v, column.type)) - 1;
      index.set(v, code);
    }
    codes[row] = code;
  });
  return { text: { codes, dictionary }, chunkCodes: true, mismatchCount: 0, mismatchExamples: [] };
}

/**
 * The column's cells as `declared`, for a whole table. Text columns hold every value, so nothing mismatches
 * a string or category. A numeric column's invalid cells (present, unreadable by the reader) are
 * mismatches for a numeric type; for a text type they cannot be checked, since the reader kept only a few
 * of them.
 */
export function readAs(column: Column, declared: SchemaColumnType, maxExamples: number): TypedValues {
  return new ColumnReading(declared, maxExamples).read(column);
}
