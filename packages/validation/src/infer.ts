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
 * - levels: an integer column holding exactly the values 0 and 1, or at most `maxIntegerLevels` distinct
 *   values each seen 5 times on average (class labels 0/1/2, a rating 1-5), gets them as `allowed` and no
 *   range: a range would let an unseen label in.
 * - range: other integer and number columns get the observed min and max widened by `rangeMargin` times
 *   the observed span on each side and rounded outward to a power of ten no larger than that widening
 *   (integers to at least 1). The default margin, 4 spans, is wide on purpose: a range inferred from a
 *   sample has to admit the rest of honest data, and heavy tails overshoot a sample's extremes by a lot
 *   (in 5,000 random half-splits of scikit-learn's iris, wine, diabetes and breast_cancer data, the other
 *   half overshot by up to 2.98 spans, breast_cancer's concavity error). It still catches what a range is
 *   for: a sign flip, a unit change (x10 and more), a sentinel such as -999 or 99999. An infinite value
 *   observed gives no range: there is no span to widen by, and an infinite bound bounds nothing. A column with no negative value keeps min >= 0, one with no positive value keeps max <= 0. Datetime
 *   columns get no range: time moves on, and new data after the reference's period is the normal case.
 * - unique: an id-like column (its name is id, key, uuid or guid, or ends in _id, -id, " id", Id, ID,
 *   _key, ...) of integers or text whose values are all distinct and never missing is `unique`, gets no
 *   range (new ids lie beyond the old ones) and no category list.
 * - dataset: `rows: { min: 1 }` when the data had rows; other dataset settings keep their defaults.
 *
 * Unreadable rows and cells that did not parse as their column's type are errors in the reference too;
 * they do not change the inferred types.
 *
 * inferSchema reads a whole table; inferSchemaChunks a dataset chunk by chunk, keeping per column the
 * missing count, the observed range, the text values used (at most maxCategories + 1 of them) and, for an
 * id-like column, the hashes of its values (to tell whether all are distinct; see row-hash.ts). Both run
 * the same SchemaInference, so they infer the same schema.
 */

import type { ColumnProfile, DatasetProfile, NumericPart } from '@modelgate/profile';
import { valueRange } from './column-stats.ts';
import { missingCount } from './column-values.ts';
import { type Column, DataError, type Table, type TableChunk } from './core.ts';
import { DuplicateTracker } from './duplicate-tracker.ts';
import { formatCount, formatPlainNumber, formatShare } from './format.ts';
import { SpillArea } from './key-spill.ts';
import { readType } from './profile-values.ts';
import { Provenance } from './provenance.ts';
import { keyColumnOf } from './row-hash.ts';
import { NO_PLACES } from './row-ref.ts';
import {
  type ColumnSchema,
  defaultAlmostConstantShare,
  defaultQualityTolerances,
  type Schema,
} from './schema.ts';

export interface InferOptions {
  /** Largest number of distinct values a text column may have to become a category. Default 50. */
  maxCategories?: number;
  /** Widening of numeric ranges on each side, in observed spans. Default 4. */
  rangeMargin?: number;
  /** Most distinct values an integer column may have to get them as `allowed` instead of a range. Default 10. */
  maxIntegerLevels?: number;
  /** Added to the observed missing share to make max-missing. Default 0.05. */
  missingMargin?: number;
  /** Named in the header of the serialized schema. Default "modelgate validate-data". */
  tool?: string;
  /** Bytes of hash-set slots the id-like columns' distinct checks hold before spilling (see validateChunks). */
  keyMemory?: number;
  /** The folder their temp folder is made in. Default RUNNER_TEMP, else the OS's temp folder. */
  spillFolder?: string;
}

type InferSettings = Required<Omit<InferOptions, 'keyMemory' | 'spillFolder'>>;

export const defaultInferOptions: Readonly<InferSettings> = {
  maxCategories: 50,
  rangeMargin: 4,
  maxIntegerLevels: 10,
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

/** What inference needs to know of a column, from its rows (ColumnSummary) or its profile. */
export interface InferenceColumn {
  readonly name: string;
  readonly kind: Column['kind'];
  readonly type: Column['type'];
  readonly missing: number;
  /** The observed range of a number column; NaN when it holds no value. */
  readonly min: number;
  readonly max: number;
  integerLevels(rowCount: number): number[] | undefined;
  usedValues(): string[] | undefined;
  allDistinct(rowCount: number): boolean;
}

/** What inference keeps about one column between chunks. */
class ColumnSummary implements InferenceColumn {
  readonly name: string;
  readonly kind: Column['kind'];
  readonly type: Column['type'];
  missing = 0;
  min = Number.NaN;
  max = Number.NaN;
  /** Codes of the text values used, until there are more than maxCategories; then undefined. */
  private used: Set<number> | undefined = new Set();
  private dictionary: string[] = [];
  private readonly maxCategories: number;
  /** An integer column's distinct values, until there are more than maxIntegerLevels; then undefined. */
  private levels: Set<number> | undefined;
  private readonly maxIntegerLevels: number;
  /** For an id-like column: its values' hashes, until a value repeats; then undefined. */
  private distinct: DuplicateTracker | undefined;

  constructor(column: Column, settings: InferSettings, area: SpillArea) {
    this.name = column.name;
    this.kind = column.kind;
    this.type = column.type;
    this.maxCategories = settings.maxCategories;
    this.maxIntegerLevels = settings.maxIntegerLevels;
    if (column.type === 'integer') this.levels = new Set();
    const idLike = isIdLikeName(column.name) && (column.kind === 'categorical' || column.type === 'integer');
    if (idLike) this.distinct = new DuplicateTracker({ area });
  }

  add(column: Column): void {
    this.missing += missingCount(column);
    if (this.distinct) {
      // Distinctness counts only for a column never missing; every NaN (an unreadable cell) is one value.
      this.distinct.add(
        [keyColumnOf(column)],
        column.kind === 'numeric' ? column.values.length : column.codes.length,
        NO_PLACES,
      );
      if (this.distinct.counts.duplicates > 0 || this.missing > 0) {
        this.distinct.finish();
        this.distinct = undefined;
      }
    }
    if (column.kind === 'categorical') {
      this.dictionary = column.dictionary;
      const used = this.used;
      if (!used) return;
      const codes = column.codes;
      for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) used.add(codes[i]);
      if (used.size > this.maxCategories) this.used = undefined;
      return;
    }
    if (column.type === 'integer' || column.type === 'number') {
      const { min, max } = valueRange(column.values);
      if (this.levels) this.addLevels(column.values);
      // Compared as valueRange compares, so chunks give the bounds the whole column would (-0 and 0 alike).
      if (Number.isNaN(this.min) || min < this.min) this.min = min;
      if (Number.isNaN(this.max) || max > this.max) this.max = max;
    }
  }

  private addLevels(values: Float64Array): void {
    const levels = this.levels as Set<number>;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isNaN(v)) continue;
      levels.add(v === 0 ? 0 : v); // -0 as 0
      if (levels.size > this.maxIntegerLevels) {
        this.levels = undefined;
        return;
      }
    }
  }

  /** An integer column's few values (ascending), when each is seen 5 times on average; else undefined. */
  integerLevels(rowCount: number): number[] | undefined {
    const levels = this.levels;
    if (!levels || levels.size === 0) return undefined;
    const sorted = [...levels].sort((a, b) => a - b);
    const flag = sorted.length === 2 && sorted[0] === 0 && sorted[1] === 1;
    return flag || rowCount - this.missing >= 5 * sorted.length ? sorted : undefined;
  }

  /** The values used, in dictionary order, or undefined past maxCategories. */
  usedValues(): string[] | undefined {
    if (!this.used) return undefined;
    return [...this.used].sort((a, b) => a - b).map((code) => this.dictionary[code]);
  }

  /** After the last chunk: completes the distinct check (its keys may have gone to disk). */
  settle(): void {
    this.distinct?.finish();
    if (this.distinct && this.distinct.counts.duplicates > 0) this.distinct = undefined;
  }

  allDistinct(rowCount: number): boolean {
    return this.distinct !== undefined && this.missing === 0 && rowCount >= 2;
  }
}

