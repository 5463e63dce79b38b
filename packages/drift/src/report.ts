/**
 * Turns a drift measurement into the check's part of the Report: findings, metrics, tables and charts.
 *
 * Severity rule: a drifted column is a warning; dataset drift, prediction drift and a performance drop
 * that calls for a retrain are errors. So fail-on error (the default) fails the step only on those three,
 * and fail-on warning also on any single drifted column. New categories, skipped columns and columns that
 * could not be tested are notices.
 */

import type {
  Cell,
  Chart,
  CheckResult,
  Finding,
  MetricValue,
  ReportTable,
  TableColumn,
} from '@modelgate/core';
import { headerRowHint } from '@modelgate/core';
import type { ColumnDrift, DriftMeasurement } from './detect.ts';
import { formatPercent, formatStatistic } from './format.ts';
import { METHODS, type SharedDistribution } from './methods.ts';
import type { MetricEstimate, PerformanceDrift, PerformanceMetric } from './performance.ts';
import { unreadableRowsFinding } from './readable-rows.ts';

const TOP_CATEGORIES = 10;
const LISTED_CATEGORIES = 5;

export function driftResult(m: DriftMeasurement): CheckResult {
  return {
    summary: summaryLine(m),
    findings: findings(m),
    metrics: metrics(m),
    tables: tables(m),
    charts: charts(m),
  };
}

function summaryLine(m: DriftMeasurement): string {
  const n = m.columns.length;
  const parts: string[] = [];
  if (n > 0) {
    const counted = `${m.driftedColumns.length} of ${n} columns drifted (${formatPercent(m.driftShare)})`;
    parts.push(
      m.datasetDrift
        ? `Dataset drift: ${counted}, at or above the drift share ${formatPercent(m.options.driftShare)}.`
        : `No dataset drift: ${counted}, below the drift share ${formatPercent(m.options.driftShare)}.`,
    );
  }
  if (m.prediction) {
    parts.push(
      m.prediction.drifted ? `Prediction "${m.prediction.column}" drifted.` : 'Prediction did not drift.',
    );
  }
  const p = m.performance;
  if (p) {
    const change = performanceChange(p);
    const noise = !p.retrainNeeded && p.drop !== null && p.drop > p.maxDrop ? ', within sampling noise' : '';
    parts.push(p.retrainNeeded ? `Retrain needed: ${change}.` : `Performance: ${change}${noise}.`);
  }
  const { reference, current } = m.unreadableRows;
  if (reference.count + current.count > 0) {
    parts.push(`Left out as unreadable: ${reference.count} reference and ${current.count} current rows.`);
  }
  return parts.join(' ');
}

/** "accuracy 0.91 → 0.84 (0.07 worse, allowed 0.05)" or, relative, "mae 2 → 3 (50% worse, allowed 20%)" */
function performanceChange(p: PerformanceDrift): string {
  const before = p.reference.metrics[p.metric]?.value;
  const after = p.current.metrics[p.metric]?.value;
  if (before == null || after == null || p.drop === null)
    return `${p.metric} could not be measured on both data sets`;
  const amount = (x: number) =>
    !Number.isFinite(x) ? 'infinitely' : p.dropMode === 'relative' ? formatPercent(x) : formatStatistic(x);
  const change =
    p.drop === 0 ? 'unchanged' : `${amount(Math.abs(p.drop))} ${p.drop > 0 ? 'worse' : 'better'}`;
  return `${p.metric} ${formatStatistic(before)} → ${formatStatistic(after)} (${change}, allowed ${amount(p.maxDrop)})`;
}

function describeDrift(c: ColumnDrift, jsBase: 2 | 'e'): string {
  const reasons: string[] = [];
  if (c.valueDrift && c.method !== null && c.statistic !== null) {
    const info = METHODS[c.method];
    if (info.kind === 'p-value') {
      const adjusted = c.adjustedPValue !== c.pValue ? ' (adjusted)' : '';
      reasons.push(
        `${info.title} p = ${formatStatistic(c.adjustedPValue as number)}${adjusted} < ${c.threshold}`,
      );
    } else {
      const base = c.method === 'jensen-shannon' ? ` (log base ${jsBase})` : '';
      reasons.push(`${info.title}${base} ${formatStatistic(c.statistic)} ≥ ${c.threshold}`);
    }
  } else if (c.valueDrift) {
    reasons.push(c.notes.find((n) => n.startsWith('type changed')) ?? 'type changed');
  }
  if (c.missingDrift) {
    reasons.push(
      `missing share ${formatPercent(c.missingShare.reference)} → ${formatPercent(c.missingShare.current)}`,
    );
  }
  return reasons.join('; ');
}

