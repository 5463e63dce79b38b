import erfc from '@stdlib/math-base-special-erfc';

export interface ZTestResult {
  /** z; positive when the first sample's proportion is the larger. */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
}

/**
 * Two-sided pooled two-proportion z-test, as Evidently's z-test for binary categorical columns:
 *   p1 = x1/n1, p2 = x2/n2, P = (x1 + x2)/(n1 + n2),
 *   z = (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2)),  p-value = erfc(|z| / sqrt 2) = 2 (1 - Phi(|z|)).
 * The erfc form keeps tiny p-values that 2 (1 - Phi) would round to 0.
 *
 * Edge case: when P is 0 or 1 (every observation in both samples is the same outcome) z is 0/0; the samples
 * cannot differ, so the result is z = 0, p = 1 (Evidently would produce NaN). Counts must be integers with
 * 0 <= x <= n and n >= 1 (RangeError otherwise).
 */
export function zTestProportions(x1: number, n1: number, x2: number, n2: number): ZTestResult {
  checkCounts(x1, n1, 'x1', 'n1');
  checkCounts(x2, n2, 'x2', 'n2');
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
  const statistic = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic, pValue: Math.min(erfc(Math.abs(statistic) / Math.SQRT2), 1) };
}

function checkCounts(x: number, n: number, xName: string, nName: string): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`zTestProportions: ${nName} must be a positive integer, got ${n}`);
  }
  if (!Number.isInteger(x) || x < 0 || x > n) {
    throw new RangeError(`zTestProportions: ${xName} must be an integer in [0, ${nName} = ${n}], got ${x}`);
  }
}
