import { hodgesLehmannShift, mannWhitneyU, quantile } from '@modelgate/stats';
import type { MetricSpec } from './metric-spec.ts';

/** Kayenta's classes: the canary's location is not significantly beyond the allowed change, above, below, or unknown. */
export type Classification = 'pass' | 'high' | 'low' | 'no-data';

export type Decision = 'promote' | 'hold' | 'rollback';

/** The confidence level of the interval on the location shift, as Kayenta's Mann-Whitney classifier. */
export const CONFIDENCE_LEVEL = 0.98;

export interface SampleSummary {
  n: number;
  /** NaN samples, removed or counted as 0 by the metric's nan-strategy. */
  nanCount: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  p95: number;
  max: number;
  mean: number;
}

export interface MetricJudgement {
  spec: MetricSpec;
  baseline: SampleSummary | null;
  canary: SampleSummary | null;
  /** Hodges-Lehmann shift of canary relative to baseline and its 98% interval; null without data. */
  shift: { estimate: number; low: number; high: number } | null;
  /** Two-sided Mann-Whitney U p-value (canary vs baseline); null without data. */
  pValue: number | null;
  /** The shift the metric's allowed change permits, up and down, in the metric's unit. */
  allowedShift: { up: number; down: number } | null;
  classification: Classification;
  /** The canary's mean outside the metric's min/max bounds, or null when inside (or no bounds). */
  boundViolated: 'max' | 'min' | null;
  passed: boolean;
  /** One sentence: why it passed or failed. */
  reason: string;
}

export interface Thresholds {
  passScore: number;
  marginalScore: number;
}

export interface Judgement {
  metrics: MetricJudgement[];
  /** 0-100: the weighted share of passing metrics among the judged ones. */
  score: number;
  decision: Decision;
  /** Why the score is what it is (critical metric failed, too little data, ...). */
  scoreReason: string;
  failedMetrics: string[];
}

/** Samples with NaN (and infinities, from a division by zero in a query) removed or replaced by 0, ascending. */
function cleaned(values: readonly number[], spec: MetricSpec): { sorted: Float64Array; nanCount: number } {
  let nanCount = 0;
  const kept: number[] = [];
  for (const v of values) {
    if (!Number.isFinite(v)) {
      nanCount++;
      if (spec.nanStrategy === 'replace') kept.push(0);
    } else kept.push(v);
  }
  return { sorted: Float64Array.from(kept).sort(), nanCount };
}

function summarize(sorted: Float64Array, nanCount: number): SampleSummary | null {
  if (sorted.length === 0) return null;
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    n: sorted.length,
    nanCount,
    min: sorted[0],
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1],
    mean: sum / sorted.length,
  };
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The shift the metric allows in each direction: `allowed-change-absolute` as is, or the ratio r applied to
 * the baseline's median m (up to m r, down to m / r). A zero baseline median allows no shift by ratio.
 */
export function allowedShift(spec: MetricSpec, baselineMedian: number): { up: number; down: number } {
  if (spec.allowedChangeAbsolute !== undefined) {
    return { up: spec.allowedChangeAbsolute, down: spec.allowedChangeAbsolute };
  }
  const m = Math.abs(baselineMedian);
  return { up: m * (spec.allowedChange - 1), down: m - m / spec.allowedChange };
}

function failsDirection(spec: MetricSpec, classification: Classification): boolean {
  if (classification === 'high') return spec.direction !== 'decrease';
  if (classification === 'low') return spec.direction !== 'increase';
  return false;
}

/**
 * Kayenta's Mann-Whitney classifier for one metric. With NaN handled by the metric's nan-strategy:
 * - no samples on either side: no-data (a failure only when must-have-data);
 * - identical samples: pass;
 * - otherwise the Hodges-Lehmann shift of canary minus baseline with its 98% interval: `high` when the
 *   interval lies above 0 (a significant increase, two-sided Mann-Whitney at 2%) and the estimate exceeds
 *   the allowed shift up; `low` the mirror; else pass. High or low fails when the direction says it is bad.
 * The canary's mean is also checked against the min/max bounds.
 */