function findings(m: DriftMeasurement): Finding[] {
  const out: Finding[] = [];
  for (const side of ['reference', 'current'] as const) {
    const unreadable = unreadableRowsFinding(m.unreadableRows[side], side);
    if (unreadable) out.push(unreadable);
  }
  const at = (column: string) => [{ file: m.currentFile, column }];
  if (m.datasetDrift) {
    out.push({
      check: 'dataset-drift',
      severity: 'error',
      message:
        `Dataset drift: ${m.driftedColumns.length} of ${m.columns.length} columns drifted ` +
        `(${formatPercent(m.driftShare)} ≥ ${formatPercent(m.options.driftShare)}): ${m.driftedColumns.join(', ')}`,
      count: m.driftedColumns.length,
      share: m.driftShare,
    });
  }
  if (m.prediction?.drifted) {
    out.push({
      check: 'prediction-drift',
      severity: 'error',
      message: `Prediction "${m.prediction.column}" drifted: ${describeDrift(m.prediction, m.options.jsBase)}`,
      column: m.prediction.column,
      locations: at(m.prediction.column),
    });
  }
  const p = m.performance;
  if (p?.retrainNeeded) {
    out.push({
      check: 'concept-drift',
      severity: 'error',
      message: `Model performance dropped: ${performanceChange(p)}`,
    });
  } else if (p && p.drop !== null && p.drop > p.maxDrop) {
    out.push({
      check: 'concept-drift',
      severity: 'notice',
      message: `Model performance worse beyond the allowed drop, but within sampling noise (the bootstrap intervals overlap), so no retrain: ${performanceChange(p)}`,
    });
  } else if (p && p.drop === null) {
    out.push({
      check: 'concept-drift',
      severity: 'notice',
      message: `Model performance: ${p.notes.join('; ')}`,
    });
  }
  for (const c of m.columns) {
    if (c.drifted) {
      out.push({
        check: 'column-drift',
        severity: 'warning',
        message: `Column "${c.column}" drifted: ${describeDrift(c, m.options.jsBase)}`,
        column: c.column,
        locations: at(c.column),
      });
    }
  }
  for (const c of [...m.columns, ...(m.prediction ? [m.prediction] : [])]) {
    if (c.newCategories.length > 0) {
      out.push({
        check: 'new-categories',
        severity: 'notice',
        message: `Column "${c.column}" has ${c.newCategories.length === 1 ? '1 category' : `${c.newCategories.length} categories`} the reference never had: ${listed(c.newCategories)}`,
        column: c.column,
        count: c.newCategories.length,
        locations: c.newCategoryLocations,
      });
    }
    if (c.undefinedStatistic !== null) {
      out.push({
        check: 'statistic-undefined',
        severity: 'warning',
        message:
          `Column "${c.column}": ${METHODS[c.method as keyof typeof METHODS].title} is undefined (${c.undefinedStatistic}), ` +
          `so whether its values drifted is unknown; it counts as not drifted in the drift share`,
        column: c.column,
        locations: at(c.column),
      });
    }
    if (c.method === null && !c.valueDrift) {
      out.push({
        check: 'column-not-tested',
        severity: 'notice',
        message: `Column "${c.column}": ${c.notes.join('; ')}`,
        column: c.column,
      });
    }
  }
  if (m.missingColumns.length > 0) {
    out.push({
      check: 'missing-columns',
      severity: 'warning',
      message:
        (m.missingColumns.length === 1
          ? `1 reference column is absent from ${m.currentFile}: ${listed(m.missingColumns)}.`
          : `${m.missingColumns.length} reference columns are absent from ${m.currentFile}: ${listed(m.missingColumns)}.`) +
        headerRowHint(m.referenceFile, m.missingColumns) +
        headerRowHint(m.currentFile, m.extraColumns),
      count: m.missingColumns.length,
      locations: [{ file: m.currentFile }],
    });
  }
  if (m.extraColumns.length > 0) {
    out.push({
      check: 'new-columns',
      severity: 'notice',
      message:
        m.extraColumns.length === 1
          ? `1 column of ${m.currentFile} is not in the reference and was not compared: ${listed(m.extraColumns)}`
          : `${m.extraColumns.length} columns of ${m.currentFile} are not in the reference and were not compared: ${listed(m.extraColumns)}`,
      count: m.extraColumns.length,
    });
  }
  if (m.skipped.length > 0) {
    out.push({
      check: 'columns-skipped',
      severity: 'notice',
      message: `Not compared (name them in columns to compare them): ${m.skipped.map((s) => `"${s.column}", ${s.reason}`).join('; ')}`,
      count: m.skipped.length,
    });
  }
  return out;
}

