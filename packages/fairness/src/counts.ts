/**
 * The sufficient statistics of fairness: per group, the four cells of its binary confusion matrix (plus
 * the score sum for the calibration gap), or for regression the error sums. They are all a rate or a
 * disparity needs, so memory grows with the number of groups, never with rows, and a bootstrap resample
 * redraws the cells instead of the rows.
 */

/** The confusion cells of one group, as counts: true/false positives and negatives. */
export interface ConfusionCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** One group's classification counts; scoreSum is Σ score over its rows when a score column is read. */
export interface ClassificationGroup extends ConfusionCounts {
  name: string;
  scoreSum: number;
}

/** One group's regression sums: Σ|y − ŷ|, Σ(y − ŷ)², Σŷ over its n rows. */
export interface RegressionGroup {
  name: string;
  n: number;
  absoluteErrorSum: number;
  squaredErrorSum: number;
  predictionSum: number;
}

export function groupSize(c: ConfusionCounts): number {
  return c.tp + c.fp + c.fn + c.tn;
}

/** The counts of all groups together: the overall rates `to_overall` compares with. */
export function totalCounts(groups: readonly ConfusionCounts[]): ConfusionCounts {
  const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const g of groups) {
    total.tp += g.tp;
    total.fp += g.fp;
    total.fn += g.fn;
    total.tn += g.tn;
  }
  return total;
}
