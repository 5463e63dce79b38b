/**
 * Training-serving skew (and shadow vs production): the same rows, seen twice. Rows of the two tables are
 * joined on the id columns (a composite key when there are several; a hash join), and each feature is
 * compared cell by cell on the joined rows.
 *
 * Rules (README.md has the reasons):
 * - Two numbers are equal when |a − b| <= tolerance · max(|a|, |b|), relative tolerance 1e-9 by default
 *   (float noise from a round trip through text is not skew; a float32 serving path is). Text compares
 *   exactly. A number against text compares numerically when the text parses as a number. Missing
 *   against present differs; missing against missing does not.
 * - Ids compare as text: the number 17 matches the text "17" but not "017" or "17.0". A row with a
 *   missing id part cannot be joined and is reported.
 * - A repeated id joins its first row only; the repeats are reported as duplicates.
 * - A feature is skewed when the share of joined rows whose values differ exceeds `threshold` (default 0:
 *   any difference). Rows on one side only are reported with examples, not counted as skew.
 */

import type { CheckResult, Column, Finding, Location, ReportTable, Table } from '@modelgate/core';
import { InputError, locateRow } from '@modelgate/core';
import { formatPercent } from './format.ts';
import {
  requireReadableRows,
  type UnreadableRows,
  unreadableRowsFinding,
  unreadableRowsOf,
} from './readable-rows.ts';

export interface SkewOptions {
  /** Columns that identify a row in both tables. */
  idColumns: string[];
  /** Features to compare; default every column both tables have, except the ids. */
  columns?: string[];
  /** Relative tolerance for numbers. Default 1e-9. */
  tolerance?: number;
  /** Largest acceptable share of joined rows that differ, per feature. Default 0. */
  threshold?: number;
  /** What to call the two tables in messages. Default ['training', 'serving']. */
  labels?: [string, string];
  /** Example rows kept per problem. Default 5. */
  maxExamples?: number;
}

export interface RowExample {
  /** The row's id, e.g. "user=17, day=2024-05-01". */
  id: string;
  location: Location;
}

export interface ValueExample {
  id: string;
  left: string | null;
  right: string | null;
  leftLocation: Location;
  rightLocation: Location;
}

export interface FeatureSkew {
  column: string;
  /** Joined rows compared. */
  compared: number;
  differing: number;
  share: number;
  skewed: boolean;
  examples: ValueExample[];
}

export interface RowGroup {
  count: number;
  examples: RowExample[];
}

export interface SkewComparison {
  labels: [string, string];
  idColumns: string[];
  tolerance: number;
  threshold: number;
  leftRows: number;
  rightRows: number;
  joined: number;
  leftOnly: RowGroup;
  rightOnly: RowGroup;
  /** Rows whose id repeats an earlier row of the same table (left out of the join). */
  leftDuplicates: RowGroup;
  rightDuplicates: RowGroup;
  /** Rows with a missing id part (left out of the join). */
  leftMissingIds: RowGroup;
  rightMissingIds: RowGroup;
  features: FeatureSkew[];
  skewedFeatures: string[];
  /** Columns present in only one of the tables, so not compared. */
  notCompared: string[];
  /** Rows of each table the reader could not use, left out of the join. */
  leftUnreadable: UnreadableRows;
  rightUnreadable: UnreadableRows;
}

const KEY_SEPARATOR = '\u001f';

