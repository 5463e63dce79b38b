/**
 * Quantiles with numpy's default 'linear' method (Hyndman & Fan type 7).
 *
 * simple-statistics' quantileSorted uses the same definition but interpolates as a + t(b - a) everywhere,
 * while numpy switches to b - (1 - t)(b - a) for t >= 0.5. The two differ in the last bit, and PSI bins
 * are the *unique* quantiles of the reference, so a last-bit difference can merge or split a bin; this
 * module reproduces numpy's arithmetic exactly instead.
 */

/**
 * The p-quantile of an ascending, non-empty sample: with h = (n - 1) p, i = floor(h), t = h - i,
 * q = x[i] + t (x[i+1] - x[i]) for t < 0.5 and x[i+1] - (1 - t)(x[i+1] - x[i]) otherwise; p = 1 gives
 * the maximum. Throws a RangeError for an empty sample or p outside [0, 1].
 */
export function quantile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile: the sample is empty');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
  const position = (n - 1) * p;
  if (position >= n - 1) return sorted[n - 1];
  const below = Math.floor(position);
  const t = position - below;
  const a = sorted[below];
  const b = sorted[below + 1];
  const gap = b - a;
  return t >= 0.5 ? b - gap * (1 - t) : a + gap * t;
}

/**
 * n evenly spaced numbers from start to stop inclusive, computed as numpy.linspace does
 * (start + i * step, the last one set to stop), so that edges and quantile levels match it bit for bit.
 */
export function linspace(start: number, stop: number, n: number): number[] {
  if (n === 1) return [start];
  const div = n - 1;
  const delta = stop - start;
  const step = delta / div;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(step === 0 ? (i / div) * delta + start : i * step + start);
  out[n - 1] = stop;
  return out;
}
