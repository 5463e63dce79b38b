// What one rule made of the data: a row of the "checks" table, and a finding when it found something.
// A rule is fed the dataset chunk by chunk (`add`) and says what it found once the data is done (`finish`).
import type { Finding, Severity } from './core.ts';
import type { Provenance } from './provenance.ts';
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

/** rows / total, 0 for an empty total. */
export function shareOf(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** A rule's state between chunks. `C` is what it is fed per chunk; `finish` names rows through `dataset`. */
export interface Rule<C> {
  add(chunk: C): void;
  finish(dataset: Provenance): Outcome;
}
