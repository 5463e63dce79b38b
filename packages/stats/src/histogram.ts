import { linspace } from './quantile.ts';
import { lowerBound, upperBound } from './sample.ts';

/**
 * Counts per bin with numpy.histogram semantics: bin i holds edges[i] <= v < edges[i+1], except the last
 * bin, which also holds v == edges[last]. Values outside [edges[0], edges[last]] are not counted.
 * `sorted` must be ascending; each count is a difference of two binary searches, O(bins log n).
 * Edges must be non-decreasing with at least two entries (RangeError otherwise).
 */
export function histogram(sorted: Float64Array, edges: ArrayLike<number>): number[] {
  checkEdges(edges, 'histogram');
  const bins = edges.length - 1;
  const counts: number[] = [];
  let start = lowerBound(sorted, edges[0]);
  for (let i = 0; i < bins; i++) {
    const end = i === bins - 1 ? upperBound(sorted, edges[bins]) : lowerBound(sorted, edges[i + 1]);
    counts.push(end - start);
    start = end;
  }
  return counts;
}

/** The same counts as `histogram`, for a sample in any order: one binary search over the edges per value. */
export function histogramUnsorted(values: Float64Array, edges: ArrayLike<number>): number[] {
  checkEdges(edges, 'histogram');
  const bins = edges.length - 1;
  const counts: number[] = new Array(bins).fill(0);
  const first = edges[0];
  const last = edges[bins];
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!(v >= first && v <= last)) continue;
    // Largest i with edges[i] <= v, capped at the last bin (which is closed on the right).
    let lo = 0;
    let hi = bins;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid] <= v) lo = mid;
      else hi = mid;
    }
    counts[lo]++;
  }
  return counts;
}

function checkEdges(edges: ArrayLike<number>, fn: string): void {
  if (edges.length < 2) throw new RangeError(`${fn}: at least two bin edges are needed, got ${edges.length}`);
  for (let i = 0; i < edges.length; i++) {
    if (Number.isNaN(edges[i])) throw new RangeError(`${fn}: bin edge ${i} is NaN`);
    if (i > 0 && edges[i] < edges[i - 1]) {
      throw new RangeError(
        `${fn}: bin edges must not decrease (edge ${i - 1} = ${edges[i - 1]}, edge ${i} = ${edges[i]})`,
      );
    }
  }
}

/**
 * Bin edges over the concatenation of two samples, as numpy.histogram_bin_edges(concat(a, b), bins):
 * `bins` equal-width bins from the minimum to the maximum, or Sturges' rule
 * ceil((max - min) / ((max - min) / (log2(n) + 1))) bins for 'sturges'. When all values are equal the
 * range is widened to [v - 0.5, v + 0.5] (and Sturges gives one bin). Samples may be empty but not both;
 * values must be finite. Over a range wider than the largest double (numpy's edges are NaN there) the
 * edges are numpy's edges of the halved values, doubled.
 */
export function binEdges(a: ArrayLike<number>, b: ArrayLike<number>, bins: 'sturges' | number): number[] {
  const n = a.length + b.length;
  if (n === 0) throw new RangeError('binEdges: both samples are empty');
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const sample of [a, b]) {
    for (let i = 0; i < sample.length; i++) {
      const v = sample[i];
      if (!Number.isFinite(v)) throw new RangeError(`binEdges: value ${v} at index ${i} is not finite`);
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return edgesOver({ min, max, count: n }, bins);
}

/** Values' smallest, largest, and how many there are. */
export interface Extent {
  min: number;
  max: number;
  count: number;
}

/**
 * binEdges from the values' extent alone, which is all it depends on: for values known only by a sketch
 * whose extremes and count are exact, these are the edges the values themselves would get.
 */
export function edgesOver({ min, max, count: n }: Extent, bins: 'sturges' | number): number[] {
  if (bins !== 'sturges' && !(Number.isInteger(bins) && bins >= 1)) {
    throw new RangeError(`binEdges: bins must be 'sturges' or a positive integer, got ${String(bins)}`);
  }
  // Values straddling ±1e308 make max - min overflow (and the edges NaN): then the edges are those of the
  // halved values, doubled, which is exact; otherwise numpy's arithmetic, step for step.
  const factor = Number.isFinite(max - min) ? 1 : 2;
  const range = max / factor - min / factor;
  let first = min / factor;
  let last = max / factor;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  let count: number;
  if (bins === 'sturges') {
    const width = range / (Math.log2(n) + 1);
    count = width ? Math.ceil((last - first) / width) : 1;
  } else {
    count = bins;
  }
  const edges = linspace(first, last, count + 1);
  return factor === 1 ? edges : edges.map((edge) => edge * factor);
}
