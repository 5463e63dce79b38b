import { isIntervalValue, type ReportTable, STATUSES, type Status, type TableColumn } from './model.ts';

/**
 * Every cell of `table` that does not hold what its column's kind promises, as one line each
 * (`table "rates" row 2 column "rate": expected a share in [0, 1], got 1.5`). The JSON schema cannot see
 * a column's kind from its cells, so tests of every gate run this on the tables the gate builds.
 */
export function tableCellProblems(table: ReportTable): string[] {
  const problems: string[] = [];
  table.rows.forEach((row, r) => {
    table.columns.forEach((column, c) => {
      const cell = row[c];
      if (cell === null) return;
      const expected = cellExpectation(column, cell);
      if (expected !== undefined) {
        problems.push(
          `table "${table.id}" row ${r + 1} column "${column.name}": expected ${expected}, got ${JSON.stringify(cell)}`,
        );
      }
    });
  });
  return problems;
}

/** What the column expected, or undefined when the cell fits. */
function cellExpectation(column: TableColumn, cell: ReportTable['rows'][number][number]): string | undefined {
  const number = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
  switch (column.kind) {
    case 'text':
      return typeof cell === 'string' || typeof cell === 'boolean' ? undefined : 'text';
    case 'count':
      return number(cell) && Number.isInteger(cell) && (cell as number) >= 0 ? undefined : 'a count';
    case 'number':
      return number(cell) ? undefined : 'a finite number (null when undefined)';
    case 'share':
      return number(cell) && (cell as number) >= 0 && (cell as number) <= 1 ? undefined : 'a share in [0, 1]';
    case 'interval': {
      if (!isIntervalValue(cell)) return 'an interval { estimate, low, high }';
      const parts = [cell.estimate, cell.low, cell.high];
      return parts.every((part) => part === null || number(part))
        ? undefined
        : 'finite interval parts or null';
    }
    case 'status':
      return STATUSES.includes(cell as Status) ? undefined : `a status (${STATUSES.join(', ')})`;
  }
}
