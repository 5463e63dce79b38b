/**
 * validateTable / validateChunks: does this dataset match its schema? Every rule the schema states (and the
 * dataset-wide ones it configures) runs once; a rule that finds nothing adds a passing row to the "checks"
 * table instead of a finding, so the report shows what was checked as well as what failed.
 *
 * Finding.share is the offending share of all rows, except for constant columns, where it is the top
 * value's share of the column's non-missing cells.
 *
 * Both run the same Validation: every rule is fed the data chunk by chunk (a whole table is one chunk) and
 * keeps per-column state between chunks, so memory grows with the columns, not the rows, except for the
 * rules on row identity (duplicate rows, primary key, unique), which keep a 128-bit hash and the first
 * place of each distinct key (see duplicate-tracker.ts) in memory up to `keyMemory`, then on disk. A second
 * pass over the data is made only when a column with very many distinct values could still be almost
 * constant (see MajorityCounter), when the quality comparison's common columns are fewer than the
 * validated ones (its duplicate rows are counted on those), or when keys spilled to disk and the
 * messages must quote the values of repeats found only at the end.
 */
import {
  type ColumnChunk,
  type ColumnRule,
  constantColumn,
  makeDuplicateValues,
  makeMissingValues,
  makeOutOfRange,
  makeRegexMismatch,
  makeTypeMismatch,
  makeValueNotAllowed,
} from './column-rules.ts';
import { countedValuesPerColumn, MajorityCounter } from './column-stats.ts';
import { ColumnReading, missingAmong, missingCount } from './column-values.ts';
import {
  type CheckResult,
  type Column,
  DataError,
  type Finding,
  type ReportTable,
  type Table,
  type TableChunk,
} from './core.ts';
import {
  type ColumnNeed,
  DuplicateRows,
  extraColumns,
  missingColumns,
  PrimaryKey,
  rowCount,
  unreadableRows,
} from './dataset-rules.ts';
import { DuplicateTracker } from './duplicate-tracker.ts';
import { formatCount, plural } from './format.ts';
import { SpillArea } from './key-spill.ts';
import { type Outcome, severityOf, shareOf } from './outcome.ts';
import { Provenance, type RowRequest } from './provenance.ts';
import { compareProfiles, type QualityProfile, QualityProfiler } from './quality.ts';
import { keyColumnOf } from './row-hash.ts';
import { NO_PLACES } from './row-ref.ts';
import type { ColumnSchema, Schema } from './schema.ts';

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
  /**
   * Distinct values per column counted exactly before only the majority vote follows a column (see
   * MajorityCounter). Default: 1,024, fewer for very wide data (about a million in all).
   */
  countedValues?: number;
  /**
   * Bytes of hash-set slots the row-identity rules (duplicate rows, primary key, unique, the quality
   * comparison's duplicate rows) may hold in all before their keys go to disk. Default 128 MB.
   */
  keyMemory?: number;
  /** The folder the spilled keys' temp folder is made in. Default RUNNER_TEMP, else the OS's temp folder. */
  spillFolder?: string;
  /**
   * About how many rows the data has (an estimate, such as estimateRows gives): the row-identity rules
   * size their key sets for that many at once, within `keyMemory`. Saves time and peak memory; any value
   * (or none) gives the same result.
   */
  expectedRows?: number;
}

export interface ValidateChunksOptions extends Omit<ValidateOptions, 'reference'> {
  /** The reference dataset (see ValidateOptions.reference), opened when it is needed. */
  reference?: () => AsyncIterable<TableChunk>;
  /** The maxInvalidExamples the data was read with (ReadOptions; default 20 there and here). */
  maxInvalidExamples?: number;
}

export const defaultMaxExamples = 20;
const defaultMaxInvalidExamples = 20;

export const severityOrder = { error: 0, warning: 1, notice: 2 };

/** A row's file index and line as one number (exact while files stay below 2^21). */
function placeKey(file: number, line: number): number {
  return file * 2 ** 32 + line;
}

