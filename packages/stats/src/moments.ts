/**
 * Count, mean and M2 (the sum of squared deviations from the mean) of a sample, built value by value
 * (Welford) and merged across parts (Chan, Golub and LeVeque 1979):
 *   n = na + nb,  delta = mean_b - mean_a,  mean = mean_a + delta * nb / n,
 *   M2 = M2_a + M2_b + delta^2 * na * nb / n.
 * The variance is M2 / n (population, ddof 0) or M2 / (n - 1) (sample). Deviations are taken in units of
 * a power of two at least the largest magnitude seen (`scale`), and m2 is kept in units of scale^2, so
 * neither a difference nor a square overflows for data near ±1e308.
 */

export interface Moments {
  count: number;
  mean: number;
  /** Sum of squared deviations from the mean, divided by scale^2. */
  m2: number;
  /** A power of two >= every |value| seen (1 while they are small), so m2 cannot overflow. */
  scale: number;
  min: number;
  max: number;
}

export function emptyMoments(): Moments {
  return { count: 0, mean: 0, m2: 0, scale: 1, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
}

/** A power of two near |value| (at most 2^1023, so it stays finite): |value| / it is at most 2. */
export function powerOfTwoAbove(value: number): number {
  return 2 ** Math.min(1023, Math.ceil(Math.log2(Math.abs(value))));
}

/** Brings `m` to a larger power-of-two `scale` (M2 is held in units of scale²). */
export function rescaleMoments(m: Moments, scale: number): void {
  if (scale <= m.scale) return;
  const ratio = m.scale / scale;
  m.m2 *= ratio * ratio;
  m.scale = scale;
}

/** Adds one finite value to `m` in place. */
export function addValue(m: Moments, value: number): void {
  if (Math.abs(value) > m.scale) rescaleMoments(m, powerOfTwoAbove(value));
  m.count++;
  const s = m.scale;
  // Deviations are taken in scaled units: value - mean itself can overflow near ±1e308.
  const before = value / s - m.mean / s;
  m.mean += (before / m.count) * s;
  m.m2 += before * (value / s - m.mean / s);
  if (value < m.min) m.min = value;
  if (value > m.max) m.max = value;
}

/** The moments of the union of the samples behind `a` and `b`. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (b.count === 0) return { ...a };
  if (a.count === 0) return { ...b };
  const scale = Math.max(a.scale, b.scale);
  const left = { ...a };
  const right = { ...b };
  rescaleMoments(left, scale);
  rescaleMoments(right, scale);
  const count = a.count + b.count;
  const d = b.mean / scale - a.mean / scale;
  const mean = a.mean + d * (b.count / count) * scale;
  const m2 = left.m2 + right.m2 + d * d * ((a.count * b.count) / count);
  return { count, mean, m2, scale, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

/** Population variance (M2 / n); NaN for an empty sample. Infinity only when the true variance overflows. */
export function populationVariance(m: Moments): number {
  return m.count === 0 ? Number.NaN : (m.m2 / m.count) * m.scale * m.scale;
}

/** Population standard deviation, computed without overflowing where the deviation itself is finite. */
export function populationStdOf(m: Moments): number {
  return m.count === 0 ? Number.NaN : Math.sqrt(m.m2 / m.count) * m.scale;
}
