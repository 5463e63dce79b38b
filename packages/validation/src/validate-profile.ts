/**
 * validateProfile: does a dataset match its schema, judged from its profile (profile-data's output, or one
 * assembled from Spark's sketches) instead of its rows? Every rule the schema states runs once, as
 * validateChunks runs it, and reports into the same "checks" table and findings. What a profile can
 * answer, and how:
 *
 * - exactly: the row count, unreadable rows, which columns are there, missing cells, min and max; and every
 *   value rule (type, range, allowed values, regex, unique, constant) on a column whose profile kept each
 *   distinct value's count. Findings give counts, not line numbers: a profile has no lines.
 * - from a sketch, with its bound: allowed values of a many-valued text column (frequent items), values
 *   out of range (KLL ranks), repeats in a unique column and the top value's share (HLL distinct count).
 *   The message says the count is approximate and by how much.
 * - not at all: duplicate rows and the primary key need the rows; so does a value rule on a many-valued
 *   column that no sketch decides. Each is a warning (check `needs-rows`) that names the rule, never a pass.
 */

import type { ColumnProfile, DatasetProfile } from '@modelgate/profile';
import { typeNouns } from './column-rules.ts';
import type { CheckResult, Finding, Severity } from './core.ts';
import { type ColumnNeed, extraColumns, missingColumns, rowCount } from './dataset-rules.ts';
import { formatIsoDateTime } from './datetime.ts';
import { formatCount, formatList, formatPlainNumber, formatShare, plural, quoteValue } from './format.ts';
import { failed, type Outcome, passed, severityOf, shareOf } from './outcome.ts';
import { type CountedValue, type ProfiledColumn, profiledColumn, profiledShape } from './profile-values.ts';
import type { ColumnSchema, Schema } from './schema.ts';
import { compileUserRegex } from './user-regex.ts';
import { checksTable, severityOrder } from './validate.ts';

export interface ValidateProfileOptions {
  /** Names the profile's files in messages. */
  name: string;
  columns?: readonly string[];
  excludeColumns?: readonly string[];
}

/** Standard deviations of an HLL estimate taken as its bound (~99.7% of estimates fall within). */
const HLL_DEVIATIONS = 3;

/** A rule the profile cannot decide: a warning that names it and what would decide it. */
function needsRows(column: string | null, rule: string, why: string): Outcome {
  const subject = column === null ? `The rule "${rule}"` : `Column "${column}": the rule "${rule}"`;
  return failed(rule, 0, [
    {
      check: 'needs-rows',
      severity: 'warning',
      ...(column === null ? {} : { column }),
      message: `${subject} was not checked: ${why}; give the data files to check it`,
    },
  ]);
}

const PAST_EXACT = 'the profile kept no exact value counts for this many-valued column';

function show(spec: ColumnSchema, value: number): string {
  return spec.type === 'datetime' ? formatIsoDateTime(value) : formatPlainNumber(value);
}

/** Up to `limit` counted values, most frequent first: `"x" (12), "y" (3)`. */
function listValues(values: readonly CountedValue[], limit = 10): string {
  const sorted = [...values].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
  return formatList(
    sorted.map((v) => `${quoteValue(v.text)} (${formatCount(v.count)})`),
    limit,
  );
}

function typeRule(spec: ColumnSchema, column: ProfiledColumn, rows: number): Outcome {
  const rule = `type ${spec.type}`;
  if (column.mismatches === null) return needsRows(spec.name, rule, PAST_EXACT);
  if (column.mismatches === 0) return passed('type-mismatch', spec.name, rule);
  const wrong = (column.values ?? []).filter((v) => v.value !== undefined && Number.isNaN(v.value));
  const unreadable = column.mismatches - wrong.reduce((sum, v) => sum + v.count, 0);
  const parts = [
    wrong.length > 0 ? listValues(wrong, 5) : '',
    unreadable > 0 ? `${plural(unreadable, 'cell')} the profile counted as unreadable` : '',
  ].filter(Boolean);
  const share = shareOf(column.mismatches, rows);
  return failed(rule, column.mismatches, [
    {
      check: 'type-mismatch',
      severity: 'error',
      column: spec.name,
      count: column.mismatches,
      share,
      message: `Column "${spec.name}" should hold ${typeNouns[spec.type]}, but ${plural(column.mismatches, 'value')} (${formatShare(share)}) ${column.mismatches === 1 ? 'does' : 'do'} not: ${parts.join('; ')}`,
    },
  ]);
}

