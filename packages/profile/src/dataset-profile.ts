/**
 * A dataset's profile: one ColumnProfile per column plus the row counts, and its file format.
 *
 * The file is JSON (so a person, jq and a Spark job can read and write it), the sketches inside as
 * base64 of Apache DataSketches' own binary serialization:
 *
 *   { "format": "modelgate-profile", "version": 1, "digest": "sha256:<hex>",
 *     "rows": 1000, "unreadableRows": 0, "sources": [{ "file": "a.csv", "rows": 1000 }],
 *     "columns": [{ "name": "age", "kind": "numeric", "types": { "integer": 1000 },
 *                   "rows": 1000, "missing": 3, "invalid": 0,
 *                   "numeric": { "count": 997, "mean": 41.2, "meanLow": 1.4e-15, "m2": 1.5e5, "scale": 1,
 *                                "min": 18, "max": 90,
 *                                "kll": "<base64 KLL doubles>", "values": [[18, 4], ...] | null },
 *                   "categories": null,
 *                   "distinct": "<base64 HLL>" }, ...] }
 *
 * `categories` is { "total": n, "exact": [["red", 10], ...] | null, "frequent": "<base64 frequent items
 * (strings)>" | null }; `distinct` may be null (unknown); `meanLow` (what `mean` rounded off; see
 * numeric-moments.ts) is left out when 0. `digest` is the sha256 of the file written without it (keys in
 * this order, no spaces): the profile's content address. It is checked when present and may be left out
 * by a file assembled elsewhere. actions/profile-data/docs.md shows the Spark SQL that makes one.
 */

import { createHash } from 'node:crypto';
import { DataError, listNames } from '@modelgate/core';
import { FrequentItemsSketch, HllSketch, KllSketch } from '@modelgate/sketches';
import { type ColumnProfile, mergeColumnProfiles } from './column-profile.ts';

export const PROFILE_FORMAT = 'modelgate-profile';
export const PROFILE_VERSION = 1;

export interface DatasetProfile {
  rows: number;
  /** Rows the readers could not use (ragged, unparseable): counted, not profiled. */
  unreadableRows: number;
  sources: { file: string; rows: number }[];
  columns: ColumnProfile[];
}

/**
 * How `b`'s columns differ from `a`'s, in the words the row readers use for two files of one dataset
 * (which they refuse); null when they have the same columns, or when either is the empty profile of a
 * shard without a file, which merges as nothing.
 */
