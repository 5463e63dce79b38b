/**
 * Plain-text formatting shared by the markdown, HTML and terminal renderers, so the three show the same
 * numbers the same way. Output is unescaped text; each renderer escapes for its medium.
 */

import {
  type Cell,
  type Finding,
  type IntervalValue,
  isIntervalValue,
  type Location,
  type MetricValue,
  type Severity,
  type Status,
  type TableColumn,
  type Verdict,
} from './model.ts';

/**
 * A number for people: integers with thousands separators (12,345); values below 1,000 with 4 significant
 * digits (0.04213, 123.5); larger ones with one decimal (1,250.5); magnitudes below 0.001 or from 1e15 in
 * exponent form (1.2e-12). NaN and infinities are spelled out rather than hidden.
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15 || (magnitude < 1e-3 && value !== 0)) return trimExponent(value.toExponential(2));
  if (Number.isInteger(value) || magnitude >= 1e3) return groupDigits(value, 1);
  return trimZeros(value.toPrecision(4));
}

/**
 * `value` rounded to at most `fractionDigits` decimals, with thousands separators: 1250.05 -> "1,250.1"
 * with one decimal. As Intl.NumberFormat('en-US') writes it: the shortest decimal that reads back as the
 * double (what String gives), rounded half away from zero; but never "-0", which Intl writes for a negative
 * value that rounds to zero. Written by hand because the first Intl.NumberFormat of a process sets up ICU:
 * 12 to 25 ms, measured, of the action's start-up.
 */
export function groupDigits(value: number, fractionDigits: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  // String gives the shortest digits that read back as the double, as [whole][.fraction][e+-exponent]. The
  // value is then 0.<digits> x 10^point.
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const leadingZeros = (whole + fraction).search(/[1-9]|$/);
  let digits = (whole + fraction).slice(leadingZeros);
  let point = whole.length - leadingZeros + Number(exponent);
  const kept = point + fractionDigits;
  if (kept < digits.length) {
    const roundUp = kept >= 0 && digits[kept] >= '5';
    digits = kept > 0 ? digits.slice(0, kept) : '';
    if (roundUp) {
      const carried = (BigInt(`0${digits}`) + 1n).toString();
      if (carried.length > digits.length) point += 1;
      digits = carried;
    }
  }
  const integer = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
  const decimals = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0)))
    .slice(0, fractionDigits)
    .replace(/0+$/, '');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = decimals ? `${grouped}.${decimals}` : grouped;
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/**
 * A number as a user writes it in a schema or an input (no grouping, up to 6 significant digits): used to
 * echo a bound or a setting back, where formatNumber's 4 digits could show a bound the data does not meet
 * as one it does.
 */
export function formatPlainNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(6)));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function trimExponent(text: string): string {
  const [mantissa, exponent] = text.split('e');
  return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
}

/**
 * A share in [0, 1] as a percentage, with enough digits to tell small shares apart and never rounding a
 * share that is not all into "100%": 0.1234 -> "12.3%", 0.0005 -> "0.05%", 0.00001 -> "<0.01%",
 * 0.99995 -> ">99.9%". A negative share (a change) keeps its sign; NaN and infinities are spelled out.
 * The one share formatter of modelgate: reports, finding messages and CLI lines all use it.
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return formatNumber(share);
  if (share < 0) return `-${formatShare(-share)}`;
  if (share === 0) return '0%';
  const percent = share * 100;
  if (percent < 0.01) return '<0.01%';
  if (percent < 1) return `${Number(percent.toPrecision(2))}%`;
  const shown = Number(percent.toFixed(1));
  return shown === 100 && percent < 100 ? '>99.9%' : `${shown}%`;
}

/** A metric value as text; null (a value that does not exist) is an em dash, a list is comma-separated. */
export function formatValue(value: MetricValue): string {
  if (value === null) return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return value;
}

/** What a null cell in a column of figures reads as: the figure is undefined, not zero. */
export const UNDEFINED_TEXT = 'undefined';

