/**
 * The rows the reader could not use (ragged, not a JSON object, ...), on either side of a comparison.
 * A drift verdict is only as good as the rows it read: unreadable rows are counted and reported, and a
 * side with no readable row at all is an unusable input, never a comparison that passes.
 */

import { DataError, type Finding, type RowProblem, type Table } from '@modelgate/core';
import type { DatasetSummary } from './summary.ts';

export interface UnreadableRows {
  /** Every row left out. */
  count: number;
  /** The first of them, as the reader kept them. */
  problems: RowProblem[];
  /** Rows that were read. */
  readRows: number;
  /** Files whose problems are numbered by row, not by line (Parquet). */
  rowNumberedFiles: string[];
}

export function unreadableRowsOf(data: Table | DatasetSummary): UnreadableRows {
  return {
    count: data.problemCount ?? data.problems.length,
    problems: data.problems,
    readRows: data.rowCount,
    rowNumberedFiles: [...new Set(data.sources.filter((s) => s.format === 'parquet').map((s) => s.file))],
  };
}

/**
 * Throws a DataError (exit 2 in the CLI, a failed step in the action) when `data` has no readable row:
 * every row unreadable, or no row at all (a header-only file). Only then: a partly readable side is
 * compared on what was read, and its unreadable rows are reported.
 */
export function requireReadableRows(data: Table | DatasetSummary, side: string): void {
  if (data.rowCount > 0) return;
  const { count, problems } = unreadableRowsOf(data);
  const first = problems[0];
  if (count > 0 && first) {
    const rows = count === 1 ? '1 row' : `all ${count} rows`;
    throw new DataError(
      first.file,
      `the ${side} data has no readable row (${rows} could not be read; the first: ${first.message}), so there is nothing to compare`,
      first.line,
    );
  }
  const files = [...new Set(data.sources.map((s) => s.file))];
  throw new DataError(
    files.length > 0 ? files.join(', ') : side,
    `the ${side} data has 0 rows (no data under its header), so there is nothing to compare`,
  );
}

/** Rows an unreadable-rows finding points at; the count covers them all. */
const LOCATED_ROWS = 10;

/**
 * One warning per side that left rows out: how many, where the first ones are and why the first could
 * not be read. A warning, not an error: the comparison ran on the rows that were read (fail-on warning
 * fails on it); a side with none was refused before (requireReadableRows).
 */
export function unreadableRowsFinding(rows: UnreadableRows, side: string): Finding | undefined {
  const { count, problems } = rows;
  if (count === 0) return undefined;
  const first = problems[0];
  const total = rows.readRows + count;
  return {
    check: 'unreadable-rows',
    severity: 'warning',
    message:
      `${count} of ${total} ${side} rows could not be read and were left out of the comparison` +
      (first ? ` (the first, ${first.file}:${first.line}: ${first.message})` : ''),
    count,
    share: count / total,
    locations: problems.slice(0, LOCATED_ROWS).map((p) => ({
      file: p.file,
      line: p.line,
      unit: rows.rowNumberedFiles.includes(p.file) ? 'row' : 'line',
    })),
  };
}
