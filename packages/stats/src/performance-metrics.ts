/**
 * Model performance metrics for concept drift, matching scikit-learn's definitions, written on the
 * sufficient statistics (a confusion matrix; scores sorted per class; errors) so that a bootstrap resample
 * costs one pass and no re-sorting.
 */

/**
 * Confusion matrix C[t * k + p] = number of rows with true class t and predicted class p, for class codes
 * 0..k-1 (sklearn.metrics.confusion_matrix, flattened row-major).
 */
export function confusionMatrix(truth: Int32Array, predicted: Int32Array, k: number): Float64Array {
  const matrix = new Float64Array(k * k);
  for (let i = 0; i < truth.length; i++) matrix[truth[i] * k + predicted[i]]++;
  return matrix;
}

/** Share of rows whose prediction equals the truth: trace(C) / sum(C) (accuracy_score). NaN with no rows. */
export function accuracy(matrix: Float64Array, k: number): number {
  let correct = 0;
  let total = 0;
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) total += matrix[t * k + p];
    correct += matrix[t * k + t];
  }
  return total === 0 ? Number.NaN : correct / total;
}

/** Per-class totals: how often class c is the truth (row sum) and the prediction (column sum). */
function classTotals(matrix: Float64Array, k: number): { truth: Float64Array; predicted: Float64Array } {
  const truth = new Float64Array(k);
  const predicted = new Float64Array(k);
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) {
      truth[t] += matrix[t * k + p];
      predicted[p] += matrix[t * k + p];
    }
  }
  return { truth, predicted };
}

/**
 * F1 of one class: 2·TP / (2·TP + FP + FN) = 2·C[c,c] / (row sum + column sum), f1_score(average='binary',
 * pos_label=c). When the class is neither true nor predicted anywhere the ratio is 0/0 and, like
 * scikit-learn's default zero_division, the score is 0.
 */
export function f1Binary(matrix: Float64Array, k: number, positive: number): number {
  const { truth, predicted } = classTotals(matrix, k);
  const denominator = truth[positive] + predicted[positive];
  return denominator === 0 ? 0 : (2 * matrix[positive * k + positive]) / denominator;
}

/**
 * Macro F1: the unweighted mean of each class's F1 over the classes that occur as truth or prediction
 * (f1_score(average='macro'), whose labels are the union of y_true and y_pred). A class only ever
 * predicted scores 0 and pulls the mean down, as in scikit-learn. NaN with no rows.
 */
export function f1Macro(matrix: Float64Array, k: number): number {
  const { truth, predicted } = classTotals(matrix, k);
  let sum = 0;
  let classes = 0;
  for (let c = 0; c < k; c++) {
    const denominator = truth[c] + predicted[c];
    if (denominator === 0) continue;
    sum += (2 * matrix[c * k + c]) / denominator;
    classes++;
  }
  return classes === 0 ? Number.NaN : sum / classes;
}

/**
 * Area under the ROC curve (roc_auc_score) from the scores of the positive rows and of the negative rows,
 * each ascending: the Mann-Whitney probability that a positive outscores a negative, ties counting one
 * half, which equals the trapezoidal area scikit-learn integrates:
 *   AUC = Σ_groups w⁺_g · (W⁻_below + w⁻_g / 2) / (W⁺ · W⁻)
 * over groups of equal score. Optional weights count each row that many times (a bootstrap resample).
 * NaN when either class has no weight (the AUC is undefined).
 */
export function rocAuc(
  positives: Float64Array,
  negatives: Float64Array,
  positiveWeights?: Uint32Array,
  negativeWeights?: Uint32Array,
): number {
  let area = 0;
  let below = 0;
  let positiveTotal = 0;
  let j = 0;
  let i = 0;
  while (i < positives.length) {
    const score = positives[i];
    for (; j < negatives.length && negatives[j] < score; j++)
      below += negativeWeights ? negativeWeights[j] : 1;
    let tied = 0;
    for (let t = j; t < negatives.length && negatives[t] === score; t++)
      tied += negativeWeights ? negativeWeights[t] : 1;
    let group = 0;
    for (; i < positives.length && positives[i] === score; i++)
      group += positiveWeights ? positiveWeights[i] : 1;
    area += group * (below + tied / 2);
    positiveTotal += group;
  }
  let negativeTotal = 0;
  if (negativeWeights) for (let t = 0; t < negatives.length; t++) negativeTotal += negativeWeights[t];
  else negativeTotal = negatives.length;
  return positiveTotal === 0 || negativeTotal === 0 ? Number.NaN : area / (positiveTotal * negativeTotal);
}

/**
 * Mean absolute error Σ|y − ŷ| / n and root mean squared error √(Σ(y − ŷ)² / n) (mean_absolute_error;
 * the square root of mean_squared_error). NaN with no rows.
 */
export function regressionErrors(
  truth: Float64Array,
  predicted: Float64Array,
): { mae: number; rmse: number } {
  let absolute = 0;
  let squared = 0;
  for (let i = 0; i < truth.length; i++) {
    const error = truth[i] - predicted[i];
    absolute += Math.abs(error);
    squared += error * error;
  }
  const n = truth.length;
  return n === 0
    ? { mae: Number.NaN, rmse: Number.NaN }
    : { mae: absolute / n, rmse: Math.sqrt(squared / n) };
}
