/**
 * Bias drift: this run's disparities and group rates against those of an earlier fairness-gate
 * report.json. A disparity that got worse (a difference that grew, a ratio that shrank) by more than
 * max-disparity-increase is an error; group rates are shown beside their baseline for context.
 */

import {
  type Cell,
  type Finding,
  formatNumber,
  isIntervalValue,
  type ReportTable,
  UserError,
} from '@modelgate/core';
import type { Measurement } from './measure.ts';

export interface BaselineReport {
  disparities: Record<string, number | null>;
  /** group name → rate column title → estimate. */
  groupRates: Map<string, Map<string, number | null>>;
}

export interface BiasDrift {
  findings: Finding[];
  table: ReportTable;
}

/** Reads the parts bias drift needs from a parsed report.json; anything else is a user error naming the file. */
export function parseBaselineReport(json: unknown, file: string): BaselineReport {
  const report = json as {
    action?: unknown;
    metrics?: Record<string, unknown>;
    tables?: { id?: unknown; columns?: { name: string }[]; rows?: unknown[][] }[];
  };
  if (
    !report ||
    typeof report !== 'object' ||
    report.action !== 'fairness-gate' ||
    typeof report.metrics !== 'object'
  ) {
    throw new UserError(
      `baseline ${file} is not a fairness-gate report.json (expected "action": "fairness-gate" and its metrics)`,
    );
  }
  const disparities: Record<string, number | null> = {};
  for (const [name, value] of Object.entries(report.metrics ?? {})) {
    if (/_(difference|ratio)$|^disparate_impact$/.test(name) && (typeof value === 'number' || value === null))
      disparities[name] = value;
  }
  const groupRates = new Map<string, Map<string, number | null>>();
  const groups = report.tables?.find((t) => t.id === 'groups');
  if (groups?.columns && groups.rows) {
    for (const row of groups.rows) {
      const rates = new Map<string, number | null>();
      groups.columns.forEach((column, j) => {
        const cell = row[j] as Cell;
        if (isIntervalValue(cell)) rates.set(column.name, cell.estimate);
      });
      groupRates.set(String(row[0]), rates);
    }
  }
  return { disparities, groupRates };
}

/** How much worse `current` is than `baseline` for this disparity: up for differences, down for ratios. */
export function worsening(name: string, baseline: number, current: number): number {
  if (name === 'statistical_parity_difference') return Math.abs(current) - Math.abs(baseline);
  return name.endsWith('_ratio') || name === 'disparate_impact' ? baseline - current : current - baseline;
}

export function compareWithBaseline(
  m: Measurement,
  baseline: BaselineReport,
  maxIncrease: number,
  file: string,
  groupColumns: { rate: string; title: string }[],
): BiasDrift {
  const findings: Finding[] = [];
  const rows: Cell[][] = [];
  for (const d of m.disparities) {
    const before = baseline.disparities[d.name];
    if (before === undefined) continue;
    const now = Number.isNaN(d.value) ? null : d.value;
    const worse = before === null || now === null ? null : worsening(d.name, before, now);
    const failed = worse !== null && worse > maxIncrease;
    rows.push([d.name, before, now, worse, worse === null ? 'undefined' : failed ? 'fail' : 'pass']);
    if (failed) {
      findings.push({
        check: 'bias-drift',
        severity: 'error',
        message: `${d.name} got worse by ${formatNumber(worse)} since the baseline ${file} (${formatNumber(before ?? Number.NaN)} -> ${formatNumber(now ?? Number.NaN)}), more than max-disparity-increase ${formatNumber(maxIncrease)}`,
      });
    }
  }
  for (const g of m.groups) {
    const before = baseline.groupRates.get(g.name);
    if (!before) continue;
    for (const { rate, title } of groupColumns) {
      const was = before.get(title);
      if (was === undefined) continue;
      const now = Number.isNaN(g.rates[rate]) ? null : g.rates[rate];
      rows.push([`${g.name}: ${title}`, was, now, was === null || now === null ? null : now - was, 'info']);
    }
  }
  return {
    findings,
    table: {
      id: 'bias-drift',
      title: `Against the baseline ${file}`,
      columns: [
        { name: 'metric', kind: 'text' },
        { name: 'baseline', kind: 'number' },
        { name: 'current', kind: 'number' },
        { name: 'worse by / change', kind: 'number' },
        { name: 'status', kind: 'status' },
      ],
      rows,
    },
  };
}
