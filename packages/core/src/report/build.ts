import corePackage from '../../package.json' with { type: 'json' };
import { type CheckResult, REPORT_SCHEMA_VERSION, type Report, verdictOf } from './model.ts';

export interface BuildReportOptions {
  /** Time stamped into the report; the current time when absent. */
  now?: Date;
  /** modelgate version to record; this package's version when absent. */
  version?: string;
}

/**
 * Wraps what a check found into the Report every renderer and later gate reads. The verdict follows from
 * the findings; an empty report name falls back to the action name. A result whose tables or charts are
 * malformed (a row or series of the wrong length, a chart value that is not finite) is a bug in the
 * check, so it throws naming the table or chart rather than rendering something misleading.
 */
export function buildReport(
  action: string,
  reportName: string,
  result: CheckResult,
  opts: BuildReportOptions = {},
): Report {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(action)) {
    throw new Error(
      `buildReport: action must be a kebab-case name such as check-drift, got ${JSON.stringify(action)}`,
    );
  }
  const now = opts.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new Error('buildReport: opts.now is an invalid Date');
  assertWellFormed(result);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    action,
    reportName: reportName.trim() === '' ? action : reportName,
    verdict: verdictOf(result.findings),
    summary: result.summary,
    findings: result.findings,
    metrics: result.metrics,
    tables: result.tables,
    charts: result.charts,
    createdAt: now.toISOString(),
    tool: { name: 'modelgate', version: opts.version ?? corePackage.version },
  };
}

function assertWellFormed(result: CheckResult): void {
  const tableIds = new Set<string>();
  for (const table of result.tables) {
    if (tableIds.has(table.id)) throw new Error(`buildReport: two tables have the id "${table.id}"`);
    tableIds.add(table.id);
    table.rows.forEach((row, index) => {
      if (row.length !== table.columns.length) {
        throw new Error(
          `buildReport: table "${table.id}" row ${index + 1} has ${row.length} cells, expected ${table.columns.length} (one per column)`,
        );
      }
    });
  }
  for (const chart of result.charts) {
    for (const series of chart.series) {
      if (series.values.length !== chart.labels.length) {
        throw new Error(
          `buildReport: chart "${chart.id}" series "${series.name}" has ${series.values.length} values, expected ${chart.labels.length} (one per label)`,
        );
      }
      const bad = series.values.findIndex((value) => !Number.isFinite(value));
      if (bad >= 0) {
        throw new Error(
          `buildReport: chart "${chart.id}" series "${series.name}" value ${bad + 1} is ${series.values[bad]}, expected a finite number`,
        );
      }
    }
  }
  for (const finding of result.findings) {
    const { count, share } = finding;
    if (count !== undefined && !(Number.isInteger(count) && count >= 0)) {
      throw new Error(
        `buildReport: finding "${finding.check}" has count ${count}, expected a whole number >= 0`,
      );
    }
    if (share !== undefined && !(share >= 0 && share <= 1)) {
      throw new Error(
        `buildReport: finding "${finding.check}" has share ${share}, expected a number in [0, 1]`,
      );
    }
    for (const location of finding.locations ?? []) {
      const { line } = location;
      if (line !== undefined && !(Number.isInteger(line) && line >= 1)) {
        throw new Error(
          `buildReport: finding "${finding.check}" points at ${location.file} line ${line}, expected a whole number >= 1`,
        );
      }
    }
  }
}
