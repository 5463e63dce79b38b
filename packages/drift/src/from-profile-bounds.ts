/**
 * Intervals that hold the PSI and the Jensen-Shannon distance the rows would give, when a side is known
 * only by its profile's pseudo-sample (a KLL sketch's CDF, within `error` of the rows' CDF at every point,
 * 99% confidence; see packages/profile/src/pseudo-sample.ts).
 *
 * Derivation. A side's share below any point x, S(x) = #(v < x) / n, is within e of the pseudo-sample's
 * Ŝ(x) (the sketch bound holds for exclusive and inclusive ranks alike). A bin [a, b) holds
 * S(b) - S(a), so its mass lies in [Ŝ(b) - Ŝ(a) - 2e, Ŝ(b) - Ŝ(a) + 2e] cut to [0, 1].
 * - Jensen-Shannon: the bins (numpy's 'sturges' edges) depend only on the min, max and count, which a
 *   profile holds exactly, so they are the rows' bins and only the masses move.
 * - PSI: its inner edges are the reference's linear-interpolated quantiles q_i at levels i / bins, which
 *   the sketch does not know exactly. q_i lies between the order statistics v_(k), v_(k+1) of the rows
 *   (k = floor(p (n - 1))), so (k + 1) / n sits between S(q_i) and its inclusive twin; with the sketch's
 *   error that puts q_i in [L_i, U_i] = the pseudo-sample's quantiles at (k + 1) / n -/+ e. S is
 *   monotone, so each side's share below q_i lies in [Ŝ(L_i) - e, Ŝ(U_i) + e].
 * Each term of either statistic, f(r, c) with r, c the two sides' masses ((c - r) ln(c / r) for PSI, the
 * two relative-entropy terms against the mean for JS), is jointly convex, zero where r = c and grows as
 * r and c move apart; over a box of masses its maximum is at a corner and its minimum is 0 when the two
 * ranges overlap, else at the corner nearest the diagonal. Summing the terms' extremes gives an interval
 * that holds the rows' statistic (wider than the tightest, since it does not use that masses sum to 1).
 * Reference quantiles that may coincide would merge bins in the rows' PSI, which only lowers it (each
 * term is a perspective function, so subadditive): the lower end is then 0.
 */

import {
  addValue,
  emptyMoments,
  NORMED_WASSERSTEIN_MIN_STD,
  populationStdOf,
  wassersteinDistance,
} from '@modelgate/stats';
import { BINNED_ABOVE, distinctAbove, type MethodSettings, sharedEdges } from './methods.ts';
import type { NumericProfile } from './profile.ts';

/** A side of the comparison: its sorted values (exact rows or a pseudo-sample) and its CDF error. */
export interface BoundedSample {
  sorted: Float64Array;
  /** |S(x) - Ŝ(x)| <= error at every x; 0 for rows. */
  error: number;
}

export interface Interval {
  low: number;
  high: number;
}

/** #(v < x) / n on a sorted sample. */
function shareBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}

/** #(v <= x) / n on a sorted sample. */
function shareAtOrBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** The range of a term f over r in [r0, r1], c in [c0, c1] (see the module comment). */
function termRange(f: (r: number, c: number) => number, r0: number, r1: number, c0: number, c1: number) {
  const high = Math.max(f(r0, c0), f(r0, c1), f(r1, c0), f(r1, c1));
  let low = 0;
  if (c1 < r0) low = f(r0, c1);
  else if (c0 > r1) low = f(r1, c0);
  return { low, high };
}

/** Interval of a sum of per-bin terms, from each side's share below every edge as an interval. */
function sumOverBins(
  below: { ref: [number, number]; cur: [number, number] }[],
  f: (r: number, c: number) => number,
): Interval {
  let low = 0;
  let high = 0;
  for (let i = 0; i + 1 < below.length; i++) {
    const [a, b] = [below[i], below[i + 1]];
    const r0 = clamp(b.ref[0] - a.ref[1]);
    const r1 = clamp(b.ref[1] - a.ref[0]);
    const c0 = clamp(b.cur[0] - a.cur[1]);
    const c1 = clamp(b.cur[1] - a.cur[0]);
    const term = termRange(f, r0, Math.max(r0, r1), c0, Math.max(c0, c1));
    low += term.low;
    high += term.high;
  }
  return { low, high };
}

/**
 * The interval holding the PSI of the rows (stats' `psi`: `bins` reference-quantile bins, shares floored
 * at `epsilon`), given each side's sample and CDF error; `referenceCount` is the rows' count (the
 * profile's), which fixes the quantiles' order statistics.
 */
