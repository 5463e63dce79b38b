/**
 * The drift methods: how a reference column and a current column are compared, which method `auto`
 * picks, and when each says "drifted". Every statistic itself comes from @modelgate/stats.
 *
 * | method          | kind     | columns                          | drifted when          |
 * | --------------- | -------- | -------------------------------- | --------------------- |
 * | ks              | p-value  | numeric                          | p < threshold (0.05)  |
 * | chi-square      | p-value  | both (histogram / categories)    | p < threshold (0.05)  |
 * | z               | p-value  | exactly two categories           | p < threshold (0.05)  |
 * | psi             | distance | numeric (quantile bins); categ.  | psi >= threshold (0.1)|
 * | wasserstein     | distance | numeric (normed by ref. std)     | >= threshold (0.1)    |
 * | jensen-shannon  | distance | both (histogram / categories)    | >= threshold (0.1)    |
 * | hellinger       | distance | both (histogram / categories)    | >= threshold (0.1)    |
 * | l-infinity      | distance | both (histogram / categories)    | >= threshold (0.1)    |
 *
 * `auto` follows Evidently's size-aware defaults: with at most 1,000 reference values, KS for a numeric
 * column and chi-square for a categorical one (the z-test when the two samples hold two categories
 * between them); above that, the Wasserstein distance normed by the reference's standard deviation for a
 * numeric column and the Jensen-Shannon distance for a categorical one. A numeric column with at most 5
 * distinct values across both samples counts as categorical for this choice.
 *
 * Distributions for chi-square, jensen-shannon, hellinger and l-infinity: a categorical column's category shares over
 * the union of both samples' categories; a numeric column with more than 20 distinct reference values is
 * binned on shared bins, numpy.histogram_bin_edges(concat(reference, current), 'sturges'); a numeric column
 * with fewer distinct values uses each value as a category (both as Evidently). PSI bins a numeric column
 * on 10 reference-quantile bins (the bench baseline's definition) and floors empty shares at 1e-4.
 */

import {
  binEdges,
  chi2Contingency,
  type Extent,
  edgesOver,
  hellinger,
  histogram,
  jensenShannon,
  ks2samp,
  lInfinity,
  normedWasserstein,
  psi,
  psiFromCounts,
  zTestProportions,
} from '@modelgate/stats';
import {
  asCategorical,
  type CategoricalProfile,
  type ColumnProfile,
  type NumericProfile,
  presentCount,
} from './profile.ts';

export type DriftMethod =
  | 'ks'
  | 'chi-square'
  | 'z'
  | 'psi'
  | 'wasserstein'
  | 'jensen-shannon'
  | 'hellinger'
  | 'l-infinity';

export type MethodChoice = DriftMethod | 'auto';

export interface MethodInfo {
  /** p-value: drifted when p < threshold; distance: drifted when statistic >= threshold. */
  kind: 'p-value' | 'distance';
  defaultThreshold: number;
  /** Which columns it can compare: numeric only, or any (numeric values then act as categories or bins). */
  columns: 'numeric' | 'any';
  /** Name for people, e.g. in the report table. */
  title: string;
}

export const METHODS: Record<DriftMethod, MethodInfo> = {
  ks: { kind: 'p-value', defaultThreshold: 0.05, columns: 'numeric', title: 'Kolmogorov-Smirnov' },
  'chi-square': { kind: 'p-value', defaultThreshold: 0.05, columns: 'any', title: 'chi-square' },
  z: { kind: 'p-value', defaultThreshold: 0.05, columns: 'any', title: 'z-test (two proportions)' },
  psi: { kind: 'distance', defaultThreshold: 0.1, columns: 'any', title: 'PSI' },
  wasserstein: { kind: 'distance', defaultThreshold: 0.1, columns: 'numeric', title: 'Wasserstein (normed)' },
  'jensen-shannon': {
    kind: 'distance',
    defaultThreshold: 0.1,
    columns: 'any',
    title: 'Jensen-Shannon distance',
  },
  hellinger: { kind: 'distance', defaultThreshold: 0.1, columns: 'any', title: 'Hellinger distance' },
  'l-infinity': { kind: 'distance', defaultThreshold: 0.1, columns: 'any', title: 'L-infinity distance' },
};

export const DRIFT_METHODS = Object.keys(METHODS) as DriftMethod[];

/** Reference values at or below which `auto` uses statistical tests rather than distances. */
export const AUTO_SMALL_REFERENCE = 1000;
/** Distinct values (both samples) at or below which `auto` treats a numeric column as categorical. */
export const AUTO_FEW_VALUES = 5;
/** Distinct reference values above which a numeric column is binned for the histogram distances. */
export const BINNED_ABOVE = 20;

