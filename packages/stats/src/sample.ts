/**
 * Input checks and ordering shared by the sample-based statistics. Every check throws a RangeError that
 * names the function and the argument, so a caller's mistake never turns into a silent wrong number.
 */

/** Options shared by functions that take raw samples. */
export interface SortedOption {
  /** The caller promises the sample is already ascending (checked in O(n); saves an O(n log n) sort). */
  sorted?: boolean;
}

/**
 * The sample in ascending order: a sorted copy, or the input itself when the caller says it is sorted.
 * Throws when the sample is empty, holds NaN, or is not ascending despite `sorted: true`.
 */
export function ascending(values: Float64Array, fn: string, name: string, sorted = false): Float64Array {
  if (!(values instanceof Float64Array)) {
    throw new RangeError(`${fn}: ${name} must be a Float64Array`);
  }
  if (values.length === 0) {
    throw new RangeError(`${fn}: ${name} is empty; at least one value is needed`);
  }
  if (sorted) {
    if (Number.isNaN(values[0])) throw nanError(fn, name);
    for (let i = 1; i < values.length; i++) {
      // `!(a >= b)` is also true for NaN, which a plain `<` would let through.
      if (!(values[i] >= values[i - 1])) {
        if (Number.isNaN(values[i])) throw nanError(fn, name);
        throw new RangeError(
          `${fn}: ${name} was passed with sorted: true but is not ascending at index ${i} ` +
            `(${values[i - 1]} then ${values[i]})`,
        );
      }
    }
    return values;
  }
  // TypedArray sort is numeric and puts NaN last, so one look at the end finds any NaN.
  const copy = values.slice().sort();
  if (Number.isNaN(copy[copy.length - 1])) throw nanError(fn, name);
  return copy;
}

function nanError(fn: string, name: string): RangeError {
  return new RangeError(`${fn}: ${name} contains NaN; remove missing values before calling`);
}

/** Index of the first element of `sorted` that is >= value (numpy searchsorted side='left'). */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of `sorted` that is > value (numpy searchsorted side='right'). */
export function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Checks a vector of non-negative weights (counts or frequencies) and returns it divided by its sum.
 * Throws when it is empty, holds a negative or non-finite entry, or sums to zero.
 */
export function normalised(weights: ArrayLike<number>, fn: string, name: string): Float64Array {
  if (weights.length === 0) throw new RangeError(`${fn}: ${name} is empty`);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!Number.isFinite(w) || w < 0) {
      throw new RangeError(`${fn}: ${name}[${i}] is ${w}; expected a finite non-negative number`);
    }
    total += w;
  }
  if (total === 0) throw new RangeError(`${fn}: ${name} sums to 0; it must hold some mass`);
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i] / total;
  return out;
}

/** Sum with Neumaier's compensation: accurate to about one rounding, whatever the length. */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const t = sum + v;
    carry += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + carry;
}
