import type { Chart, CheckResult, Finding, ReportTable, Status, TableColumn } from '@modelgate/core';
import type { Decision, Judgement, MetricJudgement } from './judge.ts';
import { CONFIDENCE_LEVEL } from './judge.ts';
import type { NextStep } from './steps.ts';

/** One pass of the analysis loop: its judgement, and whether it counted towards the failure limit. */
export interface Iteration {
  judgement: Judgement;
  failed: boolean;
}

export interface CanaryAnalysis {
  /** Every iteration run (see runAnalysisLoop). */
  iterations: Iteration[];
  /** The last iteration's judgement. */
  final: Judgement;
  decision: Decision;
  failureLimit: number;
  failureLimitReached: boolean;
  thresholds: { passScore: number; marginalScore: number };
  currentWeight: number;
  next: NextStep;
}

const METRIC_COLUMNS: TableColumn[] = [
  { name: 'metric', kind: 'text' },
  { name: 'weight', kind: 'number' },
  { name: 'baseline n', kind: 'count' },
  { name: 'baseline median', kind: 'number' },
  { name: 'baseline p95', kind: 'number' },
  { name: 'canary n', kind: 'count' },
  { name: 'canary median', kind: 'number' },
  { name: 'canary p95', kind: 'number' },
  { name: `shift (canary - baseline, ${CONFIDENCE_LEVEL * 100}% interval)`, kind: 'interval' },
  { name: 'allowed change', kind: 'text' },
  { name: 'p-value', kind: 'number' },
  { name: 'class', kind: 'text' },
  { name: 'result', kind: 'status' },
  { name: 'why', kind: 'text' },
];

function allowedText(m: MetricJudgement): string {
  const { spec } = m;
  const amount =
    spec.allowedChangeAbsolute !== undefined ? `±${spec.allowedChangeAbsolute}` : `×${spec.allowedChange}`;
  const bounds = [
    spec.min !== undefined ? `min ${spec.min}` : '',
    spec.max !== undefined ? `max ${spec.max}` : '',
  ].filter(Boolean);
  const flags = [spec.critical ? 'critical' : '', spec.mustHaveData ? 'must have data' : ''].filter(Boolean);
  return [`${amount} (bad: ${spec.direction})`, ...bounds, ...flags].join(', ');
}

function statusOf(m: MetricJudgement): Status {
  if (!m.passed) return 'fail';
  return m.classification === 'no-data' ? 'skipped' : 'pass';
}

function metricRow(m: MetricJudgement): ReportTable['rows'][number] {
  return [
    m.spec.name,
    m.spec.weight,
    m.baseline?.n ?? 0,
    m.baseline?.median ?? null,
    m.baseline?.p95 ?? null,
    m.canary?.n ?? 0,
    m.canary?.median ?? null,
    m.canary?.p95 ?? null,
    m.shift ? { estimate: m.shift.estimate, low: m.shift.low, high: m.shift.high } : null,
    allowedText(m),
    m.pValue,
    m.classification,
    statusOf(m),
    m.reason,
  ];
}

/** A box per variant for each metric that has data on both sides. */
function metricCharts(judgement: Judgement): Chart[] {
  const charts: Chart[] = [];
  for (const m of judgement.metrics) {
    if (!m.baseline || !m.canary) continue;
    const box = (s: NonNullable<MetricJudgement['baseline']>) => ({
      min: s.min,
      q1: s.q1,
      median: s.median,
      q3: s.q3,
      max: s.max,
      n: s.n,
    });
    charts.push({
      id: `metric-${m.spec.name}`,
      title: `${m.spec.name}: baseline and canary`,
      kind: 'box',
      labels: ['baseline', 'canary'],
      series: [
        {
          name: m.spec.name,
          values: [m.baseline.median, m.canary.median],
          boxes: [box(m.baseline), box(m.canary)],
        },
      ],
      xLabel: 'variant',
      yLabel: m.spec.name,
    });
  }
  return charts;
}

