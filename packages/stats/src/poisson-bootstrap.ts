/**
 * The Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012, "Estimating uncertainty for
 * massive data streams"): instead of drawing n rows with replacement, every row gets its own weight
 * w ~ Poisson(1) per resample. A multinomial resample's row counts are Binomial(n, 1/n) each, which tend to
 * Poisson(1) as n grows, so the two bootstraps agree for all but tiny samples; the Poisson one needs no
 * n up front and no second pass, so it runs on a stream of rows and keeps only the weighted sums each
 * statistic needs: O(groups × resamples) memory, whatever the rows.
 */

import { nextUniform, type RandomState, randomState } from './random.ts';

// P(Poisson(1) <= k) for k = 0, 1, ...; past the end (probability < 1e-16) the draw stops at its length.
const POISSON_ONE_CDF: Float64Array = (() => {
  const cdf: number[] = [];
  let term = Math.exp(-1);
  let sum = 0;
  for (let k = 0; k < 18; k++) {
    sum += term;
    cdf.push(sum);
    term /= k + 1;
  }
  return Float64Array.from(cdf);
})();

/** One Poisson(1) draw from `g` by inversion (one uniform per draw, so draws are reproducible). */
export function poissonOne(g: RandomState): number {
  const u = nextUniform(g);
  let k = 0;
  while (k < POISSON_ONE_CDF.length && u >= POISSON_ONE_CDF[k]) k++;
  return k;
}

/** Fills `weights` with independent Poisson(1) draws from `g` (one resample's row weights). */
export function poissonWeights(g: RandomState, weights: Uint32Array): void {
  for (let i = 0; i < weights.length; i++) weights[i] = poissonOne(g);
}

/**
 * Weighted sums per group and resample, fed one row at a time: for resample b and group g it holds
 * Σw (at offset 0) and Σw·x_j for each of the row's `width` values x_j, with w ~ Poisson(1) drawn afresh
 * per row and resample from one generator seeded by `seed`. Rows must come in a fixed order for the
 * sums to be reproducible (the chunking of the rows does not matter).
 */
export class PoissonBootstrapSums {
  readonly resamples: number;
  readonly width: number;
  private readonly random: RandomState;
  private readonly groups: Float64Array[] = [];

  constructor(resamples: number, width: number, seed: number) {
    if (!(Number.isInteger(resamples) && resamples > 0))
      throw new RangeError(`PoissonBootstrapSums: resamples must be a positive integer, got ${resamples}`);
    this.resamples = resamples;
    this.width = width;
    this.random = randomState(seed);
  }

  /** Adds one row of `width` values to group `group` (groups are numbered from 0, in any order). */
  add(group: number, values: ArrayLike<number>): void {
    while (this.groups.length <= group) this.groups.push(new Float64Array(this.resamples * (this.width + 1)));
    const sums = this.groups[group];
    const stride = this.width + 1;
    const g = this.random;
    for (let b = 0, at = 0; b < this.resamples; b++, at += stride) {
      const w = poissonOne(g);
      if (w === 0) continue;
      sums[at] += w;
      for (let j = 0; j < this.width; j++) sums[at + 1 + j] += w * values[j];
    }
  }

  /** How many groups have rows (or were passed over by a higher group number). */
  get groupCount(): number {
    return this.groups.length;
  }

  /** Group `group`'s sums in resample `b`: [Σw, Σw·x_0, ...]; all zero for a group never added to. */
  sums(group: number, b: number): Float64Array {
    const stride = this.width + 1;
    const sums = this.groups[group];
    if (!sums) return new Float64Array(stride);
    return sums.subarray(b * stride, (b + 1) * stride);
  }
}
