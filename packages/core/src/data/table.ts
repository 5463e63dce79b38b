/**
 * The columnar Table every reader produces and every check consumes.
 *
 * Numeric columns hold Float64Array values with NaN for a missing cell, so statistics run on typed arrays
 * without boxing. Categorical columns are dictionary-encoded: `codes[i]` indexes `dictionary`, -1 is missing.
 * Each row keeps its provenance (file and line, or row index for Parquet) so a finding can point at it.
 */

export type ColumnType = 'integer' | 'number' | 'boolean' | 'datetime' | 'string' | 'category';

export const COLUMN_TYPES: readonly ColumnType[] = [
  'integer',
  'number',
  'boolean',
  'datetime',
  'string',
  'category',
];

/** A cell that could not be read as its column's type; the cell itself is stored as missing. */
export interface InvalidCell {
  row: number;
  value: string;
}

export interface NumericColumn {
  kind: 'numeric';
  name: string;
  /** integer, number, boolean (0/1) or datetime (epoch milliseconds, UTC). */
  type: 'integer' | 'number' | 'boolean' | 'datetime';
  values: Float64Array;
  /** Cells present in the file that did not parse as `type` (stored as NaN): total count and the first few. */
  invalidCount: number;
  invalidExamples: InvalidCell[];
  /**
   * The rows of all `invalidCount` invalid cells, ascending, so that a NaN can be told apart as unreadable
   * rather than empty past the examples. Readers always set it; a table built by hand may leave it out.
   */
  invalidRows?: number[];
}

export interface CategoricalColumn {
  kind: 'categorical';
  name: string;
  /** string (free text, ids) or category (a small domain); both dictionary-encoded. */
  type: 'string' | 'category';
  /** Index into `dictionary`; -1 marks a missing cell. */
  codes: Int32Array;
  dictionary: string[];
}

export type Column = NumericColumn | CategoricalColumn;

export type SourceFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/** One input file and the rows of the table it supplied. */
export interface Source {
  file: string;
  format: SourceFormat;
  /** First table row that came from this file. */
  firstRow: number;
  rowCount: number;
}

/** A row the reader could not use (ragged, unparseable JSON, ...). It is left out of the table. */
export interface RowProblem {
  file: string;
  /** 1-based line in the file for text formats; 1-based row number for Parquet. */
  line: number;
  message: string;
}

export interface Table {
  rowCount: number;
  columns: Column[];
  sources: Source[];
  /**
   * For each row, its 1-based line in its source file (text formats) or 1-based row number (Parquet).
   * Which file a row came from follows from `sources`.
   */
  lines: Uint32Array;
  problems: RowProblem[];
  /** How many row problems the readers found; `problems` keeps only the first ones (ReadOptions.maxProblems). */
  problemCount?: number;
}

export interface RowLocation {
  file: string;
  line: number;
  /** `line` is a line of a text file, or a row number inside a binary file (Parquet). */
  unit: 'line' | 'row';
}

/** Where row `row` of the table came from. */
export function locateRow(table: Table, row: number): RowLocation {
  let lo = 0;
  let hi = table.sources.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table.sources[mid].firstRow <= row) lo = mid;
    else hi = mid - 1;
  }
  const source = table.sources[lo];
  return { file: source.file, line: table.lines[row], unit: source.format === 'parquet' ? 'row' : 'line' };
}

export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}
