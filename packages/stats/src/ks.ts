import { kolmogorovSmirnovSf } from './kolmogorov.ts';
import { exactTwoSidedPValue, roundHalfEven } from './ks-exact.ts';
import { ascending, type SortedOption } from './sample.ts';

export interface Ks2sampOptions extends SortedOption {
  /**
   * How the p-value is computed. `auto` (default) is exact when max(n1, n2) <= 10000, else asymptotic —
   * scipy's rule. `exact` switches to asymptotic when lcm(n1, n2) does not fit in an int32, as scipy does.
   */
  method?: 'auto' | 'exact' | 'asymp';
}

export interface Ks2sampResult {
  /** D = sup_x |F_a(x) - F_b(x)|, the largest gap between the two empirical CDFs. */
  statistic: number;
  pValue: number;
  /** The method that produced the p-value (after any fallback). */
  method: 'exact' | 'asymp';
}

/** Largest max(n1, n2) for which `auto` computes the exact p-value (scipy's MAX_AUTO_N). */
const MAX_AUTO_N = 10_000;
const INT32_MAX = 2 ** 31 - 1;

/**
 * Two-sided two-sample Kolmogorov-Smirnov test, agreeing with scipy.stats.ks_2samp(a, b) (method auto).
 *
 * Statistic: D = max over all observed x of |F_a(x) - F_b(x)| with right-continuous empirical CDFs, so
 * ties (within and across samples) are handled by evaluating both CDFs after each run of equal values.
 * Computed by one merge over the two sorted samples.
 *
 * p-value:
 * - exact: P(D >= d) by counting lattice paths (see ks-exact.ts); d is snapped to a multiple of
 *   1/lcm(n1, n2) and that snapped value is reported as the statistic, as scipy does. When rounding
 *   pushes the exact probability outside [0, 1] (it can for equal sizes and small d), scipy warns and
 *   uses the asymptotic value; so does this.
 * - asymp: kstwo.sf(d, round(n1*n2 / (n1 + n2))), the exact one-sample distribution at the effective size
 *   (see kolmogorov.ts). Rounding is half-to-even like numpy's. One deviation: with n1 = n2 = 1 the
 *   effective size rounds to 0 and scipy returns NaN; here it is taken as 1.
 *
 * Edge cases: an empty sample or one holding NaN throws a RangeError. Identical samples give D = 0, p = 1;
 * samples with disjoint ranges give D = 1.
 */
export function ks2samp(a: Float64Array, b: Float64Array, options: Ks2sampOptions = {}): Ks2sampResult {
  const method = options.method ?? 'auto';
  if (method !== 'auto' && method !== 'exact' && method !== 'asymp') {
    throw new RangeError(`ks2samp: method must be 'auto', 'exact' or 'asymp', got '${String(method)}'`);
  }
  const x = ascending(a, 'ks2samp', 'sample a', options.sorted);
  const y = ascending(b, 'ks2samp', 'sample b', options.sorted);
  const n1 = x.length;
  const n2 = y.length;
  let statistic = ksStatistic(x, y);

  const g = gcd(n1, n2);
  let mode: 'exact' | 'asymp' =
    method === 'auto' ? (Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp') : method;
  if (method === 'exact' && n1 / g >= INT32_MAX / (n2 / g)) mode = 'asymp';

  let pValue = Number.NaN;
  if (mode === 'exact') {
    const exact = exactTwoSidedPValue(n1, n2, g, statistic);
    statistic = exact.statistic;
    if (exact.ok) pValue = exact.pValue;
    else mode = 'asymp';
  }
  if (mode === 'asymp') {
    const effectiveSize = Math.max(1, roundHalfEven((n1 * n2) / (n1 + n2)));
    pValue = kolmogorovSmirnovSf(statistic, effectiveSize);
  }
  return { statistic, pValue: Math.min(Math.max(pValue, 0), 1), method: mode };
}

/**
 * sup |F_x - F_y| over the sorted samples. Each gap is computed as i/n1 - j/n2, the same floating-point
 * operations scipy performs, so the statistic matches it bit for bit; the larger of the most positive and
 * the most negative gap wins (the positive one on a tie).
 */
function ksStatistic(x: Float64Array, y: Float64Array): number {
  const n1 = x.length;
  const n2 = y.length;
  let i = 0;
  let j = 0;
  let maxGap = 0;
  let minGap = 0;
  while (i < n1 || j < n2) {
    const v = i < n1 && (j >= n2 || x[i] <= y[j]) ? x[i] : y[j];
    while (i < n1 && x[i] <= v) i++;
    while (j < n2 && y[j] <= v) j++;
    const gap = i / n1 - j / n2;
    if (gap > maxGap) maxGap = gap;
    if (gap < minGap) minGap = gap;
  }
  return Math.max(Math.min(-minGap, 1), maxGap);
}

function gcd(a: number, b: number): number {
  let p = a;
  let q = b;
  while (q !== 0) [p, q] = [q, p % q];
  return p;
}
