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

/** A status word in a table: how one row fared against its gate. */
export type Status = 'pass' | 'warn' | 'fail' | 'undefined' | 'skipped' | 'info';

export const STATUSES: readonly Status[] = ['pass', 'warn', 'fail', 'undefined', 'skipped', 'info'];

/**
 * An estimate with its interval, e.g. a rate with its bootstrap interval. null in any part means that
 * part is undefined (an empty denominator, too few rows for an interval); it is shown as such, never as 0.
 */
export interface IntervalValue {
  estimate: number | null;
  low: number | null;
  high: number | null;
}

/**
 * What a column holds, so every renderer shows it the same way:
 * - text: any string (names, messages); count: a non-negative integer;
 * - number: a real number, with `unit` when it has one (ms, MB, ...);
 * - share: a number in [0, 1], shown as a percentage;
 * - interval: an IntervalValue (its parts are shares when `unit` is '%', else numbers);
 * - status: one of STATUSES, shown as a word with an icon.
 * A null cell in any column means undefined or not applicable (see `nullMeans`), and is shown as such.
 */
export type ColumnKind = 'text' | 'count' | 'number' | 'share' | 'interval' | 'status';

export interface TableColumn {
  name: string;
  kind: ColumnKind;
  /** The unit of a number or interval column, shown in the header: `latency (ms)`. */
  unit?: string;
  /**
   * What a null cell of this column stands for: a figure that could not be computed ('undefined', the
   * default but in text columns) or one that does not apply to the row ('not applicable', shown as "—";
   * a p-value of a method that has none).
   */
  nullMeans?: 'undefined' | 'not applicable';
}

export type Cell = string | number | boolean | null | IntervalValue;

export interface ReportTable {
  id: string;
  title: string;
  columns: TableColumn[];
  /** One cell per column, of the column's kind (or null). */
  rows: Cell[][];
}

export interface ChartSeries {
  name: string;
  /** One value per label (for a box chart, each box's median). */
  values: number[];
  /** An interval per bar, aligned with values; NaN where a bar has none. Both or neither. */
  low?: number[];
  high?: number[];
  /** A box chart's five-number summaries, one per label. */
  boxes?: BoxSummary[];
}

/** The five numbers a box plot draws, and how many values they summarise. */
export interface BoxSummary {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  n: number;
}

export type ChartKind = 'histogram' | 'bar' | 'box';

/**
 * A chart over shared labels (bin ranges, categories or groups), drawn as inline SVG in HTML and as
 * compact text elsewhere: a histogram or bar chart (bars may carry intervals), or a box chart whose series
 * carry one BoxSummary per label.
 */
export interface Chart {
  id: string;
  title: string;
  kind: ChartKind;
  labels: string[];
  series: ChartSeries[];
  /** Axis titles for the drawn chart; renderers fall back to a generic name per kind. */
  xLabel?: string;
  yLabel?: string;
}

/** A metric: a figure, a word, a flag, a list of names (e.g. the drifted columns), or null for undefined. */
export type MetricValue = number | string | boolean | null | string[];

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

/** True when a cell is an IntervalValue (an object), not a scalar. */
export function isIntervalValue(cell: Cell | undefined): cell is IntervalValue {
  return typeof cell === 'object' && cell !== null;
}
