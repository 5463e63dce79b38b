/**
 * Data drift: compares each feature column of the current data with the reference, decides per column
 * whether it drifted, and whether the data set as a whole did. The rules (README.md has the full list):
 *
 * - A column drifts when its method says so (methods.ts) or when its missing share moves by more than
 *   missingShareTolerance (absolute, default 0.05), whichever happens.
 * - With a correction, the p-value methods' p-values are adjusted across the feature columns (Bonferroni
 *   or Benjamini-Hochberg) before being compared with the threshold.
 * - Dataset drift when drifted feature columns / compared feature columns >= driftShare (default 0.5).
 *   The prediction column is compared the same way but reported on its own ("prediction drift") and not
 *   counted; the target and id columns are not compared.
 * - Columns picked automatically leave out datetime columns (time moves on between the two samples) and
 *   text columns that look like identifiers (more than half of 100+ reference values distinct); naming
 *   a column in `columns` compares it anyway.
 * - A column whose type differs between the two files (a number in one, text in the other) counts as
 *   drifted, unless column-types says how to read it.
 */

import type { Column, Location, Table } from '@modelgate/core';
import { DataError, freeMemory, headerRowHint, InputError, locateRow } from '@modelgate/core';
import { benjaminiHochberg, bonferroni } from '@modelgate/stats';
import { formatPercent } from './format.ts';
import {
  applicability,
  autoMethod,
  type DriftMethod,
  definedOutcome,
  isDrift,
  METHODS,
  type MethodSettings,
  type ProfilePair,
  runMethod,
  type SharedDistribution,
  sharedDistribution,
  unionCategories,
} from './methods.ts';
import {
  DEFAULTS,
  type DriftOptions,
  type ResolvedOptions,
  resolveOptions,
  thresholdFor,
} from './options.ts';
import { type PerformanceDrift, performanceDrift } from './performance.ts';
import {
  asCategorical,
  asNumeric,
  type CategoricalProfile,
  type ColumnProfile,
  comparedKind,
  missingShare,
  numericLabel,
  presentCount,
  profileColumn,
} from './profile.ts';
import { requireReadableRows, type UnreadableRows, unreadableRowsOf } from './readable-rows.ts';
import { SortScratch } from './sort.ts';
import { type DatasetSummary, isDatasetSummary, type NumericSummary, profileOf } from './summary.ts';

export interface ColumnDrift {
  column: string;
  role: 'feature' | 'prediction';
  /** How the column was compared. */
  kind: 'numeric' | 'categorical';
  /** The column's type as read from the reference (number, integer, category, ...). */
  type: string;
  /** null when no test could run (a side without values, a type change). */
  method: DriftMethod | null;
  statistic: number | null;
  pValue: number | null;
  /** p-value after the multiple-testing correction; equals pValue without one. */
  adjustedPValue: number | null;
  threshold: number | null;
  /**
   * Why the method's statistic or p-value is undefined (NaN, or the method refused the values), when it
   * is: then statistic and pValue are null, and the column's value drift is unknown (reported as such).
   */
  undefinedStatistic: string | null;
  valueDrift: boolean;
  missingShare: { reference: number; current: number };
  missingDrift: boolean;
  drifted: boolean;
  /** Categories in the current data the reference never had, and reference categories now absent. */
  newCategories: string[];
  vanishedCategories: string[];
  /** Rows of the current data holding a new category: the first few, for annotations. */
  newCategoryLocations: Location[];
  /** How strongly it drifted, comparable across methods (statistic / threshold, or its p-value analogue). */
  score: number;
  notes: string[];
}

