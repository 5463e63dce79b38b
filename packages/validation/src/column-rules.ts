// The rules a column's schema entry states, each a linear pass over the column's typed values. A rule
// returns an Outcome (a row of the checks table and, when it found something, a finding), or undefined
// when the schema does not ask for it.
import { isConstant, majorityValue } from './column-stats.ts';
import { type CellExample, cellText, formatCell, type TypedValues } from './column-values.ts';
import type { Column, Severity, Table } from './core.ts';
import { formatIsoDateTime } from './datetime.ts';
import { formatCount, formatList, formatNumber, formatShare, plural, quoteValue } from './format.ts';
import { failed, type Outcome, passed, rowLocations, rowName, shareOf } from './outcome.ts';
import { findDuplicates, type KeyColumn, keyColumnOf } from './row-hash.ts';
import type { ColumnSchema, SchemaColumnType } from './schema.ts';

export interface ColumnContext {
  table: Table;
  column: Column;
  spec: ColumnSchema;
  typed: TypedValues;
  maxExamples: number;
}

/** How many examples a message quotes; the finding's locations carry up to maxExamples. */
const examplesInMessage = 3;

const typeNouns: Record<SchemaColumnType, string> = {
  integer: 'integers',
  number: 'numbers',
  boolean: 'booleans (true/false, yes/no or 1/0)',
  datetime: 'ISO 8601 dates or date-times',
  string: 'text',
  category: 'categories',
};

/** `"abc" on line 5, "x" on line 9`; numbers and dates unquoted when `quoted` is false. */
function quoteExamples(table: Table, examples: readonly CellExample[], quoted = true): string {
  return examples
    .slice(0, examplesInMessage)
    .map((e) => `${quoted ? quoteValue(e.value) : e.value} on ${rowName(table, e.row)}`)
    .join(', ');
}

function showBound(spec: ColumnSchema, value: number): string {
  return spec.type === 'datetime' ? formatIsoDateTime(value) : formatNumber(value);
}

export function typeMismatch(ctx: ColumnContext): Outcome {
  const { table, spec, typed } = ctx;
  const rule = `type ${spec.type}`;
  if (typed.mismatchCount === 0) return passed('type-mismatch', spec.name, rule);
  const count = typed.mismatchCount;
  return failed(rule, count, [
    {
      check: 'type-mismatch',
      severity: 'error',
      column: spec.name,
      count,
      share: shareOf(count, table.rowCount),
      message: `Column "${spec.name}" should hold ${typeNouns[spec.type]}, but ${plural(count, 'value')} (${formatShare(shareOf(count, table.rowCount))}) ${count === 1 ? 'does' : 'do'} not: ${quoteExamples(table, typed.mismatchExamples)}`,
      locations: rowLocations(
        table,
        typed.mismatchExamples.map((e) => e.row),
        spec.name,
      ),
    },
  ]);
}

/** First rows whose cell is missing (empty in the data, not merely unreadable). */
function missingRows(column: Column, limit: number): number[] {
  const rows: number[] = [];
  if (column.kind === 'categorical') {
    for (let row = 0; row < column.codes.length && rows.length < limit; row++)
      if (column.codes[row] < 0) rows.push(row);
    return rows;
  }
  const invalid = new Set(column.invalidExamples.map((e) => e.row));
  for (let row = 0; row < column.values.length && rows.length < limit; row++) {
    const v = column.values[row];
    if (Number.isNaN(v) && !invalid.has(row)) rows.push(row);
  }
  return rows;
}

export function missingValues(ctx: ColumnContext, missing: number): Outcome | undefined {
  const { table, spec, column } = ctx;
  if (spec.nullable && spec.maxMissing === undefined) return undefined;
  const limit = spec.nullable ? (spec.maxMissing as number) : 0;
  const rule = spec.nullable ? `max-missing ${formatShare(limit)}` : 'not nullable';
  const share = shareOf(missing, table.rowCount);
  if (share <= limit) return passed('missing-values', spec.name, rule);
  const rows = missingRows(column, ctx.maxExamples);
  const where = rows
    .slice(0, examplesInMessage)
    .map((r) => rowName(table, r))
    .join(', ');
  const message = spec.nullable
    ? `Column "${spec.name}" is missing ${formatShare(share)} of its values (${formatCount(missing)}), above the allowed ${formatShare(limit)}; first on ${where}`
    : `Column "${spec.name}" must not be missing, but ${plural(missing, 'cell is', 'cells are')} empty: ${where}`;
  return failed(rule, missing, [
    {
      check: 'missing-values',
      severity: 'error',
      column: spec.name,
      count: missing,
      share,
      message,
      locations: rowLocations(table, rows, spec.name),
    },
  ]);
}

