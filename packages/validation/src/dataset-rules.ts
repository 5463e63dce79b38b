// Rules about the dataset as a whole: rows the reader could not use, the row count, which columns are
// there, repeated rows and the primary key.
// The row-wise ones are fed chunk by chunk and keep counts and their first examples between chunks.
import { cellText } from './column-values.ts';
import { type Column, type Finding, headerRowHint, type Severity, type Table } from './core.ts';
import { DuplicateTracker } from './duplicate-tracker.ts';
import { formatCount, formatList, formatShare, plural, quoteValue } from './format.ts';
import type { SpillArea } from './key-spill.ts';
import { failed, type Outcome, passed, shareOf } from './outcome.ts';
import type { ChunkRows, Provenance, RowRequest } from './provenance.ts';
import { hasMissingKey, keyColumnOf } from './row-hash.ts';
import type { RowRef } from './row-ref.ts';

/** Each row the reader skipped (ragged, unparseable) is an error at its line; past `maxFindings`, one more sums up the rest. */
export function unreadableRows(dataset: Provenance, maxFindings: number): Outcome {
  const rule = 'every row readable';
  const problems = dataset.problems;
  if (problems.length === 0) return passed('unreadable-row', null, rule);
  const unitOf = (file: string) => dataset.unitOfPath(file);
  const findings: Finding[] = problems.slice(0, maxFindings).map((p) => ({
    check: 'unreadable-row',
    severity: 'error',
    count: 1,
    message: `${p.file} ${unitOf(p.file)} ${formatCount(p.line)} could not be read and was left out: ${p.message}`,
    locations: [{ file: p.file, line: p.line, unit: unitOf(p.file) }],
  }));
  const rest = dataset.problemCount - findings.length;
  if (rest > 0) {
    findings.push({
      check: 'unreadable-row',
      severity: 'error',
      count: rest,
      message: `${plural(rest, 'more row')} could not be read and ${rest === 1 ? 'was' : 'were'} left out`,
    });
  }
  return failed(rule, dataset.problemCount, findings);
}

