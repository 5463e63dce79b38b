/**
 * From accumulated counts to what the gate judges: each group's rates, each disparity over the groups
 * large enough to gate, and (with bootstrap > 0) a percentile interval for every rate and disparity.
 */

import { percentileInterval, poissonWeights, randomState, rocAuc } from '@modelgate/stats';
import type { Accumulated } from './accumulate.ts';
import { multinomialResampler } from './bootstrap.ts';
import {
  type ClassificationGroup,
  type ConfusionCounts,
  groupSize,
  type RegressionGroup,
  totalCounts,
} from './counts.ts';
import { type DisparityName, disparity, type Method, type RateTable } from './disparities.ts';
import { CLASSIFICATION_RATES, classificationRates, REGRESSION_RATES, regressionRates } from './rates.ts';

export const REFERENCE_DISPARITIES = ['disparate_impact', 'statistical_parity_difference'] as const;
export type ReferenceDisparity = (typeof REFERENCE_DISPARITIES)[number];
export type MetricName = DisparityName | ReferenceDisparity;

export interface MeasureOptions {
  method: Method;
  minGroupSize: number;
  metrics: MetricName[];
  hasScores: boolean;
  referenceGroup?: string;
  bootstrap: number;
  confidence: number;
  seed: number;
}

export interface Interval {
  low: number | null;
  high: number | null;
}

export interface GroupMeasure {
  name: string;
  n: number;
  /** Large enough (min-group-size) to take part in the disparities. */
  gated: boolean;
  rates: Record<string, number>;
  intervals: Record<string, Interval>;
}

export interface DisparityMeasure {
  name: MetricName;
  value: number;
  groups: string[];
  interval: Interval | null;
}

export interface Measurement {
  task: 'classification' | 'regression';
  method: Method;
  rateNames: string[];
  groups: GroupMeasure[];
  overall: Record<string, number>;
  disparities: DisparityMeasure[];
  resamples: number;
}

const HIGHER_RATE_NAMES = ['roc_auc', 'calibration_gap'];

function sortedScores(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** A score-based rate of every group and of all rows together. */
interface ScoreRate {
  values: number[];
  overall: number;
}

/** The groups' scores laid end to end: where a resample draws each row's weight. */
function endToEnd(groups: readonly Float64Array[]): Float64Array {
  const scores = new Float64Array(groups.reduce((n, g) => n + g.length, 0));
  let at = 0;
  for (const g of groups) {
    scores.set(g, at);
    at += g.length;
  }
  return scores;
}

/** Every group's scores in one sorted array: what the overall ROC-AUC is measured on. */
function pooledScores(groups: readonly Float64Array[]): Float64Array {
  return endToEnd(groups).sort();
}

/** For each place of pooledScores(groups), the place of its score in endToEnd(groups). */
function pooledOrder(groups: readonly Float64Array[]): Int32Array {
  const scores = endToEnd(groups);
  return Int32Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);
}

/** Mean score − base rate of the rows counted in `c`. */
function calibrationGap(c: ConfusionCounts, scoreSum: number): number {
  const n = groupSize(c);
  return n === 0 ? Number.NaN : scoreSum / n - (c.tp + c.fn) / n;
}

/** Rates of every group and overall, from counts (as resampled, or as observed). */
function classificationRateTable(
  counts: readonly ClassificationGroup[],
  names: string[],
  auc: ScoreRate | undefined,
  calibration: ScoreRate | undefined,
): RateTable & { perGroup: Record<string, number>[]; overall: Record<string, number> } {
  const perGroup = counts.map((c) => classificationRates(c) as Record<string, number>);
  const overall = classificationRates(totalCounts(counts)) as Record<string, number>;
  const byRate: RateTable['byRate'] = {};
  for (const rate of CLASSIFICATION_RATES)
    byRate[rate] = { values: perGroup.map((r) => r[rate]), overall: overall[rate] };
  if (auc) {
    perGroup.forEach((r, i) => {
      r.roc_auc = auc.values[i];
    });
    overall.roc_auc = auc.overall;
    byRate.roc_auc = auc;
  }
  if (calibration) {
    perGroup.forEach((r, i) => {
      r.calibration_gap = calibration.values[i];
    });
    overall.calibration_gap = calibration.overall;
    byRate.calibration_gap = calibration;
  }
  return { names, byRate, perGroup, overall };
}

