/**
 * Disparities between groups, as Fairlearn's MetricFrame computes them:
 * - between_groups: difference = max − min over groups, ratio = min / max;
 * - to_overall: difference = max over groups of |group − overall|, ratio = min over groups of
 *   min(group / overall, overall / group).
 * Groups whose rate is undefined (NaN) are left out, as pandas' min/max skip NaN. With no defined group,
 * or a ratio whose denominator is 0 (0 / 0), the disparity is undefined (NaN). equalized odds is the worse
 * of the TPR and FPR disparities (the larger difference, the smaller ratio) over those that are defined.
 */

import type { ClassificationRate, RegressionRate } from './rates.ts';

export type Method = 'between_groups' | 'to_overall';
export const METHODS: readonly Method[] = ['between_groups', 'to_overall'];

/** A disparity's value and the groups that make it (the extremes, or the group furthest from overall). */
export interface Disparity {
  value: number;
  groups: string[];
}

const UNDEFINED: Disparity = { value: Number.NaN, groups: [] };

function extremes(values: readonly number[]): { min: number; max: number } | undefined {
  let min = -1;
  let max = -1;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    if (min < 0 || values[i] < values[min]) min = i;
    if (max < 0 || values[i] > values[max]) max = i;
  }
  return min < 0 ? undefined : { min, max };
}

/** max − min (between_groups) or max |v − overall| (to_overall) of the defined values. */
export function difference(
  names: readonly string[],
  values: readonly number[],
  method: Method,
  overall: number,
): Disparity {
  if (method === 'between_groups') {
    const e = extremes(values);
    if (!e) return UNDEFINED;
    return { value: values[e.max] - values[e.min], groups: [names[e.max], names[e.min]] };
  }
  if (Number.isNaN(overall)) return UNDEFINED;
  const gaps = values.map((v) => Math.abs(v - overall));
  const e = extremes(gaps);
  return e ? { value: gaps[e.max], groups: [names[e.max]] } : UNDEFINED;
}

/** min / max (between_groups) or min of min(v / overall, overall / v) (to_overall) of the defined values. */
export function ratio(
  names: readonly string[],
  values: readonly number[],
  method: Method,
  overall: number,
): Disparity {
  if (method === 'between_groups') {
    const e = extremes(values);
    if (!e || values[e.max] === 0) return UNDEFINED;
    return { value: values[e.min] / values[e.max], groups: [names[e.min], names[e.max]] };
  }
  if (Number.isNaN(overall)) return UNDEFINED;
  const ratios = values.map((v) => {
    if (Number.isNaN(v) || (v === 0 && overall === 0)) return Number.NaN;
    const r = v / overall;
    return r > 1 ? 1 / r : r;
  });
  const e = extremes(ratios);
  return e ? { value: ratios[e.min], groups: [names[e.min]] } : UNDEFINED;
}

/** The worse of several disparities: the largest difference or the smallest ratio among defined ones. */
function worst(parts: Disparity[], kind: 'difference' | 'ratio'): Disparity {
  let chosen: Disparity = UNDEFINED;
  for (const p of parts) {
    if (Number.isNaN(p.value)) continue;
    if (
      Number.isNaN(chosen.value) ||
      (kind === 'difference' ? p.value > chosen.value : p.value < chosen.value)
    )
      chosen = p;
  }
  return chosen;
}

type Rate = ClassificationRate | RegressionRate | 'roc_auc' | 'calibration_gap';

/** What a named disparity measures: which rates, compared how. */
export interface DisparityDefinition {
  rates: Rate[];
  kind: 'difference' | 'ratio';
  task: 'classification' | 'regression';
  /** Needs a score column (ROC-AUC, calibration). */
  needsScore?: boolean;
}

export const DISPARITY_DEFINITIONS = {
  demographic_parity_difference: { rates: ['selection_rate'], kind: 'difference', task: 'classification' },
  demographic_parity_ratio: { rates: ['selection_rate'], kind: 'ratio', task: 'classification' },
  equalized_odds_difference: {
    rates: ['true_positive_rate', 'false_positive_rate'],
    kind: 'difference',
    task: 'classification',
  },
  equalized_odds_ratio: {
    rates: ['true_positive_rate', 'false_positive_rate'],
    kind: 'ratio',
    task: 'classification',
  },
  equal_opportunity_difference: { rates: ['true_positive_rate'], kind: 'difference', task: 'classification' },
  equal_opportunity_ratio: { rates: ['true_positive_rate'], kind: 'ratio', task: 'classification' },
  false_positive_rate_difference: {
    rates: ['false_positive_rate'],
    kind: 'difference',
    task: 'classification',
  },
  false_positive_rate_ratio: { rates: ['false_positive_rate'], kind: 'ratio', task: 'classification' },
  false_negative_rate_difference: {
    rates: ['false_negative_rate'],
    kind: 'difference',
    task: 'classification',
  },
  accuracy_difference: { rates: ['accuracy'], kind: 'difference', task: 'classification' },
  precision_difference: { rates: ['precision'], kind: 'difference', task: 'classification' },
  roc_auc_difference: { rates: ['roc_auc'], kind: 'difference', task: 'classification', needsScore: true },
  calibration_gap_difference: {
    rates: ['calibration_gap'],
    kind: 'difference',
    task: 'classification',
    needsScore: true,
  },
  mean_absolute_error_difference: { rates: ['mean_absolute_error'], kind: 'difference', task: 'regression' },
  mean_absolute_error_ratio: { rates: ['mean_absolute_error'], kind: 'ratio', task: 'regression' },
  root_mean_squared_error_difference: {
    rates: ['root_mean_squared_error'],
    kind: 'difference',
    task: 'regression',
  },
  root_mean_squared_error_ratio: { rates: ['root_mean_squared_error'], kind: 'ratio', task: 'regression' },
  mean_prediction_difference: { rates: ['mean_prediction'], kind: 'difference', task: 'regression' },
  mean_prediction_ratio: { rates: ['mean_prediction'], kind: 'ratio', task: 'regression' },
} as const satisfies Record<string, DisparityDefinition>;

export type DisparityName = keyof typeof DISPARITY_DEFINITIONS;
export const DISPARITY_NAMES = Object.keys(DISPARITY_DEFINITIONS) as DisparityName[];

/** Per-group values of each rate (aligned with `names`) and the overall value. */
export interface RateTable {
  names: string[];
  byRate: Partial<Record<Rate, { values: number[]; overall: number }>>;
}

/** One named disparity over the groups of `rates`. */
export function disparity(name: DisparityName, rates: RateTable, method: Method): Disparity {
  const definition: DisparityDefinition = DISPARITY_DEFINITIONS[name];
  const measure = definition.kind === 'difference' ? difference : ratio;
  const parts = definition.rates.map((rate) => {
    const r = rates.byRate[rate];
    return r ? measure(rates.names, r.values, method, r.overall) : UNDEFINED;
  });
  return parts.length === 1 ? parts[0] : worst(parts, definition.kind);
}
