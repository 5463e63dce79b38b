/**
 * The fairness result as the shared Report model holds it: findings for broken rules, small groups,
 * undefined rates and skipped rows; a per-group table and a disparity table with intervals; a bar chart of
 * the selection rate and TPR per group; and the figures other steps read (metrics, outputs).
 */

import type { Cell, Chart, CheckResult, Finding, IntervalValue, ReportTable, Status } from '@modelgate/core';
import { formatNumber } from '@modelgate/core';
import type { Accumulated } from './accumulate.ts';
import type { BiasDrift } from './baseline.ts';
import { DISPARITY_DEFINITIONS, type DisparityDefinition, type DisparityName } from './disparities.ts';
import type { GroupMeasure, Measurement, MetricName } from './measure.ts';
import { judge, type PolicyRule, type RuleStatus } from './policy.ts';

export interface ResultOptions {
  gateOn: 'estimate' | 'interval';
  minGroupSize: number;
  sensitiveColumns: string[];
  /** Bin edges of the binned sensitive columns. */
  bins: Record<string, number[]>;
  referenceGroup?: string;
}

export interface RuleOutcome {
  rule: PolicyRule;
  value: number;
  interval: { low: number | null; high: number | null } | null;
  groups: string[];
  status: RuleStatus;
  /** Why the value is undefined, when it is: the rule could not be checked. */
  cause?: string;
  /** How far past its bound the value is (negative: inside it by that much). */
  margin: number;
}

export interface FairnessResult {
  result: CheckResult;
  outcomes: RuleOutcome[];
  /** The broken rules, for the `violations` output. */
  violations: { metric: string; value: number; rule: string; groups: string[] }[];
  /** The rule furthest past (or closest to) its bound. */
  worst: RuleOutcome | undefined;
}

export const RATE_TITLES: Record<string, string> = {
  base_rate: 'base rate',
  selection_rate: 'selection rate',
  true_positive_rate: 'TPR',
  false_positive_rate: 'FPR',
  false_negative_rate: 'FNR',
  precision: 'precision',
  accuracy: 'accuracy',
  roc_auc: 'ROC-AUC',
  calibration_gap: 'calibration gap',
  mean_absolute_error: 'MAE',
  root_mean_squared_error: 'RMSE',
  mean_prediction: 'mean prediction',
};

// Rates that are shares in [0, 1]; the others (AUC aside, a gap or an error) are plain numbers.
const SHARE_RATES = new Set([
  'base_rate',
  'selection_rate',
  'true_positive_rate',
  'false_positive_rate',
  'false_negative_rate',
  'precision',
  'accuracy',
]);

// Why a rate can be undefined: its denominator.
const DENOMINATOR: Record<string, string> = {
  true_positive_rate: 'no positive labels',
  false_negative_rate: 'no positive labels',
  false_positive_rate: 'no negative labels',
  precision: 'no predicted positives',
  roc_auc: 'labels of one class only',
};

