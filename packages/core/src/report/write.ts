import { constants } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeFileSystemError, UserError } from '../errors.ts';
import { type Cell, isIntervalValue, type Report } from './model.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

export interface ReportFiles {
  json: string;
  markdown: string;
  html: string;
}

/** The file names every action writes into its report-dir. */
export const REPORT_FILE_NAMES: ReportFiles = {
  json: 'report.json',
  markdown: 'report.md',
  html: 'report.html',
};

// A report file that is a symbolic link (committed in a pull request to point at ~/.bashrc, say) is
// refused, not followed: open fails with ELOOP where the platform has O_NOFOLLOW.
const NO_FOLLOW = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);

/**
 * Writes report.json, report.md and report.html into `dir` (created if missing) and returns their
 * absolute paths. The markdown file is the full body, not cut to a comment's size limit.
 */
export async function writeReportFiles(report: Report, dir: string): Promise<ReportFiles> {
  const root = resolve(dir);
  const paths: ReportFiles = {
    json: join(root, REPORT_FILE_NAMES.json),
    markdown: join(root, REPORT_FILE_NAMES.markdown),
    html: join(root, REPORT_FILE_NAMES.html),
  };
  try {
    await mkdir(root, { recursive: true });
    await Promise.all([
      writeFile(paths.json, serializeReport(report), { flag: NO_FOLLOW }),
      writeFile(paths.markdown, renderMarkdown(report, { maxLength: Number.MAX_SAFE_INTEGER }), {
        flag: NO_FOLLOW,
      }),
      writeFile(paths.html, renderHtml(report), { flag: NO_FOLLOW }),
    ]);
  } catch (error) {
    // A folder the job cannot write (read-only, full, a file in the way) is the user's to fix; anything
    // else (a renderer bug) stays an internal error.
    const reason = describeFileSystemError(error, root);
    if (reason === undefined) throw error;
    throw new UserError(`Cannot write the report files into ${root}: ${reason}`, { cause: error });
  }
  return paths;
}

// Key order of each object in the model, so report.json reads top-down (verdict before details) and is
// byte-identical for equal reports however their objects were assembled.
const REPORT_KEYS = [
  'schemaVersion',
  'action',
  'reportName',
  'verdict',
  'summary',
  'createdAt',
  'tool',
  'metrics',
  'findings',
  'tables',
  'charts',
];
const TOOL_KEYS = ['name', 'version'];
const FINDING_KEYS = ['check', 'severity', 'column', 'message', 'count', 'share', 'locations'];
const LOCATION_KEYS = ['file', 'line', 'unit', 'column'];
const TABLE_KEYS = ['id', 'title', 'columns', 'rows'];
const CHART_KEYS = ['id', 'title', 'kind', 'xLabel', 'yLabel', 'labels', 'series'];
const SERIES_KEYS = ['name', 'values', 'low', 'high', 'boxes'];
const COLUMN_KEYS = ['name', 'kind', 'unit'];
const BOX_KEYS = ['min', 'q1', 'median', 'q3', 'max', 'n'];
const INTERVAL_KEYS = ['estimate', 'low', 'high'];

/**
 * report.json's text: two-space indented, keys in the model's order (keys the model does not know follow,
 * sorted), metrics in the order the check gave them. Non-finite numbers become null, as in all JSON.
 */
export function serializeReport(report: Report): string {
  const ordered = pick(report, REPORT_KEYS, {
    tool: (tool) => pick(tool as object, TOOL_KEYS),
    findings: (findings) =>
      (findings as Report['findings']).map((finding) =>
        pick(finding, FINDING_KEYS, {
          locations: (locations) => (locations as object[]).map((location) => pick(location, LOCATION_KEYS)),
        }),
      ),
    tables: (tables) =>
      (tables as object[]).map((table) =>
        pick(table, TABLE_KEYS, {
          columns: (columns) => (columns as object[]).map((column) => pick(column, COLUMN_KEYS)),
          rows: (rows) =>
            (rows as Cell[][]).map((row) =>
              row.map((cell) => (isIntervalValue(cell) ? pick(cell, INTERVAL_KEYS) : cell)),
            ),
        }),
      ),
    charts: (charts) =>
      (charts as object[]).map((chart) =>
        pick(chart, CHART_KEYS, {
          series: (series) =>
            (series as object[]).map((s) =>
              pick(s, SERIES_KEYS, {
                boxes: (boxes) => (boxes as object[]).map((box) => pick(box, BOX_KEYS)),
              }),
            ),
        }),
      ),
  });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A copy of `object` with `keys` first in that order, then any other keys sorted; undefined values dropped. */
function pick(
  object: object,
  keys: readonly string[],
  nested: Record<string, (value: unknown) => unknown> = {},
): Record<string, unknown> {
  const source = object as Record<string, unknown>;
  const extra = Object.keys(source)
    .filter((key) => !keys.includes(key))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...keys, ...extra]) {
    const value = source[key];
    if (value === undefined) continue;
    out[key] = nested[key] ? nested[key](value) : value;
  }
  return out;
}