export function columnDifference(a: DatasetProfile, b: DatasetProfile): string | null {
  const empty = (p: DatasetProfile) => p.rows === 0 && p.columns.length === 0;
  if (empty(a) || empty(b)) return null;
  const expected = new Set(a.columns.map((c) => c.name));
  const found = new Set(b.columns.map((c) => c.name));
  const missing = [...expected].filter((n) => !found.has(n));
  const extra = [...found].filter((n) => !expected.has(n));
  const parts = [];
  if (missing.length > 0) parts.push(`missing ${listNames(missing)}`);
  if (extra.length > 0) parts.push(`has extra ${listNames(extra)}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/**
 * The profile of the union of both datasets' rows; columns match by name, in first-seen order. Both must
 * have the same columns: a column one shard lacks has no rows there to count as missing or not, and the
 * row readers refuse such files too.
 */
export function mergeProfiles(a: DatasetProfile, b: DatasetProfile): DatasetProfile {
  const difference = columnDifference(a, b);
  if (difference) throw new RangeError(`the second profile's columns differ from the first's: ${difference}`);
  const columns = new Map(a.columns.map((c) => [c.name, c]));
  for (const column of b.columns) {
    const mine = columns.get(column.name);
    columns.set(column.name, mine ? mergeColumnProfiles(mine, column) : column);
  }
  return {
    rows: a.rows + b.rows,
    unreadableRows: a.unreadableRows + b.unreadableRows,
    sources: [...a.sources, ...b.sources],
    columns: [...columns.values()],
  };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function columnJson(c: ColumnProfile): unknown {
  const numeric = c.numeric && {
    count: c.numeric.moments.count,
    mean: c.numeric.moments.mean,
    // Left out when 0, so that a file written without it (by Spark, say) has the same digest.
    meanLow: c.numeric.meanLow === 0 ? undefined : c.numeric.meanLow,
    m2: c.numeric.moments.m2,
    scale: c.numeric.moments.scale,
    min: c.numeric.moments.count > 0 ? c.numeric.moments.min : null,
    max: c.numeric.moments.count > 0 ? c.numeric.moments.max : null,
    kll: base64(c.numeric.kll.serialize()),
    values: c.numeric.values && [...c.numeric.values].sort((x, y) => x[0] - y[0]),
  };
  const categories = c.categories && {
    total: c.categories.total,
    exact:
      c.categories.exact && [...c.categories.exact].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
    frequent: c.categories.frequent && base64(c.categories.frequent.serialize()),
  };
  return {
    name: c.name,
    kind: c.kind,
    types: c.types,
    rows: c.rows,
    missing: c.missing,
    invalid: c.invalid,
    numeric,
    categories,
    distinct: c.distinct && base64(c.distinct.serialize()),
  };
}

function body(profile: DatasetProfile): string {
  return JSON.stringify({
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    rows: profile.rows,
    unreadableRows: profile.unreadableRows,
    sources: profile.sources,
    columns: profile.columns.map(columnJson),
  });
}

export function profileDigest(profile: DatasetProfile): string {
  return `sha256:${createHash('sha256').update(body(profile)).digest('hex')}`;
}

/** The profile file's text: the body with its digest after format and version. */
export function encodeProfile(profile: DatasetProfile): string {
  const digest = profileDigest(profile);
  return body(profile).replace(
    `"version":${PROFILE_VERSION},`,
    `"version":${PROFILE_VERSION},"digest":"${digest}",`,
  );
}

// ---- reading: every field checked, every error naming the file and the field ----

type Json = Record<string, unknown>;

class Reader {
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  fail(where: string, expected: string): never {
    throw new DataError(this.file, `${where}: expected ${expected}`);
  }
  object(value: unknown, where: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, 'an object');
    return value as Json;
  }
  count(value: unknown, where: string): number {
    if (!Number.isSafeInteger(value) || (value as number) < 0) this.fail(where, 'a whole number >= 0');
    return value as number;
  }
  number(value: unknown, where: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(where, 'a finite number');
    return value;
  }
  text(value: unknown, where: string): string {
    if (typeof value !== 'string') this.fail(where, 'a string');
    return value;
  }
  bytes(value: unknown, where: string): Uint8Array {
    const text = this.text(value, where);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) this.fail(where, 'base64 of a DataSketches sketch');
    return new Uint8Array(Buffer.from(text, 'base64'));
  }
  pairs<K>(value: unknown, where: string, key: (v: unknown, w: string) => K): Map<K, number> | null {
    if (value === null || value === undefined) return null;
    if (!Array.isArray(value)) this.fail(where, 'an array of [value, count] pairs, or null');
    const map = new Map<K, number>();
    value.forEach((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2) this.fail(`${where}[${i}]`, 'a [value, count] pair');
      const k = key(pair[0], `${where}[${i}][0]`);
      if (map.has(k)) this.fail(`${where}[${i}]`, 'each value once');
      map.set(k, this.count(pair[1], `${where}[${i}][1]`));
    });
    return map;
  }
  sketch<T>(where: string, decode: () => T): T {
    try {
      return decode();
    } catch (error) {
      throw new DataError(this.file, `${where}: ${(error as Error).message}`);
    }
  }
}

function readColumn(r: Reader, value: unknown, where: string): ColumnProfile {
  const c = r.object(value, where);
  const kind = c.kind;
  if (kind !== 'numeric' && kind !== 'categorical') r.fail(`${where}.kind`, '"numeric" or "categorical"');
  const types = r.object(c.types ?? {}, `${where}.types`);
  const column: ColumnProfile = {
    name: r.text(c.name, `${where}.name`),
    kind,
    types: Object.fromEntries(Object.entries(types).map(([t, n]) => [t, r.count(n, `${where}.types.${t}`)])),
    rows: r.count(c.rows, `${where}.rows`),
    missing: r.count(c.missing, `${where}.missing`),
    invalid: r.count(c.invalid ?? 0, `${where}.invalid`),
    numeric: null,
    categories: null,
    distinct:
      c.distinct === null || c.distinct === undefined
        ? null
        : r.sketch(`${where}.distinct`, () =>
            HllSketch.deserialize(r.bytes(c.distinct, `${where}.distinct`), 'HLL sketch'),
          ),
  };
  if (kind === 'numeric') {
    const n = r.object(c.numeric, `${where}.numeric`);
    const count = r.count(n.count, `${where}.numeric.count`);
    const kll = r.sketch(`${where}.numeric.kll`, () =>
      KllSketch.deserialize(r.bytes(n.kll, `${where}.numeric.kll`), 'double', 'KLL sketch'),
    );
    if (kll.n !== count)
      r.fail(`${where}.numeric.kll`, `a sketch of count (${count}) values, it holds ${kll.n}`);
    const mean = count > 0 ? r.number(n.mean, `${where}.numeric.mean`) : 0;
    const meanLow = n.meanLow === undefined ? 0 : r.number(n.meanLow, `${where}.numeric.meanLow`);
    // More than the mean's rounding would move the mean itself, which only `mean` may say.
    if (Math.abs(meanLow) > Math.abs(mean) * Number.EPSILON) {
      r.fail(`${where}.numeric.meanLow`, `what the mean's double rounded off, at most |mean| × 2^-52, or 0`);
    }
    column.numeric = {
      meanLow,
      moments: {
        count,
        mean,
        m2: count > 0 ? r.number(n.m2, `${where}.numeric.m2`) : 0,
        scale: n.scale === undefined ? 1 : r.number(n.scale, `${where}.numeric.scale`),
        min: count > 0 ? r.number(n.min, `${where}.numeric.min`) : Number.POSITIVE_INFINITY,
        max: count > 0 ? r.number(n.max, `${where}.numeric.max`) : Number.NEGATIVE_INFINITY,
      },
      kll,
      values: r.pairs(n.values, `${where}.numeric.values`, (v, w) => r.number(v, w)),
    };
  } else {
    const p = r.object(c.categories, `${where}.categories`);
    const exact = r.pairs(p.exact, `${where}.categories.exact`, (v, w) => r.text(v, w));
    const frequent =
      p.frequent === null || p.frequent === undefined
        ? null
        : r.sketch(`${where}.categories.frequent`, () =>
            FrequentItemsSketch.deserialize(r.bytes(p.frequent, `${where}.categories.frequent`), 'string'),
          );
    if (!exact && !frequent) r.fail(`${where}.categories`, 'exact counts or a frequent items sketch');
    column.categories = { exact, frequent, total: r.count(p.total, `${where}.categories.total`) };
  }
  return column;
}

