/**
 * The report for a terminal, as the CLI prints it: verdict, summary, metrics, findings (errors first, with
 * file:line), and the first table fitted to the terminal width. ANSI colour only when asked for; control
 * characters in data are dropped so a report cannot drive the terminal.
 */

import { clip, stripControl } from './escape.ts';
import {
  columnHeader,
  describeCounts,
  formatCell,
  formatCount,
  formatLocation,
  formatValue,
  groupBySeverity,
  isNumericColumn,
  VERDICT_LABEL,
} from './format.ts';
import type { Finding, Report, ReportTable, Severity, Verdict } from './model.ts';
import { truncateForDisplay } from './truncate.ts';

export interface TerminalOptions {
  color: boolean;
  /** Columns available; 80 when absent. */
  width?: number;
  /** Rows shown of the main table. */
  maxRows?: number;
  /** Findings listed, errors first. */
  maxFindings?: number;
}

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;
const INDENT = '  ';
const CELL_WIDTH = 32;
const LOCATIONS_SHOWN = 3;

const VERDICT_MARK: Record<Verdict, string> = { pass: '✔', warn: '▲', fail: '✖' };
const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', notice: '•' };

type Style = (text: string) => string;

interface Palette {
  bold: Style;
  dim: Style;
  verdict: Record<Verdict, Style>;
  severity: Record<Severity, Style>;
}

function palette(color: boolean): Palette {
  const sgr = (code: string): Style => (color ? (text) => `\x1b[${code}m${text}\x1b[0m` : (text) => text);
  const red = sgr('1;31');
  const yellow = sgr('1;33');
  return {
    bold: sgr('1'),
    dim: sgr('2'),
    verdict: { pass: sgr('1;32'), warn: yellow, fail: red },
    severity: { error: red, warning: yellow, notice: sgr('36') },
  };
}

export function renderTerminal(report: Report, opts: TerminalOptions): string {
  const width = Math.max(MIN_WIDTH, Math.floor(opts.width ?? DEFAULT_WIDTH));
  const style = palette(opts.color);
  const name = report.reportName !== report.action ? ` · ${oneLine(report.reportName)}` : '';
  const verdict = style.verdict[report.verdict](
    `${VERDICT_MARK[report.verdict]} ${VERDICT_LABEL[report.verdict].toUpperCase()}`,
  );
  const lines = [
    ...wrap(`${oneLine(report.action)}${name}`, width - 8).map((line, i) =>
      i === 0 ? `${verdict}  ${style.bold(line)}` : `        ${line}`,
    ),
    ...wrap(oneLine(report.summary), width),
  ];
  lines.push(...metricLines(report, width, style));
  lines.push(...findingLines(report.findings, width, style, opts.maxFindings ?? 30));
  if (report.tables.length > 0) lines.push(...tableLines(report.tables[0], width, style, opts.maxRows ?? 20));
  const extras = [
    ...(report.tables.length > 1
      ? [`${report.tables.length - 1} more ${report.tables.length === 2 ? 'table' : 'tables'}`]
      : []),
    ...(report.charts.length > 0
      ? [`${report.charts.length} ${report.charts.length === 1 ? 'chart' : 'charts'}`]
      : []),
  ];
  lines.push(
    '',
    style.dim(
      clip(
        `${extras.length > 0 ? `${extras.join(', ')} in report.html · ` : ''}${oneLine(report.tool.name)} ${oneLine(report.tool.version)} · ${oneLine(report.createdAt)}`,
        width,
      ),
    ),
  );
  return `${lines.join('\n')}\n`;
}

function metricLines(report: Report, width: number, style: Palette): string[] {
  const entries = Object.entries(report.metrics);
  if (entries.length === 0) return [];
  const keyWidth = Math.min(Math.max(...entries.map(([key]) => length(oneLine(key)))), Math.floor(width / 2));
  return [
    '',
    style.bold('Metrics'),
    ...entries.map(([key, value]) => {
      const shownKey = pad(clip(oneLine(key), keyWidth), keyWidth);
      return clip(`${INDENT}${shownKey}  ${oneLine(formatValue(value))}`, width);
    }),
  ];
}

