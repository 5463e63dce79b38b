/**
 * The report as GitHub-flavoured markdown: the body of the sticky PR comment, the check run summary and
 * the job summary. Everything from data is escaped; long parts are folded in <details>; the whole stays
 * under a length limit by leaving out whole blocks (never half a table row or an open <details>) and
 * saying so, with a pointer to the full report artifact.
 */

import { clip, htmlInline, markdownCell, markdownCodeCell, markdownLine, markdownText } from './escape.ts';
import {
  columnHeader,
  describeCounts,
  formatCell,
  formatCount,
  formatLocation,
  formatValue,
  groupBySeverity,
  isNumericColumn,
  SEVERITY_PLURAL,
  VERDICT_LABEL,
} from './format.ts';
import type { Cell, Finding, Report, ReportTable, Severity, Verdict } from './model.ts';
import { renderTextChart } from './text-chart.ts';
import { truncateForDisplay } from './truncate.ts';

export interface MarkdownOptions {
  /** Upper bound on the length of the result (UTF-16 code units, which never undercounts characters). */
  maxLength?: number;
  /** Link to the uploaded report artifact, named in the footer and in the truncation note. */
  artifactUrl?: string;
  /** Most findings listed, errors first. */
  maxFindings?: number;
  /** Most rows shown per report table. */
  maxRows?: number;
}

/** GitHub rejects comments and check run summaries above 65,536 characters; this leaves room for a marker. */
export const DEFAULT_MARKDOWN_MAX_LENGTH = 65_000;
/** The shortest limit renderMarkdown accepts: room for a verdict line and a pointer to the full report. */
export const MIN_MARKDOWN_MAX_LENGTH = 400;

const DEFAULT_MAX_FINDINGS = 50;
const DEFAULT_MAX_ROWS = 50;
/** Metrics shown before the rest fold away. */
const KEY_METRICS = 8;
/** Tables and finding groups longer than this are folded. */
const FOLD_ROWS = 10;
const TEXT_CHARTS = 3;
const LOCATIONS_SHOWN = 3;
// Data text (names, values, messages) past these lengths is cut with a pointer to report.json.
const CELL_CHARS = 300;
const MESSAGE_CHARS = 600;
const SEPARATOR = '\n\n';

export const VERDICT_EMOJI: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_EMOJI: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const SEVERITY_TITLE: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };

/** A piece of the body rendered to fit `budget` characters: complete, cut down (complete: false), or not at all. */
type Block = (budget: number) => { text: string; complete: boolean } | undefined;

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
  if (!(maxLength >= MIN_MARKDOWN_MAX_LENGTH)) {
    throw new RangeError(
      `renderMarkdown: maxLength must be at least ${MIN_MARKDOWN_MAX_LENGTH}, got ${maxLength}`,
    );
  }
  const artifactUrl = safeUrl(opts.artifactUrl);
  const blocks: Block[] = [
    fixed(headline(report)),
    shrinkable(report.summary.length, (chars) => markdownLine(clip(report.summary, chars))),
    ...metricBlocks(report),
    ...findingBlocks(report.findings, opts.maxFindings ?? DEFAULT_MAX_FINDINGS),
    ...chartBlocks(report),
    ...report.tables.map((table) => tableBlock(table, opts.maxRows ?? DEFAULT_MAX_ROWS)),
  ];
  const footerText = footer(report, artifactUrl);

  const whole = blocks.map((block) => block(Number.POSITIVE_INFINITY)?.text ?? '');
  const untruncated = [...whole.filter((text) => text !== ''), footerText].join(SEPARATOR);
  if (untruncated.length <= maxLength) return untruncated;

  // Over the limit: keep blocks in order while they fit, leaving room for the note and the footer.
  const reserved =
    truncationNote(blocks.length, true, artifactUrl).length + footerText.length + 2 * SEPARATOR.length;
  const kept: string[] = [];
  let used = 0;
  let left = 0;
  let shortened = false;
  for (const [index, block] of blocks.entries()) {
    const rendered = block(maxLength - reserved - used - (kept.length > 0 ? SEPARATOR.length : 0));
    if (rendered === undefined) {
      left = blocks.length - index;
      break;
    }
    if (rendered.text === '') continue;
    shortened ||= !rendered.complete;
    used += rendered.text.length + (kept.length > 0 ? SEPARATOR.length : 0);
    kept.push(rendered.text);
  }
  // Without its verdict line a body would mislead; when even that does not fit, say only where the rest is.
  if (kept.length === 0) return minimalBody(report, artifactUrl);
  return [...kept, truncationNote(left, shortened, artifactUrl), footerText].join(SEPARATOR);
}

