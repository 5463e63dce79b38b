/**
 * compareQuality: has the data got worse than a trusted reference? Three measures, each compared on the
 * columns both tables have:
 *
 * - missing share per column: current - reference may not exceed `missingShare` (absolute, default 0.05,
 *   i.e. 5 percentage points). A share of an empty table is 0.
 * - duplicate-row share (rows repeating an earlier row on every common column): current - reference may
 *   not exceed `duplicateShare` (absolute, default 0.01).
 * - constant columns: at most `constantColumns` (default 0) columns may be constant in the current data
 *   that were not constant in the reference (see isConstant: at least two non-missing cells, one value).
 *
 * Getting better is never reported. Severity is `tolerances.severity` (default error); 'allow' compares
 * and tabulates but reports nothing.
 *
 * The comparison runs on a QualityProfile of each dataset (row count, each column's missing cells and
 * majority value, duplicate rows), which a QualityProfiler gathers chunk by chunk.
 */

import { isConstant, MajorityCounter, type MajorityValue } from './column-stats.ts';
import { missingAmong } from './column-values.ts';
import {
  DataError,
  type Finding,
  type MetricValue,
  type ReportTable,
  type Severity,
  type Table,
} from './core.ts';
import { DuplicateTracker } from './duplicate-tracker.ts';
import { formatShare, plural, quoteValue } from './format.ts';
import type { SpillArea } from './key-spill.ts';
import { severityOf, shareOf } from './outcome.ts';
import { keyColumnOf } from './row-hash.ts';
import { NO_PLACES } from './row-ref.ts';
import { defaultQualityTolerances, type QualityTolerances } from './schema.ts';

export interface ColumnQuality {
  name: string;
  missing: number;
  /** Only isConstant (and the value's text, when constant) is read. */
  majority: MajorityValue;
}

/** What the comparison needs of one dataset, on the columns compared. */
export interface QualityProfile {
  rowCount: number;
  /** Rows repeating an earlier row on every compared column (0 when no column is compared). */
  duplicates: number;
  columns: ColumnQuality[];
}

/** Gathers the QualityProfile of a dataset's columns named `names` (those it has), chunk by chunk. */
export class QualityProfiler {
  private readonly names: readonly string[];
  private rowCount = 0;
  private readonly files = new Set<string>();
  private picked: { name: string; index: number; missing: number; majority: MajorityCounter }[] | undefined;
  private readonly duplicates: DuplicateTracker;

  /** `area`: where the duplicate-row keys may spill (see DuplicateTracker); without one, they never do. */
  constructor(names: readonly string[], area?: SpillArea) {
    this.names = names;
    this.duplicates = new DuplicateTracker({ area });
  }

  add(chunk: Table): void {
    if (!this.picked) {
      const index = new Map(chunk.columns.map((c, i) => [c.name, i]));
      this.picked = this.names
        .filter((name) => index.has(name))
        .map((name) => ({
          name,
          index: index.get(name) as number,
          missing: 0,
          majority: new MajorityCounter(1),
        }));
    }
    this.rowCount += chunk.rowCount;
    for (const source of chunk.sources) this.files.add(source.file);
    const columns = this.picked.map((p) => chunk.columns[p.index]);
    this.picked.forEach((p, i) => {
      p.missing += missingAmong(columns[i], p.majority.add(columns[i]));
    });
    if (columns.length > 0) {
      this.duplicates.add(columns.map(keyColumnOf), chunk.rowCount, NO_PLACES);
    }
  }

  /** Throws DataError when the reference read no row: a comparison with nothing would hold by default. */
  finish(): QualityProfile {
    this.duplicates.finish();
    if (this.rowCount === 0) {
      throw new DataError(
        [...this.files].join(', ') || 'the reference',
        'the reference has no readable row, so there is nothing to compare the data with',
      );
    }
    return {
      rowCount: this.rowCount,
      duplicates: this.duplicates.counts.duplicates,
      columns: (this.picked ?? []).map((p) => ({
        name: p.name,
        missing: p.missing,
        majority: p.majority.result(),
      })),
    };
  }
}

function profileOf(table: Table, names: readonly string[]): QualityProfile {
  const profiler = new QualityProfiler(names);
  profiler.add(table);
  return profiler.finish();
}

export interface QualityComparison {
  findings: Finding[];
  /** One row per measure and column: reference, current, change, tolerance and result. */
  table: ReportTable;
  metrics: Record<string, MetricValue>;
}

/** Float noise must not turn a change of exactly the tolerance into a violation. */
const epsilon = 1e-12;

/** A change in share as percentage points: 0.105 -> "+10.5 points". */
function points(change: number): string {
  const value = Number((change * 100).toFixed(2));
  return `${value >= 0 ? '+' : ''}${value} ${Math.abs(value) === 1 ? 'point' : 'points'}`;
}

