/**
 * inferSchema: a first schema from a trusted dataset, in the spirit of TFDV's infer_schema. It describes
 * the data as seen, loosened where new data is expected to differ a little, so that the data it came from
 * validates with no errors (warnings, such as for constant columns, may remain):
 *
 * - type: the reader's type. A text column with at most `maxCategories` distinct values becomes a
 *   `category` with those values `allowed` (sorted); with more it is a `string`.
 * - presence: every column is required. A column never missing is `nullable: false`; otherwise
 *   `max-missing` is the observed missing share plus `missingMargin`, rounded up to a whole percent (no
 *   limit once that reaches 100%).
 * - flags: an integer column holding exactly the values 0 and 1 gets `allowed: [0, 1]` and no range.
 * - range: integer and number columns get the observed min and max widened by `rangeMargin` times the
 *   observed span and rounded outward to a power of ten no larger than that widening (integers to at least
 *   1). A column with no negative value keeps min >= 0, one with no positive value keeps max <= 0. Datetime
 *   columns get no range: time moves on, and new data after the reference's period is the normal case.
 * - unique: an id-like column (its name is id, key, uuid or guid, or ends in _id, -id, " id", Id, ID,
 *   _key, ...) of integers or text whose values are all distinct and never missing is `unique`, gets no
 *   range (new ids lie beyond the old ones) and no category list.
 * - dataset: `rows: { min: 1 }` when the data had rows; other dataset settings keep their defaults.
 *
 * Unreadable rows and cells that did not parse as their column's type are errors in the reference too;
 * they do not change the inferred types.
 */

import { valueRange } from './column-stats.ts';
import { missingCount } from './column-values.ts';
import type { Column, Table } from './core.ts';
import { formatCount, formatShare } from './format.ts';
import { findDuplicates, keyColumnOf } from './row-hash.ts';
import {
  type ColumnSchema,
  defaultAlmostConstantShare,
  defaultQualityTolerances,
  type Schema,
} from './schema.ts';
import { describeSources } from './validate.ts';

export interface InferOptions {
  /** Largest number of distinct values a text column may have to become a category. Default 50. */
  maxCategories?: number;
  /** Widening of numeric ranges, as a fraction of the observed span. Default 0.1. */
  rangeMargin?: number;
  /** Added to the observed missing share to make max-missing. Default 0.05. */
  missingMargin?: number;
  /** Named in the header of the serialized schema. Default "modelgate validate-data". */
  tool?: string;
}

export const defaultInferOptions: Readonly<Required<InferOptions>> = {
  maxCategories: 50,
  rangeMargin: 0.1,
  missingMargin: 0.05,
  tool: 'modelgate validate-data',
};

/** Whether a column's name says it identifies something: id, customer_id, customerId, order key, uuid. */
export function isIdLikeName(name: string): boolean {
  // The first alternative is case-insensitive; camelCase needs the capital, so test it without the i flag.
  return (
    /(?:^|[^A-Za-z])(?:id|key|uuid|guid)$/i.test(name) ||
    /[a-z0-9](?:Id|ID|Key|Uuid|UUID|Guid|GUID)$/.test(name)
  );
}

/** Whether every present value of the column is distinct and none is missing. */
function allDistinct(column: Column, rowCount: number, missing: number): boolean {
  if (missing > 0 || rowCount < 2) return false;
  return findDuplicates([keyColumnOf(column)], rowCount, { maxExamples: 0 }).duplicates === 0;
}

/** The largest power of ten not above `x` (x > 0). */
function powerOfTenBelow(x: number): number {
  return 10 ** Math.floor(Math.log10(x));
}

function decimalsOf(quantum: number): number {
  return Math.max(0, -Math.floor(Math.log10(quantum)));
}

function roundDown(x: number, quantum: number): number {
  const decimals = decimalsOf(quantum);
  if (decimals > 20) return x;
  const rounded = Number((Math.floor(x / quantum) * quantum).toFixed(decimals));
  return Math.min(rounded, x);
}

