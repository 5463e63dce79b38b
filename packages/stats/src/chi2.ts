import gammainc from '@stdlib/math-base-special-gammainc';

export interface Chi2ContingencyOptions {
  /** Apply Yates' continuity correction when dof == 1 (default true, as scipy). */
  correction?: boolean;
}

export interface Chi2ContingencyResult {
  statistic: number;
  pValue: number;
  /** (rows - 1) * (columns kept - 1). */
  dof: number;
  /** Expected counts under independence, in the input's shape; 0 in dropped all-zero columns. */
  expected: number[][];
  /** True when Yates' correction was applied (correction requested and dof == 1). */
  correctionApplied: boolean;
  /** Indices of input columns dropped because every row had 0 there. */
  droppedColumns: number[];
}

/**
 * Pearson's chi-square test of independence on a rows x columns table of counts,
 * scipy.stats.chi2_contingency(observed, correction):
 *   E_ij = R_i C_j / N,  X^2 = sum_ij (O_ij - E_ij)^2 / E_ij,  dof = (r - 1)(c - 1),
 *   p = Q(dof / 2, X^2 / 2), the upper regularised incomplete gamma (the chi-square survival function,
 *   computed directly rather than as 1 - CDF so that tiny p-values keep their digits).
 * With correction and dof == 1, each O_ij first moves towards E_ij by min(0.5, |O_ij - E_ij|) (Yates).
 * dof == 0 (one row or one kept column) gives X^2 = 0, p = 1, as scipy.
 *
 * Deviation from scipy, by design: a column that is 0 in every row (a category seen in neither sample) makes
 * scipy raise; here it is dropped before testing and listed in `droppedColumns`. A row that is all zero is
 * an empty sample and throws a RangeError, as do a ragged or empty table and negative or non-finite counts.
 */
export function chi2Contingency(
  observed: number[][],
  options: Chi2ContingencyOptions = {},
): Chi2ContingencyResult {
  const correction = options.correction ?? true;
  const rows = observed.length;
  if (rows === 0 || observed[0].length === 0) throw new RangeError('chi2Contingency: the table is empty');
  const columns = observed[0].length;
  for (let i = 0; i < rows; i++) {
    if (!Array.isArray(observed[i]) || observed[i].length !== columns) {
      throw new RangeError(
        `chi2Contingency: row ${i} has ${observed[i]?.length ?? 'no'} columns, expected ${columns} like row 0`,
      );
    }
    for (let j = 0; j < columns; j++) {
      const o = observed[i][j];
      if (!Number.isFinite(o) || o < 0) {
        throw new RangeError(
          `chi2Contingency: count at row ${i}, column ${j} is ${o}; expected a finite count >= 0`,
        );
      }
    }
  }

  const rowSums = observed.map((row) => row.reduce((s, o) => s + o, 0));
  const columnSums = observed[0].map((_, j) => observed.reduce((s, row) => s + row[j], 0));
  const zeroRow = rowSums.indexOf(0);
  if (zeroRow >= 0) throw new RangeError(`chi2Contingency: row ${zeroRow} has no observations`);
  const kept = columnSums.flatMap((sum, j) => (sum > 0 ? [j] : []));
  const droppedColumns = columnSums.flatMap((sum, j) => (sum > 0 ? [] : [j]));
  const total = rowSums.reduce((s, r) => s + r, 0);

  const expected = observed.map((_, i) => columnSums.map((c) => (rowSums[i] * c) / total));
  const dof = (rows - 1) * (kept.length - 1);
  if (dof === 0) {
    return { statistic: 0, pValue: 1, dof, expected, correctionApplied: false, droppedColumns };
  }
  const correctionApplied = correction && dof === 1;
  let statistic = 0;
  for (let i = 0; i < rows; i++) {
    for (const j of kept) {
      const e = expected[i][j];
      let o = observed[i][j];
      if (correctionApplied) o += Math.sign(e - o) * Math.min(0.5, Math.abs(e - o));
      const deviation = o - e;
      statistic += (deviation * deviation) / e;
    }
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof, expected, correctionApplied, droppedColumns };
}

/** P(X >= x) for X ~ chi-square(dof): the upper regularised incomplete gamma Q(dof/2, x/2). */
export function chiSquareSf(x: number, dof: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, dof / 2, true, true);
}
