/**
 * KLL's level capacities, as Apache DataSketches computes them (kll_helper): level h of a sketch with L
 * levels holds at most max(m, round(k * (2/3)^(L - h - 1))) items, the rounding done in exact integer
 * arithmetic so that every implementation agrees on the same layout.
 */

const DEPTH_LIMIT = 30;

/** round(k * (2/3)^depth) for depth <= 30, exactly as ((2k << depth) / 3^depth + 1) >> 1 in 64-bit integers. */
function capacityAtDepthSmall(k: number, depth: number): number {
  const twiceK = BigInt(k) << 1n;
  const scaled = (twiceK << BigInt(depth)) / 3n ** BigInt(depth);
  return Number((scaled + 1n) >> 1n);
}

function capacityAtDepth(k: number, depth: number): number {
  if (depth <= DEPTH_LIMIT) return capacityAtDepthSmall(k, depth);
  const half = Math.floor(depth / 2);
  return capacityAtDepthSmall(capacityAtDepthSmall(k, half), depth - half);
}

/** Capacity of level `height` (0 = bottom) in a sketch of `numLevels` levels. */
export function levelCapacity(k: number, numLevels: number, height: number, m: number): number {
  return Math.max(m, capacityAtDepth(k, numLevels - height - 1));
}

/** Total item slots of a sketch with `numLevels` levels: the sum of its level capacities. */
export function totalCapacity(k: number, m: number, numLevels: number): number {
  let total = 0;
  for (let h = 0; h < numLevels; h++) total += levelCapacity(k, numLevels, h, m);
  return total;
}

/**
 * The normalised rank error of a KLL sketch at 99% confidence (DataSketches' empirical fit): for a
 * single rank (or CDF) query, and for the PMF (a difference of two ranks).
 */
export function normalizedRankError(k: number, pmf: boolean): number {
  return pmf ? 2.446 / k ** 0.9433 : 2.296 / k ** 0.9723;
}