/** Two profiles of the same column, already of the same kind (see detect.ts for the coercion). */
export interface ProfilePair {
  reference: ColumnProfile;
  current: ColumnProfile;
}

export interface MethodSettings {
  /** Log base of the Jensen-Shannon distance: 2 (bounded by 1) or Math.E. */
  jsBase: number;
  /** PSI bins on a numeric column. */
  psiBins: number;
  /** Floor on a bin's share in PSI. */
  psiEpsilon: number;
}

export interface MethodOutcome {
  statistic: number;
  /** The test's p-value; null for distances. */
  pValue: number | null;
  /** Why the result is trivial, e.g. both samples hold a single category. */
  note?: string;
}

/** Whether `method` can compare a column of this kind; why not, when it cannot. */
export function applicability(method: DriftMethod, pair: ProfilePair): string | null {
  const numeric = pair.reference.kind === 'numeric';
  if (METHODS[method].columns === 'numeric' && !numeric) return `${method} compares numeric columns only`;
  if (method === 'z') {
    if (unionDistinct(pair, 2) > 2) return 'the z-test compares two categories; the column has more';
  }
  return null;
}

/** Evidently's default for the column (see the top of this file). Both samples must hold values. */
export function autoMethod(pair: ProfilePair): DriftMethod {
  const small = presentCount(pair.reference) <= AUTO_SMALL_REFERENCE;
  const distinct = unionDistinct(pair, AUTO_FEW_VALUES);
  if (pair.reference.kind === 'numeric' && distinct > AUTO_FEW_VALUES) return small ? 'ks' : 'wasserstein';
  if (!small) return 'jensen-shannon';
  return distinct <= 2 ? 'z' : 'chi-square';
}

/**
 * Distinct values (numeric) or categories (categorical) over both samples; for numbers, counting stops
 * once it passes `limit` (the answer is then limit + 1), since callers only ask "more than limit?".
 */
export function unionDistinct(pair: ProfilePair, limit = Number.POSITIVE_INFINITY): number {
  const { reference, current } = pair;
  if (reference.kind === 'categorical' || current.kind === 'categorical') {
    return unionCategories(asCategorical(reference), asCategorical(current)).length;
  }
  const a = reference.sorted;
  const b = current.sorted;
  let distinct = 0;
  let last = Number.NaN;
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && distinct <= limit) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (v !== last) {
      distinct++;
      last = v;
    }
  }
  return distinct;
}

/** Categories of both samples: the reference's in its order, then those only the current sample has. */
export function unionCategories(reference: CategoricalProfile, current: CategoricalProfile): string[] {
  const seen = new Set(reference.categories);
  return [...reference.categories, ...current.categories.filter((c) => !seen.has(c))];
}

/** Counts of both samples over the same categories. */
export function alignedCounts(
  reference: CategoricalProfile,
  current: CategoricalProfile,
): { categories: string[]; reference: number[]; current: number[] } {
  const categories = unionCategories(reference, current);
  const countsOf = (profile: CategoricalProfile) => {
    const byCategory = new Map(profile.categories.map((c, i) => [c, profile.counts[i]]));
    return categories.map((c) => byCategory.get(c) ?? 0);
  };
  return { categories, reference: countsOf(reference), current: countsOf(current) };
}

/** Counts of both samples over the same bins or categories; labels name them. */
export interface SharedDistribution {
  labels: string[];
  reference: number[];
  current: number[];
  /** Whether the labels are numeric bins (a histogram) rather than categories. */
  binned: boolean;
}

/**
 * The shared Sturges bins of two numeric columns (numpy.histogram_bin_edges of both together): drawn on
 * the rows' extent, also where a side is a sketch's pseudo-sample.
 */
export function sharedEdges(reference: NumericProfile, current: NumericProfile): number[] {
  if (!reference.extent && !current.extent) return binEdges(reference.sorted, current.sorted, 'sturges');
  const extents = [reference, current]
    .map((side) => side.extent ?? extentOf(side.sorted))
    .filter((extent) => extent.count > 0);
  return edgesOver(
    {
      min: Math.min(...extents.map((e) => e.min)),
      max: Math.max(...extents.map((e) => e.max)),
      count: extents.reduce((sum, e) => sum + e.count, 0),
    },
    'sturges',
  );
}

function extentOf(sorted: Float64Array): Extent {
  return { min: sorted[0], max: sorted[sorted.length - 1], count: sorted.length };
}

/**
 * Counts of both samples on the bins the histogram distances use: shared Sturges bins for a numeric
 * column with more than 20 distinct reference values, one bin per value otherwise (see the top of this
 * file). Labels name the bins or categories, for charts.
 */
