import { normalised } from './sample.ts';

/**
 * Distances between two discrete distributions given as non-negative weights over the same categories
 * (counts or frequencies; each is divided by its own sum first). Both must have the same length, hold
 * finite non-negative values and have a positive sum; otherwise a RangeError names the problem.
 */

function pair(p: ArrayLike<number>, q: ArrayLike<number>, fn: string): [Float64Array, Float64Array] {
  if (p.length !== q.length) {
    throw new RangeError(`${fn}: p has ${p.length} categories but q has ${q.length}`);
  }
  return [normalised(p, fn, 'p'), normalised(q, fn, 'q')];
}

/** x ln(x / y) with the conventions 0 ln(0 / y) = 0 (scipy.special.rel_entr for the values used here). */
function relativeEntropyTerm(x: number, y: number): number {
  return x > 0 ? x * Math.log(x / y) : 0;
}

/**
 * Jensen-Shannon distance, scipy.spatial.distance.jensenshannon(p, q, base):
 *   m = (p + q) / 2,  JS = sqrt((KL(p || m) + KL(q || m)) / 2)
 * with KL in natural log by default, or divided by ln(base) when a base is given (base 2 bounds the
 * distance by 1; natural log by sqrt(ln 2) ~ 0.8326). 0 for identical distributions. A category absent
 * from one side is fine (m is positive wherever either side is).
 */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  if (base !== undefined && !(base > 0 && base !== 1 && Number.isFinite(base))) {
    throw new RangeError(`jensenShannon: base must be a positive number other than 1, got ${base}`);
  }
  const [pn, qn] = pair(p, q, 'jensenShannon');
  let left = 0;
  let right = 0;
  for (let i = 0; i < pn.length; i++) {
    const m = (pn[i] + qn[i]) / 2;
    left += relativeEntropyTerm(pn[i], m);
    right += relativeEntropyTerm(qn[i], m);
  }
  let divergence = left + right;
  if (base !== undefined) divergence /= Math.log(base);
  // Rounding can leave a hair below zero for near-identical inputs; the distance is then 0.
  return Math.sqrt(Math.max(divergence / 2, 0));
}

/**
 * Hellinger distance between the normalised distributions:
 *   H = sqrt(sum_i (sqrt(p_i) - sqrt(q_i))^2) / sqrt(2) = sqrt(1 - sum_i sqrt(p_i q_i)),
 * in [0, 1]: 0 for identical, 1 for disjoint supports. Evaluated in the first form, which does not cancel
 * for near-identical inputs (the second, via the Bhattacharyya coefficient, loses digits there).
 */
export function hellinger(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [pn, qn] = pair(p, q, 'hellinger');
  let sum = 0;
  for (let i = 0; i < pn.length; i++) sum += (Math.sqrt(pn[i]) - Math.sqrt(qn[i])) ** 2;
  return Math.sqrt(sum) / Math.SQRT2;
}

/**
 * L-infinity distance between the normalised distributions: max_i |p_i - q_i|, the largest change in any
 * one category's share (TFDV's categorical drift comparator). In [0, 1].
 */
export function lInfinity(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [pn, qn] = pair(p, q, 'lInfinity');
  let largest = 0;
  for (let i = 0; i < pn.length; i++) largest = Math.max(largest, Math.abs(pn[i] - qn[i]));
  return largest;
}
