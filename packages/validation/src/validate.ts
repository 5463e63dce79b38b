/**
 * validateTable: does this table match its schema? Every rule the schema states (and the dataset-wide ones
 * it configures) runs once; a rule that finds nothing adds a passing row to the "checks" table instead of a
 * finding, so the report shows what was checked as well as what failed.
 *
 * Finding.share is the offending share of all rows, except for constant columns, where it is the top
 * value's share of the column's non-missing cells.
 */
import {
  constantColumn,
  duplicateValues,
  missingValues,
  outOfRange,
  regexMismatch,
  typeMismatch,
  valueNotAllowed,
} from './column-rules.ts';
import { missingCount, readAs } from './column-values.ts';
import type { CheckResult, Column, Finding, ReportTable, Table } from './core.ts';
import {
  type ColumnNeed,
  duplicateRows,
  extraColumns,
  missingColumns,
  primaryKey,
  rowCount,
  unreadableRows,
} from './dataset-rules.ts';
import { formatCount, plural } from './format.ts';
import { type Outcome, severityOf, shareOf } from './outcome.ts';
import { compareQuality } from './quality.ts';
import { type DuplicateScan, findDuplicates, keyColumnOf } from './row-hash.ts';
import type { Schema } from './schema.ts';

export interface ValidateOptions {
  /** Example rows kept per finding (its locations). Default 20. */
  maxExamples?: number;
  /** Validate only these columns (schema and data); a name in neither is reported missing. */
  columns?: readonly string[];
  /** Leave these columns out of every rule. */
  excludeColumns?: readonly string[];
  /**
   * A trusted dataset to compare quality against (compareQuality with the schema's `quality` tolerances,
   * on the selected columns). Its findings, table and metrics join the result and its summary.
   */
  reference?: Table;
}

export const defaultMaxExamples = 20;

/** "data/train.csv", "a.csv and b.csv", "a.csv and 3 more files". */
export function describeSources(table: Table): string {
  const files = [...new Set(table.sources.map((s) => s.file))];
  if (files.length === 0) return 'the data';
  if (files.length <= 2) return files.join(' and ');
  return `${files[0]} and ${plural(files.length - 1, 'more file')}`;
}

const severityOrder = { error: 0, warning: 1, notice: 2 };

function checksTable(outcomes: readonly Outcome[]): ReportTable {
  return {
    id: 'checks',
    title: 'Checks',
    columns: ['check', 'column', 'rule', 'result', 'count'],
    rows: outcomes.map((o) => [o.check, o.column, o.rule, o.status, o.count]),
  };
}

function summarize(table: Table, errors: number, warnings: number, checks: number): string {
  const where = `${plural(table.rowCount, 'row')} of ${describeSources(table)}`;
  if (errors === 0 && warnings === 0) return `All ${formatCount(checks)} checks passed on ${where}`;
  const counts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''];
  return `${counts.filter(Boolean).join(', ')} in ${where}`;
}

const noDuplicates: DuplicateScan = { duplicates: 0, groups: 0, examples: [] };

export function validateTable(table: Table, schema: Schema, options: ValidateOptions = {}): CheckResult {
  const maxExamples = options.maxExamples ?? defaultMaxExamples;
  const selected = options.columns ? new Set(options.columns) : undefined;
  const excluded = new Set(options.excludeColumns ?? []);
  const inScope = (name: string) => (!selected || selected.has(name)) && !excluded.has(name);
  const columns = table.columns.filter((c) => inScope(c.name));
  const byName = new Map(columns.map((c) => [c.name, c]));
  const specs = schema.columns.filter((s) => inScope(s.name));
  const specNames = new Set(specs.map((s) => s.name));
  const files = describeSources(table);

  const outcomes: Outcome[] = [unreadableRows(table, maxExamples)];
  const rows = rowCount(table, schema.rows);
  if (rows) outcomes.push(rows);

  const expected = new Map<string, ColumnNeed>();
  for (const spec of specs) if (spec.required) expected.set(spec.name, 'required by the schema');
  // A key with a column left out of scope cannot be checked at all, rather than checked on part of it.
  const keyNames = schema.primaryKey?.every(inScope) ? schema.primaryKey : [];
  for (const name of keyNames) if (!expected.has(name)) expected.set(name, 'part of the primary key');
  for (const name of selected ?? []) {
    if (!excluded.has(name) && !expected.has(name)) expected.set(name, 'selected for validation');
  }
  outcomes.push(missingColumns(expected, (name) => byName.has(name), files));
  const extra = extraColumns(
    columns.filter((c) => !specNames.has(c.name)).map((c) => c.name),
    severityOf(schema.extraColumns),
  );
  if (extra) outcomes.push(extra);

  const duplicateScan =
    columns.length > 0
      ? findDuplicates(columns.map(keyColumnOf), table.rowCount, { maxExamples })
      : noDuplicates;
  const duplicates = duplicateRows(table, duplicateScan, severityOf(schema.duplicateRows));
  if (duplicates) outcomes.push(duplicates);
  const keyColumns = keyNames.map((name) => byName.get(name)).filter((c) => c !== undefined);
  if (keyNames.length > 0 && keyColumns.length === keyNames.length) {
    outcomes.push(...primaryKey(table, keyColumns, maxExamples));
  }

  let missingCells = 0;
  const constantSeverity = severityOf(schema.constantColumns);
  const columnOutcomes = (column: Column, ruled: (Outcome | undefined)[]) => {
    if (constantSeverity) ruled.push(constantColumn(column, constantSeverity, schema.almostConstantShare));
    for (const outcome of ruled) if (outcome) outcomes.push(outcome);
  };
  for (const spec of specs) {
    const column = byName.get(spec.name);
    if (!column) continue;
    const missing = missingCount(column);
    missingCells += missing;
    const ctx = { table, column, spec, typed: readAs(column, spec.type, maxExamples), maxExamples };
    columnOutcomes(column, [
      typeMismatch(ctx),
      missingValues(ctx, missing),
      outOfRange(ctx),
      valueNotAllowed(ctx),
      regexMismatch(ctx),
      duplicateValues(ctx),
    ]);
  }
  for (const column of columns) {
    if (specNames.has(column.name)) continue;
    missingCells += missingCount(column);
    columnOutcomes(column, []);
  }

  const quality = options.reference
    ? compareQuality(
        { ...options.reference, columns: options.reference.columns.filter((c) => inScope(c.name)) },
        { ...table, columns },
        schema.quality,
      )
    : undefined;
  const findings: Finding[] = [...outcomes.flatMap((o) => o.findings), ...(quality?.findings ?? [])].sort(
    (a, b) => severityOrder[a.severity] - severityOrder[b.severity],
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return {
    summary: summarize(table, errors, warnings, outcomes.length),
    findings,
    metrics: {
      rows: table.rowCount,
      columns: columns.length,
      errors,
      warnings,
      'missing-share': shareOf(missingCells, table.rowCount * columns.length),
      'duplicate-row-share': shareOf(duplicateScan.duplicates, table.rowCount),
      'unreadable-rows': table.problems.length,
      checks: outcomes.length,
      'failed-checks': outcomes.filter((o) => o.status !== 'pass').length,
      ...quality?.metrics,
    },
    tables: quality ? [checksTable(outcomes), quality.table] : [checksTable(outcomes)],
    charts: [],
  };
}
