/** @modelgate/fairness — per-group rates and disparities over streamed counts, with Fairlearn's definitions. */

export { type Accumulated, type AccumulateOptions, GroupAccumulator } from './accumulate.ts';
export { multinomialResampler } from './bootstrap.ts';
export type { ClassificationGroup, ConfusionCounts, RegressionGroup } from './counts.ts';
export {
  DISPARITY_DEFINITIONS,
  DISPARITY_NAMES,
  type DisparityName,
  difference,
  METHODS,
  type Method,
  ratio,
} from './disparities.ts';
export { binLabel, groupName, MISSING_GROUP } from './groups.ts';
export {
  type DisparityMeasure,
  type GroupMeasure,
  type Interval,
  type Measurement,
  type MeasureOptions,
  type MetricName,
  measureFairness,
  REFERENCE_DISPARITIES,
} from './measure.ts';
export { classificationRates, regressionRates } from './rates.ts';