/** The disparities of `metrics` over the groups at `gatedIndex`. */
function disparitiesOf(
  table: RateTable,
  gatedIndex: number[],
  options: MeasureOptions,
): { value: number; groups: string[] }[] {
  const names = gatedIndex.map((i) => table.names[i]);
  const byRate: RateTable['byRate'] = {};
  for (const [rate, r] of Object.entries(table.byRate)) {
    if (r)
      byRate[rate as keyof RateTable['byRate']] = {
        values: gatedIndex.map((i) => r.values[i]),
        overall: r.overall,
      };
  }
  const gated: RateTable = { names, byRate };
  return options.metrics.map((metric) => {
    if (metric === 'disparate_impact' || metric === 'statistical_parity_difference') {
      return referenceDisparity(gated, metric, options.referenceGroup ?? '');
    }
    return disparity(metric, gated, options.method);
  });
}

/**
 * AIF360-style, against a reference (privileged) group: disparate impact = the smallest
 * selection_rate(g) / selection_rate(reference) over the other groups; statistical parity difference =
 * selection_rate(g) − selection_rate(reference), signed, of the group furthest from the reference.
 */
function referenceDisparity(
  table: RateTable,
  metric: ReferenceDisparity,
  reference: string,
): { value: number; groups: string[] } {
  const rates = table.byRate.selection_rate;
  const r = table.names.indexOf(reference);
  if (!rates || r < 0) return { value: Number.NaN, groups: [] };
  const base = rates.values[r];
  let chosen = { value: Number.NaN, groups: [] as string[] };
  for (let i = 0; i < table.names.length; i++) {
    const v = rates.values[i];
    if (i === r || Number.isNaN(v) || Number.isNaN(base)) continue;
    if (metric === 'disparate_impact') {
      if (base === 0) continue;
      const value = v / base;
      if (Number.isNaN(chosen.value) || value < chosen.value)
        chosen = { value, groups: [table.names[i], reference] };
    } else {
      const value = v - base;
      if (Number.isNaN(chosen.value) || Math.abs(value) > Math.abs(chosen.value))
        chosen = { value, groups: [table.names[i], reference] };
    }
  }
  return chosen;
}

function regressionRateTable(groups: readonly RegressionGroup[]): RateTable & {
  perGroup: Record<string, number>[];
  overall: Record<string, number>;
} {
  const names = groups.map((g) => g.name);
  const perGroup = groups.map((g) => regressionRates(g) as Record<string, number>);
  const total = groups.reduce(
    (t, g) => ({
      n: t.n + g.n,
      absoluteErrorSum: t.absoluteErrorSum + g.absoluteErrorSum,
      squaredErrorSum: t.squaredErrorSum + g.squaredErrorSum,
      predictionSum: t.predictionSum + g.predictionSum,
    }),
    { n: 0, absoluteErrorSum: 0, squaredErrorSum: 0, predictionSum: 0 },
  );
  const overall = regressionRates(total) as Record<string, number>;
  const byRate: RateTable['byRate'] = {};
  for (const rate of REGRESSION_RATES)
    byRate[rate] = { values: perGroup.map((r) => r[rate]), overall: overall[rate] };
  return { names, byRate, perGroup, overall };
}

