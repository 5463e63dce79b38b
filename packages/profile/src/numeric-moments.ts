/**
 * A numeric column's count, mean and M2, kept so that a large common offset costs no precision.
 *
 * @modelgate/stats' Welford update rounds the running mean to a double: at 1.7e15 (epoch microseconds)
 * that is a quarter, and every deviation taken from it carries that error, so the standard deviation of
 * 1.7e15 + U(0, 100) came out 0.2% off. Here the mean is a pair, `moments.mean` (the double nearest the
 * mean, what every reader takes) and `meanLow` (what that double rounded off), so deviations are taken
 * from the mean to about twice a double's precision: a value near the mean minus `moments.mean` is exact
 * (Sterbenz), and only then is `meanLow` taken off. Chan's merge takes the shards' difference of means
 * the same way, so shards merge as precisely as the rows add up. M2 keeps its meaning (the sum of squared
 * deviations from the mean, in units of scale²), so the file stays readable by anything that ignores
 * `meanLow`.
 */

import { emptyMoments, type Moments, powerOfTwoAbove, rescaleMoments } from '@modelgate/stats';

export interface PreciseMoments {
  moments: Moments;
  /** The mean is moments.mean + meanLow; |meanLow| is at most half an ulp of moments.mean. */
  meanLow: number;
}

export function emptyPreciseMoments(): PreciseMoments {
  return { moments: emptyMoments(), meanLow: 0 };
}

/** a + b as the double nearest it and the exact rest (Knuth's TwoSum). */
function twoSum(a: number, b: number): [number, number] {
  const sum = a + b;
  const bPart = sum - a;
  return [sum, a - (sum - bPart) + (b - bPart)];
}

const SPLIT = 2 ** 27 + 1;

/** a × b as the double nearest it and the exact rest (Dekker's TwoProduct, with Veltkamp's split). */
function twoProduct(a: number, b: number): [number, number] {
  const product = a * b;
  const ca = SPLIT * a;
  const aHigh = ca - (ca - a);
  const aLow = a - aHigh;
  const cb = SPLIT * b;
  const bHigh = cb - (cb - b);
  const bLow = b - bHigh;
  return [product, aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow];
}

/** (high + low) / n as a double-double; n a count. */
function divide(high: number, low: number, n: number): [number, number] {
  const q = high / n;
  const [p, pLow] = twoProduct(q, n);
  return [q, (high - p - pLow + low) / n];
}

/**
 * Sets the mean to (mean + meanLow) / scale + step (all in units of `scale`): the double nearest it in
 * moments.mean, the rest in meanLow.
 */
function addToMean(p: PreciseMoments, scale: number, step: number, stepLow: number): void {
  const [sum, rest] = twoSum(p.moments.mean / scale, step);
  // TwoSum again, not the cheaper Fast2Sum: near a mean of 0 the rest may outweigh the sum.
  const [high, low] = twoSum(sum, rest + p.meanLow / scale + stepLow);
  p.moments.mean = high * scale;
  p.meanLow = low * scale;
}

/** Adds one finite value in place. */
export function addPrecise(p: PreciseMoments, value: number): void {
  const m = p.moments;
  if (Math.abs(value) > m.scale) rescaleMoments(m, powerOfTwoAbove(value));
  m.count++;
  const s = m.scale;
  // In units of the scale (a power of two, so exact), as nothing may overflow near ±1e308.
  const x = value / s;
  const [before, rest] = twoSum(x, -m.mean / s);
  const beforeLow = rest - p.meanLow / s;
  const [step, stepLow] = divide(before, beforeLow, m.count);
  addToMean(p, s, step, stepLow);
  m.m2 += (before + beforeLow) * (x - m.mean / s - p.meanLow / s);
  if (value < m.min) m.min = value;
  if (value > m.max) m.max = value;
}

/** The moments of the union of the samples behind `a` and `b` (Chan, Golub and LeVeque). */
export function mergePrecise(a: PreciseMoments, b: PreciseMoments): PreciseMoments {
  if (b.moments.count === 0) return { moments: { ...a.moments }, meanLow: a.meanLow };
  if (a.moments.count === 0) return { moments: { ...b.moments }, meanLow: b.meanLow };
  const scale = Math.max(a.moments.scale, b.moments.scale);
  const left = { ...a.moments };
  const right = { ...b.moments };
  rescaleMoments(left, scale);
  rescaleMoments(right, scale);
  const count = left.count + right.count;
  const [d, rest] = twoSum(right.mean / scale, -left.mean / scale);
  const dLow = rest + (b.meanLow / scale - a.meanLow / scale);
  const [shift, shiftRest] = twoProduct(d, right.count);
  const [step, stepLow] = divide(shift, shiftRest + dLow * right.count, count);
  const delta = d + dLow;
  const merged: PreciseMoments = {
    moments: {
      count,
      mean: left.mean,
      m2: left.m2 + right.m2 + delta * delta * ((left.count * right.count) / count),
      scale,
      min: Math.min(left.min, right.min),
      max: Math.max(left.max, right.max),
    },
    meanLow: a.meanLow,
  };
  addToMean(merged, scale, step, stepLow);
  return merged;
}
