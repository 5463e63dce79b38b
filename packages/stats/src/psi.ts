import { histogram, histogramUnsorted } from './histogram.ts';
import { linspace, quantile } from './quantile.ts';
import { ascending, type SortedOption } from './sample.ts';

export interface PsiOptions extends SortedOption {
  /** Number of reference-quantile bins before duplicates merge (default 10). */
  bins?: number;
  /** Floor for each bin's proportion, so empty bins do not give log(0) (default 1e-4). */
  epsilon?: number;
}

export interface PsiResult {
  value: number;
  /** Bin edges used, ascending; the first is -Infinity and the last +Infinity. */
  edges: number[];
}

const DEFAULT_BINS = 10;
const DEFAULT_EPSILON = 1e-4;

/**
 * Population Stability Index of `current` against `reference`:
 *   PSI = sum_i (c_i - r_i) * ln(c_i / r_i)
 * over bins whose edges are the distinct numpy-linear quantiles of the reference at levels
 * linspace(0, 1, bins + 1), with the outermost edges replaced by -Infinity and +Infinity. r_i and c_i are
 * the shares of each sample in bin i (numpy.histogram bins: half-open, last one closed), each raised to at
 * least `epsilon`. This is the definition of scripts/bench/peer_drift_scipy.py.
 *
 * Edge cases: ties in the reference merge quantiles, so there may be fewer than `bins` bins. A constant
 * reference yields a single bin (-Infinity, +Infinity) and PSI = 0 whatever the current sample holds —
 * quantile binning cannot see a shift away from a point mass (the baseline script also reports 0 there).
 * Empty samples, NaN, bins < 1 or epsilon <= 0 throw a RangeError.
 */
export function psi(reference: Float64Array, current: Float64Array, options: PsiOptions = {}): PsiResult {
  const bins = options.bins ?? DEFAULT_BINS;
  const epsilon = options.epsilon ?? DEFAULT_EPSILON;
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`psi: bins must be a positive integer, got ${bins}`);
  checkEpsilon(epsilon, 'psi');
  const ref = ascending(reference, 'psi', 'reference', options.sorted);
  if (current.length === 0) throw new RangeError('psi: current is empty; at least one value is needed');

  // numpy.unique: sorted distinct values (sorting guards against last-bit non-monotonic interpolation).
  // A reference straddling ±1e308 overflows the quantiles' interpolation (hi - lo): they are then those
  // of the halved values, doubled, which is exact. PSI depends only on which bin each value falls in.
  const factor = Number.isFinite(ref[ref.length - 1] - ref[0]) ? 1 : 2;
  const base = factor === 1 ? ref : ref.map((v) => v / factor);
  const levels = linspace(0, 1, bins + 1).map((level) => quantile(base, level) * factor);
  levels.sort((x, y) => x - y);
  const edges = levels.filter((q, i) => i === 0 || q !== levels[i - 1]);
  if (edges.length === 1) edges.push(edges[0]);
  edges[0] = Number.NEGATIVE_INFINITY;
  edges[edges.length - 1] = Number.POSITIVE_INFINITY;

  const refCounts = histogram(ref, edges);
  let curCounts: number[];
  if (options.sorted) {
    curCounts = histogram(ascending(current, 'psi', 'current', true), edges);
  } else {
    for (let i = 0; i < current.length; i++) {
      if (Number.isNaN(current[i])) {
        throw new RangeError('psi: current contains NaN; remove missing values before calling');
      }
    }
    curCounts = histogramUnsorted(current, edges);
  }
  return { value: psiTerms(refCounts, ref.length, curCounts, current.length, epsilon), edges };
}

/**
 * PSI over given categories: r_i = refCounts[i] / sum(refCounts), c_i likewise, each floored at `epsilon`
 * (default 1e-4), PSI = sum_i (c_i - r_i) ln(c_i / r_i). A category absent from one sample contributes
 * through the floor instead of an infinite term. Counts must be finite, non-negative, of equal length,
 * and each side must sum to more than 0.
 */
export function psiFromCounts(
  refCounts: ArrayLike<number>,
  curCounts: ArrayLike<number>,
  epsilon: number = DEFAULT_EPSILON,
): number {
  checkEpsilon(epsilon, 'psiFromCounts');
  if (refCounts.length !== curCounts.length) {
    throw new RangeError(
      `psiFromCounts: refCounts has ${refCounts.length} categories but curCounts has ${curCounts.length}`,
    );
  }
  if (refCounts.length === 0) throw new RangeError('psiFromCounts: no categories');
  return psiTerms(
    refCounts,
    total(refCounts, 'refCounts'),
    curCounts,
    total(curCounts, 'curCounts'),
    epsilon,
  );
}

function psiTerms(
  refCounts: ArrayLike<number>,
  refTotal: number,
  curCounts: ArrayLike<number>,
  curTotal: number,
  epsilon: number,
): number {
  let value = 0;
  for (let i = 0; i < refCounts.length; i++) {
    const r = Math.max(refCounts[i] / refTotal, epsilon);
    const c = Math.max(curCounts[i] / curTotal, epsilon);
    value += (c - r) * Math.log(c / r);
  }
  return value;
}

function total(counts: ArrayLike<number>, name: string): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!Number.isFinite(c) || c < 0) {
      throw new RangeError(`psiFromCounts: ${name}[${i}] is ${c}; expected a finite non-negative count`);
    }
    sum += c;
  }
  if (sum === 0) throw new RangeError(`psiFromCounts: ${name} sums to 0`);
  return sum;
}

function checkEpsilon(epsilon: number, fn: string): void {
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`${fn}: epsilon must be in (0, 1), got ${epsilon}`);
}