function missingRule(spec: ColumnSchema, profile: ColumnProfile, rows: number): Outcome | undefined {
  if (spec.nullable && spec.maxMissing === undefined) return undefined;
  const limit = spec.nullable ? (spec.maxMissing as number) : 0;
  const rule = spec.nullable ? `max-missing ${formatShare(limit)}` : 'not nullable';
  const share = shareOf(profile.missing, rows);
  if (share <= limit) return passed('missing-values', spec.name, rule);
  const message = spec.nullable
    ? `Column "${spec.name}" is missing ${formatShare(share)} of its values (${formatCount(profile.missing)}), above the allowed ${formatShare(limit)}`
    : `Column "${spec.name}" must not be missing, but ${plural(profile.missing, 'cell is', 'cells are')} empty`;
  return failed(rule, profile.missing, [
    { check: 'missing-values', severity: 'error', column: spec.name, count: profile.missing, share, message },
  ]);
}

function rangeRule(spec: ColumnSchema, column: ProfiledColumn, rows: number): Outcome | undefined {
  if (spec.min === undefined && spec.max === undefined) return undefined;
  if (profiledShape(column.profile, spec.type) !== 'numbers') return undefined;
  const min = spec.min ?? Number.NEGATIVE_INFINITY;
  const max = spec.max ?? Number.POSITIVE_INFINITY;
  const rule = [
    spec.min !== undefined ? `min ${show(spec, min)}` : '',
    spec.max !== undefined ? `max ${show(spec, max)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const range =
    spec.min !== undefined && spec.max !== undefined
      ? `outside [${show(spec, min)}, ${show(spec, max)}]`
      : spec.min !== undefined
        ? `below the minimum ${show(spec, min)}`
        : `above the maximum ${show(spec, max)}`;
  const outside = (v: number) => v < min || v > max;
  const report = (count: number, detail: string) =>
    failed(rule, count, [
      {
        check: 'out-of-range',
        severity: 'error',
        column: spec.name,
        count,
        share: shareOf(count, rows),
        message: `Column "${spec.name}" has ${detail} ${range}`,
      },
    ]);
  if (column.values) {
    const bad = column.values.filter((v) => v.value !== undefined && outside(v.value));
    const count = bad.reduce((sum, v) => sum + v.count, 0);
    if (count === 0) return passed('out-of-range', spec.name, rule);
    return report(count, `${plural(count, 'value')} (${listValues(bad, 5)})`);
  }
  const numeric = column.profile.numeric;
  // A numeric column's min and max are exact whatever its size; its values fit a numeric type unless the
  // type rule says otherwise, so they decide whether any value is out of range.
  if (!numeric || column.mismatches === null) return needsRows(spec.name, rule, PAST_EXACT);
  const { moments, kll } = numeric;
  if (moments.count === 0 || (!outside(moments.min) && !outside(moments.max))) {
    return passed('out-of-range', spec.name, rule);
  }
  // How many: the KLL sketch's ranks, each within its normalized rank error of the truth.
  const n = moments.count;
  const below = spec.min !== undefined && moments.min < min ? n * kll.rank(nextDown(min)) : 0;
  const above = spec.max !== undefined && moments.max > max ? n * (1 - kll.rank(max)) : 0;
  const error = Math.ceil(kll.rankError() * n * ((below > 0 ? 1 : 0) + (above > 0 ? 1 : 0)));
  const estimate = Math.max(1, Math.round(below + above));
  const observed = `(from ${show(spec, moments.min)} to ${show(spec, moments.max)})`;
  return report(
    estimate,
    `about ${plural(estimate, 'value')} (± ${formatCount(error)}, from the profile's quantile sketch) ${observed}`,
  );
}

/** The largest double below `x` (finite x): KLL's rank is inclusive, and a value equal to min is in range. */
function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += x > 0 ? -1n : 1n;
  return new Float64Array(bits.buffer)[0];
}

/** The allowed values as keys comparable with a counted value under the declared type. */
function allowedKeys(spec: ColumnSchema): Set<string | number> {
  const text = spec.type === 'string' || spec.type === 'category';
  return new Set(
    (spec.allowed ?? []).map((a) => (text ? String(a) : typeof a === 'boolean' ? (a ? 1 : 0) : Number(a))),
  );
}

