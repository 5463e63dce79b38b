import { normalSf } from './normal.ts';
import { ascending, type SortedOption } from './sample.ts';

export type Alternative = 'two-sided' | 'less' | 'greater';

export interface MannWhitneyOptions extends SortedOption {
  /** 'greater': x tends to exceed y; 'less': the reverse (default 'two-sided'). */
  alternative?: Alternative;
  /**
   * 'auto' (default): exact when min(n1, n2) <= 8 and there are no ties, else asymptotic — the rule of the
   * scipy this is checked against (1.10). 'exact' ignores ties, as scipy does.
   */
  method?: 'auto' | 'exact' | 'asymptotic';
  /** Continuity correction of 0.5 in the normal approximation (default true). */
  useContinuity?: boolean;
}

export interface MannWhitneyResult {
  /** U1 = R1 - n1(n1 + 1)/2, the Mann-Whitney statistic of x (whatever the alternative). */
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** Above this many steps the exact distribution is refused rather than left running for minutes. */
const MAX_EXACT_WORK = 1e9;

/**
 * Mann-Whitney U test (Wilcoxon rank-sum), scipy.stats.mannwhitneyu(x, y, use_continuity, alternative,
 * method). R1 is the sum of x's ranks in the pooled sample (ties get the average rank), U1 = R1 - n1(n1+1)/2,
 * U2 = n1 n2 - U1. The p-value uses U = U1 ('greater'), U2 ('less') or max(U1, U2) doubled ('two-sided'):
 * - exact: P(U' >= U) from the null distribution of U (see mannWhitneyCdf);
 * - asymptotic: z = (U - n1 n2/2 - 0.5) / s with s^2 = n1 n2/12 ((n + 1) - sum(t^3 - t)/(n(n - 1))), the
 *   sum over groups of t tied values, and p = P(Z >= z); the 0.5 is dropped without continuity correction.
 * Ranks come from one merge of the sorted samples, so 1e6-row samples cost two sorts.
 *
 * Edge cases: when every value is tied (s = 0) the samples cannot be told apart and p = 1 (scipy gives 1
 * with continuity correction and NaN without). Empty samples, NaN, or an exact request whose
 * distribution would take more than ~1e9 steps throw a RangeError.
 */
export function mannWhitneyU(
  x: Float64Array,
  y: Float64Array,
  options: MannWhitneyOptions = {},
): MannWhitneyResult {
  const alternative = options.alternative ?? 'two-sided';
  const requested = options.method ?? 'auto';
  const useContinuity = options.useContinuity ?? true;
  if (alternative !== 'two-sided' && alternative !== 'less' && alternative !== 'greater') {
    throw new RangeError(
      `mannWhitneyU: alternative must be 'two-sided', 'less' or 'greater', got '${alternative}'`,
    );
  }
  if (requested !== 'auto' && requested !== 'exact' && requested !== 'asymptotic') {
    throw new RangeError(`mannWhitneyU: method must be 'auto', 'exact' or 'asymptotic', got '${requested}'`);
  }
  const xs = ascending(x, 'mannWhitneyU', 'sample x', options.sorted);
  const ys = ascending(y, 'mannWhitneyU', 'sample y', options.sorted);
  const n1 = xs.length;
  const n2 = ys.length;
  const { rankSumX, tieTerm } = pooledRanks(xs, ys);

  let method: 'exact' | 'asymptotic';
  if (requested === 'auto') method = (n1 > 8 && n2 > 8) || tieTerm > 0 ? 'asymptotic' : 'exact';
  else method = requested;

  const u1 = rankSumX - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
  const factor = alternative === 'two-sided' ? 2 : 1;

  let p: number;
  if (method === 'exact') {
    // P(U >= u) = P(U <= n1 n2 - u) by the symmetry of U's null distribution.
    p = mannWhitneyCdf(n1 * n2 - Math.trunc(u), n1, n2);
  } else {
    const n = n1 + n2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    p = s > 0 ? normalSf((u - (n1 * n2) / 2 - (useContinuity ? 0.5 : 0)) / s) : 1;
  }
  return { statistic: u1, pValue: Math.min(Math.max(p * factor, 0), 1), method };
}

/**
 * Sum of x's average ranks in the pooled sample and the tie term sum(t^3 - t) over groups of t equal
 * values, by one merge of the two sorted samples.
 */
export function pooledRanks(xs: Float64Array, ys: Float64Array): { rankSumX: number; tieTerm: number } {
  let i = 0;
  let j = 0;
  let before = 0;
  let rankSumX = 0;
  let tieTerm = 0;
  while (i < xs.length || j < ys.length) {
    const v = i < xs.length && (j >= ys.length || xs[i] <= ys[j]) ? xs[i] : ys[j];
    const i0 = i;
    const j0 = j;
    while (i < xs.length && xs[i] <= v) i++;
    while (j < ys.length && ys[j] <= v) j++;
    const t = i - i0 + (j - j0);
    // Ranks before + 1 .. before + t share their average.
    rankSumX += (i - i0) * (before + (t + 1) / 2);
    tieTerm += t * t * t - t;
    before += t;
  }
  return { rankSumX, tieTerm };
}

/**
 * P(U <= k) under the null hypothesis for samples of sizes m and n without ties. The number of
 * arrangements with U = k is the coefficient of q^k in the Gaussian binomial [m+n choose m]_q, built as
 * prod_{i=1..s} (1 - q^(L+i)) / (1 - q^i) for s = min(m, n), L = max(m, n); each step is divided by
 * C(L+i, i) / C(L+i-1, i-1) so the array always holds probabilities and never overflows. O(s k) time.
 */
export function mannWhitneyCdf(k: number, m: number, n: number): number {
  const total = m * n;
  if (k < 0) return 0;
  if (k >= total) return 1;
  if (k > total / 2) return 1 - mannWhitneyCdf(total - k - 1, m, n);
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  if (small * (k + 1) > MAX_EXACT_WORK) {
    throw new RangeError(
      `mannWhitneyU: the exact distribution for sizes ${m} and ${n} is too costly; use method 'asymptotic'`,
    );
  }
  const pmf = new Float64Array(k + 1);
  pmf[0] = 1;
  for (let i = 1; i <= small; i++) {
    for (let t = i; t <= k; t++) pmf[t] += pmf[t - i];
    for (let t = k; t >= large + i; t--) pmf[t] -= pmf[t - large - i];
    const scale = i / (large + i);
    for (let t = 0; t <= k; t++) pmf[t] *= scale;
  }
  let cdf = 0;
  for (let t = 0; t <= k; t++) cdf += pmf[t];
  return Math.min(cdf, 1);
}