/** Reads a profile file's text; `file` names it in every error. */
export function decodeProfile(text: string, file: string): DatasetProfile {
  const r = new Reader(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, `not a profile: ${(error as Error).message}`);
  }
  const top = r.object(json, 'the file');
  if (top.format !== PROFILE_FORMAT) r.fail('format', `"${PROFILE_FORMAT}"`);
  if (top.version !== PROFILE_VERSION) {
    r.fail('version', `${PROFILE_VERSION} (this modelgate reads profile version ${PROFILE_VERSION} only)`);
  }
  if (!Array.isArray(top.columns)) r.fail('columns', 'an array');
  if (!Array.isArray(top.sources ?? [])) r.fail('sources', 'an array');
  const profile: DatasetProfile = {
    rows: r.count(top.rows, 'rows'),
    unreadableRows: r.count(top.unreadableRows ?? 0, 'unreadableRows'),
    sources: ((top.sources ?? []) as unknown[]).map((s, i) => {
      const source = r.object(s, `sources[${i}]`);
      return {
        file: r.text(source.file, `sources[${i}].file`),
        rows: r.count(source.rows, `sources[${i}].rows`),
      };
    }),
    columns: (top.columns as unknown[]).map((c, i) => readColumn(r, c, `columns[${i}]`)),
  };
  const names = new Set<string>();
  for (const column of profile.columns) {
    if (names.has(column.name)) r.fail(`column "${column.name}"`, 'each column once');
    names.add(column.name);
    if (column.rows !== profile.rows)
      r.fail(`column "${column.name}".rows`, `the profile's rows (${profile.rows})`);
  }
  if (top.digest !== undefined && top.digest !== profileDigest(profile)) {
    throw new DataError(
      file,
      'its digest does not match its content: the profile was changed after it was written',
    );
  }
  return profile;
}