function allowedRule(spec: ColumnSchema, column: ProfiledColumn): Outcome | undefined {
  if (spec.allowed === undefined || profiledShape(column.profile, spec.type) === 'none') return undefined;
  const rule = `allowed: ${plural(spec.allowed.length, 'value')}`;
  const keys = allowedKeys(spec);
  const tolerance = spec.maxNewCategoryShare ?? 0;
  // The share is of the cells of the declared type; the others are the type rule's.
  const typed = column.values
    ? column.values.reduce(
        (sum, v) => sum + (v.value !== undefined && Number.isNaN(v.value) ? 0 : v.count),
        0,
      )
    : column.present;
  const report = (count: number, listed: string, approximate: string) => {
    const shareOfPresent = shareOf(count, typed);
    const severity: Severity = shareOfPresent <= tolerance ? 'warning' : 'error';
    const within = severity === 'warning' ? `, within the tolerated ${formatShare(tolerance)}` : '';
    return failed(rule, count, [
      {
        check: 'value-not-allowed',
        severity,
        column: spec.name,
        count,
        // Of the non-missing cells, as the message and the tolerance count it (and the rows' rule does).
        share: shareOfPresent,
        message: `Column "${spec.name}" has ${approximate}${plural(count, 'value')} (${formatShare(shareOfPresent)} of non-missing cells) outside the allowed set${within}: ${listed}`,
      },
    ]);
  };
  if (column.values) {
    const bad = column.values.filter((v) => {
      if (v.value === undefined) return !keys.has(v.text);
      return !Number.isNaN(v.value) && !keys.has(v.value);
    });
    const count = bad.reduce((sum, v) => sum + v.count, 0);
    if (count === 0) return passed('value-not-allowed', spec.name, rule);
    return report(count, listValues(bad), '');
  }
  const part = column.profile.categories;
  if (!part?.frequent || !(spec.type === 'string' || spec.type === 'category')) {
    return needsRows(spec.name, rule, PAST_EXACT);
  }
  // Cells outside the set = present cells - cells of allowed values; the frequent items sketch bounds
  // each allowed value's count, so the bounds add up to bounds on the cells outside.
  const sketch = part.frequent;
  let lowest = 0;
  let highest = 0;
  let estimate = 0;
  for (const key of keys) {
    lowest += sketch.lowerBound(String(key));
    highest += sketch.upperBound(String(key));
    estimate += sketch.estimate(String(key));
  }
  const atLeast = Math.max(0, part.total - highest);
  const atMost = Math.max(0, part.total - lowest);
  if (atMost === 0) return passed('value-not-allowed', spec.name, rule);
  if (atLeast === 0) {
    return needsRows(
      spec.name,
      rule,
      `the profile's frequent items sketch puts the cells outside the set between 0 and ${formatCount(atMost)}`,
    );
  }
  const count = Math.max(atLeast, Math.round(part.total - estimate));
  return report(
    count,
    `between ${formatCount(atLeast)} and ${formatCount(atMost)} by the profile's frequent items sketch`,
    'about ',
  );
}

function regexRule(spec: ColumnSchema, column: ProfiledColumn, rows: number): Outcome | undefined {
  if (spec.regex === undefined || !(spec.type === 'string' || spec.type === 'category')) return undefined;
  const rule = `regex /${spec.regex}/`;
  if (!column.values) return needsRows(spec.name, rule, PAST_EXACT);
  const pattern = compileUserRegex(spec.regex);
  const bad = column.values.filter((v) => !pattern.test(v.text));
  const count = bad.reduce((sum, v) => sum + v.count, 0);
  if (count === 0) return passed('regex-mismatch', spec.name, rule);
  return failed(rule, count, [
    {
      check: 'regex-mismatch',
      severity: 'error',
      column: spec.name,
      count,
      share: shareOf(count, rows),
      message: `Column "${spec.name}" has ${plural(count, 'value')} not matching /${spec.regex}/: ${listValues(bad, 5)}`,
    },
  ]);
}

/** The distinct count's bounds from the HLL sketch, or undefined when the profile has none. */
function distinctBounds(profile: ColumnProfile): { low: number; high: number } | undefined {
  const sketch = profile.distinct;
  if (!sketch) return undefined;
  const estimate = sketch.estimate();
  // In its sparse modes the sketch counts coupons, exact but for collisions among 2^26 addresses, which
  // its estimate corrects on average; their spread is about the square root of their expected number.
  const spread = Math.max(
    HLL_DEVIATIONS * sketch.relativeError() * estimate,
    HLL_DEVIATIONS * Math.sqrt((estimate * estimate) / 2 ** 27) + 1,
  );
  return { low: Math.max(1, estimate - spread), high: estimate + spread };
}

