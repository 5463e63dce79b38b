/** Numbers in finding messages and table labels: short, and the same everywhere in this package. */

/** 4 significant digits, no trailing zeros, no exponent for ordinary magnitudes: 0.1532, 350.6, 1e-12. */
export function formatStatistic(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e9)) {
    return value
      .toExponential(2)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  }
  return String(Number(value.toPrecision(4)));
}

/** A share as a percentage with one decimal: 0.1234 -> "12.3%". */
export function formatPercent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}