export interface DriftMeasurement {
  /** Feature columns, the most drifted first. */
  columns: ColumnDrift[];
  prediction: ColumnDrift | null;
  driftedColumns: string[];
  /** Drifted share of the compared feature columns (0 when there are none). */
  driftShare: number;
  datasetDrift: boolean;
  performance: PerformanceDrift | null;
  /** Reference columns left out, and why. */
  skipped: { column: string; reason: string }[];
  /** Reference columns the current data lacks, and current columns the reference lacks. */
  missingColumns: string[];
  extraColumns: string[];
  options: ResolvedOptions;
  /**
   * Reference and current counts on shared bins (or per category) of each drifted column that could be
   * compared, by column, for charts. Only these counts outlive the measurement, not the sorted columns.
   */
  distributions: Map<string, SharedDistribution>;
  referenceFile: string;
  currentFile: string;
  /** Rows of each side the reader could not use, left out of every comparison. */
  unreadableRows: { reference: UnreadableRows; current: UnreadableRows };
}

const EXAMPLE_LOCATIONS = 5;
const IDENTIFIER_MIN_VALUES = 100;

/**
 * Measures drift of `current` against `reference`, each a Table or its DatasetSummary (summarizeChunks,
 * or a cached one); the results are the same.
 */
export function measureDrift(
  reference: Table | DatasetSummary,
  current: Table | DatasetSummary,
  options: DriftOptions = {},
): DriftMeasurement {
  const resolved = resolveOptions(options);
  requireReadableRows(reference, 'reference');
  requireReadableRows(current, 'current');
  const scratch = new SortScratch();
  // One profiler for both sides: one table passed as both must be profiled once (see profiler).
  const profile = profiler(resolved, reference, scratch);
  const referenceProfiles = profilesOf(reference, profile, scratch);
  const currentProfiles = profilesOf(current, profile, scratch);
  const currentNames = new Set(currentProfiles.names);
  const referenceFile = reference.sources[0]?.file ?? 'reference';
  const currentFile = current.sources[0]?.file ?? 'current';
  checkNamedColumns(resolved, referenceProfiles, currentNames, referenceFile, currentFile);

  const special = new Set<string>([...resolved.idColumns]);
  if (resolved.predictionColumn !== undefined) special.add(resolved.predictionColumn);
  if (resolved.performance) special.add(resolved.performance.target);
  const excluded = new Set(resolved.excludeColumns);
  const skipped: DriftMeasurement['skipped'] = [];
  const missingColumns: string[] = [];
  let features: string[];
  if (resolved.columns) {
    features = resolved.columns.filter((c) => !special.has(c));
  } else {
    features = [];
    for (const name of referenceProfiles.names) {
      if (special.has(name) || excluded.has(name)) continue;
      if (!currentNames.has(name)) {
        missingColumns.push(name);
        continue;
      }
      const why = autoSkipReason(name, referenceProfiles, resolved);
      if (why) skipped.push({ column: name, reason: why });
      else features.push(name);
    }
  }
  const extraColumns = currentProfiles.names.filter((n) => !referenceProfiles.has(n) && !special.has(n));

  const settings: MethodSettings = {
    jsBase: resolved.jsBase === 'e' ? Math.E : 2,
    psiBins: resolved.psiBins,
    psiEpsilon: DEFAULTS.psiEpsilon,
  };
  // Shared bins of every compared column, computed while its sorted values are at hand, so that they
  // need not outlive its comparison; only the drifted columns' are kept.
  const distributions = new Map<string, SharedDistribution>();
  const compare = (name: string, role: ColumnDrift['role']): ColumnDrift => {
    // Present: checkNamedColumns or the automatic choice made sure of it.
    const analysis = compareColumn(
      name,
      role,
      referenceProfiles.get(name) as ColumnProfile,
      currentProfiles.get(name) as ColumnProfile,
      resolved,
      settings,
    );
    const { drift, pair } = analysis;
    // A correction only ever raises p-values, so a column that does not drift before it cannot after.
    const mayDrift =
      drift.missingDrift ||
      (drift.method !== null &&
        drift.statistic !== null &&
        isDrift(drift.method, drift.statistic, drift.pValue, drift.threshold as number));
    // Not for an undefined statistic: the bins may be what the method could not form.
    if (pair && mayDrift && drift.undefinedStatistic === null) {
      distributions.set(name, sharedDistribution(pair));
    }
    if (drift.newCategories.length > 0) {
      drift.newCategoryLocations = currentProfiles.locate(name, drift.newCategories);
    }
    if (pair) {
      referenceProfiles.release(pair.reference);
      currentProfiles.release(pair.current);
    }
    return drift;
  };
  const columns = features.map((name) => compare(name, 'feature'));
  applyCorrection(columns, resolved);
  for (const c of columns) finish(c, resolved.missingShareTolerance);
  columns.sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || b.score - a.score || a.column.localeCompare(b.column),
  );

  let prediction: ColumnDrift | null = null;
  if (resolved.predictionColumn !== undefined) {
    prediction = compare(resolved.predictionColumn, 'prediction');
    finish(prediction, resolved.missingShareTolerance);
  }
  if (columns.length === 0 && prediction === null && !resolved.performance) {
    const hint = headerRowHint(referenceFile, missingColumns) + headerRowHint(currentFile, extraColumns);
    throw new InputError(
      'columns',
      `no columns to compare: ${referenceFile} and ${currentFile} have no feature columns in common` +
        (skipped.length > 0
          ? ` (skipped: ${skipped.map((s) => `${s.column}, ${s.reason}`).join('; ')})`
          : '') +
        (hint ? `.${hint}` : ''),
    );
  }
  const judged = (c: ColumnDrift | null) => c !== null && (c.method !== null || c.drifted);
  if (!columns.some(judged) && !judged(prediction) && !resolved.performance) {
    // Every column lacked values on one side or both: a pass here would be a pass on nothing.
    throw new DataError(
      currentFile,
      `no column has values in both ${referenceFile} and this file (${[...columns, ...(prediction ? [prediction] : [])].map((c) => `"${c.column}": ${c.notes.join('; ')}`).join(', ')}), so nothing was compared`,
    );
  }
  const driftedColumns = columns.filter((c) => c.drifted).map((c) => c.column);
  const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
  const performance = resolved.performance
    ? performanceDrift(reference, current, resolved.performance)
    : null;
  for (const c of [...columns, ...(prediction ? [prediction] : [])]) {
    if (!c.drifted) distributions.delete(c.column);
  }
  return {
    columns,
    prediction,
    driftedColumns,
    driftShare: share,
    datasetDrift: columns.length > 0 && share >= resolved.driftShare,
    performance,
    skipped,
    missingColumns,
    extraColumns,
    options: resolved,
    distributions,
    referenceFile,
    currentFile,
    unreadableRows: { reference: unreadableRowsOf(reference), current: unreadableRowsOf(current) },
  };
}

