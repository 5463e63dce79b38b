// The rules a column's schema entry states. Each is fed the column chunk by chunk, one linear pass over the
// chunk's typed values, and keeps only counts, bounds and its first examples (as rows of the dataset)
// between chunks. A make* function returns undefined when the schema does not ask for the rule.
import { isConstant, type MajorityCounter } from './column-stats.ts';
import { type CellExample, cellText, formatCell, type TypedValues, typedShape } from './column-values.ts';
import type { Column, Severity } from './core.ts';
import { formatIsoDateTime } from './datetime.ts';
import { DuplicateTracker } from './duplicate-tracker.ts';
import { formatCount, formatList, formatPlainNumber, formatShare, plural, quoteValue } from './format.ts';
import type { SpillArea } from './key-spill.ts';
import { failed, type Outcome, passed, type Rule, shareOf } from './outcome.ts';
import type { ChunkRows, Provenance, RowRequest } from './provenance.ts';
import { type KeyColumn, keyColumnOf } from './row-hash.ts';
import type { RowRef } from './row-ref.ts';
import type { ColumnSchema, SchemaColumnType } from './schema.ts';
import { compileUserRegex } from './user-regex.ts';

/** One chunk of a column, as the column rules see it. */
export interface ColumnChunk {
  rows: ChunkRows;
  column: Column;
  typed: TypedValues;
  /** Missing cells of the chunk's column (see missingCount). */
  missing: number;
}

export interface ColumnRule extends Rule<ColumnChunk> {
  /**
   * After the last chunk, before `finish`: the rows whose cells it still needs, read in a second pass
   * from each chunk's column at `chunkColumnIndex` (the rule's column). Only rules that may learn of rows
   * late have it.
   */
  settle?(chunkColumnIndex: number): RowRequest[];
}

/** A value of the data at a row of the dataset. */
interface RowExample {
  ref: RowRef;
  value: string;
}

/**
 * `flags` with room for `length` entries: itself if it has it, else a copy at least twice as long, so a
 * per-dictionary-entry memo grows as a reader's dictionary does, in few steps.
 */
function withRoomFor(flags: Uint8Array<ArrayBuffer>, length: number): Uint8Array<ArrayBuffer> {
  if (flags.length >= length) return flags;
  const grown = new Uint8Array(Math.max(length, 2 * flags.length));
  grown.set(flags);
  return grown;
}

/** How many examples a message quotes; the finding's locations carry up to maxExamples. */
const examplesInMessage = 3;

export const typeNouns: Record<SchemaColumnType, string> = {
  integer: 'integers',
  number: 'numbers',
  boolean: 'booleans (true/false, yes/no or 1/0)',
  datetime: 'ISO 8601 dates or date-times',
  string: 'text',
  category: 'categories',
};

/** Appends a chunk's examples (chunk rows) as dataset rows, up to `max` in all. */
function keep(into: RowExample[], rows: ChunkRows, examples: readonly CellExample[], max: number): void {
  for (const e of examples) {
    if (into.length >= max) return;
    into.push({ ref: rows.ref(e.row), value: e.value });
  }
}

/** `"abc" on line 5, "x" on line 9`; numbers and dates unquoted when `quoted` is false. */
function quoteExamples(dataset: Provenance, examples: readonly RowExample[], quoted = true): string {
  return examples
    .slice(0, examplesInMessage)
    .map((e) => `${quoted ? quoteValue(e.value) : e.value} on ${dataset.rowName(e.ref)}`)
    .join(', ');
}

function showBound(spec: ColumnSchema, value: number): string {
  return spec.type === 'datetime' ? formatIsoDateTime(value) : formatPlainNumber(value);
}

