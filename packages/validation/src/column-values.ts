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
  /** Present cells that are not of the declared type, and the first few of them in row order. */
  mismatchCount: number;
  mismatchExamples: CellExample[];
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
 * Whether a value of a numeric column of type `actual` is a value of `declared`: undefined when every value
 * is (integer under number), a test per value when only some may be (2.5 is not an integer), or false when
 * none is (a datetime is never an integer).
 */
function valueFits(
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

function numericAsNumeric(
  column: NumericColumn,
  declared: SchemaColumnType,
  maxExamples: number,
): TypedValues {
  const fits = valueFits(column.type, declared);
  const found: CellExample[] = [];
  let mismatches = 0;
  let numbers: Float64Array | undefined = column.values;
  if (fits === false) {
    numbers = undefined;
    column.values.forEach((v, row) => {
      if (Number.isNaN(v)) return;
      mismatches++;
      if (found.length < maxExamples) found.push({ row, value: formatCell(v, column.type) });
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
      if (found.length < maxExamples) found.push({ row, value: formatCell(v, column.type) });
    }
  }
  return {
    numbers,
    mismatchCount: column.invalidCount + mismatches,
    mismatchExamples: mergeExamples(column.invalidExamples, found, maxExamples),
  };
}

function textAsNumeric(
  column: CategoricalColumn,
  declared: 'integer' | 'number' | 'boolean' | 'datetime',
  maxExamples: number,
): TypedValues {
  // Each distinct text is parsed once; rows then look their value up by code.
  const parsed = Float64Array.from(column.dictionary, (text) => parseAs(text, declared));
  const numbers = new Float64Array(column.codes.length);
  const examples: CellExample[] = [];
  let mismatches = 0;
  column.codes.forEach((code, row) => {
    const value = code < 0 ? Number.NaN : parsed[code];
    numbers[row] = value;
    if (code >= 0 && Number.isNaN(value)) {
      mismatches++;
      if (examples.length < maxExamples) examples.push({ row, value: column.dictionary[code] });
    }
  });
  return { numbers, mismatchCount: mismatches, mismatchExamples: examples };
}

function numericAsText(column: NumericColumn): TypedValues {
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
  return { text: { codes, dictionary }, mismatchCount: 0, mismatchExamples: [] };
}

/**
 * The column's cells as `declared`. Text columns hold every value, so nothing mismatches a string or
 * category. A numeric column's invalid cells (present, unreadable by the reader) are mismatches for a
 * numeric type; for a text type they cannot be checked, since the reader kept only a few of them.
 */
export function readAs(column: Column, declared: SchemaColumnType, maxExamples: number): TypedValues {
  const wantsText = declared === 'string' || declared === 'category';
  if (column.kind === 'categorical') {
    if (wantsText) return { text: column, mismatchCount: 0, mismatchExamples: [] };
    return textAsNumeric(column, declared, maxExamples);
  }
  return wantsText ? numericAsText(column) : numericAsNumeric(column, declared, maxExamples);
}