function listed(names: string[]): string {
  const shown = names
    .slice(0, LISTED_CATEGORIES)
    .map((n) => `"${n}"`)
    .join(', ');
  return names.length > LISTED_CATEGORIES ? `${shown} and ${names.length - LISTED_CATEGORIES} more` : shown;
}

function finite(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

function metrics(m: DriftMeasurement): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {
    'drift-detected': m.datasetDrift,
    'drift-share': m.driftShare,
    'drift-share-threshold': m.options.driftShare,
    'drifted-columns': [...m.driftedColumns],
    'drifted-column-count': m.driftedColumns.length,
    'columns-compared': m.columns.length,
    'prediction-drift': m.prediction ? m.prediction.drifted : null,
    'js-log-base': m.options.jsBase === 'e' ? 'e' : '2',
    correction: m.options.correction,
    'unreadable-rows': m.unreadableRows.reference.count + m.unreadableRows.current.count,
    'unreadable-rows-reference': m.unreadableRows.reference.count,
    'unreadable-rows-current': m.unreadableRows.current.count,
  };
  const p = m.performance;
  if (p) {
    out['performance-metric'] = p.metric;
    out['performance-reference'] = finite(p.reference.metrics[p.metric]?.value);
    out['performance-current'] = finite(p.current.metrics[p.metric]?.value);
    out['performance-drop'] = finite(p.drop);
    out['performance-drop-mode'] = p.dropMode;
    out['retrain-needed'] = p.retrainNeeded;
  }
  return out;
}

const TABLE_COLUMNS: TableColumn[] = [
  { name: 'column', kind: 'text' },
  { name: 'type', kind: 'text' },
  { name: 'method', kind: 'text' },
  { name: 'statistic', kind: 'number' },
  { name: 'threshold', kind: 'number' },
  // Distances (PSI, Wasserstein, Jensen-Shannon, ...) have no p-value.
  { name: 'p-value', kind: 'number', nullMeans: 'not applicable' },
  { name: 'adjusted p-value', kind: 'number', nullMeans: 'not applicable' },
  { name: 'drifted', kind: 'text' },
  { name: 'missing (reference)', kind: 'share' },
  { name: 'missing (current)', kind: 'share' },
  { name: 'new categories', kind: 'text' },
  { name: 'note', kind: 'text' },
];

function methodLabel(c: ColumnDrift, m: DriftMeasurement): string | null {
  if (c.method === null) return null;
  return c.method === 'jensen-shannon' ? `jensen-shannon (log base ${m.options.jsBase})` : c.method;
}

/** The column's type as read, and how it was compared when that differs: "integer as categories". */
function typeLabel(c: ColumnDrift): string {
  const textual = c.type === 'category' || c.type === 'string';
  if (c.kind === 'categorical') return textual ? c.type : `${c.type} as categories`;
  return textual ? `${c.type} as numbers` : c.type;
}

function row(c: ColumnDrift, m: DriftMeasurement, withAdjusted: boolean): Cell[] {
  const cells: Cell[] = [
    c.column,
    typeLabel(c),
    methodLabel(c, m),
    finite(c.statistic),
    c.threshold,
    finite(c.pValue),
    finite(c.adjustedPValue),
    // Unknown, not false, when the statistic is undefined (unless the missing share drifted anyway).
    c.undefinedStatistic !== null && !c.drifted ? null : c.drifted,
    c.missingShare.reference,
    c.missingShare.current,
    c.newCategories.length > 0 ? listed(c.newCategories) : null,
    c.notes.length > 0 ? c.notes.join('; ') : null,
  ];
  if (!withAdjusted) cells.splice(6, 1);
  return cells;
}