/** The two tables compared on the columns both have (in the current table's order). */
export function compareQuality(
  reference: Table,
  current: Table,
  tolerances: Partial<QualityTolerances> = {},
): QualityComparison {
  const inReference = new Set(reference.columns.map((c) => c.name));
  const common = current.columns.map((c) => c.name).filter((name) => inReference.has(name));
  return compareProfiles(profileOf(reference, common), profileOf(current, common), tolerances);
}

/** Two profiles of the same columns compared; the current profile's column order is the table's. */
export function compareProfiles(
  reference: QualityProfile,
  current: QualityProfile,
  tolerances: Partial<QualityTolerances> = {},
): QualityComparison {
  const limits = { ...defaultQualityTolerances, ...tolerances };
  const severity: Severity | undefined = severityOf(limits.severity);
  const referenceByName = new Map(reference.columns.map((c) => [c.name, c]));
  const pairs = current.columns
    .filter((c) => referenceByName.has(c.name))
    .map((c) => ({ current: c, reference: referenceByName.get(c.name) as ColumnQuality }));
  const findings: Finding[] = [];
  const rows: ReportTable['rows'] = [];
  const result = (exceeded: boolean) =>
    !exceeded ? 'pass' : severity === 'error' ? 'fail' : severity ? 'warn' : 'info';

  for (const pair of pairs) {
    const before = shareOf(pair.reference.missing, reference.rowCount);
    const after = shareOf(pair.current.missing, current.rowCount);
    const exceeded = after - before - limits.missingShare > epsilon;
    rows.push([
      'missing share',
      pair.current.name,
      before,
      after,
      after - before,
      limits.missingShare,
      result(exceeded),
    ]);
    if (exceeded && severity) {
      findings.push({
        check: 'missing-share-increase',
        severity,
        column: pair.current.name,
        share: after,
        message: `Column "${pair.current.name}" is missing ${formatShare(after)} of its values, up from ${formatShare(before)} in the reference (${points(after - before)}; tolerance ${points(limits.missingShare)})`,
      });
    }
  }

  const duplicatesBefore = shareOf(reference.duplicates, reference.rowCount);
  const duplicatesAfter = shareOf(current.duplicates, current.rowCount);
  const duplicatesExceeded = duplicatesAfter - duplicatesBefore - limits.duplicateShare > epsilon;
  rows.push([
    'duplicate-row share',
    null,
    duplicatesBefore,
    duplicatesAfter,
    duplicatesAfter - duplicatesBefore,
    limits.duplicateShare,
    result(duplicatesExceeded),
  ]);
  if (duplicatesExceeded && severity) {
    findings.push({
      check: 'duplicate-share-increase',
      severity,
      share: duplicatesAfter,
      message: `${formatShare(duplicatesAfter)} of rows repeat an earlier row, up from ${formatShare(duplicatesBefore)} in the reference (${points(duplicatesAfter - duplicatesBefore)}; tolerance ${points(limits.duplicateShare)})`,
    });
  }

  let constantBefore = 0;
  let constantAfter = 0;
  const newlyConstant: { name: string; text: string | null; present: number }[] = [];
  for (const pair of pairs) {
    const wasConstant = isConstant(pair.reference.majority);
    const majority = pair.current.majority;
    const nowConstant = isConstant(majority);
    if (wasConstant) constantBefore++;
    if (nowConstant) constantAfter++;
    if (nowConstant && !wasConstant)
      newlyConstant.push({ name: pair.current.name, text: majority.text, present: majority.present });
  }
  const constantExceeded = newlyConstant.length > limits.constantColumns;
  rows.push([
    'constant columns',
    null,
    constantBefore,
    constantAfter,
    newlyConstant.length,
    limits.constantColumns,
    result(constantExceeded),
  ]);
  if (constantExceeded && severity) {
    for (const { name, text, present } of newlyConstant) {
      findings.push({
        check: 'new-constant-column',
        severity,
        column: name,
        count: present,
        message: `Column "${name}" became constant: ${quoteValue(text ?? '')} in all ${plural(present, 'non-missing cell')}, where the reference has several values (${plural(newlyConstant.length, 'column')} became constant; tolerance ${limits.constantColumns})`,
      });
    }
  }

  return {
    findings,
    table: {
      id: 'quality',
      title: 'Quality against the reference',
      // A row is a share (missing, duplicate rows) or a count (constant columns), so the figures are numbers.
      columns: [
        { name: 'measure', kind: 'text' },
        { name: 'column', kind: 'text' },
        { name: 'reference', kind: 'number' },
        { name: 'current', kind: 'number' },
        { name: 'change', kind: 'number' },
        { name: 'tolerance', kind: 'number' },
        { name: 'result', kind: 'status' },
      ],
      rows,
    },
    metrics: {
      'reference-rows': reference.rowCount,
      'reference-duplicate-row-share': duplicatesBefore,
      'newly-constant-columns': newlyConstant.length,
      'quality-regressions': rows.filter((r) => r[6] !== 'pass').length,
    },
  };
}
