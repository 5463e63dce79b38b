/**
 * Concept drift: did the model get worse? Scores the model's predictions against the truth on the
 * reference and on the current data, with seeded bootstrap percentile intervals, and says a retrain is
 * needed when the chosen metric worsens by more than max-performance-drop.
 *
 * Decisions (documented in README.md):
 * - The drop is how much worse the gating metric got: reference − current for accuracy, F1 and ROC-AUC,
 *   current − reference for MAE and RMSE. dropMode 'auto' (the default) makes it relative for the
 *   regression errors (divided by |reference|: 0.05 = 5% worse), whose unit is the target's and arbitrary,
 *   and absolute for the classification metrics (0.05 = five points of accuracy), which are shares already.
 *   'absolute' and 'relative' force one for every metric.
 * - A retrain is needed when the drop exceeds maxDrop AND, when there are bootstrap intervals, the two
 *   intervals of the gating metric do not overlap: a drop the sampling noise of either side can explain is
 *   reported, not acted on. (A random half of one data set against the other easily moves MAE by more
 *   than 5%; their intervals overlap.) Without intervals (bootstrap off, or too few rows) the drop decides.
 * - The gating metric defaults to accuracy (classification) or MAE (regression); the other metrics are
 *   reported, not gated.
 * - Classification labels are compared as text. A numeric prediction column whose values all lie in
 *   [0, 1] and are not all among the target's labels is a score (probability of the positive class):
 *   it is turned into a label at scoreThreshold (0.5) and also yields ROC-AUC.
 * - F1 is the positive class's F1 when the target and prediction together hold at most two labels,
 *   macro F1 (unweighted mean over the labels present) otherwise. The positive label defaults to the
 *   largest label in sorted order (1 of 0/1, true of false/true, yes of no/yes), as scikit-learn does.
 * - Rows with a missing target or prediction are left out and counted.
 */

import type { Column, NumericColumn, Table } from '@modelgate/core';
import { InputError } from '@modelgate/core';
import {
  accuracy,
  drawCounts,
  f1Binary,
  f1Macro,
  lowerBound,
  percentileInterval,
  type RandomState,
  randomState,
  regressionErrors,
  rocAuc,
} from '@modelgate/stats';
import { numericLabel } from './profile.ts';
import { sortFinite } from './sort.ts';
import { type DatasetSummary, isDatasetSummary } from './summary.ts';

export type Task = 'classification' | 'regression';
export type DropMode = 'auto' | 'absolute' | 'relative';
export const DROP_MODES: readonly DropMode[] = ['auto', 'absolute', 'relative'];
export type PerformanceMetric = 'accuracy' | 'f1' | 'roc-auc' | 'mae' | 'rmse';

export interface BootstrapOptions {
  /** Resamples per data set; 0 turns intervals off. Each costs one pass over the rows. Default 100. */
  iterations?: number;
  /** Seed of the resampling generator; the same seed gives the same intervals. Default 1. */
  seed?: number;
  /** Coverage of the percentile interval. Default 0.95. */
  confidence?: number;
}

export interface PerformanceOptions {
  target: string;
  prediction: string;
  task: Task;
  /** Largest acceptable worsening of the gating metric, e.g. 0.05 (see dropMode). */
  maxDrop: number;
  /**
   * absolute: reference − current in the metric's unit; relative: that over |reference|; auto (default):
   * relative for MAE and RMSE, absolute for accuracy, F1 and ROC-AUC.
   */
  dropMode?: DropMode;
  /** The metric that gates. Default accuracy (classification) or mae (regression). */
  metric?: PerformanceMetric;
  /** Positive class for binary F1 and ROC-AUC. Default: the largest label in sorted order. */
  positiveLabel?: string;
  /** Score at or above which a score prediction means the positive class. Default 0.5. */
  scoreThreshold?: number;
  bootstrap?: BootstrapOptions;
}

