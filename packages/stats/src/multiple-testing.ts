/**
 * Adjusted p-values for testing many hypotheses at once (one per column, say). Each function returns the
 * adjusted p-values in the input's order; compare them with the family-wise level as usual.
 */

function checkPValues(p: readonly number[], fn: string): void {
  if (p.length === 0) throw new RangeError(`${fn}: no p-values given`);
  p.forEach((value, i) => {
    if (!(value >= 0 && value <= 1))
      throw new RangeError(`${fn}: p[${i}] is ${value}; expected a number in [0, 1]`);
  });
}

/** Bonferroni: min(1, m p_i) for m p-values. Controls the family-wise error rate under any dependence. */
export function bonferroni(p: readonly number[]): number[] {
  checkPValues(p, 'bonferroni');
  return p.map((value) => Math.min(1, value * p.length));
}

/**
 * Benjamini-Hochberg, scipy.stats.false_discovery_control(p, method='bh'): with p sorted ascending and
 * ranks i = 1..m, adjusted_(i) = min over j >= i of p_(j) m / j, capped at 1. Controls the false discovery
 * rate for independent or positively dependent tests. Ties keep equal adjusted values.
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
  checkPValues(p, 'benjaminiHochberg');
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  const adjusted = new Array<number>(m);
  let running = Number.POSITIVE_INFINITY;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, p[index] * (m / rank));
    adjusted[index] = Math.min(running, 1);
  }
  return adjusted;
}
