/**
 * Drift statistics between two numeric columns known only by their KLL sketches, each with the bound
 * the sketches put on it. When both sketches still hold every item (n <= k: no compaction yet) the
 * statistic is exact and the bound 0.
 *
 * - KS: D = max over every retained item x of either sketch of |R_a(x) - R_b(x)| (inclusive ranks), the
 *   statistic DataSketches' own KS test on sketches computes. Each rank is within the sketch's
 *   normalised rank error e of the truth (99% confidence), so |D - D_true| <= e_a + e_b. p-value as
 *   scipy's asymptotic path: kstwo.sf(D, round(n_a n_b / (n_a + n_b))), with the range the bound gives.
 * - Wasserstein: W = integral |R_a - R_b| dx over the merged retained items; the rank bound over the
 *   joint range gives |W - W_true| <= (e_a + e_b) (max - min).
 */

import type { KllSketch } from '@modelgate/sketches';
import { kolmogorovSmirnovSf, ks2samp } from '@modelgate/stats';

export interface ApproximateStatistic {
  value: number;
  /** |value - the exact statistic on the rows| is at most this (99% confidence); 0 when exact. */
  bound: number;
  exact: boolean;
}

export interface SketchKs extends ApproximateStatistic {
  pValue: number;
  /** The p-values at value + bound and value - bound: the range the exact p-value lies in. */
  pValueRange: [number, number];
}

function isExact(sketch: KllSketch): boolean {
  return !sketch.isEstimationMode();
}

function retainedItems(sketch: KllSketch): Float64Array {
  return sketch.items.slice(sketch.levels[0], sketch.levels[sketch.numLevels]);
}

/** The points where either CDF steps: every retained item of both sketches, sorted and distinct. */
function stepPoints(a: KllSketch, b: KllSketch): Float64Array {
  const points = new Float64Array(a.retained() + b.retained());
  points.set(retainedItems(a));
  points.set(retainedItems(b), a.retained());
  points.sort();
  let distinct = 0;
  for (let i = 0; i < points.length; i++)
    if (i === 0 || points[i] !== points[distinct - 1]) points[distinct++] = points[i];
  return points.subarray(0, distinct);
}

/** Inclusive ranks of sorted `points` in a sketch, by one walk over its sorted view. */
function ranksAt(sketch: KllSketch, points: Float64Array): Float64Array {
  const { items, cumulative } = sketch.sortedView();
  const ranks = new Float64Array(points.length);
  let j = 0;
  for (let i = 0; i < points.length; i++) {
    while (j < items.length && items[j] <= points[i]) j++;
    ranks[i] = j === 0 ? 0 : cumulative[j - 1] / sketch.n;
  }
  return ranks;
}

function requireValues(a: KllSketch, b: KllSketch, what: string): void {
  if (a.isEmpty() || b.isEmpty())
    throw new RangeError(`${what} needs values on both sides; a sketch is empty`);
}

export function ksFromSketches(a: KllSketch, b: KllSketch): SketchKs {
  requireValues(a, b, 'a KS test');
  if (isExact(a) && isExact(b)) {
    const exact = ks2samp(retainedItems(a), retainedItems(b));
    return {
      value: exact.statistic,
      bound: 0,
      exact: true,
      pValue: exact.pValue,
      pValueRange: [exact.pValue, exact.pValue],
    };
  }
  const points = stepPoints(a, b);
  const ra = ranksAt(a, points);
  const rb = ranksAt(b, points);
  let d = 0;
  for (let i = 0; i < points.length; i++) d = Math.max(d, Math.abs(ra[i] - rb[i]));
  const bound = (isExact(a) ? 0 : a.rankError()) + (isExact(b) ? 0 : b.rankError());
  const n = Math.max(1, Math.round((a.n * b.n) / (a.n + b.n)));
  const sf = (x: number) => kolmogorovSmirnovSf(Math.min(1, Math.max(0, x)), n);
  return { value: d, bound, exact: false, pValue: sf(d), pValueRange: [sf(d + bound), sf(d - bound)] };
}

export function wassersteinFromSketches(a: KllSketch, b: KllSketch): ApproximateStatistic {
  requireValues(a, b, 'a Wasserstein distance');
  const points = stepPoints(a, b);
  const ra = ranksAt(a, points);
  const rb = ranksAt(b, points);
  let sum = 0;
  for (let i = 0; i + 1 < points.length; i++) sum += Math.abs(ra[i] - rb[i]) * (points[i + 1] - points[i]);
  const exact = isExact(a) && isExact(b);
  const range = Math.max(a.max, b.max) - Math.min(a.min, b.min);
  const bound = exact ? 0 : ((isExact(a) ? 0 : a.rankError()) + (isExact(b) ? 0 : b.rankError())) * range;
  return { value: sum, bound, exact };
}