function defined(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function intervalCell(
  value: number,
  interval: { low: number | null; high: number | null } | undefined | null,
): IntervalValue {
  const estimate = defined(value);
  if (estimate === null || !interval) return { estimate, low: null, high: null };
  return { estimate, low: interval.low, high: interval.high };
}

function marginOf(rule: PolicyRule, value: number): number {
  if (Number.isNaN(value)) return Number.NEGATIVE_INFINITY;
  return rule.comparison.startsWith('>') ? rule.bound - value : value - rule.bound;
}

/**
 * Why a rule's disparity came out undefined, from the gated groups' rates: no gated group, a rate no gated
 * group defines, a ratio whose denominator is 0, or a reference group that is not gated.
 */
function undefinedCause(
  metric: MetricName,
  m: Measurement,
  gated: readonly GroupMeasure[],
  options: ResultOptions,
): string {
  const min = options.minGroupSize;
  if (gated.length === 0) return `no group has at least ${min} rows`;
  if (metric === 'disparate_impact' || metric === 'statistical_parity_difference') {
    const reference = gated.find((g) => g.name === options.referenceGroup);
    if (!reference) return `the reference group '${options.referenceGroup}' has fewer than ${min} rows`;
    if (gated.length < 2) return `no group but the reference group has at least ${min} rows`;
    return "the reference group's selection rate is 0, so every ratio to it is undefined";
  }
  const definition: DisparityDefinition = DISPARITY_DEFINITIONS[metric as DisparityName];
  return definition.rates
    .map((rate) => {
      const title = RATE_TITLES[rate] ?? rate;
      const values = gated.map((g) => g.rates[rate]).filter((v) => !Number.isNaN(v));
      if (values.length === 0)
        return `${title} is undefined in every group of at least ${min} rows (${DENOMINATOR[rate] ?? 'an empty denominator'})`;
      const overall = m.overall[rate] ?? Number.NaN;
      if (m.method === 'to_overall' && Number.isNaN(overall)) return `the overall ${title} is undefined`;
      // What is left undefined with defined rates is a ratio with nothing but 0 to divide by.
      if (m.method === 'between_groups') return `the largest ${title} is 0, so the ratio min / max is 0 / 0`;
      return `the overall ${title} is 0, and so is every group's: 0 / 0`;
    })
    .join('; ');
}

function groupTable(m: Measurement): ReportTable {
  return {
    id: 'groups',
    title: 'Rates per group',
    columns: [
      { name: 'group', kind: 'text' },
      { name: 'rows', kind: 'count' },
      // A group's own gate is min-group-size: one that passes it takes part in the disparities.
      { name: 'gated', kind: 'status', nullMeans: 'not applicable' },
      ...m.rateNames.map((rate) => ({
        name: RATE_TITLES[rate] ?? rate,
        kind: 'interval' as const,
        ...(SHARE_RATES.has(rate) ? { unit: '%' } : {}),
      })),
    ],
    rows: [
      ...m.groups.map((g): Cell[] => [
        g.name,
        g.n,
        g.gated ? 'pass' : 'skipped',
        ...m.rateNames.map((rate) => intervalCell(g.rates[rate], g.intervals[rate])),
      ]),
      [
        '(overall)',
        m.groups.reduce((n, g) => n + g.n, 0),
        null,
        ...m.rateNames.map((rate) => intervalCell(m.overall[rate] ?? Number.NaN, null)),
      ],
    ],
  };
}

function disparityTable(outcomes: RuleOutcome[], m: Measurement): ReportTable {
  const judged = new Set(outcomes.map((o) => o.rule.metric));
  return {
    id: 'disparities',
    title: `Disparities (${m.method})`,
    columns: [
      { name: 'metric', kind: 'text' },
      { name: 'value', kind: 'interval' },
      { name: 'policy', kind: 'text' },
      { name: 'status', kind: 'status' },
      { name: 'groups', kind: 'text' },
    ],
    rows: [
      ...outcomes.map((o): Cell[] => [
        o.rule.metric,
        intervalCell(o.value, o.interval),
        o.rule.text,
        o.status as Status,
        o.groups.join(' vs '),
      ]),
      ...m.disparities
        .filter((d) => !judged.has(d.name))
        .map((d): Cell[] => [d.name, intervalCell(d.value, d.interval), null, 'info', d.groups.join(' vs ')]),
    ],
  };
}

function rateChart(m: Measurement): Chart | undefined {
  if (m.task !== 'classification') return undefined;
  const series = ['selection_rate', 'true_positive_rate'].map((rate) => ({
    name: RATE_TITLES[rate],
    values: m.groups.map((g) => (Number.isNaN(g.rates[rate]) ? 0 : g.rates[rate])),
    ...(m.resamples > 0
      ? {
          low: m.groups.map((g) => g.intervals[rate]?.low ?? Number.NaN),
          high: m.groups.map((g) => g.intervals[rate]?.high ?? Number.NaN),
        }
      : {}),
  }));
  return {
    id: 'group-rates',
    title: 'Selection rate and true positive rate per group',
    kind: 'bar',
    labels: m.groups.map((g) => g.name),
    series,
    xLabel: 'group',
    yLabel: 'rate',
  };
}

/** The findings, tables, chart and metrics of one fairness measurement judged by `rules`. */
export function fairnessResult(
  counts: Accumulated,
  m: Measurement,
  rules: PolicyRule[],
  options: ResultOptions,
  drift?: BiasDrift,
): FairnessResult {
  const findings: Finding[] = [];
  const gated = m.groups.filter((g) => g.gated);
  const small = m.groups.filter((g) => !g.gated);
  const of = options.sensitiveColumns.join(', ');
  const outcomes: RuleOutcome[] = rules.map((rule) => {
    const d = m.disparities.find((x) => x.name === rule.metric);
    const value = d?.value ?? Number.NaN;
    const interval = d?.interval ?? null;
    const status = judge(rule, value, interval, options.gateOn);
    return {
      rule,
      value,
      interval,
      groups: d?.groups ?? [],
      status,
      ...(status === 'undefined' ? { cause: undefinedCause(rule.metric, m, gated, options) } : {}),
      margin: marginOf(rule, value),
    };
  });
  for (const o of outcomes) {
    if (o.status === 'fail') {
      const between = o.groups.length ? ` (${o.groups.join(' vs ')})` : '';
      const range =
        o.interval && o.interval.low !== null && o.interval.high !== null
          ? `, interval [${formatNumber(o.interval.low)}, ${formatNumber(o.interval.high)}]`
          : '';
      findings.push({
        check: 'fairness-policy',
        severity: 'error',
        message: `${o.rule.metric} is ${formatNumber(o.value)}${range}${between}: breaks the policy ${o.rule.text}${options.gateOn === 'interval' ? ' with its whole interval' : ''}`,
      });
    } else if (o.status === 'undefined' && gated.length > 0) {
      // A rule the gate cannot judge is not kept; the too-few-groups error covers the case of no gated group.
      findings.push({
        check: 'undefined-disparity',
        severity: 'error',
        message: `${o.rule.metric} is undefined (${o.cause}), so ${o.rule.text} could not be checked`,
      });
    }
  }
  if (small.length > 0) {
    findings.push({
      check: 'small-group',
      severity: 'warning',
      count: small.length,
      message: `${small.length} group(s) have fewer than ${options.minGroupSize} rows and are left out of the gate: ${small.map((g) => `${g.name} (${g.n})`).join(', ')}`,
    });
  }
  const largest = Math.max(0, ...m.groups.map((g) => g.n));
  if (gated.length === 0) {
    const unbinned = options.sensitiveColumns.filter((column) => !options.bins[column]);
    const binHint =
      unbinned.length > 0
        ? `, or, if ${unbinned.join(' or ')} is numeric, give bins ('${unbinned[0]}: edge, edge, ...')`
        : '';
    findings.push({
      check: 'too-few-groups',
      severity: 'error',
      message: `no group of ${of} has at least ${options.minGroupSize} rows (min-group-size): of ${m.groups.length} group(s), the largest has ${largest}, so no fairness rule could be checked; lower min-group-size${binHint}`,
    });
  } else if (gated.length < 2) {
    findings.push({
      check: 'too-few-groups',
      severity: 'warning',
      message: `only ${gated.length} group(s) of ${of} have at least ${options.minGroupSize} rows; disparities need two`,
    });
  }
  const relevantRates = new Set(
    m.disparities.flatMap((d) => {
      if (d.name.startsWith('equalized_odds')) return ['true_positive_rate', 'false_positive_rate'];
      if (d.name.startsWith('equal_opportunity')) return ['true_positive_rate'];
      if (d.name.startsWith('false_positive_rate')) return ['false_positive_rate'];
      if (d.name.startsWith('false_negative_rate')) return ['false_negative_rate'];
      if (d.name.startsWith('precision')) return ['precision'];
      if (d.name.startsWith('roc_auc')) return ['roc_auc'];
      return [];
    }),
  );
  for (const rate of relevantRates) {
    const missing = gated.filter((g) => Number.isNaN(g.rates[rate]));
    if (missing.length > 0) {
      findings.push({
        check: 'undefined-rate',
        severity: 'warning',
        count: missing.length,
        message: `${RATE_TITLES[rate]} is undefined for ${missing.map((g) => g.name).join(', ')} (${DENOMINATOR[rate] ?? 'an empty denominator'}); left out of the disparities that use it`,
      });
    }
  }
  if (counts.skippedRows > 0) {
    findings.push({
      check: 'skipped-rows',
      severity: 'warning',
      count: counts.skippedRows,
      share: counts.skippedRows / Math.max(1, counts.rows),
      message: `${counts.skippedRows} row(s) have no label or prediction and were left out`,
      locations: counts.skippedExamples,
    });
  }
  if (counts.unreadableRows > 0) {
    findings.push({
      check: 'unreadable-rows',
      severity: 'warning',
      count: counts.unreadableRows,
      message: `${counts.unreadableRows} row(s) could not be read and were left out`,
    });
  }
  if (drift) findings.push(...drift.findings);

  const tables = [groupTable(m), disparityTable(outcomes, m)];
  if (drift) tables.push(drift.table);
  const chart = rateChart(m);
  const violations = outcomes
    .filter((o) => o.status === 'fail')
    .map((o) => ({ metric: o.rule.metric, value: o.value, rule: o.rule.text, groups: o.groups }));
  const worst = outcomes.reduce<RuleOutcome | undefined>(
    (w, o) => (!w || o.margin > w.margin ? o : w),
    undefined,
  );
  const metrics: CheckResult['metrics'] = {
    rows: counts.rows,
    'skipped-rows': counts.skippedRows,
    groups: m.groups.length,
    'gated-groups': gated.length,
    'small-groups': small.map((g) => g.name),
    method: m.method,
    resamples: m.resamples,
    'violated-rules': violations.map((v) => v.rule),
  };
  for (const d of m.disparities) metrics[d.name] = defined(d.value);
  const broken = violations.length;
  const unchecked = outcomes.filter((o) => o.status === 'undefined');
  const parts = [
    broken > 0
      ? `${broken} of ${rules.length} fairness rule(s) broken across ${gated.length} group(s) of ${of}: ${violations.map((v) => `${v.metric} = ${formatNumber(v.value)}`).join(', ')}`
      : '',
    unchecked.length > 0
      ? `${unchecked.length} of ${rules.length} fairness rule(s) could not be checked: ${unchecked.map((o) => `${o.rule.metric} is undefined (${o.cause})`).join(', ')}`
      : '',
  ].filter((part) => part !== '');
  const summary =
    gated.length === 0
      ? `No group of ${of} has at least ${options.minGroupSize} rows (the largest has ${largest}), so none of the ${rules.length} fairness rule(s) could be checked`
      : parts.length > 0
        ? parts.join('; ')
        : `All ${rules.length} fairness rule(s) hold across ${gated.length} group(s) of ${of} (${counts.rows} rows)`;
  return {
    result: { summary, findings, metrics, tables, charts: chart ? [chart] : [] },
    outcomes,
    violations,
    worst,
  };
}