function uniqueRule(spec: ColumnSchema, column: ProfiledColumn, rows: number): Outcome | undefined {
  if (!spec.unique) return undefined;
  const repeats = (count: number, detail: string) =>
    failed('unique', count, [
      {
        check: 'duplicate-value',
        severity: 'error',
        column: spec.name,
        count,
        share: shareOf(count, rows),
        message: `Column "${spec.name}" should be unique, but ${detail}`,
      },
    ]);
  if (column.values) {
    // Values of the declared type repeat by value ("1" and "1.0" are one integer); cells not of the type
    // are the type rule's, as on the rows. A column no value of which can be of the type repeats by text.
    const raw = profiledShape(column.profile, spec.type) === 'none';
    const byKey = new Map<string | number, CountedValue>();
    for (const v of column.values) {
      if (!raw && v.value !== undefined && Number.isNaN(v.value)) continue;
      const key = raw ? v.text : (v.value ?? v.text);
      const seen = byKey.get(key);
      byKey.set(key, seen ? { ...seen, count: seen.count + v.count } : v);
    }
    const repeated = [...byKey.values()].filter((v) => v.count > 1);
    const count = repeated.reduce((sum, v) => sum + v.count - 1, 0);
    if (count === 0) return passed('duplicate-value', spec.name, 'unique');
    return repeats(
      count,
      `${plural(count, 'row repeats', 'rows repeat')} an earlier value: ${listValues(repeated, 5)}`,
    );
  }
  const bounds = distinctBounds(column.profile);
  const present = column.present - column.profile.invalid;
  if (bounds && present > bounds.high) {
    const atLeast = Math.floor(present - bounds.high);
    return repeats(
      atLeast,
      `its ${formatCount(present)} values hold at most ${formatCount(Math.ceil(bounds.high))} distinct ones by the profile's distinct-count sketch: at least ${plural(atLeast, 'repeat')}`,
    );
  }
  return needsRows(
    spec.name,
    'unique',
    `${PAST_EXACT}, and its distinct-count sketch cannot tell a few repeats`,
  );
}

function constantRule(
  name: string,
  column: ProfiledColumn,
  severity: Severity,
  almostConstantShare: number,
): Outcome {
  const rule =
    almostConstantShare < 1 ? `top value below ${formatShare(almostConstantShare)}` : 'not constant';
  const present = column.present - column.profile.invalid;
  if (present < 2) return passed('constant-column', name, rule);
  const report = (top: string, count: number, approximate: boolean) => {
    const share = shareOf(count, present);
    const constant = count === present && !approximate;
    const value = quoteValue(top);
    return failed(rule, count, [
      {
        check: constant ? 'constant-column' : 'almost-constant-column',
        severity,
        column: name,
        count,
        share,
        message: constant
          ? `Column "${name}" holds the single value ${value} in all ${plural(present, 'non-missing cell')}`
          : `Column "${name}" is almost constant: ${value} fills ${approximate ? 'about ' : ''}${formatShare(share)} of its ${plural(present, 'non-missing cell')}`,
      },
    ]);
  };
  if (column.values) {
    const top = column.values.reduce((a, b) => (b.count > a.count ? b : a), column.values[0]);
    if (top && top.count / present >= almostConstantShare) return report(top.text, top.count, false);
    return passed('constant-column', name, rule);
  }
  const numeric = column.profile.numeric;
  if (numeric && numeric.moments.count > 0 && numeric.moments.min === numeric.moments.max) {
    return report(String(numeric.moments.min), present, false);
  }
  // With D distinct values the top one fills at most present - (D - 1) cells.
  const bounds = distinctBounds(column.profile);
  if (bounds && present - (bounds.low - 1) < almostConstantShare * present) {
    return passed('constant-column', name, rule);
  }
  const frequent = column.profile.categories?.frequent;
  if (frequent) {
    // An item the sketch did not keep has at most its maximum error.
    const [top] = frequent.frequentItems('no-false-negatives', 0);
    const largest = Math.max(top?.upperBound ?? 0, frequent.maximumError());
    if (top && top.lowerBound / present >= almostConstantShare)
      return report(String(top.item), top.estimate, true);
    if (largest / present < almostConstantShare) return passed('constant-column', name, rule);
  }
  return needsRows(name, rule, PAST_EXACT);
}