export function rowCount(n: number, rows: { min?: number; max?: number } | undefined): Outcome | undefined {
  if (rows === undefined || (rows.min === undefined && rows.max === undefined)) return undefined;
  const rule = [
    rows.min !== undefined ? `min ${rows.min}` : '',
    rows.max !== undefined ? `max ${rows.max}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const tooFew = rows.min !== undefined && n < rows.min;
  const tooMany = rows.max !== undefined && n > rows.max;
  if (!tooFew && !tooMany) return passed('row-count', null, rule);
  const bound = tooFew
    ? `fewer than the minimum ${formatCount(rows.min as number)}`
    : `more than the maximum ${formatCount(rows.max as number)}`;
  return failed(rule, 1, [
    {
      check: 'row-count',
      severity: 'error',
      count: n,
      message: `The data has ${plural(n, 'row')}, ${bound}`,
    },
  ]);
}

/** Why a column must be in the data: the message names it. */
export type ColumnNeed = 'required by the schema' | 'part of the primary key' | 'selected for validation';

/**
 * Each expected column absent from the data is an error of its own; `unexpected` (the data's columns the
 * schema does not name) may point at a missing header row, which one notice then says.
 */
export function missingColumns(
  expected: ReadonlyMap<string, ColumnNeed>,
  present: (name: string) => boolean,
  files: string,
  unexpected: readonly string[],
): Outcome {
  const rule = `${plural(expected.size, 'expected column')} present`;
  const absent = [...expected].filter(([name]) => !present(name));
  if (absent.length === 0) return passed('missing-column', null, rule);
  const findings: Finding[] = absent.map(([name, need]) => ({
    check: 'missing-column',
    severity: 'error',
    column: name,
    count: 1,
    message: `Column "${name}" is ${need} but is not in ${files}`,
  }));
  const hint = headerRowHint(files, unexpected).trim();
  if (hint) findings.push({ check: 'missing-column', severity: 'notice', count: 1, message: hint });
  return failed(rule, absent.length, findings);
}

/** Columns in the data that the schema does not list, as one finding (there may be thousands). */
export function extraColumns(extra: readonly string[], severity: Severity | undefined): Outcome | undefined {
  if (severity === undefined) return undefined;
  const rule = 'only columns in the schema';
  if (extra.length === 0) return passed('extra-column', null, rule);
  const names = formatList(
    extra.map((n) => `"${n}"`),
    10,
  );
  return failed(rule, extra.length, [
    {
      check: 'extra-column',
      severity,
      count: extra.length,
      message: `${plural(extra.length, 'column is', 'columns are')} not in the schema: ${names}`,
    },
  ]);
}

interface Repeat {
  row: RowRef;
  first: RowRef;
}

/** Rows equal to an earlier row in every column given: counted for the metric, reported when asked. */
export class DuplicateRows {
  private readonly tracker: DuplicateTracker;
  private readonly examples: Repeat[] = [];
  private readonly maxExamples: number;

  /** `expectedRows`: see TrackerOptions.expectedKeys. */
  constructor(maxExamples: number, area?: SpillArea, expectedRows?: number) {
    this.maxExamples = maxExamples;
    this.tracker = new DuplicateTracker({ area, maxExamples, expectedKeys: expectedRows });
  }

  get duplicates(): number {
    return this.tracker.counts.duplicates;
  }

  add(rows: ChunkRows, columns: readonly Column[]): void {
    if (columns.length === 0) return;
    this.tracker.add(columns.map(keyColumnOf), rows.table.rowCount, rows, (row, first) => {
      if (this.examples.length < this.maxExamples) this.examples.push({ row: rows.ref(row), first });
    });
  }

  /** After the last chunk: counts the rows found only now (see DuplicateTracker.finish). */
  settle(): void {
    for (const late of this.tracker.finish()) {
      if (this.examples.length < this.maxExamples) this.examples.push({ row: late.row, first: late.first });
    }
  }

  finish(dataset: Provenance, severity: Severity | undefined): Outcome | undefined {
    if (severity === undefined) return undefined;
    const rule = 'no repeated rows';
    const { duplicates } = this.tracker.counts;
    if (duplicates === 0) return passed('duplicate-rows', null, rule);
    const share = shareOf(duplicates, dataset.rowCount);
    const shown = this.examples
      .slice(0, 3)
      .map((e) => `${dataset.rowName(e.row)} repeats ${dataset.rowName(e.first)}`)
      .join(', ');
    return failed(rule, duplicates, [
      {
        check: 'duplicate-rows',
        severity,
        count: duplicates,
        share,
        message: `${plural(duplicates, 'row repeats', 'rows repeat')} an earlier row in every column (${formatShare(share)} of rows): ${shown}`,
        locations: dataset.locations(this.examples.map((e) => e.row)),
      },
    ]);
  }
}

function keyText(columns: readonly Column[], row: number): string {
  return columns.map((c) => quoteValue(cellText(c, row) ?? '')).join(', ');
}

/** No key cell may be missing, and no two rows may share a key. */
export class PrimaryKey {
  private readonly names: string;
  private readonly maxExamples: number;
  private missingCount = 0;
  private readonly missing: RowRef[] = [];
  private readonly tracker: DuplicateTracker;
  private readonly repeats: (Repeat & { key: string })[] = [];

  /** `expectedRows`: see TrackerOptions.expectedKeys. */
  constructor(names: readonly string[], maxExamples: number, area?: SpillArea, expectedRows?: number) {
    this.names = names.join(', ');
    this.maxExamples = maxExamples;
    this.tracker = new DuplicateTracker({
      ignoreMissing: true,
      area,
      maxExamples,
      expectedKeys: expectedRows,
    });
  }

  add(rows: ChunkRows, columns: readonly Column[]): void {
    const rowCount = rows.table.rowCount;
    const keys = columns.map(keyColumnOf);
    for (let row = 0; row < rowCount; row++) {
      if (!hasMissingKey(keys, row)) continue;
      this.missingCount++;
      if (this.missing.length < this.maxExamples) this.missing.push(rows.ref(row));
    }
    this.tracker.add(keys, rowCount, rows, (row, first) => {
      if (this.repeats.length < this.maxExamples) {
        this.repeats.push({ row: rows.ref(row), first, key: keyText(columns, row) });
      }
    });
  }

  /**
   * After the last chunk: counts the repeats found only now (see DuplicateTracker.finish); their keys'
   * text is read in a second pass, from each chunk's columns at `chunkColumnIndices` (the key's columns).
   */
  settle(chunkColumnIndices: readonly number[]): RowRequest[] {
    return this.tracker.finish().flatMap((late) => {
      if (this.repeats.length >= this.maxExamples) return [];
      const repeat = { row: late.row, first: late.first, key: '' };
      this.repeats.push(repeat);
      const read = (chunk: Table, row: number) => {
        repeat.key = keyText(
          chunkColumnIndices.map((i) => chunk.columns[i]),
          row,
        );
      };
      return [{ ref: repeat.row, read }];
    });
  }

  finish(dataset: Provenance): Outcome[] {
    const names = this.names;
    const rule = `primary-key ${names}`;
    const outcomes: Outcome[] = [];
    const missingCount = this.missingCount;
    if (missingCount === 0) outcomes.push(passed('missing-key', null, rule));
    else {
      const where = this.missing
        .slice(0, 3)
        .map((r) => dataset.rowName(r))
        .join(', ');
      outcomes.push(
        failed(rule, missingCount, [
          {
            check: 'missing-key',
            severity: 'error',
            count: missingCount,
            share: shareOf(missingCount, dataset.rowCount),
            message: `${plural(missingCount, 'row has', 'rows have')} a missing value in the primary key (${names}): ${where}`,
            locations: dataset.locations(this.missing),
          },
        ]),
      );
    }

    const { duplicates, groups } = this.tracker.counts;
    if (duplicates === 0) outcomes.push(passed('duplicate-key', null, rule));
    else {
      const shown = this.repeats
        .slice(0, 3)
        .map((e) => `(${e.key}) on ${dataset.rowName(e.row)}, first on ${dataset.rowName(e.first)}`)
        .join('; ');
      outcomes.push(
        failed(rule, duplicates, [
          {
            check: 'duplicate-key',
            severity: 'error',
            count: duplicates,
            share: shareOf(duplicates, dataset.rowCount),
            message: `${plural(duplicates, 'row repeats', 'rows repeat')} the primary key (${names}) of an earlier row, ${plural(groups, 'key')} in all: ${shown}`,
            locations: dataset.locations(this.repeats.map((e) => e.row)),
          },
        ]),
      );
    }
    return outcomes;
  }
}