/** What a column was read as, known without profiling it. */
interface ColumnShape {
  kind: ColumnProfile['kind'];
  type: ColumnProfile['type'];
}

/** One side's column profiles by name, and where its rows holding given categories are. */
interface Profiles {
  names: string[];
  has(name: string): boolean;
  shape(name: string): ColumnShape | undefined;
  /**
   * The column's profile. A Table's columns are profiled (sorted) on first use only; a summary's numeric
   * column is decoded and sorted into a new array on each call, which the caller drops after comparing.
   */
  get(name: string): ColumnProfile | undefined;
  /** The first few rows whose value in `name` is one of `categories`. */
  locate(name: string, categories: string[]): Location[];
  /** Frees the memory of a profile `get` made for a summary's column, once it has been compared. */
  release(profile: ColumnProfile): void;
}

function profilesOf(
  data: Table | DatasetSummary,
  profile: (column: Column) => ColumnProfile,
  scratch: SortScratch,
): Profiles {
  if (isDatasetSummary(data)) {
    const byName = new Map(data.columns.map((c) => [c.name, c]));
    return {
      names: [...byName.keys()],
      has: (name) => byName.has(name),
      shape: (name) => byName.get(name),
      get: (name) => {
        const column = byName.get(name);
        return column && profileOf(column, scratch);
      },
      locate: (name, categories) => exampleLocations(data, name, categories),
      release: (profile) => {
        const stored = byName.get(profile.name);
        if (profile.kind === 'numeric' && stored?.kind === 'numeric') releaseDecoded(profile.sorted, stored);
      },
    };
  }
  const columns = new Map(data.columns.map((c) => [c.name, c]));
  return {
    names: [...columns.keys()],
    has: (name) => columns.has(name),
    shape: (name) => columns.get(name),
    get: (name) => {
      const column = columns.get(name);
      return column && profile(column);
    },
    locate: (name, categories) => locateCategories(data, name, categories),
    // A table's profiles are the profiler's, kept for the measurement's lifetime.
    release: () => {},
  };
}