function inferColumn(summary: InferenceColumn, rowCount: number, options: InferSettings): ColumnSchema {
  const entry: ColumnSchema = {
    name: summary.name,
    type: summary.type,
    required: true,
    nullable: true,
    unique: false,
  };
  inferPresence(entry, summary.missing, rowCount, options.missingMargin);
  if (summary.allDistinct(rowCount)) {
    entry.type = summary.kind === 'categorical' ? 'string' : 'integer';
    entry.unique = true;
    return entry;
  }
  if (summary.kind === 'categorical') {
    const values = summary.usedValues();
    if (values && values.length > 0 && values.length <= options.maxCategories) {
      entry.type = 'category';
      entry.allowed = values.sort();
    } else {
      entry.type = 'string';
    }
    return entry;
  }
  if (summary.type === 'integer' || summary.type === 'number') {
    const levels = summary.integerLevels(rowCount);
    if (levels) {
      entry.allowed = levels; // a label or flag: a range would let an unseen value in
      return entry;
    }
    const { min, max } = summary;
    // No values, or an infinite one: a span to widen by does not exist, and an infinite bound bounds nothing.
    if (!Number.isFinite(min) || !Number.isFinite(max)) return entry;
    Object.assign(entry, widenRange(min, max, options.rangeMargin, summary.type === 'integer'));
  }
  return entry;
}

/** One schema inference over a dataset: `add` every chunk in order, then `finish`. */
class SchemaInference {
  private readonly settings: InferSettings;
  readonly area: SpillArea;
  private readonly dataset = new Provenance();
  private columns: ColumnSummary[] | undefined;

  constructor(options: InferOptions) {
    const { keyMemory, spillFolder, ...settings } = options;
    this.settings = { ...defaultInferOptions, ...settings };
    this.area = new SpillArea(keyMemory, spillFolder);
  }