export function measureSkew(left: Table, right: Table, options: SkewOptions): SkewComparison {
  const labels = options.labels ?? ['training', 'serving'];
  const tolerance = options.tolerance ?? 1e-9;
  const threshold = options.threshold ?? 0;
  const maxExamples = options.maxExamples ?? 5;
  if (options.idColumns.length === 0) {
    throw new InputError(
      'id-columns',
      'id-columns is empty: name the column(s) that identify a row in both tables',
    );
  }
  if (!(tolerance >= 0))
    throw new InputError('tolerance', `tolerance must be a number >= 0, got ${tolerance}`);
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new InputError('threshold', `threshold must be a share in [0, 1] of joined rows, got ${threshold}`);
  }
  const sides = [
    { table: left, label: labels[0] },
    { table: right, label: labels[1] },
  ];
  for (const { table, label } of sides) requireReadableRows(table, label);
  const need = (name: string, input: string) => {
    for (const { table, label } of sides) {
      if (!table.columns.some((c) => c.name === name)) {
        throw new InputError(
          input,
          `${input} names "${name}", which is not a column of the ${label} data ${fileOf(table)}`,
        );
      }
    }
  };
  for (const name of options.idColumns) need(name, 'id-columns');
  for (const name of options.columns ?? []) need(name, 'columns');

  const ids = new Set(options.idColumns);
  const leftNames = new Set(left.columns.map((c) => c.name));
  const rightNames = new Set(right.columns.map((c) => c.name));
  const features =
    options.columns?.filter((c) => !ids.has(c)) ??
    left.columns.map((c) => c.name).filter((n) => !ids.has(n) && rightNames.has(n));
  const notCompared = options.columns
    ? []
    : [...leftNames, ...rightNames].filter((n) => !ids.has(n) && !(leftNames.has(n) && rightNames.has(n)));

  const leftKeys = keysOf(left, options.idColumns);
  const rightKeys = keysOf(right, options.idColumns);
  const group = (): RowGroup => ({ count: 0, examples: [] });
  const note = (g: RowGroup, table: Table, row: number, key: string | null) => {
    g.count++;
    if (g.examples.length < maxExamples)
      g.examples.push({ id: describeKey(key, options.idColumns), location: locateRow(table, row) });
  };
  const leftMissingIds = group();
  const leftDuplicates = group();
  const firstLeftRow = new Map<string, number>();
  leftKeys.forEach((key, row) => {
    if (key === null) note(leftMissingIds, left, row, null);
    else if (firstLeftRow.has(key)) note(leftDuplicates, left, row, key);
    else firstLeftRow.set(key, row);
  });
  const rightMissingIds = group();
  const rightDuplicates = group();
  const rightOnly = group();
  const seenRight = new Set<string>();
  const matched = new Uint8Array(left.rowCount);
  const pairsLeft: number[] = [];
  const pairsRight: number[] = [];
  for (let row = 0; row < rightKeys.length; row++) {
    const key = rightKeys[row];
    if (key === null) {
      note(rightMissingIds, right, row, null);
    } else if (seenRight.has(key)) {
      note(rightDuplicates, right, row, key);
    } else {
      seenRight.add(key);
      const partner = firstLeftRow.get(key);
      if (partner === undefined) {
        note(rightOnly, right, row, key);
      } else {
        matched[partner] = 1;
        pairsLeft.push(partner);
        pairsRight.push(row);
      }
    }
  }
  const leftOnly = group();
  for (const [key, row] of firstLeftRow) if (!matched[row]) note(leftOnly, left, row, key);

  const featureSkews = features.map((name): FeatureSkew => {
    const a = cellReader(left.columns.find((c) => c.name === name) as Column);
    const b = cellReader(right.columns.find((c) => c.name === name) as Column);
    let differing = 0;
    const examples: ValueExample[] = [];
    for (let k = 0; k < pairsLeft.length; k++) {
      const i = pairsLeft[k];
      const j = pairsRight[k];
      if (sameCell(a, i, b, j, tolerance)) continue;
      differing++;
      if (examples.length < maxExamples) {
        examples.push({
          id: describeKey(leftKeys[i], options.idColumns),
          left: a.text(i),
          right: b.text(j),
          leftLocation: { ...locateRow(left, i), column: name },
          rightLocation: { ...locateRow(right, j), column: name },
        });
      }
    }
    const share = pairsLeft.length === 0 ? 0 : differing / pairsLeft.length;
    return {
      column: name,
      compared: pairsLeft.length,
      differing,
      share,
      skewed: share > threshold,
      examples,
    };
  });
  featureSkews.sort((x, y) => y.share - x.share || x.column.localeCompare(y.column));
  return {
    labels,
    idColumns: options.idColumns,
    tolerance,
    threshold,
    leftRows: left.rowCount,
    rightRows: right.rowCount,
    joined: pairsLeft.length,
    leftOnly,
    rightOnly,
    leftDuplicates,
    rightDuplicates,
    leftMissingIds,
    rightMissingIds,
    features: featureSkews,
    skewedFeatures: featureSkews.filter((f) => f.skewed).map((f) => f.column),
    notCompared,
    leftUnreadable: unreadableRowsOf(left),
    rightUnreadable: unreadableRowsOf(right),
  };
}