export function sharedDistribution(pair: ProfilePair): SharedDistribution {
  const { reference, current } = pair;
  if (reference.kind === 'numeric' && current.kind === 'numeric' && distinctAbove(reference, BINNED_ABOVE)) {
    const edges = sharedEdges(reference, current);
    return {
      labels: edges.slice(1).map((high, i) => binLabel(edges[i], high, i === edges.length - 2)),
      reference: histogram(reference.sorted, edges),
      current: histogram(current.sorted, edges),
      binned: true,
    };
  }
  const aligned = alignedCounts(asCategorical(reference), asCategorical(current));
  return {
    labels: aligned.categories,
    reference: aligned.reference,
    current: aligned.current,
    binned: false,
  };
}

export function distinctAbove(profile: NumericProfile, limit: number): boolean {
  const { sorted } = profile;
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length && distinct <= limit; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  return distinct > limit;
}

function binLabel(low: number, high: number, last: boolean): string {
  return `[${formatEdge(low)}, ${formatEdge(high)}${last ? ']' : ')'}`;
}

function formatEdge(value: number): string {
  const text = Number(value.toPrecision(4)).toString();
  return text === '-0' ? '0' : text;
}

/**
 * Runs `method` on two non-empty samples of one column. The caller has checked applicability.
 * A column with a single category (or value) on both sides has nothing to test: statistic 0, p = 1.
 */
export function runMethod(method: DriftMethod, pair: ProfilePair, settings: MethodSettings): MethodOutcome {
  const { reference, current } = pair;
  if (method === 'ks' || method === 'wasserstein') {
    const a = (reference as NumericProfile).sorted;
    const b = (current as NumericProfile).sorted;
    if (method === 'wasserstein')
      return { statistic: normedWasserstein(a, b, { sorted: true }), pValue: null };
    const ks = ks2samp(a, b, { sorted: true });
    return { statistic: ks.statistic, pValue: ks.pValue };
  }
  if (method === 'psi' && reference.kind === 'numeric' && current.kind === 'numeric') {
    const result = psi(reference.sorted, current.sorted, {
      sorted: true,
      bins: settings.psiBins,
      epsilon: settings.psiEpsilon,
    });
    return { statistic: result.value, pValue: null };
  }
  if (method === 'psi') {
    const counts = alignedCounts(asCategorical(reference), asCategorical(current));
    return { statistic: psiFromCounts(counts.reference, counts.current, settings.psiEpsilon), pValue: null };
  }
  if (method === 'chi-square' || method === 'z') {
    // chi-square on a many-valued numeric column tests its shared histogram bins, not each distinct value.
    const shared = sharedDistribution(pair);
    const counts = { categories: shared.labels, reference: shared.reference, current: shared.current };
    if (counts.categories.length === 1) {
      return { statistic: 0, pValue: 1, note: `one category ("${counts.categories[0]}") in both samples` };
    }
    if (method === 'z') {
      const n1 = sum(counts.reference);
      const n2 = sum(counts.current);
      const z = zTestProportions(counts.reference[0], n1, counts.current[0], n2);
      return { statistic: z.statistic, pValue: z.pValue };
    }
    const chi = chi2Contingency([counts.reference, counts.current], { correction: true });
    return { statistic: chi.statistic, pValue: chi.pValue };
  }
  const distribution = sharedDistribution(pair);
  const statistic =
    method === 'jensen-shannon'
      ? jensenShannon(distribution.reference, distribution.current, settings.jsBase)
      : method === 'hellinger'
        ? hellinger(distribution.reference, distribution.current)
        : lInfinity(distribution.reference, distribution.current);
  return { statistic, pValue: null };
}

/**
 * A method's outcome, or why it has none: a NaN statistic or p-value, or a RangeError from the method, is
 * an undefined statistic with its reason, never a number that silently compares as "no drift".
 */
export function definedOutcome(run: () => MethodOutcome): MethodOutcome | { undefined: string } {
  let outcome: MethodOutcome;
  try {
    outcome = run();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { undefined: `the method could not use these values (${error.message})` };
  }
  if (Number.isNaN(outcome.statistic) || Number.isNaN(outcome.pValue)) {
    const what = Number.isNaN(outcome.statistic) ? 'statistic' : 'p-value';
    return {
      undefined: `its ${what} came out NaN (not a number) on these values, as when they lie near the ends of the double range`,
    };
  }
  return outcome;
}

/** Whether an outcome means drift at `threshold` (see METHODS). */
export function isDrift(
  method: DriftMethod,
  statistic: number,
  pValue: number | null,
  threshold: number,
): boolean {
  return METHODS[method].kind === 'p-value' ? (pValue as number) < threshold : statistic >= threshold;
}

function sum(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