  add(chunk: Table): void {
    this.columns ??= chunk.columns.map((c) => new ColumnSummary(c, this.settings, this.area));
    this.dataset.add(chunk);
    for (const [i, summary] of this.columns.entries()) summary.add(chunk.columns[i]);
  }

  /** Throws DataError when no row was read: a schema inferred from nothing would hold for any data. */
  finish(): Schema {
    if (this.dataset.rowCount === 0) {
      throw new DataError(
        this.dataset.describe(),
        'no readable row to infer a schema from (a header-only file, or every row unreadable)',
      );
    }
    for (const summary of this.columns ?? []) summary.settle();
    return inferredSchema(this.columns ?? [], this.dataset.rowCount, this.dataset.describe(), this.settings);
  }
}

/** The schema inferred from a dataset's columns. */
function inferredSchema(
  columns: readonly InferenceColumn[],
  rowCount: number,
  source: string,
  settings: InferSettings,
): Schema {
  const schema: Schema = {
    version: 1,
    columns: columns.map((c) => inferColumn(c, rowCount, settings)),
    extraColumns: 'warn',
    duplicateRows: 'warn',
    constantColumns: 'warn',
    almostConstantShare: defaultAlmostConstantShare,
    quality: { ...defaultQualityTolerances },
    origin: [
      `Inferred by ${settings.tool} from ${source} (${formatCount(rowCount)} rows). Review it before relying on it:`,
      `numeric ranges are widened by ${formatPlainNumber(settings.rangeMargin)} times the observed span on each side, integer columns`,
      `with at most ${settings.maxIntegerLevels} and text columns with at most ${settings.maxCategories} distinct values list them as allowed,`,
      `max-missing is the observed share + ${formatShare(settings.missingMargin)}.`,
    ].join('\n'),
  };
  if (rowCount > 0) schema.rows = { min: 1 };
  return schema;
}

/**
 * inferSchema from a dataset's profile instead of its rows: the same rules, over what the profile keeps.
 * Ranges, levels, categories and missing shares are exact; a column is inferred `unique` only when the
 * profile counted each of its values (an HLL distinct count cannot prove that no value repeats), so a
 * many-valued id column gets a range instead. `source` names the profile in the schema's header.
 */
export function inferSchemaFromProfile(
  profile: DatasetProfile,
  source: string,
  options: Omit<InferOptions, 'keyMemory' | 'spillFolder'> = {},
): Schema {
  const settings = { ...defaultInferOptions, ...options };
  const columns = profile.columns.map((column) => profileInferenceColumn(column, settings));
  return inferredSchema(columns, profile.rows, `the profile ${source}`, settings);
}

function profileInferenceColumn(profile: ColumnProfile, settings: InferSettings): InferenceColumn {
  const type = profile.numeric ? readType(profile) : 'string';
  const numeric = profile.numeric;
  const exactNumbers = numeric?.values ?? null;
  const exactText = profile.categories?.exact ?? null;
  const counts = exactNumbers ? [...exactNumbers.values()] : exactText ? [...exactText.values()] : null;
  const idLike = isIdLikeName(profile.name) && (profile.kind === 'categorical' || type === 'integer');
  // The profile counts an infinite value with the unreadable cells; on the rows it gives no range, so a
  // number column with such cells gets none here either.
  const hasValues =
    numeric !== null && numeric.moments.count > 0 && !(type === 'number' && profile.invalid > 0);
  return {
    name: profile.name,
    kind: profile.kind,
    type,
    missing: profile.missing,
    min: hasValues ? (numeric as NumericPart).moments.min : Number.NaN,
    max: hasValues ? (numeric as NumericPart).moments.max : Number.NaN,
    integerLevels(rowCount) {
      if (type !== 'integer' || !exactNumbers || exactNumbers.size === 0) return undefined;
      if (exactNumbers.size > settings.maxIntegerLevels) return undefined;
      const sorted = [...exactNumbers.keys()].map((v) => (v === 0 ? 0 : v)).sort((a, b) => a - b);
      const flag = sorted.length === 2 && sorted[0] === 0 && sorted[1] === 1;
      return flag || rowCount - profile.missing >= 5 * sorted.length ? sorted : undefined;
    },
    usedValues() {
      if (!exactText || exactText.size > settings.maxCategories) return undefined;
      return [...exactText.keys()];
    },
    allDistinct(rowCount) {
      const distinct = counts?.every((c) => c === 1) === true;
      return idLike && profile.missing === 0 && rowCount >= 2 && distinct;
    },
  };
}

export function inferSchema(table: Table, options: InferOptions = {}): Schema {
  const inference = new SchemaInference(options);
  try {
    inference.add(table);
    return inference.finish();
  } finally {
    inference.area.close();
  }
}

/** inferSchema over a dataset read chunk by chunk (readTableChunks): the same schema, in one pass. */
export async function inferSchemaChunks(
  chunks: AsyncIterable<TableChunk>,
  options: InferOptions = {},
): Promise<Schema> {
  const inference = new SchemaInference(options);
  try {
    for await (const chunk of chunks) inference.add(chunk);
    return inference.finish();
  } finally {
    inference.area.close();
  }
}