function fileOf(table: Table): string {
  return table.sources[0]?.file ?? 'the table';
}

/** Each row's composite id as text (parts joined by a separator), or null when a part is missing. */
function keysOf(table: Table, idColumns: string[]): (string | null)[] {
  const readers = idColumns.map((name) => cellReader(table.columns.find((c) => c.name === name) as Column));
  const keys: (string | null)[] = new Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) {
    let key: string | null = '';
    for (let p = 0; p < readers.length && key !== null; p++) {
      const part = readers[p].text(row);
      key = part === null ? null : p === 0 ? part : key + KEY_SEPARATOR + part;
    }
    keys[row] = key;
  }
  return keys;
}

function describeKey(key: string | null, idColumns: string[]): string {
  if (key === null) return '(missing id)';
  const parts = key.split(KEY_SEPARATOR);
  return idColumns.length === 1 ? parts[0] : idColumns.map((name, i) => `${name}=${parts[i]}`).join(', ');
}

interface CellReader {
  numeric: boolean;
  /** The number in a numeric column (NaN when missing). */
  number(row: number): number;
  /** The cell as text, null when missing. */
  text(row: number): string | null;
}

function cellReader(column: Column): CellReader {
  if (column.kind === 'numeric') {
    const { values } = column;
    return {
      numeric: true,
      number: (row) => values[row],
      text: (row) => (Number.isNaN(values[row]) ? null : String(values[row])),
    };
  }
  const { codes, dictionary } = column;
  return {
    numeric: false,
    number: (row) => (codes[row] < 0 ? Number.NaN : Number(dictionary[codes[row]])),
    text: (row) => (codes[row] < 0 ? null : dictionary[codes[row]]),
  };
}

function sameCell(a: CellReader, i: number, b: CellReader, j: number, tolerance: number): boolean {
  if (!a.numeric && !b.numeric) return a.text(i) === b.text(j);
  const x = a.numeric ? a.number(i) : textAsNumber(a.text(i));
  const y = b.numeric ? b.number(j) : textAsNumber(b.text(j));
  const xMissing = a.numeric ? Number.isNaN(x) : a.text(i) === null;
  const yMissing = b.numeric ? Number.isNaN(y) : b.text(j) === null;
  if (xMissing || yMissing) return xMissing && yMissing;
  if (Number.isNaN(x) || Number.isNaN(y)) return false; // text that is not a number never equals a number
  return x === y || Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
}

function textAsNumber(text: string | null): number {
  return text === null || text.trim() === '' ? Number.NaN : Number(text);
}

// ---------------------------------------------------------------------------------------------------------
// Report