/** Rates, disparities and (with bootstrap > 0) their bootstrap intervals. */
export function measureFairness(acc: Accumulated, options: MeasureOptions): Measurement {
  if (acc.task === 'regression') {
    const table = regressionRateTable(acc.regression);
    const gatedIndex = acc.regression.flatMap((g, i) => (g.n >= options.minGroupSize && g.n > 0 ? [i] : []));
    const values = disparitiesOf(table, gatedIndex, options);
    const intervals =
      options.bootstrap > 0 && acc.resampled ? regressionIntervals(acc, gatedIndex, options) : undefined;
    return {
      task: 'regression',
      method: options.method,
      rateNames: [...REGRESSION_RATES],
      ...measured(acc.regression, acc.order, gatedIndex, table, values, intervals, options),
      resamples: intervals ? options.bootstrap : 0,
    };
  }

  const counts = acc.classification;
  const names = counts.map((c) => c.name);
  const sorted = options.hasScores
    ? acc.scores.map((s) => ({ positive: sortedScores(s.positive), negative: sortedScores(s.negative) }))
    : undefined;
  const all = sorted && {
    positive: pooledScores(sorted.map((s) => s.positive)),
    negative: pooledScores(sorted.map((s) => s.negative)),
  };
  const auc = sorted &&
    all && {
      values: sorted.map((s) => rocAuc(s.positive, s.negative)),
      overall: rocAuc(all.positive, all.negative),
    };
  const calibration = options.hasScores
    ? {
        values: counts.map((c) => calibrationGap(c, c.scoreSum)),
        overall: calibrationGap(
          totalCounts(counts),
          counts.reduce((sum, c) => sum + c.scoreSum, 0),
        ),
      }
    : undefined;
  const table = classificationRateTable(counts, names, auc, calibration);
  const gatedIndex = counts.flatMap((c, i) =>
    groupSize(c) >= options.minGroupSize && groupSize(c) > 0 ? [i] : [],
  );
  const values = disparitiesOf(table, gatedIndex, options);
  const rateNames: string[] = [...CLASSIFICATION_RATES, ...(options.hasScores ? HIGHER_RATE_NAMES : [])];

  const intervals =
    options.bootstrap > 0
      ? bootstrapIntervals(counts, names, gatedIndex, options, {
          sorted,
          all,
          resampled: options.hasScores ? acc.resampled : undefined,
        })
      : undefined;
  const sized = counts.map((c) => ({ name: c.name, n: groupSize(c) }));
  return {
    task: 'classification',
    method: options.method,
    rateNames,
    ...measured(sized, acc.order, gatedIndex, table, values, intervals, options),
    resamples: options.bootstrap,
  };
}

/**
 * Each group's (in `order`) and the overall rates and each disparity, with their intervals when there are
 * any.
 */
function measured(
  groups: readonly { name: string; n: number }[],
  order: readonly number[],
  gatedIndex: number[],
  table: { perGroup: Record<string, number>[]; overall: Record<string, number> },
  values: { value: number; groups: string[] }[],
  intervals: { groups: Record<string, Interval>[]; disparities: Interval[] } | undefined,
  options: MeasureOptions,
): Pick<Measurement, 'groups' | 'overall' | 'disparities'> {
  return {
    groups: order.map((i) => ({
      name: groups[i].name,
      n: groups[i].n,
      gated: gatedIndex.includes(i),
      rates: table.perGroup[i],
      intervals: intervals?.groups[i] ?? {},
    })),
    overall: table.overall,
    disparities: options.metrics.map((name, m) => ({
      name,
      ...values[m],
      interval: intervals?.disparities[m] ?? null,
    })),
  };
}

/** Percentile intervals of each group's rates and of each disparity, from their resampled values. */
function intervalsOf(
  rateNames: readonly string[],
  rateSamples: Float64Array[][],
  disparitySamples: Float64Array[],
  groupCount: number,
  confidence: number,
): { groups: Record<string, Interval>[]; disparities: Interval[] } {
  const groups = Array.from({ length: groupCount }, (_, i) =>
    Object.fromEntries(rateNames.map((rate, r) => [rate, percentileInterval(rateSamples[r][i], confidence)])),
  );
  const disparities = disparitySamples.map((s) => percentileInterval(s, confidence));
  return { groups, disparities };
}

