/**
 * Per-group rates with Fairlearn's (and scikit-learn's) definitions, from a group's confusion counts.
 * A rate whose denominator is empty is NaN, meaning undefined: no positives for TPR/FNR, no negatives for
 * FPR, no predicted positives for precision, no rows for the others. Never 0.
 */

import { type ConfusionCounts, groupSize } from './counts.ts';

export const CLASSIFICATION_RATES = [
  'base_rate',
  'selection_rate',
  'true_positive_rate',
  'false_positive_rate',
  'false_negative_rate',
  'precision',
  'accuracy',
] as const;

export type ClassificationRate = (typeof CLASSIFICATION_RATES)[number];

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

/** Every rate of one group. */
export function classificationRates(c: ConfusionCounts): Record<ClassificationRate, number> {
  const n = groupSize(c);
  return {
    // (tp + fn) / n: the share of true positives (the label's prevalence in the group).
    base_rate: ratio(c.tp + c.fn, n),
    // (tp + fp) / n: fairlearn.metrics.selection_rate.
    selection_rate: ratio(c.tp + c.fp, n),
    // tp / (tp + fn): recall, fairlearn.metrics.true_positive_rate.
    true_positive_rate: ratio(c.tp, c.tp + c.fn),
    // fp / (fp + tn): fairlearn.metrics.false_positive_rate.
    false_positive_rate: ratio(c.fp, c.fp + c.tn),
    // fn / (tp + fn): fairlearn.metrics.false_negative_rate.
    false_negative_rate: ratio(c.fn, c.tp + c.fn),
    // tp / (tp + fp): precision_score, undefined (not sklearn's warning-and-0) with no predicted positive.
    precision: ratio(c.tp, c.tp + c.fp),
    // (tp + tn) / n: accuracy_score.
    accuracy: ratio(c.tp + c.tn, n),
  };
}

export const REGRESSION_RATES = [
  'mean_absolute_error',
  'root_mean_squared_error',
  'mean_prediction',
] as const;
export type RegressionRate = (typeof REGRESSION_RATES)[number];

/** MAE, RMSE and the mean prediction of one group (mean_absolute_error, √mean_squared_error). */
export function regressionRates(g: {
  n: number;
  absoluteErrorSum: number;
  squaredErrorSum: number;
  predictionSum: number;
}): Record<RegressionRate, number> {
  return {
    mean_absolute_error: ratio(g.absoluteErrorSum, g.n),
    root_mean_squared_error: Math.sqrt(ratio(g.squaredErrorSum, g.n)),
    mean_prediction: ratio(g.predictionSum, g.n),
  };
}