/**
 * Profiles columns, each once: a column profiled again (named twice, or one table passed as both
 * reference and current) gets its first profile, which matters when the first sorted it in place. With
 * reuseTableMemory, a numeric column compared as numbers is sorted in place unless it is read by row
 * later (performanceDrift pairs the target and prediction by row; locateCategories reads the columns
 * compared as categories). One scratch buffer serves every sort.
 */
function profiler(
  options: ResolvedOptions,
  reference: Table | DatasetSummary,
  scratch: SortScratch,
): (column: Column) => ColumnProfile {
  const byRow = new Set(
    options.performance ? [options.performance.target, options.performance.prediction] : [],
  );
  const shapes = new Map<string, ColumnShape>();
  for (const c of reference.columns) shapes.set(c.name, c);
  const comparedAsNumbers = (name: string) => {
    const shape = shapes.get(name);
    return (options.columnTypes[name] ?? (shape && comparedKind(shape))) === 'numeric';
  };
  const done = new Map<Column, ColumnProfile>();
  return (column) => {
    let profile = done.get(column);
    if (!profile) {
      const inPlace =
        options.reuseTableMemory &&
        column.kind === 'numeric' &&
        !byRow.has(column.name) &&
        comparedAsNumbers(column.name);
      profile = profileColumn(column, { inPlace, scratch });
      done.set(column, profile);
    }
    return profile;
  };
}

function checkNamedColumns(
  options: ResolvedOptions,
  reference: Profiles,
  current: Set<string>,
  referenceFile: string,
  currentFile: string,
): void {
  const check = (names: Iterable<string>, input: string, needCurrent: boolean) => {
    for (const name of names) {
      if (!reference.has(name)) {
        throw new InputError(
          input,
          `${input} names "${name}", which is not a column of the reference data ${referenceFile}.` +
            headerRowHint(referenceFile, reference.names),
        );
      }
      if (needCurrent && !current.has(name)) {
        throw new InputError(
          input,
          `${input} names "${name}", which is not a column of the current data ${currentFile}.` +
            headerRowHint(currentFile, [...current]),
        );
      }
    }
  };
  check(options.columns ?? [], 'columns', true);
  check(options.excludeColumns, 'exclude-columns', false);
  check(Object.keys(options.columnTypes), 'column-types', false);
  check(Object.keys(options.methodPerColumn), 'method-per-column', false);
  check(Object.keys(options.thresholdPerColumn), 'threshold-per-column', false);
  if (options.predictionColumn !== undefined) check([options.predictionColumn], 'prediction-column', true);
}

function autoSkipReason(name: string, reference: Profiles, options: ResolvedOptions): string | null {
  if (options.columnTypes[name]) return null;
  const shape = reference.shape(name) as ColumnShape;
  // From the shape alone, so that a skipped datetime column is not sorted for nothing.
  if (shape.type === 'datetime') return 'a datetime column (time moves on between reference and current)';
  if (shape.kind === 'categorical' && shape.type === 'string') {
    const profile = reference.get(name) as CategoricalProfile;
    const present = presentCount(profile);
    if (present >= IDENTIFIER_MIN_VALUES && profile.categories.length > present / 2) {
      return `text that looks like an identifier (${profile.categories.length} distinct values in ${present} rows)`;
    }
  }
  return null;
}

