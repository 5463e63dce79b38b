import { ascending, type SortedOption } from './sample.ts';

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
  const scale = powerOfTwoScale(x, y);
  // Infinity only when the distance itself exceeds the largest double (all mass moved across ±1e308).
  return scaledDistance(x, y, scale) * scale;
}

/** The distance between sorted x and y with every value divided by `scale` (see powerOfTwoScale). */
function scaledDistance(x: Float64Array, y: Float64Array, scale: number): number {
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
    // Scaled before subtracting: next - v overflows when the values straddle ±1e308.
    const term = Math.abs(i / n1 - j / n2) * (next / scale - v / scale);
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
 *
 * Both W and the standard deviation are computed on the values divided by one power of two (their scale
 * cancels in the ratio), so the figure stays finite for any finite values: unscaled, the squared
 * deviations overflow beyond about 1e154 and the ratio became NaN (numpy.std overflows there too).
 */
export function normedWasserstein(
  reference: Float64Array,
  current: Float64Array,
  options: SortedOption = {},
): number {
  const x = ascending(reference, 'wassersteinDistance', 'sample a', options.sorted);
  const y = ascending(current, 'wassersteinDistance', 'sample b', options.sorted);
  const scale = powerOfTwoScale(x, y);
  const distance = scaledDistance(x, y, scale);
  return distance / Math.max(populationStd(x, scale), NORMED_WASSERSTEIN_MIN_STD / scale);
}

/**
 * A power of two that brings the largest |value| of the sorted samples to [1, 2), so that differences and
 * squares of scaled values cannot overflow. Dividing by a power of two is exact (short of values so much
 * smaller than the largest that they become subnormal, which cannot move a sum the largest dominates),
 * so on ordinary data every result is bit for bit the unscaled one.
 */
function powerOfTwoScale(...samples: Float64Array[]): number {
  let largest = 0;
  for (const s of samples) largest = Math.max(largest, Math.abs(s[0]), Math.abs(s[s.length - 1]));
  if (!(largest > 0 && Number.isFinite(largest))) return 1;
  return 2 ** Math.min(Math.max(Math.floor(Math.log2(largest)), -1022), 1023);
}

/**
 * sqrt(mean((x - mean(x))^2)) of values / scale, numpy.std with ddof = 0, by two passes. Written here
 * rather than taken from simple-statistics because that takes number[] and a 1e6-row Float64Array would
 * need copying.
 */
function populationStd(values: Float64Array, scale: number): number {
  let total = 0;
  let totalCarry = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] / scale;
    const t = total + v;
    totalCarry += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
  }
  const mean = (total + totalCarry) / values.length;
  let squares = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] / scale - mean;
    const term = deviation * deviation;
    const t = squares + term;
    carry += squares >= term ? squares - t + term : term - t + squares;
    squares = t;
  }
  return Math.sqrt((squares + carry) / values.length);
}
