// Rules about the dataset as a whole: rows the reader could not use, the row count, which columns are
// there, repeated rows and the primary key.
import { cellText } from './column-values.ts';
import type { Column, Finding, Location, Severity, Table } from './core.ts';
import { formatCount, formatList, formatShare, plural, quoteValue } from './format.ts';
import { failed, type Outcome, passed, rowLocations, rowName, shareOf } from './outcome.ts';
import { type DuplicateScan, findDuplicates, keyColumnOf } from './row-hash.ts';

/** Each row the reader skipped (ragged, unparseable) is an error at its line; past `maxFindings`, one more sums up the rest. */
export function unreadableRows(table: Table, maxFindings: number): Outcome {
  const rule = 'every row readable';
  const problems = table.problems;
  if (problems.length === 0) return passed('unreadable-row', null, rule);
  const unitOf = (file: string): Location['unit'] =>
    table.sources.find((s) => s.file === file)?.format === 'parquet' ? 'row' : 'line';
  const findings: Finding[] = problems.slice(0, maxFindings).map((p) => ({
    check: 'unreadable-row',
    severity: 'error',
    count: 1,
    message: `${p.file} ${unitOf(p.file)} ${formatCount(p.line)} could not be read and was left out: ${p.message}`,
    locations: [{ file: p.file, line: p.line, unit: unitOf(p.file) }],
  }));
  const rest = problems.length - findings.length;
  if (rest > 0) {
    findings.push({
      check: 'unreadable-row',
      severity: 'error',
      count: rest,
      message: `${plural(rest, 'more row')} could not be read and ${rest === 1 ? 'was' : 'were'} left out`,
    });
  }
  return failed(rule, problems.length, findings);
}

export function rowCount(
  table: Table,
  rows: { min?: number; max?: number } | undefined,
): Outcome | undefined {
  if (rows === undefined || (rows.min === undefined && rows.max === undefined)) return undefined;
  const rule = [
    rows.min !== undefined ? `min ${rows.min}` : '',
    rows.max !== undefined ? `max ${rows.max}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const n = table.rowCount;
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

/** Each expected column absent from the data is an error of its own. */
export function missingColumns(
  expected: ReadonlyMap<string, ColumnNeed>,
  present: (name: string) => boolean,
  files: string,
): Outcome {
  const rule = `${plural(expected.size, 'expected column')} present`;
  const absent = [...expected].filter(([name]) => !present(name));
  if (absent.length === 0) return passed('missing-column', null, rule);
  return failed(
    rule,
    absent.length,
    absent.map(([name, need]) => ({
      check: 'missing-column',
      severity: 'error',
      column: name,
      count: 1,
      message: `Column "${name}" is ${need} but is not in ${files}`,
    })),
  );
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

export function duplicateRows(
  table: Table,
  scan: DuplicateScan,
  severity: Severity | undefined,
): Outcome | undefined {
  if (severity === undefined) return undefined;
  const rule = 'no repeated rows';
  if (scan.duplicates === 0) return passed('duplicate-rows', null, rule);
  const share = shareOf(scan.duplicates, table.rowCount);
  const shown = scan.examples
    .slice(0, 3)
    .map((e) => `${rowName(table, e.row)} repeats ${rowName(table, e.first)}`)
    .join(', ');
  return failed(rule, scan.duplicates, [
    {
      check: 'duplicate-rows',
      severity,
      count: scan.duplicates,
      share,
      message: `${plural(scan.duplicates, 'row repeats', 'rows repeat')} an earlier row in every column (${formatShare(share)} of rows): ${shown}`,
      locations: rowLocations(
        table,
        scan.examples.map((e) => e.row),
      ),
    },
  ]);
}

function keyText(columns: readonly Column[], row: number): string {
  return columns.map((c) => quoteValue(cellText(c, row) ?? '')).join(', ');
}

/** No key cell may be missing, and no two rows may share a key. */
export function primaryKey(table: Table, columns: readonly Column[], maxExamples: number): Outcome[] {
  const names = columns.map((c) => c.name).join(', ');
  const rule = `primary-key ${names}`;
  const keys = columns.map(keyColumnOf);
  const outcomes: Outcome[] = [];

  const missing: number[] = [];
  let missingCount = 0;
  for (let row = 0; row < table.rowCount; row++) {
    const absent = columns.some((c) =>
      c.kind === 'categorical' ? c.codes[row] < 0 : Number.isNaN(c.values[row]),
    );
    if (!absent) continue;
    missingCount++;
    if (missing.length < maxExamples) missing.push(row);
  }
  if (missingCount === 0) outcomes.push(passed('missing-key', null, rule));
  else {
    const where = missing
      .slice(0, 3)
      .map((r) => rowName(table, r))
      .join(', ');
    outcomes.push(
      failed(rule, missingCount, [
        {
          check: 'missing-key',
          severity: 'error',
          count: missingCount,
          share: shareOf(missingCount, table.rowCount),
          message: `${plural(missingCount, 'row has', 'rows have')} a missing value in the primary key (${names}): ${where}`,
          locations: rowLocations(table, missing),
        },
      ]),
    );
  }

  const scan = findDuplicates(keys, table.rowCount, { ignoreMissing: true, maxExamples });
  if (scan.duplicates === 0) outcomes.push(passed('duplicate-key', null, rule));
  else {
    const shown = scan.examples
      .slice(0, 3)
      .map(
        (e) =>
          `(${keyText(columns, e.row)}) on ${rowName(table, e.row)}, first on ${rowName(table, e.first)}`,
      )
      .join('; ');
    outcomes.push(
      failed(rule, scan.duplicates, [
        {
          check: 'duplicate-key',
          severity: 'error',
          count: scan.duplicates,
          share: shareOf(scan.duplicates, table.rowCount),
          message: `${plural(scan.duplicates, 'row repeats', 'rows repeat')} the primary key (${names}) of an earlier row, ${plural(scan.groups, 'key')} in all: ${shown}`,
          locations: rowLocations(
            table,
            scan.examples.map((e) => e.row),
          ),
        },
      ]),
    );
  }
  return outcomes;
}