export function makeTypeMismatch(spec: ColumnSchema, maxExamples: number): ColumnRule {
  const rule = `type ${spec.type}`;
  let count = 0;
  const examples: RowExample[] = [];
  return {
    add({ rows, typed }) {
      count += typed.mismatchCount;
      keep(examples, rows, typed.mismatchExamples, maxExamples);
    },
    finish(dataset) {
      if (count === 0) return passed('type-mismatch', spec.name, rule);
      const share = shareOf(count, dataset.rowCount);
      return failed(rule, count, [
        {
          check: 'type-mismatch',
          severity: 'error',
          column: spec.name,
          count,
          share,
          message: `Column "${spec.name}" should hold ${typeNouns[spec.type]}, but ${plural(count, 'value')} (${formatShare(share)}) ${count === 1 ? 'does' : 'do'} not: ${quoteExamples(dataset, examples)}`,
          locations: dataset.locations(
            examples.map((e) => e.ref),
            spec.name,
          ),
        },
      ]);
    },
  };
}

/** First rows of the chunk whose cell is missing (empty in the data, not merely unreadable). */
function missingRows(column: Column, invalidRows: ReadonlySet<number>, limit: number): number[] {
  const rows: number[] = [];
  if (column.kind === 'categorical') {
    for (let row = 0; row < column.codes.length && rows.length < limit; row++)
      if (column.codes[row] < 0) rows.push(row);
    return rows;
  }
  for (let row = 0; row < column.values.length && rows.length < limit; row++) {
    if (Number.isNaN(column.values[row]) && !invalidRows.has(row)) rows.push(row);
  }
  return rows;
}

export function makeMissingValues(spec: ColumnSchema, maxExamples: number): ColumnRule | undefined {
  if (spec.nullable && spec.maxMissing === undefined) return undefined;
  const limit = spec.nullable ? (spec.maxMissing as number) : 0;
  const rule = spec.nullable ? `max-missing ${formatShare(limit)}` : 'not nullable';
  let missing = 0;
  const examples: RowRef[] = [];
  return {
    add({ rows, column, typed, missing: chunkMissing }) {
      missing += chunkMissing;
      // NaN cells not known to be unreadable: missing, and, in a table built by hand without invalidRows,
      // unreadable cells past its examples (readers list them all).
      const unknown = column.kind === 'numeric' ? column.invalidCount - typed.invalidRows.size : 0;
      if (examples.length < maxExamples && chunkMissing + unknown > 0) {
        examples.push(...rows.refs(missingRows(column, typed.invalidRows, maxExamples - examples.length)));
      }
    },
    finish(dataset) {
      const share = shareOf(missing, dataset.rowCount);
      if (share <= limit) return passed('missing-values', spec.name, rule);
      const where = examples
        .slice(0, examplesInMessage)
        .map((r) => dataset.rowName(r))
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
          locations: dataset.locations(examples, spec.name),
        },
      ]);
    },
  };
}

export function makeOutOfRange(
  spec: ColumnSchema,
  column: Column,
  maxExamples: number,
): ColumnRule | undefined {
  if ((spec.min === undefined && spec.max === undefined) || typedShape(column, spec.type) !== 'numbers')
    return undefined;
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
  const examples: RowExample[] = [];
  return {
    add({ rows, typed }) {
      const values = typed.numbers;
      if (!values) return;
      for (let row = 0; row < values.length; row++) {
        const v = values[row];
        if (!(v < min || v > max)) continue; // NaN (missing) passes
        count++;
        if (v < lowest) lowest = v;
        if (v > highest) highest = v;
        if (examples.length < maxExamples)
          examples.push({ ref: rows.ref(row), value: formatCell(v, spec.type) });
      }
    },
    finish(dataset) {
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
          share: shareOf(count, dataset.rowCount),
          message: `Column "${spec.name}" has ${plural(count, 'value')} ${range}${observed}: ${quoteExamples(dataset, examples, false)}`,
          locations: dataset.locations(
            examples.map((e) => e.ref),
            spec.name,
          ),
        },
      ]);
    },
  };
}

