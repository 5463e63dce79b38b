export {
  type AnalysisLoopOptions,
  type AnalysisLoopResult,
  judgeSamples,
  runAnalysisLoop,
} from './analysis.ts';
export {
  allowedShift,
  type Classification,
  CONFIDENCE_LEVEL,
  type Decision,
  type Judgement,
  judgeCanary,
  judgeMetric,
  type MetricJudgement,
  type SampleSummary,
  type Thresholds,
} from './judge.ts';
export {
  checkMetricName,
  type Direction,
  defaultMetric,
  METRIC_NAME,
  type MetricSpec,
  type NanStrategy,
  parseMetricSpecs,
} from './metric-spec.ts';
export {
  PrometheusError,
  type PrometheusSource,
  parseHeaders,
  parseMatrix,
  queryPrometheus,
  type RangeWindow,
  renderQuery,
} from './prometheus.ts';
export { type CanaryAnalysis, canaryResult, decisionReason, formatScore, type Iteration } from './report.ts';
export { emptySamples, type MetricSamples, readMetricsFile, VARIANTS, type Variant } from './samples.ts';
export { type NextStep, nextStep, parseDuration, parseSteps } from './steps.ts';
