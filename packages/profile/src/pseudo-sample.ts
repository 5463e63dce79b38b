/**
 * A numeric column of a profile as a sorted sample the exact statistics can run on, and how far from the
 * rows it may be.
 *
 * - With its value counts (at most 1,000 distinct values): the very values, each as often as it occurred:
 *   exact.
 * - Otherwise from its KLL sketch: each retained item repeated as often as it weighs (2^level), so the
 *   sample's CDF is the sketch's, within the sketch's rank error of the rows'. Past `cap` values the
 *   weights are divided by 2^s (s the least that fits) and a level lighter than that keeps every
 *   2^(s - level)-th of its sorted items, which adds at most s * 2^s / n to the rank error, and the sample
 *   has about n / 2^s values: distances are unchanged in meaning, a test's p-value is that of the smaller
 *   sample (conservative).
 */

import type { KllSketch } from '@modelgate/sketches';
import type { NumericPart } from './column-profile.ts';

export const PSEUDO_SAMPLE_CAP = 1 << 24;

export interface PseudoSample {
  sorted: Float64Array;
  /** The largest gap between the sample's CDF and the rows' (99% confidence); 0 when exact. */
  rankError: number;
  exact: boolean;
}

function fromCounts(values: Map<number, number>, total: number): Float64Array {
  const sorted = new Float64Array(total);
  let at = 0;
  for (const [value, count] of [...values].sort((a, b) => a[0] - b[0])) {
    sorted.fill(value, at, at + count);
    at += count;
  }
  return sorted;
}

function fromSketch(kll: KllSketch, cap: number): { sorted: Float64Array; extraError: number } {
  const shift = Math.max(0, Math.ceil(Math.log2(kll.n / cap)));
  const parts: number[] = [];
  for (let level = 0; level < kll.numLevels; level++) {
    const items = kll.items.slice(kll.levels[level], kll.levels[level + 1]).sort();
    if (level >= shift) {
      const repeat = 2 ** (level - shift);
      for (const item of items) for (let r = 0; r < repeat; r++) parts.push(item);
    } else {
      const step = 2 ** (shift - level);
      for (let i = step - 1; i < items.length; i += step) parts.push(items[i]);
    }
  }
  const sorted = Float64Array.from(parts).sort();
  return { sorted, extraError: shift === 0 ? 0 : (shift * 2 ** shift) / kll.n };
}

export function pseudoSample(part: NumericPart, cap = PSEUDO_SAMPLE_CAP): PseudoSample {
  const count = part.moments.count;
  if (part.values && count <= cap)
    return { sorted: fromCounts(part.values, count), rankError: 0, exact: true };
  if (!part.kll.isEstimationMode() && part.kll.n <= cap) {
    return {
      sorted: part.kll.items.slice(part.kll.levels[0], part.kll.levels[1]).sort(),
      rankError: 0,
      exact: true,
    };
  }
  const { sorted, extraError } = fromSketch(part.kll, cap);
  return { sorted, rankError: part.kll.rankError() + extraError, exact: false };
}
