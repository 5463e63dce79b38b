/**
 * Bootstrap percentile intervals: the statistic measured on resamples drawn with replacement (see
 * drawCounts in random.ts for the seeded draw), and the interval read off the resampled values.
 */

import { quantile } from './quantile.ts';

/** An interval's two ends; null when there is no resampled value to read them from. */
export interface PercentileInterval {
  low: number | null;
  high: number | null;
}

/**
 * The percentile interval of `samples` at coverage `confidence` in (0, 1): the numpy-linear quantiles
 * (1 − confidence)/2 and (1 + confidence)/2 of the values (numpy.percentile's default method). NaN values
 * (resamples where the statistic was undefined) are left out; with none left both ends are null.
 * `samples` need not be sorted and is not changed.
 */
export function percentileInterval(samples: ArrayLike<number>, confidence: number): PercentileInterval {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(
      `percentileInterval: confidence must lie strictly between 0 and 1, got ${confidence}`,
    );
  }
  const defined = Float64Array.from(samples).filter((value) => !Number.isNaN(value));
  if (defined.length === 0) return { low: null, high: null };
  defined.sort();
  const tail = (1 - confidence) / 2;
  return { low: quantile(defined, tail), high: quantile(defined, 1 - tail) };
}