/** One row per rule run: what it checked and what it found. */
export function checksTable(outcomes: readonly Outcome[]): ReportTable {
  return {
    id: 'checks',
    title: 'Checks',
    columns: [
      { name: 'check', kind: 'text' },
      { name: 'column', kind: 'text' },
      { name: 'rule', kind: 'text' },
      { name: 'result', kind: 'status' },
      { name: 'count', kind: 'count' },
    ],
    rows: outcomes.map((o) => [o.check, o.column, o.rule, o.status, o.count]),
  };
}

function summarize(dataset: Provenance, errors: number, warnings: number, checks: number): string {
  const where = `${plural(dataset.rowCount, 'row')} of ${dataset.describe()}`;
  if (errors === 0 && warnings === 0) return `All ${formatCount(checks)} checks passed on ${where}`;
  const counts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''];
  return `${counts.filter(Boolean).join(', ')} in ${where}`;
}

/** A column of the data in scope, and what is kept about it between chunks. */
interface ColumnState {
  name: string;
  /** Its index among a chunk's columns. */
  index: number;
  spec?: ColumnSchema;
  reading?: ColumnReading;
  rules: ColumnRule[];
  missing: number;
  majority?: MajorityCounter;
}

/**
 * The quality comparison with a reference, planned before the second pass: the reference's profile and,
 * when it shares fewer columns than were validated, a tracker for the duplicate rows on the shared
 * columns (fed in the second pass; otherwise the comparison uses the validated duplicate rows).
 */
interface ComparisonPlan {
  reference: QualityProfile;
  commonDuplicates?: { tracker: DuplicateTracker; indices: number[] };
}

/** A pass over the data made after the first one (see the module comment). */
interface SecondPass {
  add(chunk: Table): void;
}

/** One validation of one dataset: `add` every chunk in order, then `finish`. */
class Validation {
  private readonly schema: Schema;
  private readonly maxExamples: number;
  private readonly maxInvalidExamples: number;
  private readonly countedValues: number | undefined;
  private readonly expectedRows: number | undefined;
  private readonly selected: Set<string> | undefined;
  private readonly excluded: Set<string>;
  /** Whether the comparison with a reference will need each column's majority. */
  private readonly comparing: boolean;
  private readonly dataset = new Provenance();
  private readonly duplicates: DuplicateRows;
  private columns: ColumnState[] | undefined;
  private primaryKey: { rule: PrimaryKey; indices: number[] } | undefined;
  /** Memory budget and temp folder of every row-identity rule of the run (the reference's too). */
  readonly area: SpillArea;
  /** Rows whose cells rules need read again (repeats found after spilling), by place. */
  private requests = new Map<number, RowRequest[]>();

  constructor(
    schema: Schema,
    options: Omit<ValidateOptions, 'reference'>,
    maxInvalidExamples: number,
    comparing: boolean,
  ) {
    this.schema = schema;
    this.maxExamples = options.maxExamples ?? defaultMaxExamples;
    // A finding names at least its first example row.
    if (!Number.isSafeInteger(this.maxExamples) || this.maxExamples < 1) {
      throw new TypeError(
        `validate option maxExamples must be a positive integer, got ${options.maxExamples}`,
      );
    }
    this.maxInvalidExamples = maxInvalidExamples;
    this.countedValues = options.countedValues;
    this.expectedRows = options.expectedRows;
    this.selected = options.columns ? new Set(options.columns) : undefined;
    this.excluded = new Set(options.excludeColumns ?? []);
    this.comparing = comparing;
    this.area = new SpillArea(options.keyMemory, options.spillFolder);
    this.duplicates = new DuplicateRows(this.maxExamples, this.area, this.expectedRows);
  }

  /** Removes what the run spilled to disk. */
  close(): void {
    this.area.close();
  }

  private inScope(name: string): boolean {
    return (!this.selected || this.selected.has(name)) && !this.excluded.has(name);
  }

  /** The schema's entries in scope, in schema order. */
  private specs(): ColumnSchema[] {
    return this.schema.columns.filter((s) => this.inScope(s.name));
  }

