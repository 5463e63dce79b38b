import { ascending, compensatedSum, type SortedOption } from './sample.ts';

/**
 * First Wasserstein (earth mover's) distance between the empirical distributions of two samples,
 * scipy.stats.wasserstein_distance(a, b) without weights:
 *   W = integral |F_a(x) - F_b(x)| dx = sum_k |F_a(v_k) - F_b(v_k)| (v_{k+1} - v_k)
 * over the sorted distinct values v_k of both samples. One merge over the sorted samples; the sum is
 * compensated. Same units as the data. Empty samples or NaN throw a RangeError.
 */
export function wassersteinDistance(a: Float64Array, b: Float64Array, options: SortedOption = {}): number {
  const x = ascending(a, 'wassersteinDistance', 'sample a', options.sorted);
  const y = ascending(b, 'wassersteinDistance', 'sample b', options.sorted);
  const n1 = x.length;
  const n2 = y.length;
  let sum = 0;
  let carry = 0;
  let i = 0;
  let j = 0;
  let v = Math.min(x[0], y[0]);
  while (i < n1 || j < n2) {
    while (i < n1 && x[i] <= v) i++;
    while (j < n2 && y[j] <= v) j++;
    if (i === n1 && j === n2) break;
    const next = i < n1 && (j >= n2 || x[i] <= y[j]) ? x[i] : y[j];
    const term = Math.abs(i / n1 - j / n2) * (next - v);
    const t = sum + term;
    carry += sum >= term ? sum - t + term : term - t + sum;
    sum = t;
    v = next;
  }
  return sum + carry;
}

/** Floor on the reference's standard deviation in normedWasserstein (Evidently's constant). */
export const NORMED_WASSERSTEIN_MIN_STD = 0.001;

/**
 * Wasserstein distance in units of the reference's spread, as Evidently's "wasserstein" drift test:
 *   W(reference, current) / max(std(reference), 0.001)
 * with the population standard deviation (ddof = 0). The floor keeps a constant or near-constant reference
 * from dividing by zero; the price is that such a reference makes the figure scale-dependent (a shift of
 * 0.01 in a constant column reads as 10). Evidently flags drift at >= 0.1.
 */
export function normedWasserstein(
  reference: Float64Array,
  current: Float64Array,
  options: SortedOption = {},
): number {
  const distance = wassersteinDistance(reference, current, options);
  return distance / Math.max(populationStd(reference), NORMED_WASSERSTEIN_MIN_STD);
}

/**
 * sqrt(mean((x - mean(x))^2)), numpy.std with ddof = 0, by two passes. Written here rather than taken
 * from simple-statistics because that takes number[] and a 1e6-row Float64Array would need copying.
 */
function populationStd(values: Float64Array): number {
  const mean = compensatedSum(values) / values.length;
  let squares = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] - mean;
    const term = deviation * deviation;
    const t = squares + term;
    carry += squares >= term ? squares - t + term : term - t + squares;
    squares = t;
  }
  return Math.sqrt((squares + carry) / values.length);
}