interface ColumnAnalysis {
  drift: ColumnDrift;
  pair: ProfilePair | null;
}

function compareColumn(
  name: string,
  role: ColumnDrift['role'],
  referenceProfile: ColumnProfile,
  currentProfile: ColumnProfile,
  options: ResolvedOptions,
  settings: MethodSettings,
): ColumnAnalysis {
  const declared = options.columnTypes[name];
  const kind = declared ?? comparedKind(referenceProfile);
  const notes: string[] = [];
  const missing = { reference: missingShare(referenceProfile), current: missingShare(currentProfile) };
  const drift: ColumnDrift = {
    column: name,
    role,
    kind,
    type: referenceProfile.type,
    method: null,
    statistic: null,
    pValue: null,
    adjustedPValue: null,
    threshold: null,
    undefinedStatistic: null,
    valueDrift: false,
    missingShare: missing,
    missingDrift: Math.abs(missing.current - missing.reference) > options.missingShareTolerance,
    drifted: false,
    newCategories: [],
    vanishedCategories: [],
    newCategoryLocations: [],
    score: 0,
    notes,
  };
  if (drift.missingDrift) {
    notes.push(
      `missing share moved from ${formatPercent(missing.reference)} to ${formatPercent(missing.current)}`,
    );
  }
  // A side with no value was read as text whatever the column holds: that is no type change.
  const bothHaveValues = missing.reference < 1 && missing.current < 1;
  if (!declared && bothHaveValues && currentProfile.kind !== referenceProfile.kind) {
    drift.valueDrift = true;
    drift.score = Number.POSITIVE_INFINITY;
    notes.push(
      `type changed: ${referenceProfile.type} in the reference, ${currentProfile.type} in the current data ` +
        '(set column-types to compare it anyway)',
    );
    return { drift, pair: null };
  }
  const coerce = kind === 'numeric' ? asNumeric : asCategorical;
  const pair: ProfilePair = { reference: coerce(referenceProfile), current: coerce(currentProfile) };
  for (const [side, profile] of [
    ['reference', pair.reference],
    ['current', pair.current],
  ] as const) {
    if (profile.kind === 'numeric' && profile.unparsed) {
      notes.push(`${profile.unparsed} ${side} values are not numbers and count as missing`);
    }
  }
  if (kind === 'categorical') {
    const ref = pair.reference as ReturnType<typeof asCategorical>;
    const cur = pair.current as ReturnType<typeof asCategorical>;
    const known = new Set(ref.categories);
    const now = new Set(cur.categories);
    drift.newCategories = unionCategories(ref, cur).filter((c) => !known.has(c));
    drift.vanishedCategories = ref.categories.filter((c) => !now.has(c));
  }
  const referenceValues = presentCount(pair.reference);
  const currentValues = presentCount(pair.current);
  if (referenceValues === 0 || currentValues === 0) {
    const which =
      referenceValues === 0 && currentValues === 0
        ? 'either data set'
        : referenceValues === 0
          ? 'the reference'
          : 'the current data';
    notes.push(`no values in ${which}: nothing to compare`);
    return { drift, pair: null };
  }
  const method = chooseMethod(name, pair, options, notes);
  const outcome = definedOutcome(() => runMethod(method, pair, settings));
  drift.threshold = thresholdFor(options, name, method);
  drift.method = method;
  if ('undefined' in outcome) {
    drift.undefinedStatistic = outcome.undefined;
    notes.push(`the ${method} statistic is undefined: ${outcome.undefined}`);
    return { drift, pair };
  }
  if (outcome.note) notes.push(outcome.note);
  if (pair.reference.kind === 'numeric' && isConstant(pair.reference) && method === 'wasserstein') {
    notes.push(
      'the reference is constant: the distance is divided by 0.001 instead of its standard deviation',
    );
  }
  drift.statistic = outcome.statistic;
  drift.pValue = outcome.pValue;
  drift.adjustedPValue = outcome.pValue;
  return { drift, pair };
}

