// Builds Tables for tests, as a reader would: tableFrom({ a: [1, 2, null], b: ['x', 'y', null] }).

import type { Column, ColumnType, RowProblem, SourceFormat, Table } from './core.ts';
import { parseIsoDateTime } from './datetime.ts';

export type TestCell = number | string | boolean | Date | null;

export interface TestTableOptions {
  /** The file every row came from (default data.csv), or several files with how many rows each gave. */
  file?: string;
  sources?: { file: string; rows: number; format?: SourceFormat }[];
  format?: SourceFormat;
  /**
   * Force a column's type. A numeric type turns cells that do not fit (a string in an integer column) into
   * invalid cells, stored as missing, as a reader does.
   */
  types?: Record<string, ColumnType>;
  problems?: RowProblem[];
}

function inferType(cells: readonly TestCell[]): ColumnType {
  const present = cells.filter((c) => c !== null);
  if (present.length > 0 && present.every((c) => typeof c === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((c) => c instanceof Date)) return 'datetime';
  if (present.length > 0 && present.every((c) => typeof c === 'number')) {
    return present.every((c) => Number.isInteger(c)) ? 'integer' : 'number';
  }
  return present.length === 0 ? 'number' : 'string';
}

function numericValue(cell: TestCell, type: ColumnType): number | undefined {
  if (type === 'boolean') return typeof cell === 'boolean' ? Number(cell) : undefined;
  if (type === 'datetime') {
    if (cell instanceof Date) return cell.getTime();
    return typeof cell === 'string' ? parseIsoDateTime(cell) : undefined;
  }
  if (typeof cell !== 'number') return undefined;
  return type === 'integer' && !Number.isInteger(cell) ? undefined : cell;
}

function buildColumn(name: string, cells: readonly TestCell[], type: ColumnType): Column {
  if (type === 'string' || type === 'category') {
    const dictionary: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(cells.length);
    cells.forEach((cell, row) => {
      if (cell === null) {
        codes[row] = -1;
        return;
      }
      const text = cell instanceof Date ? cell.toISOString() : String(cell);
      let code = index.get(text);
      if (code === undefined) {
        code = dictionary.push(text) - 1;
        index.set(text, code);
      }
      codes[row] = code;
    });
    return { kind: 'categorical', name, type, codes, dictionary };
  }
  const values = new Float64Array(cells.length);
  const invalidExamples: { row: number; value: string }[] = [];
  let invalidCount = 0;
  cells.forEach((cell, row) => {
    const value = cell === null ? Number.NaN : numericValue(cell, type);
    if (value === undefined) {
      invalidCount++;
      if (invalidExamples.length < 5) invalidExamples.push({ row, value: String(cell) });
    }
    values[row] = value ?? Number.NaN;
  });
  return { kind: 'numeric', name, type, values, invalidCount, invalidExamples };
}

/**
 * A Table holding `columns` (each an array of cells, null for missing), with lines as a CSV with a header
 * would number them (first data row on line 2; JSONL and Parquet start at 1).
 */
export function tableFrom(
  columns: Record<string, readonly TestCell[]>,
  options: TestTableOptions = {},
): Table {
  const names = Object.keys(columns);
  const rowCount = names.length > 0 ? columns[names[0]].length : 0;
  for (const name of names) {
    if (columns[name].length !== rowCount)
      throw new Error(`column ${name} has ${columns[name].length} cells, not ${rowCount}`);
  }
  const sourceSpecs = options.sources ?? [
    { file: options.file ?? 'data.csv', rows: rowCount, format: options.format },
  ];
  const lines = new Uint32Array(rowCount);
  let firstRow = 0;
  const sources = sourceSpecs.map((spec) => {
    const format = spec.format ?? options.format ?? 'csv';
    const firstLine = format === 'csv' || format === 'tsv' ? 2 : 1;
    for (let i = 0; i < spec.rows; i++) lines[firstRow + i] = firstLine + i;
    const source = { file: spec.file, format, firstRow, rowCount: spec.rows };
    firstRow += spec.rows;
    return source;
  });
  if (firstRow !== rowCount) throw new Error(`sources cover ${firstRow} rows, the columns ${rowCount}`);
  return {
    rowCount,
    columns: names.map((name) =>
      buildColumn(name, columns[name], options.types?.[name] ?? inferType(columns[name])),
    ),
    sources,
    lines,
    problems: options.problems ?? [],
  };
}
