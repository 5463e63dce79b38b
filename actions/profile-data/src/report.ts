import type { CheckResult, Finding, ReportTable } from '@modelgate/core';
import { formatShare } from '@modelgate/core';
import type { ColumnProfile, DatasetProfile } from '@modelgate/profile';
import type { Moments } from '@modelgate/stats';

const TOP_CATEGORIES = 3;

function topCategories(column: ColumnProfile): string | null {
  const part = column.categories;
  if (!part) return null;
  const counts = part.exact
    ? [...part.exact].sort((a, b) => b[1] - a[1])
    : (part.frequent?.frequentItems('no-false-positives').map((row) => [row.item, row.estimate] as const) ??
      []);
  const shown = counts
    .slice(0, TOP_CATEGORIES)
    .map(([name, count]) => `${name} (${formatShare(count / part.total)})`);
  return shown.join(', ') + (part.exact ? '' : ' (approximate)');
}

/**
 * The sample standard deviation (ddof 1): what pandas' describe() and Spark's stddev show, which users
 * hold the report against. None below two values, where pandas shows NaN.
 */
function sampleStd(m: Moments): number | null {
  return m.count < 2 ? null : Math.sqrt(m.m2 / (m.count - 1)) * m.scale;
}

function columnRow(column: ColumnProfile): (string | number | null)[] {
  const numeric = column.numeric && column.numeric.moments.count > 0 ? column.numeric.moments : null;
  return [
    column.name,
    Object.keys(column.types).join(', '),
    column.rows,
    column.rows > 0 ? column.missing / column.rows : null,
    column.invalid,
    column.distinct ? Math.round(column.distinct.estimate()) : null,
    numeric ? numeric.min : null,
    numeric ? numeric.mean : null,
    numeric ? sampleStd(numeric) : null,
    numeric ? numeric.max : null,
    topCategories(column),
  ];
}

export function profileResult(profile: DatasetProfile, digest: string): CheckResult {
  const findings: Finding[] = [];
  if (profile.sources.length === 0) {
    findings.push({
      check: 'empty-shard',
      severity: 'notice',
      message: 'This shard holds no file: its profile is empty and merges as nothing.',
    });
  }
  if (profile.unreadableRows > 0) {
    findings.push({
      check: 'unreadable-rows',
      severity: 'warning',
      message: `${profile.unreadableRows} rows could not be read and are not in the profile`,
      count: profile.unreadableRows,
    });
  }
  const table: ReportTable = {
    id: 'columns',
    title: 'Columns',
    columns: [
      { name: 'column', kind: 'text' },
      { name: 'type', kind: 'text' },
      { name: 'rows', kind: 'count' },
      { name: 'missing', kind: 'share' },
      { name: 'unreadable cells', kind: 'count' },
      { name: 'distinct (estimate)', kind: 'count' },
      { name: 'min', kind: 'number' },
      { name: 'mean', kind: 'number' },
      { name: 'std (ddof 1)', kind: 'number' },
      { name: 'max', kind: 'number' },
      { name: 'most common', kind: 'text' },
    ],
    rows: profile.columns.map(columnRow),
  };
  return {
    summary: `Profiled ${profile.rows} rows of ${profile.columns.length} columns from ${profile.sources.length} file${profile.sources.length === 1 ? '' : 's'}.`,
    findings,
    metrics: {
      rows: profile.rows,
      columns: profile.columns.length,
      'unreadable-rows': profile.unreadableRows,
      digest,
    },
    tables: [table],
    charts: [],
  };
}