export const STATUS_ICON: Record<Status, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  undefined: '❔',
  skipped: '⏭️',
  info: 'ℹ️',
};

/**
 * A table cell as text, the way its column's kind says: a share as a percentage, an interval as
 * `0.42 [0.4, 0.44]`, a status as its word (with its icon when `icons`), null as "undefined" in a column
 * of figures or statuses and "—" in a text column or one whose nulls mean "not applicable". A cell of
 * another type than its column's (a bug in a check) is still shown, as its plain value, rather than hidden.
 */
export function formatCell(cell: Cell | undefined, column: TableColumn, icons = false): string {
  if (cell === null || cell === undefined) {
    const means = column.nullMeans ?? (column.kind === 'text' ? 'not applicable' : 'undefined');
    return means === 'undefined' ? UNDEFINED_TEXT : '—';
  }
  if (isIntervalValue(cell)) return formatInterval(cell, column.unit === '%');
  if (typeof cell === 'number') {
    if (column.kind === 'share' || (column.kind === 'interval' && column.unit === '%'))
      return formatShare(cell);
    return formatNumber(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (column.kind === 'status' && icons && cell in STATUS_ICON)
    return `${STATUS_ICON[cell as Status]} ${cell}`;
  return cell;
}

/** `0.42 [0.4, 0.44]`, each part a share when `asShare`; an undefined part is spelled "undefined". */
export function formatInterval(interval: IntervalValue, asShare = false): string {
  const part = (value: number | null) =>
    value === null ? UNDEFINED_TEXT : asShare ? formatShare(value) : formatNumber(value);
  if (interval.low === null && interval.high === null) return part(interval.estimate);
  return `${part(interval.estimate)} [${part(interval.low)}, ${part(interval.high)}]`;
}

/** A column's header: its name, and its unit in parentheses when it has one (`latency (ms)`). */
export function columnHeader(column: TableColumn): string {
  return column.unit !== undefined && column.unit !== '' && column.unit !== '%'
    ? `${column.name} (${column.unit})`
    : column.name;
}

/** `file:line` for a line of a text file, `file:row N` for a row of a binary file such as Parquet. */
export function formatLocation(location: Location): string {
  if (location.line === undefined) return location.file;
  return location.unit === 'row'
    ? `${location.file}:row ${location.line}`
    : `${location.file}:${location.line}`;
}

/** Count and share of a finding, e.g. "1,234 (12.3%)"; empty when the finding has neither. */
export function formatCount(finding: Finding): string {
  const parts: string[] = [];
  if (finding.count !== undefined) parts.push(formatNumber(finding.count));
  if (finding.share !== undefined) {
    parts.push(parts.length > 0 ? `(${formatShare(finding.share)})` : formatShare(finding.share));
  }
  return parts.join(' ');
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export const SEVERITY_PLURAL: Record<Severity, string> = {
  error: 'errors',
  warning: 'warnings',
  notice: 'notices',
};

export const VERDICT_LABEL: Record<Verdict, string> = { pass: 'Pass', warn: 'Warn', fail: 'Fail' };

/** Findings by severity, errors first; the order within a severity is the check's own. */
export function groupBySeverity(findings: readonly Finding[]): Map<Severity, Finding[]> {
  const groups = new Map<Severity, Finding[]>();
  for (const severity of SEVERITIES) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length > 0) groups.set(severity, group);
  }
  return groups;
}

/** "2 errors, 1 warning" — the counts of each present severity. */
export function describeCounts(groups: Map<Severity, Finding[]>): string {
  return [...groups]
    .map(
      ([severity, group]) =>
        `${formatNumber(group.length)} ${group.length === 1 ? severity : SEVERITY_PLURAL[severity]}`,
    )
    .join(', ');
}

/** True when a column holds figures (counts, numbers, shares, intervals), so renderers right-align it. */
export function isNumericColumn(column: TableColumn): boolean {
  return (
    column.kind === 'count' ||
    column.kind === 'number' ||
    column.kind === 'share' ||
    column.kind === 'interval'
  );
}
