/** @modelgate/fairness — per-group rates and disparities over streamed counts, with Fairlearn's definitions. */

export { type Accumulated, type AccumulateOptions, GroupAccumulator } from './accumulate.ts';
export {
  type BaselineReport,
  type BiasDrift,
  compareWithBaseline,
  parseBaselineReport,
  worsening,
} from './baseline.ts';
export { parseBins } from './bins.ts';
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
export {
  FOUR_FIFTHS_RULE,
  judge,
  type PolicyRule,
  parsePolicyLines,
  parsePolicyYaml,
} from './policy.ts';
export { classificationRates, regressionRates } from './rates.ts';
export { type FairnessResult, fairnessResult, RATE_TITLES, type RuleOutcome } from './result.ts';
