import { byName } from '../by-name.ts';
import { COLUMN_TYPES, type ColumnType } from './table.ts';

export interface ReadOptions {
  /** Force a column's type instead of inferring it (column name -> type). */
  columnTypes?: Record<string, ColumnType>;
  /**
   * Types for columns the dataset may have, as a schema declares them: a CSV, TSV or JSON Lines column
   * named here is read as this type instead of inferring one (columnTypes wins), and a name the dataset
   * lacks is ignored. Parquet columns keep their file's types. When every column has a type, a CSV is
   * not sampled at all.
   */
  typeHints?: Record<string, ColumnType>;
  /** Load only these columns (in file order). */
  columns?: string[];
  /** Load every column except these. */
  excludeColumns?: string[];
  /** Text cells equal to one of these are missing. Defaults to `DEFAULT_MISSING_VALUES`. */
  missingValues?: string[];
  /** Rows (from the start of the dataset) whose cells decide each column's type. Default 10,000. */
  inferRows?: number;
  /** Invalid cells kept as examples per column (all are counted). Default 20. */
  maxInvalidExamples?: number;
  /** Row problems kept in `table.problems` (all are counted in `table.problemCount`). Default 1,000. */
  maxProblems?: number;
}

/** The texts pandas' read_csv treats as missing by default (its `na_values`). */
export const DEFAULT_MISSING_VALUES: readonly string[] = [
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
];

/** ReadOptions with every default filled in. */
export interface ResolvedOptions {
  columnTypes: Record<string, ColumnType>;
  typeHints: Record<string, ColumnType>;
  columns?: string[];
  excludeColumns?: string[];
  missingValues: readonly string[];
  inferRows: number;
  maxInvalidExamples: number;
  maxProblems: number;
}

function integerOption(name: string, value: number | undefined, fallback: number, min: 0 | 1): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min) {
    const what = min === 1 ? 'a positive' : 'a non-negative';
    throw new TypeError(`read option ${name} must be ${what} integer, got ${value}`);
  }
  return value;
}

function typeMap(given: Record<string, ColumnType> | undefined): Record<string, ColumnType> {
  const types = byName(given);
  for (const [name, type] of Object.entries(types)) {
    if (!COLUMN_TYPES.includes(type)) {
      throw new TypeError(
        `column type for "${name}" must be one of ${COLUMN_TYPES.join(', ')}; got "${type}"`,
      );
    }
  }
  return types;
}

export function resolveOptions(options: ReadOptions = {}): ResolvedOptions {
  return {
    columnTypes: typeMap(options.columnTypes),
    typeHints: typeMap(options.typeHints),
    columns: options.columns,
    excludeColumns: options.excludeColumns,
    missingValues: options.missingValues ?? DEFAULT_MISSING_VALUES,
    inferRows: integerOption('inferRows', options.inferRows, 10_000, 1),
    maxInvalidExamples: integerOption('maxInvalidExamples', options.maxInvalidExamples, 20, 0),
    maxProblems: integerOption('maxProblems', options.maxProblems, 1_000, 0),
  };
}
