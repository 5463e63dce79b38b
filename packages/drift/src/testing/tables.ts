/**
 * Small Tables for tests, built directly (the readers live elsewhere). A column given as numbers (null for
 * missing) becomes a numeric column; one given as strings (null for missing) becomes a categorical column
 * with its own dictionary in first-seen order, so two tables never share codes.
 */

import type { CategoricalColumn, Column, ColumnType, NumericColumn, Table } from '@modelgate/core';
import { seededRandom } from '@modelgate/stats';

export type TestColumn = (number | null)[] | (string | null)[];

export interface TestTableOptions {
  file?: string;
  /** Column types by name (default 'number' for numbers, 'category' for text). */
  types?: Record<string, ColumnType>;
}

export function makeTable(columns: Record<string, TestColumn>, options: TestTableOptions = {}): Table {
  const built = Object.entries(columns).map(([name, values]) => makeColumn(name, values, options));
  const rowCount = built.length === 0 ? 0 : Object.values(columns)[0].length;
  for (const [name, values] of Object.entries(columns)) {
    if (values.length !== rowCount)
      throw new Error(`makeTable: column ${name} has ${values.length} rows, not ${rowCount}`);
  }
  const lines = new Uint32Array(rowCount);
  // Line 1 is the CSV header, so row i sits on line i + 2.
  for (let i = 0; i < rowCount; i++) lines[i] = i + 2;
  return {
    rowCount,
    columns: built,
    sources: [{ file: options.file ?? 'data.csv', format: 'csv', firstRow: 0, rowCount }],
    lines,
    problems: [],
  };
}

function makeColumn(name: string, values: TestColumn, options: TestTableOptions): Column {
  const isText = values.some((v) => typeof v === 'string');
  if (!isText) {
    return {
      kind: 'numeric',
      name,
      type: (options.types?.[name] ?? 'number') as NumericColumn['type'],
      values: Float64Array.from(values as (number | null)[], (v) => (v === null ? Number.NaN : v)),
      invalidCount: 0,
      invalidExamples: [],
    };
  }
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    if (v === null) {
      codes[i] = -1;
      return;
    }
    const text = String(v);
    let code = index.get(text);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(text);
      index.set(text, code);
    }
    codes[i] = code;
  });
  const type = (options.types?.[name] ?? 'category') as CategoricalColumn['type'];
  return { kind: 'categorical', name, type, codes, dictionary };
}

/** n standard-normal draws (Box-Muller) shifted by `mean`, from a seeded generator. */
export function normalSample(n: number, seed: number, mean = 0, sd = 1): number[] {
  const random = seededRandom(seed);
  const out: number[] = [];
  while (out.length < n) {
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    out.push(mean + sd * r * Math.cos(2 * Math.PI * v));
    if (out.length < n) out.push(mean + sd * r * Math.sin(2 * Math.PI * v));
  }
  return out;
}