/** Distinct new values tallied at most (numbers, or numbers read as text); beyond that only the total is counted. */
const maxTalliedValues = 1000;

/**
 * Cells outside the allowed set, tallied by value. Text the reader holds is tallied by its dictionary code
 * (stable across chunks, listed in code order); a numeric column read as text by its text, in the order
 * the values first appear (the codes such a column would get read whole); numbers by value. Numbers, and
 * numbers read as text, tally at most maxTalliedValues distinct values (text the reader holds costs no
 * more than its dictionary already does).
 */
class NewValues {
  count = 0;
  present = 0;
  readonly examples: RowExample[] = [];
  private readonly byCode = new Map<number, number>();
  private readonly byText = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  private dictionary: string[] = [];
  /** Whether each reader dictionary entry is allowed: 0 not yet looked up, 1 allowed, 2 not. */
  private allowedCode = new Uint8Array(0);
  private readonly allowedText: Set<string>;
  private readonly allowedNumber: Set<number>;
  private readonly type: SchemaColumnType;
  private readonly maxExamples: number;

  constructor(spec: ColumnSchema, maxExamples: number) {
    this.allowedText = new Set((spec.allowed ?? []).map(String));
    this.allowedNumber = new Set((spec.allowed ?? []).map(Number)); // booleans as 1/0, as columns hold them
    this.type = spec.type;
    this.maxExamples = maxExamples;
  }

  add(rows: ChunkRows, typed: TypedValues): void {
    if (typed.text && typed.chunkCodes) this.addChunkText(rows, typed.text);
    else if (typed.text) this.addReaderText(rows, typed.text);
    else if (typed.numbers) this.addNumbers(rows, typed.numbers);
  }

  private example(rows: ChunkRows, row: number, value: string): void {
    if (this.examples.length < this.maxExamples) this.examples.push({ ref: rows.ref(row), value });
  }

  private addReaderText(rows: ChunkRows, text: { codes: Int32Array; dictionary: string[] }): void {
    const { codes, dictionary } = text;
    this.dictionary = dictionary;
    this.allowedCode = withRoomFor(this.allowedCode, dictionary.length);
    const allowed = this.allowedCode;
    for (let row = 0; row < codes.length; row++) {
      const code = codes[row];
      if (code < 0) continue;
      this.present++;
      if (allowed[code] === 0) allowed[code] = this.allowedText.has(dictionary[code]) ? 1 : 2;
      if (allowed[code] === 1) continue;
      this.count++;
      this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
      this.example(rows, row, dictionary[code]);
    }
  }

  private addChunkText(rows: ChunkRows, text: { codes: Int32Array; dictionary: string[] }): void {
    const isAllowed = Uint8Array.from(text.dictionary, (entry) => (this.allowedText.has(entry) ? 1 : 0));
    for (let row = 0; row < text.codes.length; row++) {
      const code = text.codes[row];
      if (code < 0) continue;
      this.present++;
      if (isAllowed[code]) continue;
      this.count++;
      const value = text.dictionary[code];
      const seen = this.byText.get(value);
      if (seen !== undefined) this.byText.set(value, seen + 1);
      else if (this.byText.size < maxTalliedValues) this.byText.set(value, 1);
      this.example(rows, row, value);
    }
  }

  private addNumbers(rows: ChunkRows, values: Float64Array): void {
    const tally = this.byNumber;
    for (let row = 0; row < values.length; row++) {
      const v = values[row];
      if (Number.isNaN(v)) continue;
      this.present++;
      if (this.allowedNumber.has(v)) continue;
      this.count++;
      const seen = tally.get(v);
      if (seen !== undefined) tally.set(v, seen + 1);
      else if (tally.size < maxTalliedValues) tally.set(v, 1);
      this.example(rows, row, formatCell(v, this.type));
    }
  }

