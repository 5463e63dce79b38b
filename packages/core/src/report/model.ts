/**
 * The one Report model every action produces. It is what report.json holds (see report.schema.json beside
 * this file), what the markdown, HTML and terminal renderers draw, and what later gates read as evidence.
 * Bump REPORT_SCHEMA_VERSION on any change that is not purely additive.
 */

export const REPORT_SCHEMA_VERSION = 1;

export type Verdict = 'pass' | 'warn' | 'fail';
export type Severity = 'error' | 'warning' | 'notice';

export interface Location {
  file: string;
  /** 1-based line in a text file, or 1-based row in a binary file when unit is 'row'. */
  line?: number;
  unit?: 'line' | 'row';
  column?: string;
}

export interface Finding {
  /** Stable id of the check that produced it, e.g. 'missing-values', 'column-drift'. */
  check: string;
  severity: Severity;
  message: string;
  column?: string;
  count?: number;
  share?: number;
  /** Example places; the first few offending lines, not all of them. */
  locations?: Location[];
}

export type Cell = string | number | boolean | null;

export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

export interface ChartSeries {
  name: string;
  values: number[];
}

/** A bar chart or histogram over shared labels (bin ranges or categories); drawn as inline SVG. */
export interface Chart {
  id: string;
  title: string;
  kind: 'histogram' | 'bar';
  labels: string[];
  series: ChartSeries[];
  /** Axis titles for the drawn chart; renderers fall back to a generic name per kind. */
  xLabel?: string;
  yLabel?: string;
}

export type MetricValue = number | string | boolean | null;

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** The action that made it: validate-data, check-drift, ... */
  action: string;
  /** Keys the sticky comment and the check run; defaults to the action name. */
  reportName: string;
  verdict: Verdict;
  /** One sentence a reviewer reads first. */
  summary: string;
  findings: Finding[];
  metrics: Record<string, MetricValue>;
  tables: ReportTable[];
  charts: Chart[];
  /** ISO 8601 time the report was made. */
  createdAt: string;
  /** modelgate version that made it. */
  tool: { name: 'modelgate'; version: string };
}

/** The verdict that follows from findings: any error fails, any warning warns. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

/** What a check returns: everything in a Report that the check itself knows. */
export interface CheckResult {
  summary: string;
  findings: Finding[];
  metrics: Record<string, MetricValue>;
  tables: ReportTable[];
  charts: Chart[];
}