/**
 * What the score-based rates are resampled from: the sorted scores of each group and of all rows
 * (ROC-AUC), and the streamed sums (the calibration gap).
 */
interface ScoreResamples {
  sorted: { positive: Float64Array; negative: Float64Array }[] | undefined;
  all: { positive: Float64Array; negative: Float64Array } | undefined;
  resampled: Accumulated['resampled'];
}

// The AUC draws its own Poisson weights from a stream apart from the calibration sums', so asking for
// ROC-AUC leaves the other intervals as they were.
const AUC_STREAM = 0x5eed_a0c;

/**
 * Percentile intervals of every rate and disparity over `options.bootstrap` resamples. The count-based
 * rates come from multinomial redraws of the confusion cells (bootstrap.ts). With a score column, each
 * resample also weights every row by Poisson(1): the calibration gap from the weighted sums streamed
 * while reading, ROC-AUC from the weighted Mann-Whitney count over the group's sorted scores.
 */
function bootstrapIntervals(
  counts: readonly ClassificationGroup[],
  names: string[],
  gatedIndex: number[],
  options: MeasureOptions,
  scores: ScoreResamples,
): { groups: Record<string, Interval>[]; disparities: Interval[] } {
  const cells = new Float64Array(counts.length * 4);
  counts.forEach((c, i) => {
    cells.set([c.tp, c.fp, c.fn, c.tn], i * 4);
  });
  const drawn = new Float64Array(cells.length);
  const resample = multinomialResampler(options.seed);
  const B = options.bootstrap;
  const withAuc = scores.sorted?.some((s) => s.positive.length + s.negative.length > 0) ?? false;
  const withCalibration = scores.resampled !== undefined;
  const rateNames: string[] = [
    ...CLASSIFICATION_RATES,
    ...(withAuc ? ['roc_auc'] : []),
    ...(withCalibration ? ['calibration_gap'] : []),
  ];
  const rateSamples = rateNames.map(() => counts.map(() => new Float64Array(B)));
  const disparitySamples = options.metrics.map(() => new Float64Array(B));
  const groupsNow: ClassificationGroup[] = counts.map((c) => ({ ...c }));
  const aucRandom = randomState((options.seed ^ AUC_STREAM) >>> 0);
  // Each group's row weights lie in these, the groups end to end. The overall ROC-AUC, which only
  // to_overall compares with, weighs the pooled scores by the same draws.
  const positiveWeights = new Uint32Array(withAuc ? (scores.all?.positive.length ?? 0) : 0);
  const negativeWeights = new Uint32Array(withAuc ? (scores.all?.negative.length ?? 0) : 0);
  const withOverallAuc = withAuc && options.method === 'to_overall';
  const positiveOrder = withOverallAuc
    ? pooledOrder((scores.sorted ?? []).map((s) => s.positive))
    : undefined;
  const negativeOrder = withOverallAuc
    ? pooledOrder((scores.sorted ?? []).map((s) => s.negative))
    : undefined;
  const pooledPositiveWeights = new Uint32Array(positiveOrder?.length ?? 0);
  const pooledNegativeWeights = new Uint32Array(negativeOrder?.length ?? 0);
  const auc: ScoreRate = { values: new Array<number>(counts.length).fill(Number.NaN), overall: Number.NaN };
  const calibration: ScoreRate = {
    values: new Array<number>(counts.length).fill(Number.NaN),
    overall: Number.NaN,
  };
  for (let b = 0; b < B; b++) {
    resample(cells, drawn);
    let positiveAt = 0;
    let negativeAt = 0;
    let [weightTotal, scoreTotal, labelTotal] = [0, 0, 0];
    for (let i = 0; i < counts.length; i++) {
      const g = groupsNow[i];
      g.tp = drawn[i * 4];
      g.fp = drawn[i * 4 + 1];
      g.fn = drawn[i * 4 + 2];
      g.tn = drawn[i * 4 + 3];
      if (withAuc && scores.sorted) {
        const { positive, negative } = scores.sorted[i];
        const pw = positiveWeights.subarray(positiveAt, positiveAt + positive.length);
        const nw = negativeWeights.subarray(negativeAt, negativeAt + negative.length);
        positiveAt += positive.length;
        negativeAt += negative.length;
        poissonWeights(aucRandom, pw);
        poissonWeights(aucRandom, nw);
        auc.values[i] = rocAuc(positive, negative, pw, nw);
      }
      if (scores.resampled) {
        const [w, scoreSum, labelSum] = scores.resampled.sums(i, b);
        calibration.values[i] = w === 0 ? Number.NaN : (scoreSum - labelSum) / w;
        weightTotal += w;
        scoreTotal += scoreSum;
        labelTotal += labelSum;
      }
    }
    if (scores.all && positiveOrder && negativeOrder) {
      for (let k = 0; k < positiveOrder.length; k++)
        pooledPositiveWeights[k] = positiveWeights[positiveOrder[k]];
      for (let k = 0; k < negativeOrder.length; k++)
        pooledNegativeWeights[k] = negativeWeights[negativeOrder[k]];
      auc.overall = rocAuc(
        scores.all.positive,
        scores.all.negative,
        pooledPositiveWeights,
        pooledNegativeWeights,
      );
    }
    calibration.overall = weightTotal === 0 ? Number.NaN : (scoreTotal - labelTotal) / weightTotal;
    const table = classificationRateTable(
      groupsNow,
      names,
      withAuc ? auc : undefined,
      withCalibration ? calibration : undefined,
    );
    rateNames.forEach((rate, r) => {
      for (let i = 0; i < counts.length; i++) rateSamples[r][i][b] = table.perGroup[i][rate];
    });
    const values = disparitiesOf(table, gatedIndex, options);
    for (let m = 0; m < values.length; m++) disparitySamples[m][b] = values[m].value;
  }
  return intervalsOf(rateNames, rateSamples, disparitySamples, counts.length, options.confidence);
}