  /** The primary key's names, or none when a key column is out of scope (it cannot be checked in part). */
  private keyNames(): string[] {
    return this.schema.primaryKey?.every((name) => this.inScope(name)) ? this.schema.primaryKey : [];
  }

  /** The in-scope columns of the data, in data order. */
  get columnNames(): string[] {
    return (this.columns ?? []).map((c) => c.name);
  }

  /** Rules are made when the first chunk shows the columns and their types (the same in every chunk). */
  private setUp(chunk: Table): ColumnState[] {
    const specByName = new Map(this.specs().map((s) => [s.name, s]));
    const inScope = chunk.columns.map((c, index) => ({ c, index })).filter(({ c }) => this.inScope(c.name));
    const constants = severityOf(this.schema.constantColumns) !== undefined;
    const counted = constants ? (this.countedValues ?? countedValuesPerColumn(inScope.length)) : 1;
    const states = inScope.map(({ c, index }): ColumnState => {
      const spec = specByName.get(c.name);
      const m = this.maxExamples;
      const rules = spec
        ? [
            makeTypeMismatch(spec, m),
            makeMissingValues(spec, m),
            makeOutOfRange(spec, c, m),
            makeValueNotAllowed(spec, c, m),
            makeRegexMismatch(spec, c, m),
            makeDuplicateValues(spec, m, this.area, this.expectedRows),
          ].filter((rule) => rule !== undefined)
        : [];
      return {
        name: c.name,
        index,
        spec,
        reading: spec ? new ColumnReading(spec.type, m, this.maxInvalidExamples) : undefined,
        rules,
        missing: 0,
        majority: constants || this.comparing ? new MajorityCounter(counted) : undefined,
      };
    });
    const keyNames = this.keyNames();
    const byName = new Map(states.map((s) => [s.name, s.index]));
    if (keyNames.length > 0 && keyNames.every((name) => byName.has(name))) {
      this.primaryKey = {
        rule: new PrimaryKey(keyNames, this.maxExamples, this.area, this.expectedRows),
        indices: keyNames.map((name) => byName.get(name) as number),
      };
    }
    return states;
  }

  add(chunk: Table): void {
    this.columns ??= this.setUp(chunk);
    const rows = this.dataset.add(chunk);
    const columnsOf = (indices: readonly number[]) => indices.map((i) => chunk.columns[i]);
    this.duplicates.add(rows, columnsOf(this.columns.map((c) => c.index)));
    if (this.primaryKey) this.primaryKey.rule.add(rows, columnsOf(this.primaryKey.indices));
    for (const state of this.columns) {
      const column = chunk.columns[state.index];
      const missing = state.majority
        ? missingAmong(column, state.majority.add(column))
        : missingCount(column);
      state.missing += missing;
      if (!state.reading) continue;
      const part: ColumnChunk = { rows, column, typed: state.reading.read(column), missing };
      for (const rule of state.rules) rule.add(part);
    }
  }

  /** After the last chunk: completes the row-identity counts and notes the rows to read again. */
  /**
   * A dataset of no row at all (a header-only file) is unusable input, never a pass: every rule would hold
   * on nothing. Rows that were there but could not be read are findings of their own (unreadableRows).
   */
  requireRows(): void {
    if (this.dataset.rowCount > 0 || this.dataset.problemCount > 0) return;
    throw new DataError(
      this.dataset.describe(),
      'the data has 0 rows (no data under its header), so there is nothing to validate',
    );
  }

  settle(): void {
    this.duplicates.settle();
    const requests: RowRequest[] = [];
    if (this.primaryKey) requests.push(...this.primaryKey.rule.settle(this.primaryKey.indices));
    for (const state of this.columns ?? []) {
      for (const rule of state.rules) if (rule.settle) requests.push(...rule.settle(state.index));
    }
    for (const request of requests) {
      const at = placeKey(request.ref.file, request.ref.line);
      const same = this.requests.get(at);
      if (same) same.push(request);
      else this.requests.set(at, [request]);
    }
  }