function findingLines(
  findings: readonly Finding[],
  width: number,
  style: Palette,
  maxFindings: number,
): string[] {
  const groups = groupBySeverity(findings);
  if (groups.size === 0) return ['', `${style.bold('Findings')}  none`];
  const ordered = [...groups.values()].flat();
  const shown = ordered.slice(0, Math.max(0, maxFindings));
  const lines = ['', `${style.bold('Findings')}  ${describeCounts(groups)}`];
  const hang = `${INDENT}${' '.repeat(10)}`; // aligns continuation lines under the message
  for (const finding of shown) {
    const label = style.severity[finding.severity](
      pad(`${SEVERITY_MARK[finding.severity]} ${finding.severity}`, 9),
    );
    const subject = [
      oneLine(finding.check),
      ...(finding.column !== undefined ? [oneLine(finding.column)] : []),
    ].join(' · ');
    const count = formatCount(finding);
    lines.push(`${INDENT}${label} ${clip(subject, width - hang.length)}`);
    const message = wrap(`${oneLine(finding.message)}${count ? ` — ${count}` : ''}`, width - hang.length);
    lines.push(...message.map((line) => `${hang}${line}`));
    const locations = finding.locations ?? [];
    if (locations.length > 0) {
      const where = locations.slice(0, LOCATIONS_SHOWN).map((location) => oneLine(formatLocation(location)));
      if (locations.length > LOCATIONS_SHOWN) where.push(`+${locations.length - LOCATIONS_SHOWN} more`);
      where[0] = `at ${where[0]}`;
      lines.push(...wrap(where, width - hang.length, ', ').map((line) => `${hang}${style.dim(line)}`));
    }
  }
  if (ordered.length > shown.length)
    lines.push(`${INDENT}${style.dim(`… ${ordered.length - shown.length} more in report.html`)}`);
  return lines;
}

/** The table with as many whole columns as fit the width (cells clipped to CELL_WIDTH), then a note of the rest. */
function tableLines(table: ReportTable, width: number, style: Palette, maxRows: number): string[] {
  const title = `${style.bold(clip(oneLine(table.title || table.id), width - 14))} (${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'})`;
  if (table.columns.length === 0 || table.rows.length === 0) return ['', title];
  const rows = table.rows
    .slice(0, Math.max(1, maxRows))
    .map((row) => table.columns.map((column, i) => oneLine(formatCell(row[i], column))));
  const headers = table.columns.map((column) => oneLine(columnHeader(column)));
  const widths = headers.map((header, i) =>
    Math.min(CELL_WIDTH, Math.max(length(header), ...rows.map((row) => length(row[i])))),
  );
  const gap = '  ';
  const room = width - INDENT.length;
  let used = 0;
  let fitted = 0;
  while (fitted < widths.length && used + (fitted > 0 ? gap.length : 0) + widths[fitted] <= room) {
    used += (fitted > 0 ? gap.length : 0) + widths[fitted];
    fitted++;
  }
  if (fitted === 0) {
    widths[0] = room; // a first column wider than the terminal is clipped rather than dropped
    fitted = 1;
  }
  const right = table.columns.map(isNumericColumn);
  const line = (cells: string[]) =>
    `${INDENT}${cells
      .slice(0, fitted)
      .map((cell, i) =>
        right[i] ? padStart(clip(cell, widths[i]), widths[i]) : pad(clip(cell, widths[i]), widths[i]),
      )
      .join(gap)}`.trimEnd();
  const lines = [
    '',
    title,
    style.bold(line(headers)),
    style.dim(
      `${INDENT}${widths
        .slice(0, fitted)
        .map((w) => '─'.repeat(w))
        .join(gap)}`,
    ),
    ...rows.map(line),
  ];
  const hidden = table.columns.length - fitted;
  const notes = [
    ...(table.rows.length > rows.length ? [`${table.rows.length - rows.length} more rows`] : []),
    ...(hidden > 0
      ? [`${hidden} more ${hidden === 1 ? 'column' : 'columns'} (${headers.slice(fitted).join(', ')})`]
      : []),
  ];
  if (notes.length > 0) lines.push(style.dim(clip(`${INDENT}… ${notes.join('; ')} in report.html`, width)));
  return lines;
}

/** Data text on one line with no control characters. */
function oneLine(text: string): string {
  return stripControl(truncateForDisplay(text))
    .replace(/\s*[\r\n\t]+\s*/g, ' ')
    .trim();
}

/** Visible length in code points (wide East Asian characters count as one). */
function length(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - length(text))) + text;
}

/**
 * Greedy wrap of words (or of the given items, joined by `separator`, whose comma stays at the end of a
 * line when it breaks); an item longer than the width is split. Linear in the text: a long item is cut
 * into code-point slices once, not re-copied after every line.
 */
function wrap(text: string | readonly string[], width: number, separator = ' '): string[] {
  const max = Math.max(10, width);
  const items = typeof text === 'string' ? text.split(' ') : text;
  const glue = separator.trimEnd();
  const space = separator.slice(glue.length);
  const lines: string[] = [];
  let current = '';
  let currentLength = 0;
  for (const [index, item] of items.entries()) {
    let rest = index < items.length - 1 ? item + glue : item;
    let restLength = length(rest);
    if (restLength > max) {
      if (current) lines.push(current);
      const chars = [...rest];
      let start = 0;
      for (; chars.length - start > max; start += max) lines.push(chars.slice(start, start + max).join(''));
      rest = chars.slice(start).join('');
      restLength = chars.length - start;
      current = '';
      currentLength = 0;
    }
    if (!current) {
      current = rest;
      currentLength = restLength;
    } else if (currentLength + space.length + restLength <= max) {
      current += space + rest;
      currentLength += space.length + restLength;
    } else {
      lines.push(current);
      current = rest;
      currentLength = restLength;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}