/**
 * Percentile intervals of MAE, RMSE, the mean prediction and their disparities: resample b's group
 * sums are those the reader streamed with Poisson(1) row weights (accumulate.ts), so each resample's
 * rates are the weighted MAE, RMSE and mean of the group's rows, as if its rows had been redrawn.
 */
function regressionIntervals(
  acc: Accumulated,
  gatedIndex: number[],
  options: MeasureOptions,
): { groups: Record<string, Interval>[]; disparities: Interval[] } {
  const resampled = acc.resampled;
  const B = options.bootstrap;
  const groupCount = acc.regression.length;
  const rateSamples = REGRESSION_RATES.map(() => acc.regression.map(() => new Float64Array(B)));
  const disparitySamples = options.metrics.map(() => new Float64Array(B));
  const groupsNow: RegressionGroup[] = acc.regression.map((g) => ({ ...g }));
  for (let b = 0; b < B && resampled; b++) {
    for (let i = 0; i < groupCount; i++) {
      const [n, absoluteErrorSum, squaredErrorSum, predictionSum] = resampled.sums(i, b);
      Object.assign(groupsNow[i], { n, absoluteErrorSum, squaredErrorSum, predictionSum });
    }
    const table = regressionRateTable(groupsNow);
    REGRESSION_RATES.forEach((rate, r) => {
      for (let i = 0; i < groupCount; i++) rateSamples[r][i][b] = table.perGroup[i][rate];
    });
    const values = disparitiesOf(table, gatedIndex, options);
    for (let m = 0; m < values.length; m++) disparitySamples[m][b] = values[m].value;
  }
  return intervalsOf(REGRESSION_RATES, rateSamples, disparitySamples, groupCount, options.confidence);
}