export function skewResult(s: SkewComparison): CheckResult {
  const [l, r] = s.labels;
  const findings: Finding[] = [];
  for (const f of s.features.filter((x) => x.skewed)) {
    const first = f.examples[0];
    findings.push({
      check: 'feature-skew',
      severity: 'error',
      message:
        `Feature "${f.column}" differs between ${l} and ${r} on ${f.differing} of ${f.compared} joined rows ` +
        `(${formatPercent(f.share)}, allowed ${formatPercent(s.threshold)})` +
        (first ? `; e.g. id ${first.id}: ${show(first.left)} vs ${show(first.right)}` : ''),
      column: f.column,
      count: f.differing,
      share: f.share,
      locations: f.examples.flatMap((e) => [e.rightLocation, e.leftLocation]),
    });
  }
  for (const [rows, label] of [
    [s.leftUnreadable, l],
    [s.rightUnreadable, r],
  ] as const) {
    const unreadable = unreadableRowsFinding(rows, label);
    if (unreadable) findings.push(unreadable);
  }
  const rowProblem = (check: string, g: RowGroup, what: string, total: number) => {
    if (g.count === 0) return;
    findings.push({
      check,
      severity: 'warning',
      message: `${g.count} ${what}${g.examples.length > 0 ? `, e.g. id ${g.examples[0].id}` : ''}`,
      count: g.count,
      share: total === 0 ? undefined : g.count / total,
      locations: g.examples.map((e) => e.location),
    });
  };
  rowProblem('unmatched-rows', s.leftOnly, `${l} rows have no ${r} row with the same id`, s.leftRows);
  rowProblem('unmatched-rows', s.rightOnly, `${r} rows have no ${l} row with the same id`, s.rightRows);
  rowProblem(
    'duplicate-ids',
    s.leftDuplicates,
    `${l} rows repeat an earlier row's id (only the first is joined)`,
    s.leftRows,
  );
  rowProblem(
    'duplicate-ids',
    s.rightDuplicates,
    `${r} rows repeat an earlier row's id (only the first is joined)`,
    s.rightRows,
  );
  rowProblem('missing-ids', s.leftMissingIds, `${l} rows have a missing id and cannot be joined`, s.leftRows);
  rowProblem(
    'missing-ids',
    s.rightMissingIds,
    `${r} rows have a missing id and cannot be joined`,
    s.rightRows,
  );
  if (s.notCompared.length > 0) {
    findings.push({
      check: 'columns-not-compared',
      severity: 'notice',
      message: `Columns in only one of the tables, not compared: ${s.notCompared.map((c) => `"${c}"`).join(', ')}`,
      count: s.notCompared.length,
    });
  }
  const tables: ReportTable[] = [
    {
      id: 'skew',
      title: `Feature skew on ${s.joined} joined rows (most different first)`,
      columns: [
        { name: 'feature', kind: 'text' },
        { name: 'compared', kind: 'count' },
        { name: 'differing', kind: 'count' },
        { name: 'share', kind: 'share' },
        { name: 'skewed', kind: 'text' },
        { name: 'example', kind: 'text' },
      ],
      rows: s.features.map((f) => [
        f.column,
        f.compared,
        f.differing,
        f.share,
        f.skewed,
        f.examples[0]
          ? `id ${f.examples[0].id}: ${l} ${show(f.examples[0].left)}, ${r} ${show(f.examples[0].right)}`
          : null,
      ]),
    },
  ];
  const unmatched = [
    ...s.leftOnly.examples.map((e) => [e.id, `${l} only`, where(e.location)]),
    ...s.rightOnly.examples.map((e) => [e.id, `${r} only`, where(e.location)]),
  ];
  if (unmatched.length > 0) {
    tables.push({
      id: 'unmatched-rows',
      title: 'Rows on one side only (examples)',
      columns: [
        { name: 'id', kind: 'text' },
        { name: 'side', kind: 'text' },
        { name: 'where', kind: 'text' },
      ],
      rows: unmatched,
    });
  }
  const skewed = s.skewedFeatures;
  const summary =
    skewed.length > 0
      ? `Skew in ${skewed.length} of ${s.features.length} features on ${s.joined} joined rows: ${skewed.slice(0, 5).join(', ')}${skewed.length > 5 ? ', …' : ''}.`
      : `No skew: ${s.features.length} features agree on ${s.joined} joined rows.`;
  const unjoined = s.leftOnly.count + s.rightOnly.count;
  const unreadable = s.leftUnreadable.count + s.rightUnreadable.count;
  return {
    summary: [
      summary,
      unjoined > 0 ? `${unjoined} rows appear on one side only.` : '',
      unreadable > 0 ? `${unreadable} rows could not be read and were left out.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    findings,
    metrics: {
      'skew-detected': skewed.length > 0,
      'skewed-features': [...skewed],
      'skewed-feature-count': skewed.length,
      'features-compared': s.features.length,
      'joined-rows': s.joined,
      'reference-only-rows': s.leftOnly.count,
      'current-only-rows': s.rightOnly.count,
      'duplicate-id-rows': s.leftDuplicates.count + s.rightDuplicates.count,
      'unreadable-rows': s.leftUnreadable.count + s.rightUnreadable.count,
    },
    tables,
    charts: [],
  };
}

function where(location: Location): string {
  return location.unit === 'row'
    ? `${location.file}:row ${location.line}`
    : `${location.file}:${location.line}`;
}

function show(value: string | null): string {
  return value === null ? '(missing)' : JSON.stringify(value);
}

/** Joins `left` (training, or production) and `right` (serving, or shadow) on the ids and reports skew. */
export function compareSkew(left: Table, right: Table, options: SkewOptions): CheckResult {
  return skewResult(measureSkew(left, right, options));
}