export function outOfRange(ctx: ColumnContext): Outcome | undefined {
  const { table, spec, typed } = ctx;
  const values = typed.numbers;
  if ((spec.min === undefined && spec.max === undefined) || !values) return undefined;
  const min = spec.min ?? Number.NEGATIVE_INFINITY;
  const max = spec.max ?? Number.POSITIVE_INFINITY;
  const bounds = [
    spec.min !== undefined ? `min ${showBound(spec, spec.min)}` : '',
    spec.max !== undefined ? `max ${showBound(spec, spec.max)}` : '',
  ];
  const rule = bounds.filter(Boolean).join(', ');
  let count = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  const examples: CellExample[] = [];
  for (let row = 0; row < values.length; row++) {
    const v = values[row];
    if (!(v < min || v > max)) continue; // NaN (missing) passes
    count++;
    if (v < lowest) lowest = v;
    if (v > highest) highest = v;
    if (examples.length < ctx.maxExamples) examples.push({ row, value: formatCell(v, spec.type) });
  }
  if (count === 0) return passed('out-of-range', spec.name, rule);
  const range =
    spec.min !== undefined && spec.max !== undefined
      ? `outside [${showBound(spec, spec.min)}, ${showBound(spec, spec.max)}]`
      : spec.min !== undefined
        ? `below the minimum ${showBound(spec, spec.min)}`
        : `above the maximum ${showBound(spec, spec.max as number)}`;
  const observed =
    lowest === highest ? '' : ` (from ${showBound(spec, lowest)} to ${showBound(spec, highest)})`;
  return failed(rule, count, [
    {
      check: 'out-of-range',
      severity: 'error',
      column: spec.name,
      count,
      share: shareOf(count, table.rowCount),
      message: `Column "${spec.name}" has ${plural(count, 'value')} ${range}${observed}: ${quoteExamples(table, examples, false)}`,
      locations: rowLocations(
        table,
        examples.map((e) => e.row),
        spec.name,
      ),
    },
  ]);
}

interface NewValues {
  /** Cells outside the allowed set. */
  count: number;
  /** Non-missing cells. */
  present: number;
  /** Distinct new values, most frequent first, with their counts (a bounded number of them). */
  values: { value: string; count: number }[];
  examples: CellExample[];
}

/** Distinct new numbers tallied at most; beyond that only the total is counted. */
const maxTalliedValues = 1000;

function newTextValues(
  text: NonNullable<TypedValues['text']>,
  allowed: Set<string>,
  maxExamples: number,
): NewValues {
  const isAllowed = Uint8Array.from(text.dictionary, (entry) => (allowed.has(entry) ? 1 : 0));
  const counts = new Int32Array(text.dictionary.length);
  const result: NewValues = { count: 0, present: 0, values: [], examples: [] };
  for (let row = 0; row < text.codes.length; row++) {
    const code = text.codes[row];
    if (code < 0) continue;
    result.present++;
    if (isAllowed[code]) continue;
    result.count++;
    counts[code]++;
    if (result.examples.length < maxExamples) result.examples.push({ row, value: text.dictionary[code] });
  }
  counts.forEach((count, code) => {
    if (count > 0) result.values.push({ value: text.dictionary[code], count });
  });
  result.values.sort((a, b) => b.count - a.count);
  return result;
}

function newNumbers(
  values: Float64Array,
  allowed: Set<number>,
  type: SchemaColumnType,
  maxExamples: number,
): NewValues {
  const tally = new Map<number, number>();
  const result: NewValues = { count: 0, present: 0, values: [], examples: [] };
  for (let row = 0; row < values.length; row++) {
    const v = values[row];
    if (Number.isNaN(v)) continue;
    result.present++;
    if (allowed.has(v)) continue;
    result.count++;
    const seen = tally.get(v);
    if (seen !== undefined) tally.set(v, seen + 1);
    else if (tally.size < maxTalliedValues) tally.set(v, 1);
    if (result.examples.length < maxExamples) result.examples.push({ row, value: formatCell(v, type) });
  }
  for (const [value, count] of tally) result.values.push({ value: formatCell(value, type), count });
  result.values.sort((a, b) => b.count - a.count);
  return result;
}

export function valueNotAllowed(ctx: ColumnContext): Outcome | undefined {
  const { table, spec, typed } = ctx;
  if (spec.allowed === undefined || (!typed.text && !typed.numbers)) return undefined;
  const rule = `allowed: ${plural(spec.allowed.length, 'value')}`;
  const found = typed.text
    ? newTextValues(typed.text, new Set(spec.allowed.map(String)), ctx.maxExamples)
    : newNumbers(
        typed.numbers as Float64Array,
        new Set(spec.allowed.map(Number)), // booleans as 1/0, as boolean columns hold them
        spec.type,
        ctx.maxExamples,
      );
  if (found.count === 0) return passed('value-not-allowed', spec.name, rule);
  const shareOfPresent = shareOf(found.count, found.present);
  const tolerance = spec.maxNewCategoryShare ?? 0;
  const severity: Severity = shareOfPresent <= tolerance ? 'warning' : 'error';
  const listed = formatList(
    found.values.map((v) => `${quoteValue(v.value)} (${formatCount(v.count)})`),
    10,
  );
  const within = severity === 'warning' ? `, within the tolerated ${formatShare(tolerance)}` : '';
  return failed(rule, found.count, [
    {
      check: 'value-not-allowed',
      severity,
      column: spec.name,
      count: found.count,
      share: shareOf(found.count, table.rowCount),
      message: `Column "${spec.name}" has ${plural(found.count, 'value')} (${formatShare(shareOfPresent)} of non-missing cells) outside the allowed set${within}: ${listed}; first on ${rowName(table, found.examples[0].row)}`,
      locations: rowLocations(
        table,
        found.examples.map((e) => e.row),
        spec.name,
      ),
    },
  ]);
}