function fixed(text: string): Block {
  return (budget) => (text.length <= budget ? { text, complete: true } : undefined);
}

/**
 * A block that can show its first `k` of `n` items (rows, characters). The full rendering when it fits,
 * otherwise the largest k >= 1 that fits (render must grow with k), otherwise nothing.
 */
function shrinkable(n: number, render: (k: number) => string): Block {
  return (budget) => {
    const full = render(n);
    if (full.length <= budget) return { text: full, complete: true };
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (render(mid).length <= budget) lo = mid;
      else hi = mid - 1;
    }
    return lo >= 1 ? { text: render(lo), complete: false } : undefined;
  };
}

function headline(report: Report): string {
  const name = report.reportName !== report.action ? ` · ${markdownText(clip(report.reportName, 60))}` : '';
  const verdict = `${VERDICT_EMOJI[report.verdict]} ${VERDICT_LABEL[report.verdict]}`;
  return `## ${verdict} — ${markdownText(clip(report.action, 60))}${name}`;
}

function footer(report: Report, artifactUrl: string | undefined): string {
  const where = artifactUrl
    ? `[Full report](${artifactUrl})`
    : 'Full report: report.html in the run’s artifacts';
  const made = `${markdownText(clip(report.tool.name, 20))} ${markdownText(clip(report.tool.version, 30))}`;
  return `<sub>${where} · ${made} · ${markdownText(clip(report.createdAt, 40))}</sub>`;
}

function truncationNote(left: number, shortened: boolean, artifactUrl: string | undefined): string {
  const where = artifactUrl
    ? `[the full report](${artifactUrl})`
    : 'the full report (report.html in the run’s artifacts)';
  const what = [
    ...(left > 0 ? [`${left} ${left === 1 ? 'section' : 'sections'} left out`] : []),
    ...(shortened ? ['a section cut short'] : []),
  ];
  const detail = what.length > 0 ? ` (${what.join(', ')})` : '';
  return `> **Shortened to fit GitHub’s size limit**${detail}. Everything is in ${where}.`;
}

function minimalBody(report: Report, artifactUrl: string | undefined): string {
  const verdict = `${VERDICT_EMOJI[report.verdict]} ${VERDICT_LABEL[report.verdict]}`;
  const where = artifactUrl ? `[the full report](${artifactUrl})` : 'report.html in the run’s artifacts';
  const body = `## ${verdict}${SEPARATOR}This report is too large to show here; see ${where}.`;
  return body.length <= MIN_MARKDOWN_MAX_LENGTH
    ? body
    : `## ${verdict}${SEPARATOR}This report is too large to show here.`;
}

