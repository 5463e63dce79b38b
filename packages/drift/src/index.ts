/**
 * @modelgate/drift: the domain logic of check-drift. Pure functions from Tables (or dataset summaries,
 * built as the data is read) and options to results; no I/O. See README.md for the rules and their reasons.
 */

import type { CheckResult, Table } from '@modelgate/core';
import { measureDrift } from './detect.ts';
import type { DriftOptions } from './options.ts';
import { driftResult } from './report.ts';
import type { DatasetSummary } from './summary.ts';

export type { ColumnDrift, DriftMeasurement } from './detect.ts';
export { measureDrift } from './detect.ts';
export { type FiniteValues, sortedValues, type ValueBlock } from './finite-values.ts';
export { OTHER_CATEGORY, type ProfileSummary, summaryFromProfile } from './from-profile.ts';
export { type Interval, sketchedInterval } from './from-profile-bounds.ts';
export {
  AUTO_FEW_VALUES,
  AUTO_SMALL_REFERENCE,
  DRIFT_METHODS,
  type DriftMethod,
  METHODS,
  type MethodChoice,
} from './methods.ts';
export { type Correction, DEFAULTS, type DriftOptions } from './options.ts';
export {
  type BootstrapOptions,
  type DatasetPerformance,
  DROP_MODES,
  type DropMode,
  type MetricEstimate,
  type PerformanceDrift,
  type PerformanceMetric,
  type PerformanceOptions,
  performanceDrift,
  type Task,
} from './performance.ts';
export { driftResult } from './report.ts';
export {
  compareSkew,
  type FeatureSkew,
  measureSkew,
  type RowExample,
  type RowGroup,
  type SkewComparison,
  type SkewOptions,
  skewResult,
  type ValueExample,
} from './skew.ts';
export {
  type ColumnSummary,
  type DatasetSummary,
  decodeSummary,
  type ExampleRow,
  encodeSummary,
  isDatasetSummary,
  type NumericSummary,
  profileOf,
  SUMMARY_VERSION,
  type SummarizeOptions,
  SummaryError,
  summarizeChunks,
  summarizeTable,
} from './summary.ts';

/**
 * check-drift's comparison: data drift per column and for the data set, prediction drift and, with a
 * target, concept drift, as findings, metrics, tables and charts for the Report.
 */
export function detectDrift(
  reference: Table | DatasetSummary,
  current: Table | DatasetSummary,
  options: DriftOptions = {},
): CheckResult {
  return driftResult(measureDrift(reference, current, options));
}