export function judgeMetric(
  spec: MetricSpec,
  baselineValues: readonly number[],
  canaryValues: readonly number[],
): MetricJudgement {
  const b = cleaned(baselineValues, spec);
  const c = cleaned(canaryValues, spec);
  const baseline = summarize(b.sorted, b.nanCount);
  const canary = summarize(c.sorted, c.nanCount);
  const judged: MetricJudgement = {
    spec,
    baseline,
    canary,
    shift: null,
    pValue: null,
    allowedShift: null,
    classification: 'no-data',
    boundViolated: null,
    passed: !spec.mustHaveData,
    reason: '',
  };
  const missingNote = missingSamples(b.nanCount, c.nanCount, spec);
  if (!baseline || !canary) {
    const missing = !baseline && !canary ? 'baseline and canary' : !baseline ? 'baseline' : 'canary';
    judged.reason = `no data for the ${missing}${spec.mustHaveData ? ' (must-have-data)' : ''}${missingNote}`;
    return judged;
  }
  const hl = hodgesLehmannShift(c.sorted, b.sorted, { level: CONFIDENCE_LEVEL, sorted: true });
  judged.shift = { estimate: hl.estimate, low: hl.lower, high: hl.upper };
  judged.pValue = mannWhitneyU(c.sorted, b.sorted, { sorted: true }).pValue;
  const allowed = allowedShift(spec, baseline.median);
  judged.allowedShift = allowed;
  // With too few samples no interval reaches the level (1 and 1, or 4 and 4, at 98%): the one given is the
  // widest there is, at a lower level, and cannot call a change significant.
  const tooFew = hl.achievedLevel < CONFIDENCE_LEVEL - 1e-12;
  if (sameValues(b.sorted, c.sorted) || tooFew) judged.classification = 'pass';
  else if (hl.lower > 0 && hl.estimate > allowed.up) judged.classification = 'high';
  else if (hl.upper < 0 && -hl.estimate > allowed.down) judged.classification = 'low';
  else judged.classification = 'pass';

  if (spec.max !== undefined && canary.mean > spec.max) judged.boundViolated = 'max';
  else if (spec.min !== undefined && canary.mean < spec.min) judged.boundViolated = 'min';

  const directionFails = failsDirection(spec, judged.classification);
  judged.passed = !directionFails && judged.boundViolated === null;
  const reasons: string[] = [];
  if (judged.classification === 'high' || judged.classification === 'low') {
    const limit = judged.classification === 'high' ? allowed.up : allowed.down;
    reasons.push(
      `the canary is significantly ${judged.classification === 'high' ? 'higher' : 'lower'} (shift ${fmt(hl.estimate)}, ${CONFIDENCE_LEVEL * 100}% interval ${fmt(hl.lower)} to ${fmt(hl.upper)}) beyond the allowed ${fmt(limit)}${directionFails ? '' : `, which direction ${spec.direction} allows`}`,
    );
  } else if (tooFew) {
    reasons.push(
      `too few samples (${b.sorted.length} baseline, ${c.sorted.length} canary) for a ${CONFIDENCE_LEVEL * 100}% interval: no change can be called significant`,
    );
  } else reasons.push('no significant change beyond the allowed one');
  if (judged.boundViolated === 'max')
    reasons.push(`the canary's mean ${fmt(canary.mean)} is above max ${spec.max}`);
  if (judged.boundViolated === 'min')
    reasons.push(`the canary's mean ${fmt(canary.mean)} is below min ${spec.min}`);
  judged.reason = reasons.join('; ') + missingNote;
  return judged;
}

/** "; 3 baseline samples missing (removed)", or nothing when every sample has a value. */
function missingSamples(baseline: number, canary: number, spec: MetricSpec): string {
  if (baseline + canary === 0) return '';
  const counts = [baseline > 0 ? `${baseline} baseline` : '', canary > 0 ? `${canary} canary` : ''].filter(
    Boolean,
  );
  const handled = spec.nanStrategy === 'replace' ? 'counted as 0' : 'removed';
  return `; ${counts.join(' and ')} sample${baseline + canary === 1 ? '' : 's'} missing (${handled}, nan-strategy ${spec.nanStrategy})`;
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}

/**
 * Every metric judged, then Kayenta's score: the weighted share (0-100) of passing metrics among those
 * judged (a no-data metric without must-have-data is left out). The score is 0 when a critical metric
 * fails, when half or more of the metrics have no data, or when no metric could be judged. Decision:
 * score >= pass-score promotes, >= marginal-score holds, else rolls back.
 */
export function judgeCanary(judgements: MetricJudgement[], thresholds: Thresholds): Judgement {
  const failedMetrics = judgements.filter((j) => !j.passed).map((j) => j.spec.name);
  const noData = judgements.filter((j) => j.classification === 'no-data').length;
  const judged = judgements.filter((j) => j.classification !== 'no-data' || j.spec.mustHaveData);
  const criticalFailed = judgements.filter((j) => j.spec.critical && !j.passed).map((j) => j.spec.name);
  let score: number;
  let scoreReason: string;
  if (criticalFailed.length > 0) {
    score = 0;
    scoreReason = `critical metric ${criticalFailed.map((n) => `"${n}"`).join(', ')} failed`;
  } else if (judgements.length > 0 && noData * 2 >= judgements.length) {
    score = 0;
    scoreReason = `${noData} of ${judgements.length} metrics have no data (half or more)`;
  } else if (judged.length === 0) {
    score = 0;
    scoreReason = 'no metric could be judged';
  } else {
    const total = judged.reduce((sum, j) => sum + j.spec.weight, 0);
    const passing = judged.filter((j) => j.passed).reduce((sum, j) => sum + j.spec.weight, 0);
    score = (100 * passing) / total;
    scoreReason = `${judged.filter((j) => j.passed).length} of ${judged.length} judged metrics passed (weighted)`;
  }
  const decision: Decision =
    score >= thresholds.passScore ? 'promote' : score >= thresholds.marginalScore ? 'hold' : 'rollback';
  return { metrics: judgements, score, decision, scoreReason, failedMetrics };
}