export function regexMismatch(ctx: ColumnContext): Outcome | undefined {
  const { table, spec, typed } = ctx;
  if (spec.regex === undefined || !typed.text) return undefined;
  const rule = `regex /${spec.regex}/`;
  const pattern = new RegExp(spec.regex, 'u');
  const { codes, dictionary } = typed.text;
  // Each distinct text is tested once, however many rows hold it.
  const matches = Uint8Array.from(dictionary, (entry) => (pattern.test(entry) ? 1 : 0));
  let count = 0;
  const examples: CellExample[] = [];
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row];
    if (code < 0 || matches[code]) continue;
    count++;
    if (examples.length < ctx.maxExamples) examples.push({ row, value: dictionary[code] });
  }
  if (count === 0) return passed('regex-mismatch', spec.name, rule);
  return failed(rule, count, [
    {
      check: 'regex-mismatch',
      severity: 'error',
      column: spec.name,
      count,
      share: shareOf(count, table.rowCount),
      message: `Column "${spec.name}" has ${plural(count, 'value')} not matching /${spec.regex}/: ${quoteExamples(table, examples)}`,
      locations: rowLocations(
        table,
        examples.map((e) => e.row),
        spec.name,
      ),
    },
  ]);
}

function uniqueKey(ctx: ColumnContext): KeyColumn {
  const { typed, column } = ctx;
  if (typed.text)
    return { kind: 'codes', codes: typed.text.codes, dictionarySize: typed.text.dictionary.length };
  if (typed.numbers) return { kind: 'numeric', values: typed.numbers };
  return keyColumnOf(column);
}

export function duplicateValues(ctx: ColumnContext): Outcome | undefined {
  const { table, spec, column } = ctx;
  if (!spec.unique) return undefined;
  const scan = findDuplicates([uniqueKey(ctx)], table.rowCount, {
    ignoreMissing: true,
    maxExamples: ctx.maxExamples,
  });
  if (scan.duplicates === 0) return passed('duplicate-value', spec.name, 'unique');
  const shown = scan.examples
    .slice(0, examplesInMessage)
    .map(
      (e) =>
        `${quoteValue(cellText(column, e.row) ?? '')} on ${rowName(table, e.row)} (first on ${rowName(table, e.first)})`,
    )
    .join(', ');
  return failed('unique', scan.duplicates, [
    {
      check: 'duplicate-value',
      severity: 'error',
      column: spec.name,
      count: scan.duplicates,
      share: shareOf(scan.duplicates, table.rowCount),
      message: `Column "${spec.name}" must be unique, but ${plural(scan.duplicates, 'row repeats', 'rows repeat')} an earlier value (${plural(scan.groups, 'value')} repeated): ${shown}`,
      locations: rowLocations(
        table,
        scan.examples.map((e) => e.row),
        spec.name,
      ),
    },
  ]);
}

/**
 * A column holding one value in every non-missing cell (constant), or one value in at least
 * `almostConstantShare` of them (almost constant). Needs two non-missing cells to say either.
 */
export function constantColumn(column: Column, severity: Severity, almostConstantShare: number): Outcome {
  const rule =
    almostConstantShare < 1 ? `top value below ${formatShare(almostConstantShare)}` : 'not constant';
  const majority = majorityValue(column);
  const share = shareOf(majority.count, majority.present);
  const almost = majority.present >= 2 && share >= almostConstantShare;
  if (!almost) return passed('constant-column', column.name, rule);
  const value = quoteValue(cellText(column, majority.row) ?? '');
  const constant = isConstant(majority);
  const message = constant
    ? `Column "${column.name}" holds the single value ${value} in all ${plural(majority.present, 'non-missing cell')}`
    : `Column "${column.name}" is almost constant: ${value} fills ${formatShare(share)} of its ${plural(majority.present, 'non-missing cell')}`;
  return failed(rule, majority.count, [
    {
      check: constant ? 'constant-column' : 'almost-constant-column',
      severity,
      column: column.name,
      count: majority.count,
      share,
      message,
    },
  ]);
}