function tables(m: DriftMeasurement): ReportTable[] {
  const withAdjusted = m.options.correction !== 'none';
  const header = withAdjusted ? TABLE_COLUMNS : TABLE_COLUMNS.filter((c) => c.name !== 'adjusted p-value');
  const out: ReportTable[] = [];
  if (m.columns.length > 0) {
    out.push({
      id: 'columns',
      title: 'Column drift (most drifted first)',
      columns: header,
      rows: m.columns.map((c) => row(c, m, withAdjusted)),
    });
  }
  if (m.prediction) {
    out.push({
      id: 'prediction',
      title: 'Prediction drift',
      columns: header,
      rows: [row(m.prediction, m, withAdjusted)],
    });
  }
  if (m.performance) out.push(performanceTable(m.performance));
  return out;
}

function performanceTable(p: PerformanceDrift): ReportTable {
  const names = (
    p.task === 'classification' ? ['accuracy', 'f1', 'roc-auc'] : ['mae', 'rmse']
  ) as PerformanceMetric[];
  const interval = (e: MetricEstimate | undefined): Cell =>
    e ? { estimate: finite(e.value), low: finite(e.low), high: finite(e.high) } : null;
  const rows: Cell[][] = names
    .filter((name) => p.reference.metrics[name] !== undefined)
    .map((name) => {
      const ref = p.reference.metrics[name];
      const cur = p.current.metrics[name];
      const label =
        name === 'f1'
          ? `f1 (${p.f1Average}${p.positiveLabel !== undefined ? `, positive "${p.positiveLabel}"` : ''})`
          : name;
      return [
        label,
        interval(ref),
        interval(cur),
        name === p.metric ? finite(p.drop) : null,
        name === p.metric,
      ];
    });
  rows.push([
    'rows scored',
    { estimate: p.reference.rows, low: null, high: null },
    { estimate: p.current.rows, low: null, high: null },
    null,
    false,
  ]);
  return {
    id: 'performance',
    title:
      `Model performance (${p.task}; drop is ${p.dropMode}, positive = worse; allowed ` +
      `${p.dropMode === 'relative' ? formatPercent(p.maxDrop) : formatStatistic(p.maxDrop)}` +
      `${p.intervalsSeparated === null ? '' : `; intervals ${p.intervalsSeparated ? 'disjoint' : 'overlap'}`})`,
    columns: [
      { name: 'metric', kind: 'text' },
      { name: 'reference', kind: 'interval' },
      { name: 'current', kind: 'interval' },
      {
        name: p.dropMode === 'relative' ? 'drop (share)' : 'drop',
        kind: p.dropMode === 'relative' ? 'share' : 'number',
      },
      { name: 'gates', kind: 'text' },
    ],
    rows,
  };
}

function charts(m: DriftMeasurement): Chart[] {
  const drifted = [...(m.prediction?.drifted ? [m.prediction] : []), ...m.columns.filter((c) => c.drifted)];
  const out: Chart[] = [];
  const ids = new Set<string>();
  for (const c of drifted.filter((d) => m.distributions.has(d.column)).slice(0, m.options.maxCharts)) {
    const distribution = m.distributions.get(c.column) as SharedDistribution;
    let labels = distribution.labels;
    let refShares = shares(distribution.reference);
    let curShares = shares(distribution.current);
    if (!distribution.binned && labels.length > TOP_CATEGORIES) {
      const order = labels
        .map((_, i) => i)
        .sort((a, b) => Math.max(refShares[b], curShares[b]) - Math.max(refShares[a], curShares[a]));
      const top = order.slice(0, TOP_CATEGORIES);
      const rest = order.slice(TOP_CATEGORIES);
      const restSum = (values: number[]) => rest.reduce((s, i) => s + values[i], 0);
      labels = [...top.map((i) => labels[i]), `other (${rest.length})`];
      [refShares, curShares] = [
        [...top.map((i) => refShares[i]), restSum(refShares)],
        [...top.map((i) => curShares[i]), restSum(curShares)],
      ];
    }
    const slug = `drift-${
      c.column
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'column'
    }`;
    let id = slug;
    for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
    ids.add(id);
    out.push({
      id,
      title: `${c.role === 'prediction' ? 'Prediction' : 'Column'} "${c.column}": reference vs current`,
      kind: distribution.binned ? 'histogram' : 'bar',
      labels,
      series: [
        { name: 'reference', values: refShares },
        { name: 'current', values: curShares },
      ],
      xLabel: distribution.binned ? c.column : `${c.column} (category)`,
      yLabel: 'share of rows with a value',
    });
  }
  return out;
}

function shares(counts: number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => (total === 0 ? 0 : c / total));
}