export function psiInterval(
  reference: BoundedSample,
  current: BoundedSample,
  referenceCount: number,
  bins = 10,
  epsilon = 1e-4,
): Interval {
  const e = reference.error;
  const s = reference.sorted;
  const m = s.length;
  const below: { ref: [number, number]; cur: [number, number] }[] = [{ ref: [0, 0], cur: [0, 0] }];
  let mayMerge = false;
  let lastHigh = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < bins; i++) {
    const k = Math.floor((i / bins) * (referenceCount - 1));
    const level = (k + 1) / referenceCount;
    const lowAt = Math.ceil(m * (level - e)) - 1;
    const highAt = Math.floor(m * (level + e));
    const low = lowAt < 0 ? Number.NEGATIVE_INFINITY : s[Math.min(m - 1, lowAt)];
    const high = highAt >= m ? Number.POSITIVE_INFINITY : s[highAt];
    if (low <= lastHigh) mayMerge = true;
    lastHigh = high;
    const side = (sample: BoundedSample): [number, number] => [
      clamp((low === Number.NEGATIVE_INFINITY ? 0 : shareBelow(sample.sorted, low)) - sample.error),
      clamp((high === Number.POSITIVE_INFINITY ? 1 : shareAtOrBelow(sample.sorted, high)) + sample.error),
    ];
    below.push({ ref: side(reference), cur: side(current) });
  }
  below.push({ ref: [1, 1], cur: [1, 1] });
  const interval = sumOverBins(below, (r, c) => {
    const rf = Math.max(r, epsilon);
    const cf = Math.max(c, epsilon);
    return (cf - rf) * Math.log(cf / rf);
  });
  return mayMerge ? { low: 0, high: interval.high } : interval;
}

const entropyTerm = (x: number, mean: number) => (x > 0 ? x * Math.log(x / mean) : 0);

/**
 * The interval holding the Jensen-Shannon distance (log base `base`) between the rows' histograms on
 * `edges` (numpy.histogram bins: half-open, the last closed), given each side's sample and CDF error.
 */
export function jensenShannonInterval(
  reference: BoundedSample,
  current: BoundedSample,
  edges: ArrayLike<number>,
  base = 2,
): Interval {
  const last = edges.length - 1;
  const side = (sample: BoundedSample, i: number): [number, number] => {
    const share = i === last ? shareAtOrBelow(sample.sorted, edges[i]) : shareBelow(sample.sorted, edges[i]);
    return [clamp(share - sample.error), clamp(share + sample.error)];
  };
  const below = Array.from({ length: edges.length }, (_, i) => ({
    ref: side(reference, i),
    cur: side(current, i),
  }));
  const divergence = sumOverBins(below, (p, q) => {
    const mean = (p + q) / 2;
    return (entropyTerm(p, mean) + entropyTerm(q, mean)) / 2;
  });
  const distance = (d: number) => Math.sqrt(Math.max(0, d) / Math.log(base));
  return { low: distance(divergence.low), high: distance(divergence.high) };
}

/**
 * The interval holding the rows' statistic of a numeric column compared by PSI, Jensen-Shannon (on its
 * shared bins) or the normed Wasserstein distance, where a side is a sketch's pseudo-sample with CDF error
 * `errors[i]` (0 for rows); null for any other comparison, whose bound the column's note states in words.
 *
 * Wasserstein: W = ∫|F − G| over the line. A side's CDF is within e of its pseudo-sample's, and both are 0
 * below the rows' min and 1 above their max (a sketch keeps only values it saw), so W moves by at most
 * e · (max − min) per side. It is then divided, as normedWasserstein does, by the reference rows' exact
 * standard deviation (the profile's, not the pseudo-sample's).
 */
export function sketchedInterval(
  method: string,
  reference: NumericProfile,
  current: NumericProfile,
  errors: [number, number],
  settings: Pick<MethodSettings, 'psiBins' | 'jsBase'>,
): Interval | null {
  const sides: [BoundedSample, BoundedSample] = [
    { sorted: reference.sorted, error: errors[0] },
    { sorted: current.sorted, error: errors[1] },
  ];
  if (method === 'psi') {
    const count = reference.extent?.count ?? reference.sorted.length;
    return psiInterval(sides[0], sides[1], count, settings.psiBins);
  }
  if (method === 'wasserstein') {
    const spread = (side: NumericProfile, error: number) =>
      error === 0
        ? 0
        : error *
          ((side.extent?.max ?? side.sorted[side.sorted.length - 1]) - (side.extent?.min ?? side.sorted[0]));
    const slack = spread(reference, errors[0]) + spread(current, errors[1]);
    const distance = wassersteinDistance(reference.sorted, current.sorted, { sorted: true });
    const std = reference.extent?.std ?? populationStd(reference.sorted);
    const scale = Math.max(std, NORMED_WASSERSTEIN_MIN_STD);
    return { low: Math.max(0, distance - slack) / scale, high: (distance + slack) / scale };
  }
  if (method === 'jensen-shannon' && distinctAbove(reference, BINNED_ABOVE)) {
    return jensenShannonInterval(sides[0], sides[1], sharedEdges(reference, current), settings.jsBase);
  }
  return null;
}

function populationStd(values: Float64Array): number {
  const moments = emptyMoments();
  for (const v of values) addValue(moments, v);
  return populationStdOf(moments);
}