/** A metric on one data set; low/high bound the bootstrap percentile interval (null when off or undefined). */
export interface MetricEstimate {
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface DatasetPerformance {
  /** Rows scored (target and prediction both present). */
  rows: number;
  /** Rows left out because the target or the prediction was missing. */
  skippedRows: number;
  metrics: Partial<Record<PerformanceMetric, MetricEstimate>>;
}

export interface PerformanceDrift {
  task: Task;
  metric: PerformanceMetric;
  predictionKind: 'label' | 'score' | 'value';
  /** Classification: F1 of the positive class (binary) or the mean over classes (macro). */
  f1Average?: 'binary' | 'macro';
  positiveLabel?: string;
  reference: DatasetPerformance;
  current: DatasetPerformance;
  /** Worsening of `metric` (positive = worse) as dropMode says; null when either side could not be scored. */
  drop: number | null;
  /** How the drop was measured (dropMode 'auto' resolved for the metric). */
  dropMode: 'absolute' | 'relative';
  maxDrop: number;
  /**
   * Whether the gating metric's bootstrap intervals on the two sides are disjoint; null without both
   * intervals. A drop beyond maxDrop needs a retrain only when they are (or when there are none).
   */
  intervalsSeparated: boolean | null;
  retrainNeeded: boolean;
  notes: string[];
}

const HIGHER_IS_BETTER: Record<PerformanceMetric, boolean> = {
  accuracy: true,
  f1: true,
  'roc-auc': true,
  mae: false,
  rmse: false,
};

export function performanceDrift(
  reference: Table | DatasetSummary,
  current: Table | DatasetSummary,
  options: PerformanceOptions,
): PerformanceDrift {
  const metric = options.metric ?? (options.task === 'classification' ? 'accuracy' : 'mae');
  checkOptions(options, metric);
  const dropMode = resolveDropMode(options.dropMode ?? 'auto', metric);
  const bootstrap = {
    iterations: options.bootstrap?.iterations ?? 100,
    seed: options.bootstrap?.seed ?? 1,
    confidence: options.bootstrap?.confidence ?? 0.95,
  };
  const pairs = {
    reference: {
      target: requireColumn(reference, options.target, 'target-column', 'reference'),
      prediction: requireColumn(reference, options.prediction, 'prediction-column', 'reference'),
    },
    current: {
      target: requireColumn(current, options.target, 'target-column', 'current'),
      prediction: requireColumn(current, options.prediction, 'prediction-column', 'current'),
    },
  };
  const random = randomState(bootstrap.seed);
  const scored =
    options.task === 'regression'
      ? scoreRegression(pairs, bootstrap, random)
      : scoreClassification(pairs, options, bootstrap, random);
  const notes = [...scored.notes];
  const before = scored.reference.metrics[metric] ?? null;
  const after = scored.current.metrics[metric] ?? null;
  let drop: number | null = null;
  if (before?.value == null || after?.value == null) {
    notes.push(`${metric} could not be computed on both data sets, so the drop is unknown`);
  } else {
    drop = metricDrop(before.value, after.value, HIGHER_IS_BETTER[metric], dropMode);
  }
  const intervalsSeparated = before && after ? disjoint(before, after) : null;
  const beyondLimit = drop !== null && drop > options.maxDrop;
  if (beyondLimit && intervalsSeparated === false) {
    notes.push(
      `${metric} is worse by more than the allowed drop, but its bootstrap intervals on the two data sets ` +
        'overlap: within sampling noise, so no retrain',
    );
  }
  return {
    ...scored,
    task: options.task,
    metric,
    drop,
    dropMode,
    maxDrop: options.maxDrop,
    intervalsSeparated,
    retrainNeeded: beyondLimit && intervalsSeparated !== false,
    notes,
  };
}

/** 'auto': relative for the regression errors (their unit is arbitrary), absolute for the shares. */
export function resolveDropMode(mode: DropMode, metric: PerformanceMetric): 'absolute' | 'relative' {
  if (mode !== 'auto') return mode;
  return metric === 'mae' || metric === 'rmse' ? 'relative' : 'absolute';
}

/** Whether two estimates' intervals are disjoint; null unless both have one. */
function disjoint(a: MetricEstimate, b: MetricEstimate): boolean | null {
  if (a.low === null || a.high === null || b.low === null || b.high === null) return null;
  return a.high < b.low || b.high < a.low;
}

/**
 * How much worse `after` is than `before` (positive = worse): the difference, or the difference over
 * |before| in relative mode. Relative to a perfect reference error (0), any growth is an infinite drop;
 * no change is 0 whatever the reference.
 */
export function metricDrop(
  before: number,
  after: number,
  higherIsBetter: boolean,
  mode: 'absolute' | 'relative',
): number {
  const worse = higherIsBetter ? before - after : after - before;
  if (mode === 'absolute' || worse === 0) return worse;
  if (before === 0) return worse > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  return worse / Math.abs(before);
}

function checkOptions(options: PerformanceOptions, metric: PerformanceMetric): void {
  if (options.task !== 'classification' && options.task !== 'regression') {
    throw new InputError('task', `task must be classification or regression, got "${options.task}"`);
  }
  if (!(Number.isFinite(options.maxDrop) && options.maxDrop >= 0)) {
    throw new InputError(
      'max-performance-drop',
      `max-performance-drop must be a number >= 0 such as 0.05, got ${options.maxDrop}`,
    );
  }
  const allowed: PerformanceMetric[] =
    options.task === 'classification' ? ['accuracy', 'f1', 'roc-auc'] : ['mae', 'rmse'];
  if (!allowed.includes(metric)) {
    throw new InputError(
      'performance-metric',
      `metric "${metric}" does not apply to ${options.task}; use ${allowed.join(', ')}`,
    );
  }
  if (options.dropMode !== undefined && !DROP_MODES.includes(options.dropMode)) {
    throw new InputError(
      'performance-drop-mode',
      `performance-drop-mode must be ${DROP_MODES.join(', ')}, got "${options.dropMode}"`,
    );
  }
  const { iterations, confidence } = options.bootstrap ?? {};
  if (iterations !== undefined && !(Number.isInteger(iterations) && iterations >= 0)) {
    throw new InputError(
      'bootstrap-iterations',
      `bootstrap iterations must be a whole number >= 0, got ${iterations}`,
    );
  }
  if (confidence !== undefined && !(confidence > 0 && confidence < 1)) {
    throw new InputError(
      'bootstrap-confidence',
      `bootstrap confidence must lie strictly between 0 and 1, got ${confidence}`,
    );
  }
}

function requireColumn(data: Table | DatasetSummary, name: string, input: string, side: string): Column {
  const columns = isDatasetSummary(data) ? data.rowColumns : data.columns;
  const column = columns.find((c) => c.name === name);
  if (column) return column;
  const file = data.sources[0]?.file ?? `the ${side} data`;
  // A summary lists every column, but keeps in row order only those it was asked to.
  const hint =
    isDatasetSummary(data) && data.columns.some((c) => c.name === name)
      ? ` (its summary was made without it; summarize the ${side} data with keepRows naming it)`
      : '';
  throw new InputError(input, `${input} "${name}" is not a column of the ${side} data ${file}${hint}`);
}

interface Pair {
  target: Column;
  prediction: Column;
}

interface Sides {
  reference: Pair;
  current: Pair;
}

type Bootstrap = Required<BootstrapOptions>;

type Scored = Pick<
  PerformanceDrift,
  'reference' | 'current' | 'predictionKind' | 'f1Average' | 'positiveLabel' | 'notes'
>;

// ---------------------------------------------------------------------------------------------------------
// Regression

function scoreRegression(sides: Sides, bootstrap: Bootstrap, random: RandomState): Scored {
  const side = (pair: Pair, name: string): DatasetPerformance => {
    const truth = numericValues(pair.target, 'target-column', name);
    const predicted = numericValues(pair.prediction, 'prediction-column', name);
    let n = 0;
    for (let i = 0; i < truth.length; i++) if (!Number.isNaN(truth[i]) && !Number.isNaN(predicted[i])) n++;
    const y = new Float64Array(n);
    const yHat = new Float64Array(n);
    for (let i = 0, at = 0; i < truth.length; i++) {
      if (Number.isNaN(truth[i]) || Number.isNaN(predicted[i])) continue;
      y[at] = truth[i];
      yHat[at++] = predicted[i];
    }
    const absolute = Float64Array.from(y, (v, i) => Math.abs(v - yHat[i]));
    const weights = new Uint32Array(n);
    const metrics = withIntervals(regressionErrors(y, yHat), bootstrap, n, () => {
      drawCounts(random, weights);
      let sumAbsolute = 0;
      let sumSquared = 0;
      for (let i = 0; i < n; i++) {
        sumAbsolute += weights[i] * absolute[i];
        sumSquared += weights[i] * absolute[i] * absolute[i];
      }
      return { mae: sumAbsolute / n, rmse: Math.sqrt(sumSquared / n) };
    });
    return { rows: n, skippedRows: truth.length - n, metrics };
  };
  return {
    predictionKind: 'value',
    reference: side(sides.reference, 'reference'),
    current: side(sides.current, 'current'),
    notes: [],
  };
}

function numericValues(column: Column, input: string, side: string): Float64Array {
  if (column.kind === 'numeric') return column.values;
  throw new InputError(
    input,
    `${input} "${column.name}" holds text in the ${side} data; regression needs numbers`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Classification

/** Maps a column's cells to label codes shared by every column encoded with the same `labels` map. */
function encodeLabels(
  column: Column,
  labels: Map<string, number>,
  asText: (v: number) => string,
): Int32Array {
  const codes = new Int32Array(column.kind === 'numeric' ? column.values.length : column.codes.length);
  const codeOf = (label: string): number => {
    let code = labels.get(label);
    if (code === undefined) {
      code = labels.size;
      labels.set(label, code);
    }
    return code;
  };
  if (column.kind === 'categorical') {
    const byCode = column.dictionary.map(codeOf);
    for (let i = 0; i < codes.length; i++) codes[i] = column.codes[i] < 0 ? -1 : byCode[column.codes[i]];
    return codes;
  }
  // A label column holds few distinct numbers: cache their codes.
  const byValue = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    const v = column.values[i];
    if (Number.isNaN(v)) {
      codes[i] = -1;
      continue;
    }
    let code = byValue.get(v);
    if (code === undefined) {
      code = codeOf(asText(v));
      byValue.set(v, code);
    }
    codes[i] = code;
  }
  return codes;
}

/** Numbers read as labels the same way on both columns: plain numbers when both are numeric, so 1 matches 1.0. */
function labelText(pair: Pair): (column: Column) => (v: number) => string {
  const bothNumeric = pair.target.kind === 'numeric' && pair.prediction.kind === 'numeric';
  return (column) => (v) => (bothNumeric ? String(v) : numericLabel((column as NumericColumn).type, v));
}

function isScoreColumn(sides: Sides, targetLabels: Set<string>): boolean {
  const columns = [sides.reference.prediction, sides.current.prediction];
  if (targetLabels.size > 2 || columns.some((c) => c.kind !== 'numeric')) return false;
  let allLabels = true;
  for (const column of columns as NumericColumn[]) {
    for (const v of column.values) {
      if (Number.isNaN(v)) continue;
      if (v < 0 || v > 1) return false;
      if (allLabels && !targetLabels.has(String(v))) allLabels = false;
    }
  }
  return !allLabels;
}

/** scikit-learn's class order: numeric order when every label is a number, text order otherwise. */
function sortLabels(labels: string[]): string[] {
  const numeric = labels.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  return [...labels].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
}

function scoreClassification(
  sides: Sides,
  options: PerformanceOptions,
  bootstrap: Bootstrap,
  random: RandomState,
): Scored {
  const labels = new Map<string, number>();
  const text = { reference: labelText(sides.reference), current: labelText(sides.current) };
  const truth = {
    reference: encodeLabels(sides.reference.target, labels, text.reference(sides.reference.target)),
    current: encodeLabels(sides.current.target, labels, text.current(sides.current.target)),
  };
  const targetLabels = new Set(labels.keys());
  const sorted = sortLabels([...targetLabels]);
  const positiveLabel = options.positiveLabel ?? sorted[sorted.length - 1];
  if (options.positiveLabel !== undefined && !targetLabels.has(options.positiveLabel)) {
    throw new InputError(
      'positive-label',
      `positive-label "${options.positiveLabel}" is not a value of target-column "${options.target}" (its values: ${sorted.slice(0, 10).join(', ')})`,
    );
  }
  if (isScoreColumn(sides, targetLabels)) {
    const threshold = options.scoreThreshold ?? 0.5;
    const negativeLabel = sorted.find((l) => l !== positiveLabel) ?? `not ${positiveLabel}`;
    const positive = labels.get(positiveLabel) ?? 0;
    const side = (name: 'reference' | 'current') =>
      scoreSide(
        truth[name],
        (sides[name].prediction as NumericColumn).values,
        positive,
        threshold,
        bootstrap,
        random,
      );
    return {
      predictionKind: 'score',
      f1Average: 'binary',
      positiveLabel,
      reference: side('reference'),
      current: side('current'),
      notes: [
        `prediction-column "${options.prediction}" holds scores: a score >= ${threshold} predicts "${positiveLabel}", ` +
          `a lower one "${negativeLabel}"`,
      ],
    };
  }
  const predicted = {
    reference: encodeLabels(sides.reference.prediction, labels, text.reference(sides.reference.prediction)),
    current: encodeLabels(sides.current.prediction, labels, text.current(sides.current.prediction)),
  };
  const binary = labels.size <= 2;
  const positive = labels.get(positiveLabel) ?? 0;
  const k = Math.max(labels.size, 1);
  const side = (name: 'reference' | 'current') =>
    labelSide(truth[name], predicted[name], k, binary ? positive : null, bootstrap, random);
  return {
    predictionKind: 'label',
    f1Average: binary ? 'binary' : 'macro',
    positiveLabel: binary ? positiveLabel : undefined,
    reference: side('reference'),
    current: side('current'),
    notes: [],
  };
}

/** Accuracy and F1 from a confusion matrix; F1 of `positive`, or macro F1 when positive is null. */
function confusionMetrics(matrix: Float64Array, k: number, positive: number | null): Record<string, number> {
  return {
    accuracy: accuracy(matrix, k),
    f1: positive === null ? f1Macro(matrix, k) : f1Binary(matrix, k, positive),
  };
}

/**
 * Label predictions: everything follows from the confusion matrix. For the bootstrap, rows are laid out
 * by confusion cell (cell c holds positions start[c] .. start[c + 1] - 1), so a resample's matrix is the
 * draw counts summed per cell, with no per-row data at all.
 */
function labelSide(
  truth: Int32Array,
  predicted: Int32Array,
  k: number,
  positive: number | null,
  bootstrap: Bootstrap,
  random: RandomState,
): DatasetPerformance {
  const matrix = new Float64Array(k * k);
  let n = 0;
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] < 0 || predicted[i] < 0) continue;
    matrix[truth[i] * k + predicted[i]]++;
    n++;
  }
  const weights = new Uint32Array(n);
  const metrics = withIntervals(confusionMetrics(matrix, k, positive), bootstrap, n, () => {
    drawCounts(random, weights);
    const resampled = new Float64Array(k * k);
    for (let cell = 0, at = 0; cell < matrix.length; cell++) {
      let total = 0;
      for (const end = at + matrix[cell]; at < end; at++) total += weights[at];
      resampled[cell] = total;
    }
    return confusionMetrics(resampled, k, positive);
  });
  return { rows: n, skippedRows: truth.length - n, metrics };
}

