/**
 * Column profiles: what the drift statistics need from a column, computed in one pass and reused by every
 * method. A numeric profile is the column's finite values sorted once; a categorical profile is the count
 * of each category, keyed by its text, so a reference and a current table with separate dictionaries line
 * up by category name. A DatasetSummary is a list of these profiles.
 */

import type { CategoricalColumn, Column, NumericColumn } from '@modelgate/core';
import type { Extent } from '@modelgate/stats';
import { type SortScratch, sortFinite, sortFiniteInPlace } from './sort.ts';

export interface NumericProfile {
  kind: 'numeric';
  name: string;
  type: NumericColumn['type'];
  /** Rows in the table, missing cells included. */
  rowCount: number;
  /** The finite values in ascending order; NaN and ±Infinity count as missing. */
  sorted: Float64Array;
  /** Cells that were present but not numbers (categorical text read as numeric); already counted as missing. */
  unparsed?: number;
  /**
   * When `sorted` is a sketch's pseudo-sample (its extremes and spread not quite the rows'): the rows'
   * finite values' exact extent, on which histogram bins are drawn so that they are the rows' bins, and
   * their exact standard deviation.
   */
  extent?: SampledRows;
}

/** The finite values a pseudo-sample stands for: exact min, max, count and population standard deviation. */
export interface SampledRows extends Extent {
  std: number;
}

export interface CategoricalProfile {
  kind: 'categorical';
  name: string;
  type: CategoricalColumn['type'] | NumericColumn['type'];
  rowCount: number;
  /** Categories that occur at least once, each once, with their counts at the same index. */
  categories: string[];
  counts: number[];
}

export type ColumnProfile = NumericProfile | CategoricalProfile;

export interface ProfileOptions {
  /**
   * Sort a numeric column in its own memory instead of in a copy: its values lose their row order and
   * the profile's `sorted` is a view of the column (see DriftOptions.reuseTableMemory).
   */
  inPlace?: boolean;
  /** Working memory of the sort, shared by the columns profiled one after another. */
  scratch?: SortScratch;
}

export function profileColumn(column: Column, options: ProfileOptions = {}): ColumnProfile {
  if (column.kind === 'numeric') {
    const { scratch } = options;
    return {
      kind: 'numeric',
      name: column.name,
      type: column.type,
      rowCount: column.values.length,
      sorted: options.inPlace
        ? sortFiniteInPlace(column.values, scratch)
        : sortFinite(column.values, scratch),
    };
  }
  const counts = new Float64Array(column.dictionary.length);
  const { codes } = column;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code >= 0) counts[code]++;
  }
  const merged = new Map<string, number>();
  for (let code = 0; code < counts.length; code++) {
    if (counts[code] > 0) {
      const label = column.dictionary[code];
      merged.set(label, (merged.get(label) ?? 0) + counts[code]);
    }
  }
  return {
    kind: 'categorical',
    name: column.name,
    type: column.type,
    rowCount: codes.length,
    categories: [...merged.keys()],
    counts: [...merged.values()],
  };
}

/** How a column is compared unless column-types says otherwise: booleans and text as categories. */
export function comparedKind(shape: {
  kind: ColumnProfile['kind'];
  type: ColumnProfile['type'];
}): 'numeric' | 'categorical' {
  return shape.kind === 'numeric' && shape.type !== 'boolean' ? 'numeric' : 'categorical';
}

/** Cells present (not missing) in the profiled column. */
export function presentCount(profile: ColumnProfile): number {
  if (profile.kind === 'numeric') return profile.sorted.length;
  let total = 0;
  for (const c of profile.counts) total += c;
  return total;
}

/** Share of the column's rows that are missing; 0 for a column with no rows. */
export function missingShare(profile: ColumnProfile): number {
  return profile.rowCount === 0 ? 0 : (profile.rowCount - presentCount(profile)) / profile.rowCount;
}

/** How a numeric value reads as a category: booleans as true/false, datetimes in ISO 8601, numbers as JS prints them. */
export function numericLabel(type: NumericColumn['type'], value: number): string {
  if (type === 'boolean') return value === 0 ? 'false' : 'true';
  if (type === 'datetime') return new Date(value).toISOString();
  return String(value);
}

/** A numeric column seen as categories: each distinct value is one category (for chi-square, z, few-valued columns). */
export function asCategorical(profile: ColumnProfile): CategoricalProfile {
  if (profile.kind === 'categorical') return profile;
  const { sorted, type } = profile;
  const categories: string[] = [];
  const counts: number[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[start]) {
      categories.push(numericLabel(type, sorted[start]));
      counts.push(i - start);
      start = i;
    }
  }
  return { kind: 'categorical', name: profile.name, type, rowCount: profile.rowCount, categories, counts };
}

/**
 * A categorical column seen as numbers (column-types says numeric): each category's text is parsed as a
 * number. Text that is not a number counts as missing and is reported in `unparsed`, as a reader does
 * with a cell that does not parse as its column's type.
 */
export function asNumeric(profile: ColumnProfile): NumericProfile {
  if (profile.kind === 'numeric') return profile;
  let size = 0;
  const parsed = profile.categories.map((label, i) => {
    const value = label.trim() === '' ? Number.NaN : Number(label);
    if (Number.isFinite(value)) size += profile.counts[i];
    return value;
  });
  const values = new Float64Array(size);
  let at = 0;
  for (let i = 0; i < parsed.length; i++) {
    if (Number.isFinite(parsed[i])) {
      values.fill(parsed[i], at, at + profile.counts[i]);
      at += profile.counts[i];
    }
  }
  values.sort();
  return {
    kind: 'numeric',
    name: profile.name,
    type: 'number',
    rowCount: profile.rowCount,
    sorted: values,
    unparsed: presentCount(profile) - size,
  };
}

/** Distinct values (numeric) or categories present in a profile. */
export function distinctCount(profile: ColumnProfile): number {
  if (profile.kind === 'categorical') return profile.categories.length;
  let distinct = profile.sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < profile.sorted.length; i++) if (profile.sorted[i] !== profile.sorted[i - 1]) distinct++;
  return distinct;
}