function roundUp(x: number, quantum: number): number {
  const decimals = decimalsOf(quantum);
  if (decimals > 20) return x;
  const rounded = Number((Math.ceil(x / quantum) * quantum).toFixed(decimals));
  return Math.max(rounded, x);
}

/** The observed range [lo, hi] widened by margin * (hi - lo), as described above. */
export function widenRange(
  lo: number,
  hi: number,
  margin: number,
  integer: boolean,
): { min: number; max: number } {
  const pad = margin * (hi - lo);
  if (!(pad > 0) || !Number.isFinite(pad)) return { min: lo, max: hi };
  const quantum = Math.max(integer ? 1 : 0, powerOfTenBelow(pad));
  let min = roundDown(lo - pad, quantum);
  let max = roundUp(hi + pad, quantum);
  if (lo >= 0 && min < 0) min = 0;
  if (hi <= 0 && max > 0) max = 0;
  if (!Number.isFinite(min) || min > lo) min = lo;
  if (!Number.isFinite(max) || max < hi) max = hi;
  return { min, max };
}

function usedValues(column: Column & { kind: 'categorical' }): string[] {
  const used = new Uint8Array(column.dictionary.length);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) used[codes[i]] = 1;
  return column.dictionary.filter((_, code) => used[code]);
}

function inferPresence(entry: ColumnSchema, missing: number, rowCount: number, margin: number): void {
  if (rowCount === 0) return;
  if (missing === 0) {
    entry.nullable = false;
    return;
  }
  const share = missing / rowCount;
  // toPrecision first, so float noise (0.1 + 0.05 = 0.15000000000000002) does not round up a whole percent.
  const limit = Math.ceil(Number(((share + margin) * 100).toPrecision(12))) / 100;
  if (limit < 1) entry.maxMissing = Math.max(limit, share);
}

function inferColumn(column: Column, rowCount: number, options: Required<InferOptions>): ColumnSchema {
  const missing = missingCount(column);
  const entry: ColumnSchema = {
    name: column.name,
    type: column.type,
    required: true,
    nullable: true,
    unique: false,
  };
  inferPresence(entry, missing, rowCount, options.missingMargin);
  const idLike = isIdLikeName(column.name) && (column.kind === 'categorical' || column.type === 'integer');
  if (idLike && allDistinct(column, rowCount, missing)) {
    entry.type = column.kind === 'categorical' ? 'string' : 'integer';
    entry.unique = true;
    return entry;
  }
  if (column.kind === 'categorical') {
    const values = usedValues(column);
    if (values.length > 0 && values.length <= options.maxCategories) {
      entry.type = 'category';
      entry.allowed = values.sort();
    } else {
      entry.type = 'string';
    }
    return entry;
  }
  if (column.type === 'integer' || column.type === 'number') {
    const { min, max } = valueRange(column.values);
    if (column.type === 'integer' && min === 0 && max === 1) {
      entry.allowed = [0, 1]; // a 0/1 flag or label: a range would let 2 in
      return entry;
    }
    if (!Number.isNaN(min))
      Object.assign(entry, widenRange(min, max, options.rangeMargin, column.type === 'integer'));
  }
  return entry;
}

export function inferSchema(table: Table, options: InferOptions = {}): Schema {
  const settings = { ...defaultInferOptions, ...options };
  const schema: Schema = {
    version: 1,
    columns: table.columns.map((c) => inferColumn(c, table.rowCount, settings)),
    extraColumns: 'warn',
    duplicateRows: 'warn',
    constantColumns: 'warn',
    almostConstantShare: defaultAlmostConstantShare,
    quality: { ...defaultQualityTolerances },
    origin: [
      `Inferred by ${settings.tool} from ${describeSources(table)} (${formatCount(table.rowCount)} rows). Review it before relying on it:`,
      `numeric ranges are widened by ${formatShare(settings.rangeMargin)} of the observed span, text columns with at most`,
      `${settings.maxCategories} distinct values list them as allowed, max-missing is the observed share + ${formatShare(settings.missingMargin)}.`,
    ].join('\n'),
  };
  if (table.rowCount > 0) schema.rows = { min: 1 };
  return schema;
}