  /**
   * Plans the comparison with `reference` (profiled after `settle`): whether its duplicate rows must be
   * counted again, in the second pass, on the columns it shares.
   */
  planComparison(reference: QualityProfile): ComparisonPlan {
    const columns = this.columns ?? [];
    const common = reference.columns.map((c) => c.name);
    if (common.length === 0 || common.length >= columns.length) return { reference };
    const byName = new Map(columns.map((c) => [c.name, c.index]));
    const tracker = new DuplicateTracker({ area: this.area });
    return { reference, commonDuplicates: { tracker, indices: common.map((n) => byName.get(n) as number) } };
  }

  /**
   * The second pass, when one is needed: recounting majority candidates, counting the duplicate rows the
   * comparison planned, and reading the rows `settle` noted.
   */
  secondPass(comparison: ComparisonPlan | undefined): SecondPass | undefined {
    const columns = this.columns ?? [];
    const share = this.schema.almostConstantShare;
    const constants = severityOf(this.schema.constantColumns) !== undefined;
    const recount = constants ? columns.filter((c) => c.majority?.needsRecount(share)) : [];
    const commonDuplicates = comparison?.commonDuplicates;
    const requests = this.requests;
    if (recount.length === 0 && !commonDuplicates && requests.size === 0) return undefined;
    const dataset = this.dataset;
    return {
      add(chunk) {
        if (requests.size > 0) {
          const rows = dataset.place(chunk);
          for (let row = 0; row < chunk.rowCount; row++) {
            const wanted = requests.get(placeKey(rows.file(row), rows.line(row)));
            if (wanted) for (const request of wanted) request.read(chunk, row);
          }
        }
        for (const state of recount) state.majority?.recount(chunk.columns[state.index]);
        if (commonDuplicates) {
          const keys = commonDuplicates.indices.map((i) => keyColumnOf(chunk.columns[i] as Column));
          commonDuplicates.tracker.add(keys, chunk.rowCount, NO_PLACES);
        }
      },
    };
  }

  /** What the data looks like to the quality comparison, on the columns its reference has. */
  private profile(comparison: ComparisonPlan): QualityProfile {
    const common = new Set(comparison.reference.columns.map((c) => c.name));
    const columns = (this.columns ?? []).filter((c) => common.has(c.name));
    const duplicates =
      columns.length === 0
        ? 0
        : (comparison.commonDuplicates?.tracker.counts.duplicates ?? this.duplicates.duplicates);
    return {
      rowCount: this.dataset.rowCount,
      duplicates,
      columns: columns.map((c) => ({
        name: c.name,
        missing: c.missing,
        majority: (c.majority as MajorityCounter).result(),
      })),
    };
  }