/** Only http(s) links are used, percent-encoding what would end a markdown link early. */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s]+$/i.test(url) || url.length > 2000) return undefined;
  return url.replace(
    /[()<>[\]"'`\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function metricBlocks(report: Report): Block[] {
  const entries = Object.entries(report.metrics);
  if (entries.length === 0) return [];
  const rows = entries.map(([name, value]) => [
    markdownCell(clip(name, 80)),
    markdownCell(truncateForDisplay(formatValue(value), CELL_CHARS)),
  ]);
  const numeric = entries.every(([, value]) => typeof value === 'number' || value === null);
  const align: Align[] = ['left', numeric ? 'right' : 'left'];
  const key = rows.slice(0, KEY_METRICS);
  const rest = rows.slice(KEY_METRICS);
  const blocks: Block[] = [fixed(`**Key metrics**\n\n${markdownTable(['Metric', 'Value'], key, align)}`)];
  if (rest.length > 0) {
    blocks.push(
      fixed(folded(`${rest.length} more metrics`, markdownTable(['Metric', 'Value'], rest, align))),
    );
  }
  return blocks;
}

function findingBlocks(findings: readonly Finding[], maxFindings: number): Block[] {
  const groups = groupBySeverity(findings);
  if (groups.size === 0) return [fixed('### Findings\n\nNo findings.')];
  const blocks: Block[] = [fixed(`### Findings: ${describeCounts(groups)}`)];
  let room = Math.max(0, maxFindings);
  for (const [severity, group] of groups) {
    const shown = group.slice(0, room);
    room -= shown.length;
    blocks.push(findingGroupBlock(severity, group, shown.length));
  }
  return blocks;
}

/** One severity's findings as a table: errors always open, a long warning list and notices folded. */
function findingGroupBlock(severity: Severity, group: readonly Finding[], limit: number): Block {
  const title = `${SEVERITY_EMOJI[severity]} ${SEVERITY_TITLE[severity]} (${group.length})`;
  const fold = severity === 'notice' || (severity === 'warning' && group.length > FOLD_ROWS);
  const hasColumn = group.some((finding) => finding.column !== undefined);
  const hasCount = group.some((finding) => finding.count !== undefined || finding.share !== undefined);
  const hasWhere = group.some((finding) => (finding.locations?.length ?? 0) > 0);
  const header = [
    'Check',
    ...(hasColumn ? ['Column'] : []),
    'Message',
    ...(hasCount ? ['Count'] : []),
    ...(hasWhere ? ['Where'] : []),
  ];
  const align: Align[] = header.map((name) => (name === 'Count' ? 'right' : 'left'));
  const row = (finding: Finding) => [
    markdownCodeCell(clip(finding.check, 60)),
    ...(hasColumn ? [markdownCell(truncateForDisplay(finding.column ?? '', CELL_CHARS))] : []),
    markdownCell(truncateForDisplay(finding.message, MESSAGE_CHARS)),
    ...(hasCount ? [markdownCell(formatCount(finding))] : []),
    ...(hasWhere ? [whereCell(finding)] : []),
  ];
  const render = (k: number) => {
    const table = markdownTable(header, group.slice(0, k).map(row), align);
    const more =
      k < group.length
        ? `\n\n…and ${group.length - k} more ${SEVERITY_PLURAL[severity]} in the full report.`
        : '';
    return fold ? folded(title, table + more) : `#### ${title}\n\n${table}${more}`;
  };
  if (limit === 0) {
    return fixed(`#### ${title}\n\nNot listed here (the findings limit is reached); see the full report.`);
  }
  return shrinkable(limit, render);
}

function whereCell(finding: Finding): string {
  const locations = finding.locations ?? [];
  const shown = locations
    .slice(0, LOCATIONS_SHOWN)
    .map((location) => markdownCodeCell(clip(formatLocation(location), 120)));
  if (locations.length > LOCATIONS_SHOWN) shown.push(`+${locations.length - LOCATIONS_SHOWN} more`);
  return shown.join('<br>');
}

function chartBlocks(report: Report): Block[] {
  if (report.charts.length === 0) return [];
  const charts = report.charts.slice(0, TEXT_CHARTS).map(renderTextChart);
  const more =
    report.charts.length > TEXT_CHARTS
      ? `\n\n${report.charts.length - TEXT_CHARTS} more charts are in the HTML report.`
      : '';
  return [fixed(`### Charts\n\n\`\`\`text\n${charts.join('\n\n')}\n\`\`\`${more}`)];
}

function tableBlock(table: ReportTable, maxRows: number): Block {
  const name = clip(table.title || table.id, 120);
  const title = markdownText(name);
  if (table.columns.length === 0) return fixed(`#### ${title}\n\nThis table has no columns.`);
  if (table.rows.length === 0) return fixed(`#### ${title}\n\nNo rows.`);
  const header = table.columns.map((column) => markdownCell(clip(columnHeader(column), 80)));
  const align: Align[] = table.columns.map((column) => (isNumericColumn(column) ? 'right' : 'left'));
  const cells = (row: Cell[]) =>
    table.columns.map((column, i) =>
      markdownCell(truncateForDisplay(formatCell(row[i], column, true), CELL_CHARS)),
    );
  const total = table.rows.length;
  const fold = total > FOLD_ROWS;
  const render = (k: number) => {
    const body = markdownTable(header, table.rows.slice(0, k).map(cells), align);
    const note = k < total ? `\n\nShowing ${k} of ${total} rows; all rows are in the full report.` : '';
    return fold
      ? folded(`${htmlInline(name)} (${total} rows)`, body + note)
      : `#### ${title}\n\n${body}${note}`;
  };
  return shrinkable(Math.min(total, Math.max(1, maxRows)), render);
}

type Align = 'left' | 'right';

/** A GFM table from cells that are already escaped. */
function markdownTable(
  header: readonly string[],
  rows: readonly string[][],
  align: readonly Align[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = align.map((side) => (side === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A collapsed section; the blank lines let GitHub render the markdown inside it. */
function folded(summary: string, content: string): string {
  return `<details><summary>${summary}</summary>\n\n${content}\n\n</details>`;
}