/**
 * Score predictions (binary): rows become the positives' scores and the negatives' scores, each sorted
 * once; the confusion matrix follows from where the threshold cuts them, ROC-AUC from merging them. A
 * resample is a vector of draw counts over those sorted positions (rows are exchangeable, so drawing
 * positions is drawing rows).
 */
function scoreSide(
  truth: Int32Array,
  scores: Float64Array,
  positive: number,
  threshold: number,
  bootstrap: Bootstrap,
  random: RandomState,
): DatasetPerformance {
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] < 0 || Number.isNaN(scores[i])) continue;
    if (truth[i] === positive) positives++;
    else negatives++;
  }
  const positiveScores = new Float64Array(positives);
  const negativeScores = new Float64Array(negatives);
  for (let i = 0, p = 0, q = 0; i < truth.length; i++) {
    if (truth[i] < 0 || Number.isNaN(scores[i])) continue;
    if (truth[i] === positive) positiveScores[p++] = scores[i];
    else negativeScores[q++] = scores[i];
  }
  const posSorted = sortFinite(positiveScores);
  const negSorted = sortFinite(negativeScores);
  const posCut = lowerBound(posSorted, threshold);
  const negCut = lowerBound(negSorted, threshold);
  const n = positives + negatives;
  // Codes 0 = positive, 1 = negative in this 2 x 2 matrix.
  const measure = (weights?: Uint32Array): Record<string, number> => {
    const wp = weights?.subarray(0, positives);
    const wn = weights?.subarray(positives);
    const sum = (w: Uint32Array | undefined, from: number, to: number) => {
      if (!w) return to - from;
      let total = 0;
      for (let i = from; i < to; i++) total += w[i];
      return total;
    };
    const matrix = Float64Array.of(
      sum(wp, posCut, positives),
      sum(wp, 0, posCut),
      sum(wn, negCut, negatives),
      sum(wn, 0, negCut),
    );
    return { ...confusionMetrics(matrix, 2, 0), 'roc-auc': rocAuc(posSorted, negSorted, wp, wn) };
  };
  const weights = new Uint32Array(n);
  const metrics = withIntervals(measure(), bootstrap, n, () => {
    drawCounts(random, weights);
    return measure(weights);
  });
  return { rows: n, skippedRows: truth.length - n, metrics };
}

