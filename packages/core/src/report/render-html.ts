/**
 * The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script and nothing
 * fetched from the network (a Content-Security-Policy says so to the browser as well). Every string from
 * the report is HTML-escaped.
 */

import { clip, escapeHtml, stripControl } from './escape.ts';
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
import type { Finding, MetricValue, Report, ReportTable, Verdict } from './model.ts';
import { renderChartSvg } from './svg.ts';
import { truncateForDisplay } from './truncate.ts';

/** Rows drawn per table; report.json holds the rest. */
export const HTML_MAX_ROWS = 10_000;
/** Findings listed; report.json holds the rest. */
export const HTML_MAX_FINDINGS = 5_000;
const LOCATIONS_SHOWN = 5;

const VERDICT_ICON: Record<Verdict, string> = { pass: '✓', warn: '!', fail: '✕' };

export function renderHtml(report: Report): string {
  const name = report.reportName !== report.action ? report.reportName : '';
  const title = `${VERDICT_LABEL[report.verdict]} · ${report.action}${name ? ` · ${name}` : ''}`;
  const sections = [
    metricsSection(report),
    findingsSection(report.findings),
    chartsSection(report),
    tablesSection(report),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${text(clip(title, 200))}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top ${text(report.verdict)}">
<div class="verdict"><span class="icon" aria-hidden="true">${VERDICT_ICON[report.verdict]}</span>${VERDICT_LABEL[report.verdict]}</div>
<div class="heading">
<h1>${text(name || report.action)}</h1>
<p class="meta">${name ? `${text(report.action)} · ` : ''}${timeElement(report.createdAt)} · ${text(report.tool.name)} ${text(report.tool.version)}</p>
</div>
</header>
<main>
<p class="summary">${text(report.summary)}</p>
${sections.filter((section) => section !== '').join('\n')}
</main>
</body>
</html>
`;
}

/** Escaped text with control characters dropped. */
function text(value: string): string {
  return escapeHtml(stripControl(truncateForDisplay(value)));
}

function timeElement(createdAt: string): string {
  const time = new Date(createdAt);
  const shown = Number.isNaN(time.getTime())
    ? createdAt
    : `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  return `<time datetime="${text(createdAt)}">${text(shown)}</time>`;
}

function metricsSection(report: Report): string {
  const entries = Object.entries(report.metrics);
  if (entries.length === 0) return '';
  const items = entries.map(
    ([key, value]) =>
      `<div class="metric"><dt>${text(key)}</dt><dd class="${metricClass(value)}">${text(formatValue(value))}</dd></div>`,
  );
  return `<section><h2>Metrics</h2><dl class="metrics">${items.join('')}</dl></section>`;
}

/** Numbers in tabular figures; long text in a smaller size so a card does not become a wall of bold. */
function metricClass(value: MetricValue): string {
  if (typeof value === 'number') return 'num';
  return formatValue(value).length > 18 ? 'long' : '';
}

function findingsSection(findings: readonly Finding[]): string {
  const groups = groupBySeverity(findings);
  if (groups.size === 0) return '<section><h2>Findings</h2><p class="none">No findings.</p></section>';
  const ordered = [...groups.values()].flat();
  const shown = ordered.slice(0, HTML_MAX_FINDINGS).map(findingItem);
  const more =
    ordered.length > HTML_MAX_FINDINGS
      ? `<p class="note">${ordered.length - HTML_MAX_FINDINGS} more findings are in report.json.</p>`
      : '';
  return `<section><h2>Findings <span class="count">${text(describeCounts(groups))}</span></h2><ul class="findings">${shown.join('')}</ul>${more}</section>`;
}

function findingItem(finding: Finding): string {
  const facts = [
    `<code>${text(finding.check)}</code>`,
    ...(finding.column !== undefined ? [`column <strong>${text(finding.column)}</strong>`] : []),
    ...(finding.count !== undefined || finding.share !== undefined ? [text(formatCount(finding))] : []),
  ];
  const locations = finding.locations ?? [];
  const where = locations
    .slice(0, LOCATIONS_SHOWN)
    .map((location) => `<code>${text(formatLocation(location))}</code>`);
  if (locations.length > LOCATIONS_SHOWN) where.push(`+${locations.length - LOCATIONS_SHOWN} more`);
  return (
    `<li class="finding ${text(finding.severity)}"><span class="badge">${text(finding.severity)}</span><div>` +
    `<p class="message">${text(finding.message)}</p>` +
    `<p class="facts">${facts.join('<span class="dot">·</span>')}</p>` +
    (where.length > 0 ? `<p class="where">${where.join(' ')}</p>` : '') +
    '</div></li>'
  );
}

function chartsSection(report: Report): string {
  if (report.charts.length === 0) return '';
  const figures = report.charts.map(
    (chart) => `<figure><figcaption>${text(chart.title)}</figcaption>${renderChartSvg(chart)}</figure>`,
  );
  return `<section><h2>Charts</h2><div class="charts">${figures.join('')}</div></section>`;
}

function tablesSection(report: Report): string {
  return report.tables.map(tableSection).join('\n');
}

function tableSection(table: ReportTable): string {
  const heading = `<h2>${text(table.title || table.id)} <span class="count">${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'}</span></h2>`;
  if (table.columns.length === 0 || table.rows.length === 0) {
    return `<section>${heading}<p class="none">No ${table.columns.length === 0 ? 'columns' : 'rows'}.</p></section>`;
  }
  const numeric = table.columns.map(isNumericColumn);
  const cls = (i: number) => (numeric[i] ? ' class="num"' : '');
  const head = table.columns
    .map((column, i) => `<th scope="col"${cls(i)}>${text(columnHeader(column))}</th>`)
    .join('');
  const rows = table.rows
    .slice(0, HTML_MAX_ROWS)
    .map(
      (row) =>
        `<tr>${table.columns.map((column, i) => `<td${cls(i)}>${text(formatCell(row[i], column, true))}</td>`).join('')}</tr>`,
    );
  const more =
    table.rows.length > HTML_MAX_ROWS
      ? `<p class="note">Showing ${HTML_MAX_ROWS} of ${table.rows.length} rows; report.json holds all of them.</p>`
      : '';
  return `<section>${heading}<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>${more}</section>`;
}

const STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #2f6fdb; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main, .top { max-width: 1120px; margin: 0 auto; padding: 0 28px; }
.top { display: flex; align-items: center; gap: 20px; padding-top: 28px; padding-bottom: 20px; border-bottom: 1px solid var(--line); }
.verdict { display: flex; align-items: center; gap: 8px; padding: 8px 16px 8px 10px; border-radius: 999px; font-weight: 650; font-size: 17px; white-space: nowrap; }
.verdict .icon { display: inline-grid; place-items: center; width: 26px; height: 26px; border-radius: 50%; color: #fff; font-size: 15px; }
.pass .verdict { background: #dafbe1; color: #116329; } .pass .verdict .icon { background: #1a7f37; }
.warn .verdict { background: #fff8c5; color: #7d4e00; } .warn .verdict .icon { background: #bf8700; }
.fail .verdict { background: #ffebe9; color: #a40e26; } .fail .verdict .icon { background: #cf222e; }
h1 { margin: 0; font-size: 24px; line-height: 1.25; overflow-wrap: anywhere; }
.meta { margin: 2px 0 0; color: var(--muted); font-size: 14px; overflow-wrap: anywhere; }
.summary { font-size: 17px; margin: 22px 0 8px; overflow-wrap: anywhere; white-space: pre-line; }
section { margin: 30px 0; }
h2 { font-size: 18px; margin: 0 0 12px; overflow-wrap: anywhere; }
h2 .count { color: var(--muted); font-weight: 400; font-size: 14px; margin-left: 6px; }
.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 0; }
.metric { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft); min-width: 0; }
.metric dt { color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.metric dd { margin: 2px 0 0; font-size: 20px; font-weight: 600; overflow-wrap: anywhere; }
.metric dd.long { font-size: 15px; font-weight: 500; }
.num { font-variant-numeric: tabular-nums; }
.findings { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.finding { display: flex; gap: 14px; align-items: flex-start; padding: 12px 16px; border-top: 1px solid var(--line); border-left: 4px solid transparent; }
.finding:first-child { border-top: 0; }
.finding.error { border-left-color: #cf222e; } .finding.warning { border-left-color: #bf8700; } .finding.notice { border-left-color: #2f6fdb; }
.badge { flex: none; width: 68px; text-align: center; border-radius: 999px; padding: 1px 0; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; margin-top: 2px; }
.error .badge { background: #ffebe9; color: #a40e26; } .warning .badge { background: #fff8c5; color: #7d4e00; } .notice .badge { background: #ddf4ff; color: #0a3069; }
.finding > div { min-width: 0; }
.finding p { margin: 0; overflow-wrap: anywhere; }
.message { white-space: pre-line; }
.facts, .where { color: var(--muted); font-size: 13px; margin-top: 3px !important; }
.dot { margin: 0 7px; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); border: 1px solid var(--line); border-radius: 5px; padding: 0 5px; }
.where code { margin-right: 4px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px 12px 6px; min-width: 0; }
figcaption { font-weight: 600; margin: 0 0 2px 4px; overflow-wrap: anywhere; }
svg { display: block; width: 100%; height: auto; }
.table-wrap { overflow: auto; max-height: 640px; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { padding: 7px 12px; text-align: left; border-bottom: 1px solid var(--line); vertical-align: top; white-space: pre-line; }
th { position: sticky; top: 0; background: var(--soft); font-weight: 600; color: var(--muted); font-size: 13px; }
th.num, td.num { text-align: right; }
tbody tr:nth-child(even) { background: #fbfcfd; }
tbody tr:hover { background: #f0f6ff; }
tbody tr:last-child td { border-bottom: 0; }
.none, .note { color: var(--muted); }
@media print { .table-wrap { max-height: none; overflow: visible; } }
`;