/** Why the decision is what it is, in one sentence. */
export function decisionReason(analysis: CanaryAnalysis): string {
  const { final, thresholds, failureLimit, iterations } = analysis;
  const score = `score ${formatScore(final.score)}`;
  const because = final.scoreReason;
  const failed = iterations.filter((i) => i.failed).length;
  const loop =
    iterations.length > 1 || failureLimit > 1
      ? `; ${failed} of ${iterations.length} iterations failed (failure limit ${failureLimit})`
      : '';
  if (final.decision === 'promote')
    return `${score} >= pass score ${thresholds.passScore} (${because})${loop}`;
  if (final.decision === 'hold' || !analysis.failureLimitReached) {
    return `${score} is below the pass score ${thresholds.passScore}${final.decision === 'hold' ? ` but >= the marginal score ${thresholds.marginalScore}` : ''} (${because})${loop}`;
  }
  return `${score} < marginal score ${thresholds.marginalScore} (${because})${loop}`;
}

export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** The canary analysis as a Report: per-metric table, the score against the thresholds, the decision and why. */
export function canaryResult(analysis: CanaryAnalysis): CheckResult {
  const { final, next, currentWeight, thresholds, decision } = analysis;
  const why = decisionReason(analysis);
  const traffic =
    decision === 'rollback'
      ? `traffic ${currentWeight}% -> 0%`
      : decision === 'hold'
        ? `traffic stays at ${currentWeight}%`
        : next.promoted
          ? `traffic ${currentWeight}% -> ${next.nextWeight}% (promoted)`
          : `traffic ${currentWeight}% -> ${next.nextWeight}%`;
  const summary = `${decision}: ${why}; ${traffic}`;

  const findings: Finding[] = [];
  if (decision !== 'promote') {
    findings.push({
      check: 'canary-decision',
      severity: decision === 'rollback' ? 'error' : 'warning',
      message: `${decision}: ${why}`,
    });
  }
  for (const m of final.metrics.filter((j) => !j.passed)) {
    findings.push({
      check: 'canary-metric',
      // The decision finding carries the verdict; a failing metric explains it.
      severity: 'notice',
      message: `metric ${m.spec.name}${m.spec.critical ? ' (critical)' : ''} failed: ${m.reason}`,
    });
  }

  const tables: ReportTable[] = [
    {
      id: 'canary-metrics',
      title: 'Canary against baseline, per metric',
      columns: METRIC_COLUMNS,
      rows: final.metrics.map(metricRow),
    },
    {
      id: 'canary-decision',
      title: 'Score, thresholds and decision',
      columns: [
        { name: 'score', kind: 'number' },
        { name: 'pass score', kind: 'number' },
        { name: 'marginal score', kind: 'number' },
        { name: 'decision', kind: 'text' },
        { name: 'traffic now', kind: 'number', unit: '%' },
        { name: 'next traffic', kind: 'number', unit: '%' },
        { name: 'why', kind: 'text' },
      ],
      rows: [
        [
          final.score,
          thresholds.passScore,
          thresholds.marginalScore,
          decision,
          currentWeight,
          next.nextWeight,
          why,
        ],
      ],
    },
  ];
  if (analysis.iterations.length > 1) {
    tables.push({
      id: 'canary-iterations',
      title: 'Analysis iterations',
      columns: [
        { name: 'iteration', kind: 'count' },
        { name: 'score', kind: 'number' },
        { name: 'decision', kind: 'text' },
        { name: 'failed', kind: 'status' },
        { name: 'failed metrics', kind: 'text' },
      ],
      rows: analysis.iterations.map((it, index) => [
        index + 1,
        it.judgement.score,
        it.judgement.decision,
        it.failed ? 'fail' : 'pass',
        it.judgement.failedMetrics.join(', '),
      ]),
    });
  }

  return {
    summary,
    findings,
    metrics: {
      decision,
      score: final.score,
      'pass-score': thresholds.passScore,
      'marginal-score': thresholds.marginalScore,
      'current-weight': currentWeight,
      'next-weight': next.nextWeight,
      promoted: next.promoted,
      'failed-metrics': final.failedMetrics,
      iterations: analysis.iterations.length,
      'failed-iterations': analysis.iterations.filter((i) => i.failed).length,
    },
    tables,
    charts: metricCharts(final),
  };
}
