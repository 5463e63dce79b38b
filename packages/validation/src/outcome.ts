// What one rule made of the data: a row of the "checks" table, and a finding when it found something.
import { type Finding, type Location, locateRow, type Severity, type Table } from './core.ts';
import type { RuleSeverity } from './schema.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface Outcome {
  check: string;
  column: string | null;
  /** The rule as the schema states it, e.g. "min 0, max 120". */
  rule: string;
  status: CheckStatus;
  count: number;
  findings: Finding[];
}

export function passed(check: string, column: string | null, rule: string): Outcome {
  return { check, column, rule, status: 'pass', count: 0, findings: [] };
}

/** A rule that found `count` problems, reported by `findings` (usually one). */
export function failed(rule: string, count: number, findings: Finding[]): Outcome {
  const [first] = findings;
  return {
    check: first.check,
    column: findings.every((f) => f.column === first.column) ? (first.column ?? null) : null,
    rule,
    status: findings.some((f) => f.severity === 'error') ? 'fail' : 'warn',
    count,
    findings,
  };
}

/** The finding severity of a dataset-level setting; undefined for 'allow', which checks nothing. */
export function severityOf(setting: RuleSeverity): Severity | undefined {
  return setting === 'allow' ? undefined : setting === 'warn' ? 'warning' : 'error';
}

/** Where rows came from, for a finding's locations. */
export function rowLocations(table: Table, rows: Iterable<number>, column?: string): Location[] {
  const locations: Location[] = [];
  for (const row of rows) {
    const { file, line, unit } = locateRow(table, row);
    const location: Location = { file, line, unit };
    if (column !== undefined) location.column = column;
    locations.push(location);
  }
  return locations;
}

/** A row as a message names it: "line 12", or "data/b.csv line 12" when the table spans several files. */
export function rowName(table: Table, row: number): string {
  const { file, line, unit } = locateRow(table, row);
  return table.sources.length > 1 ? `${file} ${unit} ${line}` : `${unit} ${line}`;
}

/** rows / total, 0 for an empty total. */
export function shareOf(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}
