/**
 * Type inference, in the spirit of TFDV's schema inference: each column's type is decided from the text of
 * its cells in the first `inferRows` rows of the dataset, missing-value texts aside.
 *
 *  - boolean   every cell is `true` or `false` (any case); 0/1 columns stay integer
 *  - integer   every cell is an integer literal that is a safe integer (|v| <= 2^53 - 1)
 *  - number    every cell is a decimal number (or inf / infinity)
 *  - datetime  every cell is an ISO 8601 date or date-time (see parseDatetime)
 *  - category  other text with a small domain: at most 1,000 distinct values, and either each value
 *              repeats 20 times on average (distinct <= cells / 20) or there are at most 20 distinct
 *              values and at least one repeats
 *  - string    other text (ids, free text)
 *
 * A column with no value in the sample is `string`: nothing is known about it, and text keeps every later
 * value without loss. Cells after the sample that do not fit a numeric type become invalid cells.
 */
import { ByteDictionary, hashBytes, NOT_FOUND } from './byte-dictionary.ts';
import { isIntegerLiteral, parseBooleanWord, parseDatetime, parseNumber } from './cells.ts';
import type { ColumnType } from './table.ts';

export const MAX_CATEGORIES = 1000;
const SMALL_DOMAIN = 20;
const MIN_AVERAGE_REPEATS = 20;

export class ColumnSample {
  values = 0;
  integer = true;
  number = true;
  boolean = true;
  datetime = true;
  /** Distinct value texts, counted up to MAX_CATEGORIES + 1. */
  readonly distinct = new ByteDictionary();
}

const encoder = new TextEncoder();

/** Per-column evidence gathered over the sampled rows of a dataset. */
export class SampleStats {
  readonly columns = new Map<string, ColumnSample>();
  /** Rows sampled so far, across files, and the bytes they took (to estimate the row count). */
  rows = 0;
  bytes = 0;
  private readonly missing = new ByteDictionary();
  private scratch = new Uint8Array(256);

  constructor(missingValues: readonly string[]) {
    for (const text of missingValues) {
      const bytes = encoder.encode(text);
      const hash = hashBytes(bytes, 0, bytes.length);
      if (this.missing.get(bytes, 0, bytes.length, hash) === NOT_FOUND)
        this.missing.add(bytes, 0, bytes.length, hash, 0);
    }
  }

  column(name: string): ColumnSample {
    let sample = this.columns.get(name);
    if (!sample) {
      sample = new ColumnSample();
      this.columns.set(name, sample);
    }
    return sample;
  }

  /** Records one cell given as UTF-8 bytes. */
  observe(sample: ColumnSample, bytes: Uint8Array, start: number, end: number): void {
    const hash = hashBytes(bytes, start, end);
    if (this.missing.get(bytes, start, end, hash) !== NOT_FOUND) return;
    sample.values++;
    if (sample.boolean && parseBooleanWord(bytes, start, end) < 0) sample.boolean = false;
    if (sample.integer && !isIntegerLiteral(bytes, start, end)) sample.integer = false;
    if (sample.number && Number.isNaN(parseNumber(bytes, start, end))) sample.number = false;
    if (sample.datetime && Number.isNaN(parseDatetime(bytes, start, end))) sample.datetime = false;
    const distinct = sample.distinct;
    if (distinct.keyCount <= MAX_CATEGORIES && distinct.get(bytes, start, end, hash) === NOT_FOUND) {
      distinct.add(bytes, start, end, hash, distinct.keyCount);
    }
  }

  /** Records one cell given as a JS string. */
  observeString(sample: ColumnSample, text: string): void {
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3);
    const length = encoder.encodeInto(text, this.scratch).written;
    this.observe(sample, this.scratch, 0, length);
  }
}

/** The type the sampled cells of a column point to (see the module comment for the rules). */
export function inferType(sample: ColumnSample | undefined): ColumnType {
  if (!sample || sample.values === 0) return 'string';
  if (sample.boolean) return 'boolean';
  if (sample.integer) return 'integer';
  if (sample.number) return 'number';
  if (sample.datetime) return 'datetime';
  return textType(sample);
}

/** category or string, from the number of distinct values among the sampled cells. */
export function textType(sample: ColumnSample): 'category' | 'string' {
  const distinct = sample.distinct.keyCount;
  if (distinct > MAX_CATEGORIES) return 'string';
  if (distinct * MIN_AVERAGE_REPEATS <= sample.values) return 'category';
  if (distinct <= SMALL_DOMAIN && distinct < sample.values) return 'category';
  return 'string';
}