export function validateProfile(
  profile: DatasetProfile,
  schema: Schema,
  options: ValidateProfileOptions,
): CheckResult {
  const excluded = new Set(options.excludeColumns ?? []);
  const selected = options.columns ? new Set(options.columns) : undefined;
  const inScope = (name: string) => !excluded.has(name) && (selected === undefined || selected.has(name));
  const columns = profile.columns.filter((c) => inScope(c.name));
  const byName = new Map(columns.map((c) => [c.name, c]));
  const specs = schema.columns.filter((s) => inScope(s.name));
  const specNames = new Set(specs.map((s) => s.name));
  const rows = profile.rows;
  const where = `the profile ${options.name}`;

  const outcomes: Outcome[] = [];
  if (profile.unreadableRows > 0) {
    const count = profile.unreadableRows;
    outcomes.push(
      failed('every row readable', count, [
        {
          check: 'unreadable-row',
          severity: 'error',
          count,
          message: `${plural(count, 'row')} could not be read when the profile was made and ${count === 1 ? 'was' : 'were'} left out (the profile keeps no line numbers)`,
        },
      ]),
    );
  } else {
    outcomes.push(passed('unreadable-row', null, 'every row readable'));
  }
  const count = rowCount(rows, schema.rows);
  if (count) outcomes.push(count);
  const expected = new Map<string, ColumnNeed>();
  for (const spec of specs) if (spec.required) expected.set(spec.name, 'required by the schema');
  for (const name of schema.primaryKey ?? [])
    if (!expected.has(name) && inScope(name)) expected.set(name, 'part of the primary key');
  for (const name of options.columns ?? [])
    if (!excluded.has(name) && !expected.has(name)) expected.set(name, 'selected for validation');
  const unexpected = columns.filter((c) => !specNames.has(c.name)).map((c) => c.name);
  outcomes.push(missingColumns(expected, (name) => byName.has(name), where, unexpected));
  const extra = extraColumns(unexpected, severityOf(schema.extraColumns));
  if (extra) outcomes.push(extra);
  if (severityOf(schema.duplicateRows)) {
    outcomes.push(needsRows(null, 'no duplicate rows', 'a profile keeps no rows to compare'));
  }
  // A key column missing is a missing-column error already, as on the rows.
  if (
    schema.primaryKey &&
    schema.primaryKey.length > 0 &&
    schema.primaryKey.every((name) => byName.has(name))
  ) {
    outcomes.push(
      needsRows(null, `primary key ${schema.primaryKey.join(', ')}`, 'a profile keeps no rows to compare'),
    );
  }

  const constantSeverity = severityOf(schema.constantColumns);
  const checkColumn = (profileColumn: ColumnProfile, spec: ColumnSchema | undefined) => {
    const declared = spec?.type ?? (profileColumn.numeric ? 'number' : 'string');
    const column = profiledColumn(profileColumn, declared);
    if (spec) {
      outcomes.push(typeRule(spec, column, rows));
      for (const outcome of [
        missingRule(spec, profileColumn, rows),
        rangeRule(spec, column, rows),
        allowedRule(spec, column),
        regexRule(spec, column, rows),
        uniqueRule(spec, column, rows),
      ]) {
        if (outcome) outcomes.push(outcome);
      }
    }
    if (constantSeverity) {
      outcomes.push(constantRule(profileColumn.name, column, constantSeverity, schema.almostConstantShare));
    }
  };
  for (const spec of specs) {
    const profileColumn = byName.get(spec.name);
    if (profileColumn) checkColumn(profileColumn, spec);
  }
  for (const profileColumn of columns)
    if (!specNames.has(profileColumn.name)) checkColumn(profileColumn, undefined);

  const notChecked = outcomes.filter((o) => o.findings.some((f) => f.check === 'needs-rows')).length;
  const findings: Finding[] = [
    ...outcomes.flatMap((o) => o.findings),
    {
      check: 'validated-profile',
      severity: 'notice' as const,
      message: `Validated ${where}, not rows: counts are exact unless a message says "about", findings have no line numbers${notChecked > 0 ? `, and ${plural(notChecked, 'rule')} that ${notChecked === 1 ? 'needs' : 'need'} the rows ${notChecked === 1 ? 'was' : 'were'} not checked` : ''}`,
    },
  ].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const missingCells = columns.reduce((sum, c) => sum + c.missing, 0);
  const described = `${plural(rows, 'row')} of ${where}`;
  const summary =
    errors === 0 && warnings === 0
      ? `All ${formatCount(outcomes.length)} checks passed on ${described}`
      : `${[errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')} in ${described}`;
  return {
    summary,
    findings,
    metrics: {
      rows,
      columns: columns.length,
      errors,
      warnings,
      'missing-share': shareOf(missingCells, rows * columns.length),
      'unreadable-rows': profile.unreadableRows,
      checks: outcomes.length,
      'failed-checks': outcomes.filter((o) => o.status !== 'pass').length,
      'unchecked-rules': notChecked,
    },
    tables: [checksTable(outcomes)],
    charts: [],
  };
}