  /** Distinct new values, most frequent first, with their counts. */
  values(): { value: string; count: number }[] {
    const values = [
      ...[...this.byCode]
        .sort((a, b) => a[0] - b[0])
        .map(([code, count]) => ({ value: this.dictionary[code], count })),
      ...[...this.byText].map(([value, count]) => ({ value, count })),
      ...[...this.byNumber].map(([value, count]) => ({ value: formatCell(value, this.type), count })),
    ];
    return values.sort((a, b) => b.count - a.count);
  }
}

export function makeValueNotAllowed(
  spec: ColumnSchema,
  column: Column,
  maxExamples: number,
): ColumnRule | undefined {
  if (spec.allowed === undefined || typedShape(column, spec.type) === 'none') return undefined;
  const rule = `allowed: ${plural(spec.allowed.length, 'value')}`;
  const found = new NewValues(spec, maxExamples);
  return {
    add({ rows, typed }) {
      found.add(rows, typed);
    },
    finish(dataset) {
      if (found.count === 0) return passed('value-not-allowed', spec.name, rule);
      const shareOfPresent = shareOf(found.count, found.present);
      const tolerance = spec.maxNewCategoryShare ?? 0;
      const severity: Severity = shareOfPresent <= tolerance ? 'warning' : 'error';
      const listed = formatList(
        found.values().map((v) => `${quoteValue(v.value)} (${formatCount(v.count)})`),
        10,
      );
      const within = severity === 'warning' ? `, within the tolerated ${formatShare(tolerance)}` : '';
      return failed(rule, found.count, [
        {
          check: 'value-not-allowed',
          severity,
          column: spec.name,
          count: found.count,
          // Of the non-missing cells, as the message and the tolerance count it.
          share: shareOfPresent,
          message: `Column "${spec.name}" has ${plural(found.count, 'value')} (${formatShare(shareOfPresent)} of non-missing cells) outside the allowed set${within}: ${listed}; first on ${dataset.rowName(found.examples[0].ref)}`,
          locations: dataset.locations(
            found.examples.map((e) => e.ref),
            spec.name,
          ),
        },
      ]);
    },
  };
}

export function makeRegexMismatch(
  spec: ColumnSchema,
  column: Column,
  maxExamples: number,
): ColumnRule | undefined {
  if (spec.regex === undefined || typedShape(column, spec.type) !== 'text') return undefined;
  const rule = `regex /${spec.regex}/`;
  const pattern = compileUserRegex(spec.regex);
  let count = 0;
  const examples: RowExample[] = [];
  /** Per reader dictionary entry: 0 not yet tested, 1 matches, 2 does not. */
  let matchesCode = new Uint8Array(0);
  return {
    add({ rows, typed }) {
      if (!typed.text) return;
      const { codes, dictionary } = typed.text;
      let matches: Uint8Array;
      if (typed.chunkCodes) {
        matches = Uint8Array.from(dictionary, (entry) => (pattern.test(entry) ? 1 : 2));
      } else {
        matchesCode = withRoomFor(matchesCode, dictionary.length);
        matches = matchesCode;
      }
      // Each distinct text is tested once, however many rows hold it.
      for (let row = 0; row < codes.length; row++) {
        const code = codes[row];
        if (code < 0) continue;
        if (matches[code] === 0) matches[code] = pattern.test(dictionary[code]) ? 1 : 2;
        if (matches[code] === 1) continue;
        count++;
        if (examples.length < maxExamples) examples.push({ ref: rows.ref(row), value: dictionary[code] });
      }
    },
    finish(dataset) {
      if (count === 0) return passed('regex-mismatch', spec.name, rule);
      return failed(rule, count, [
        {
          check: 'regex-mismatch',
          severity: 'error',
          column: spec.name,
          count,
          share: shareOf(count, dataset.rowCount),
          message: `Column "${spec.name}" has ${plural(count, 'value')} not matching /${spec.regex}/: ${quoteExamples(dataset, examples)}`,
          locations: dataset.locations(
            examples.map((e) => e.ref),
            spec.name,
          ),
        },
      ]);
    },
  };
}