// ---------------------------------------------------------------------------------------------------------
// Bootstrap

/**
 * Each metric's value on the full data and a percentile interval over `iterations` resamples (`resample`
 * draws n rows with replacement and measures them); the interval's ends are the numpy-linear quantiles
 * (1 − confidence)/2 and (1 + confidence)/2 of the resampled values. A metric that is undefined (NaN) on
 * the full data is null; resamples where it is undefined are left out of its interval.
 */
function withIntervals(
  point: Record<string, number>,
  bootstrap: Bootstrap,
  n: number,
  resample: () => Record<string, number>,
): Partial<Record<PerformanceMetric, MetricEstimate>> {
  const draws = new Map<string, number[]>(Object.keys(point).map((name) => [name, []]));
  if (n > 0) {
    for (let b = 0; b < bootstrap.iterations; b++) {
      for (const [name, value] of Object.entries(resample())) {
        if (!Number.isNaN(value)) draws.get(name)?.push(value);
      }
    }
  }
  const out: Partial<Record<PerformanceMetric, MetricEstimate>> = {};
  for (const [name, value] of Object.entries(point)) {
    const interval = Number.isNaN(value)
      ? { low: null, high: null }
      : percentileInterval(draws.get(name) ?? [], bootstrap.confidence);
    out[name as PerformanceMetric] = { value: Number.isNaN(value) ? null : value, ...interval };
  }
  return out;
}