function chooseMethod(
  name: string,
  pair: ProfilePair,
  options: ResolvedOptions,
  notes: string[],
): DriftMethod {
  const perColumn = options.methodPerColumn[name];
  const choice = perColumn ?? options.method;
  if (choice === 'auto') return autoMethod(pair);
  const problem = applicability(choice, pair);
  if (problem === null) return choice;
  if (perColumn !== undefined) {
    throw new InputError('method-per-column', `method-per-column: column "${name}": ${problem}`);
  }
  const fallback = autoMethod(pair);
  notes.push(`${problem}; used ${fallback} (the automatic choice) instead`);
  return fallback;
}

function isConstant(profile: { sorted: Float64Array }): boolean {
  const { sorted } = profile;
  return sorted.length > 0 && sorted[0] === sorted[sorted.length - 1];
}

/** Adjusts the p-values of the p-value methods across feature columns (correction none leaves them). */
function applyCorrection(columns: ColumnDrift[], options: ResolvedOptions): void {
  if (options.correction === 'none') return;
  const tested = columns.filter((c) => c.pValue !== null);
  if (tested.length === 0) return;
  const p = tested.map((c) => c.pValue as number);
  const adjusted = options.correction === 'bonferroni' ? bonferroni(p) : benjaminiHochberg(p);
  tested.forEach((c, i) => {
    c.adjustedPValue = adjusted[i];
  });
}

/** Decides value drift from the (adjusted) outcome, overall drift, and the drift score. */
function finish(c: ColumnDrift, missingTolerance: number): void {
  if (c.method !== null && c.statistic !== null && c.threshold !== null) {
    c.valueDrift = isDrift(c.method, c.statistic, c.adjustedPValue, c.threshold);
    c.score =
      METHODS[c.method].kind === 'p-value'
        ? Math.log(Math.max(c.adjustedPValue as number, Number.MIN_VALUE)) / Math.log(c.threshold)
        : c.statistic / c.threshold;
  }
  c.drifted = c.valueDrift || c.missingDrift;
  if (c.missingDrift)
    c.score = Math.max(
      c.score,
      Math.abs(c.missingShare.current - c.missingShare.reference) / Math.max(missingTolerance, 1e-9),
    );
}

/** The first few rows of a table whose value in `name` is one of `categories`. */
function locateCategories(current: Table, name: string, categories: string[]): Location[] {
  const column = current.columns.find((c) => c.name === name);
  if (!column) return [];
  const wanted = new Set(categories);
  const rows: number[] = [];
  if (column.kind === 'categorical') {
    const hit = column.dictionary.map((label) => wanted.has(label));
    for (let i = 0; i < column.codes.length && rows.length < EXAMPLE_LOCATIONS; i++) {
      if (column.codes[i] >= 0 && hit[column.codes[i]]) rows.push(i);
    }
  } else {
    for (let i = 0; i < column.values.length && rows.length < EXAMPLE_LOCATIONS; i++) {
      const v = column.values[i];
      if (Number.isFinite(v) && wanted.has(numericLabel(column.type, v))) rows.push(i);
    }
  }
  return rows.map((row) => ({ ...locateRow(current, row), column: name }));
}

/** locateCategories from a summary's category examples. */
function exampleLocations(summary: DatasetSummary, name: string, categories: string[]): Location[] {
  const examples = summary.categoryExamples?.get(name);
  if (!examples) return [];
  return categories
    .flatMap((category) => examples.get(category) ?? [])
    .sort((a, b) => a.row - b.row)
    .slice(0, EXAMPLE_LOCATIONS)
    .map((example) => example.location);
}

/**
 * Frees a summary column's decoded values (not the summary's own block, which sortedValues hands out
 * as it is when already sorted), so that column after column they do not pile up.
 */
function releaseDecoded(sorted: Float64Array, stored: NumericSummary): void {
  if (stored.values.blocks.some((b) => b.scale === null && b.doubles.buffer === sorted.buffer)) return;
  freeMemory(sorted);
}