/**
 * The cells a unique column compares: text by the reader's code; numbers (a numeric column read as text,
 * whose text is one per number) by value.
 */
function uniqueKey(chunk: ColumnChunk): KeyColumn {
  const { typed, column } = chunk;
  if (typed.text && !typed.chunkCodes) return { kind: 'codes', codes: typed.text.codes };
  if (typed.numbers) return { kind: 'numeric', values: typed.numbers };
  return keyColumnOf(column);
}

export function makeDuplicateValues(
  spec: ColumnSchema,
  maxExamples: number,
  area?: SpillArea,
  expectedRows?: number,
): ColumnRule | undefined {
  if (!spec.unique) return undefined;
  const tracker = new DuplicateTracker({
    ignoreMissing: true,
    area,
    maxExamples,
    expectedKeys: expectedRows,
  });
  const examples: (RowExample & { first: RowRef })[] = [];
  return {
    add(chunk) {
      const { rows, column } = chunk;
      tracker.add([uniqueKey(chunk)], rows.table.rowCount, rows, (row, first) => {
        if (examples.length < maxExamples) {
          examples.push({ ref: rows.ref(row), value: cellText(column, row) ?? '', first });
        }
      });
    },
    settle(chunkColumnIndex) {
      return tracker.finish().flatMap((late) => {
        if (examples.length >= maxExamples) return [];
        const example = { ref: late.row, value: '', first: late.first };
        examples.push(example);
        return [
          {
            ref: example.ref,
            read: (chunk, row) => (example.value = cellText(chunk.columns[chunkColumnIndex], row) ?? ''),
          },
        ];
      });
    },
    finish(dataset) {
      const { duplicates, groups } = tracker.counts;
      if (duplicates === 0) return passed('duplicate-value', spec.name, 'unique');
      const shown = examples
        .slice(0, examplesInMessage)
        .map(
          (e) => `${quoteValue(e.value)} on ${dataset.rowName(e.ref)} (first on ${dataset.rowName(e.first)})`,
        )
        .join(', ');
      return failed('unique', duplicates, [
        {
          check: 'duplicate-value',
          severity: 'error',
          column: spec.name,
          count: duplicates,
          share: shareOf(duplicates, dataset.rowCount),
          message: `Column "${spec.name}" must be unique, but ${plural(duplicates, 'row repeats', 'rows repeat')} an earlier value (${plural(groups, 'value')} repeated): ${shown}`,
          locations: dataset.locations(
            examples.map((e) => e.ref),
            spec.name,
          ),
        },
      ]);
    },
  };
}

/**
 * A column holding one value in every non-missing cell (constant), or one value in at least
 * `almostConstantShare` of them (almost constant). Needs two non-missing cells to say either. The
 * majority is counted by `majority`, which the caller feeds (and may recount in a second pass).
 */
export function constantColumn(
  name: string,
  majority: MajorityCounter,
  severity: Severity,
  almostConstantShare: number,
): Outcome {
  const rule =
    almostConstantShare < 1 ? `top value below ${formatShare(almostConstantShare)}` : 'not constant';
  const found = majority.result();
  const share = shareOf(found.count, found.present);
  const almost = found.present >= 2 && share >= almostConstantShare;
  if (!almost) return passed('constant-column', name, rule);
  const value = quoteValue(found.text ?? '');
  const constant = isConstant(found);
  const message = constant
    ? `Column "${name}" holds the single value ${value} in all ${plural(found.present, 'non-missing cell')}`
    : `Column "${name}" is almost constant: ${value} fills ${formatShare(share)} of its ${plural(found.present, 'non-missing cell')}`;
  return failed(rule, found.count, [
    {
      check: constant ? 'constant-column' : 'almost-constant-column',
      severity,
      column: name,
      count: found.count,
      share,
      message,
    },
  ]);
}