  finish(comparison: ComparisonPlan | undefined): CheckResult {
    comparison?.commonDuplicates?.tracker.finish();
    const dataset = this.dataset;
    const schema = this.schema;
    const columns = this.columns ?? [];
    const present = new Set(columns.map((c) => c.name));
    const specs = this.specs();
    const specNames = new Set(specs.map((s) => s.name));

    const outcomes: Outcome[] = [unreadableRows(dataset, this.maxExamples)];
    const rows = rowCount(dataset.rowCount, schema.rows);
    if (rows) outcomes.push(rows);

    const expected = new Map<string, ColumnNeed>();
    for (const spec of specs) if (spec.required) expected.set(spec.name, 'required by the schema');
    for (const name of this.keyNames())
      if (!expected.has(name)) expected.set(name, 'part of the primary key');
    for (const name of this.selected ?? []) {
      if (!this.excluded.has(name) && !expected.has(name)) expected.set(name, 'selected for validation');
    }
    const unexpected = columns.filter((c) => !specNames.has(c.name)).map((c) => c.name);
    outcomes.push(missingColumns(expected, (name) => present.has(name), dataset.describe(), unexpected));
    const extra = extraColumns(unexpected, severityOf(schema.extraColumns));
    if (extra) outcomes.push(extra);
    const duplicates = this.duplicates.finish(dataset, severityOf(schema.duplicateRows));
    if (duplicates) outcomes.push(duplicates);
    if (this.primaryKey) outcomes.push(...this.primaryKey.rule.finish(dataset));

    const constantSeverity = severityOf(schema.constantColumns);
    const columnOutcomes = (state: ColumnState) => {
      for (const rule of state.rules) outcomes.push(rule.finish(dataset));
      if (constantSeverity && state.majority) {
        outcomes.push(
          constantColumn(state.name, state.majority, constantSeverity, schema.almostConstantShare),
        );
      }
    };
    const stateByName = new Map(columns.map((c) => [c.name, c]));
    for (const spec of specs) {
      const state = stateByName.get(spec.name);
      if (state) columnOutcomes(state);
    }
    for (const state of columns) if (!state.spec) columnOutcomes(state);
    const missingCells = columns.reduce((sum, c) => sum + c.missing, 0);

    const quality = comparison
      ? compareProfiles(comparison.reference, this.profile(comparison), schema.quality)
      : undefined;
    const findings: Finding[] = [...outcomes.flatMap((o) => o.findings), ...(quality?.findings ?? [])].sort(
      (a, b) => severityOrder[a.severity] - severityOrder[b.severity],
    );
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    return {
      summary: summarize(dataset, errors, warnings, outcomes.length),
      findings,
      metrics: {
        rows: dataset.rowCount,
        columns: columns.length,
        errors,
        warnings,
        'missing-share': shareOf(missingCells, dataset.rowCount * columns.length),
        'duplicate-row-share': shareOf(this.duplicates.duplicates, dataset.rowCount),
        'unreadable-rows': dataset.problemCount,
        checks: outcomes.length,
        'failed-checks': outcomes.filter((o) => o.status !== 'pass').length,
        ...quality?.metrics,
      },
      tables: quality ? [checksTable(outcomes), quality.table] : [checksTable(outcomes)],
      charts: [],
    };
  }
}

/** A whole table validated (with a reference table to compare quality against, if given). */
export function validateTable(table: Table, schema: Schema, options: ValidateOptions = {}): CheckResult {
  const validation = new Validation(
    schema,
    options,
    Number.POSITIVE_INFINITY,
    options.reference !== undefined,
  );
  try {
    validation.add(table);
    validation.requireRows();
    validation.settle();
    let comparison: ComparisonPlan | undefined;
    if (options.reference) {
      const profiler = new QualityProfiler(validation.columnNames, validation.area);
      profiler.add(options.reference);
      comparison = validation.planComparison(profiler.finish());
    }
    validation.secondPass(comparison)?.add(table);
    return validation.finish(comparison);
  } finally {
    validation.close();
  }
}

/**
 * A dataset validated chunk by chunk, as validateTable would validate it read whole: the same result for
 * any chunk size. `open` is called once per pass over the data (a second pass is rare, see the module
 * comment); each call must yield the same chunks' rows (readTableChunks with the same inputs and options).
 */
export async function validateChunks(
  open: () => AsyncIterable<TableChunk>,
  schema: Schema,
  options: ValidateChunksOptions = {},
): Promise<CheckResult> {
  const validation = new Validation(
    schema,
    options,
    options.maxInvalidExamples ?? defaultMaxInvalidExamples,
    options.reference !== undefined,
  );
  try {
    for await (const chunk of open()) validation.add(chunk);
    validation.requireRows();
    validation.settle();
    let comparison: ComparisonPlan | undefined;
    if (options.reference) {
      const profiler = new QualityProfiler(validation.columnNames, validation.area);
      for await (const chunk of options.reference()) profiler.add(chunk);
      comparison = validation.planComparison(profiler.finish());
    }
    const second = validation.secondPass(comparison);
    if (second) for await (const chunk of open()) second.add(chunk);
    return validation.finish(comparison);
  } finally {
    validation.close();
  }
}
