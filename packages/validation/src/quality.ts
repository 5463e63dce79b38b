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
 */

import { isConstant, majorityValue } from './column-stats.ts';
import { cellText, missingCount } from './column-values.ts';
import type { Column, Finding, MetricValue, ReportTable, Severity, Table } from './core.ts';
import { formatShare, plural, quoteValue } from './format.ts';
import { severityOf, shareOf } from './outcome.ts';
import { findDuplicates, keyColumnOf } from './row-hash.ts';
import { defaultQualityTolerances, type QualityTolerances } from './schema.ts';

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

function duplicateShare(table: Table, columns: readonly Column[]): number {
  if (columns.length === 0) return 0;
  const scan = findDuplicates(columns.map(keyColumnOf), table.rowCount, { maxExamples: 0 });
  return shareOf(scan.duplicates, table.rowCount);
}

export function compareQuality(
  reference: Table,
  current: Table,
  tolerances: Partial<QualityTolerances> = {},
): QualityComparison {
  const limits = { ...defaultQualityTolerances, ...tolerances };
  const severity: Severity | undefined = severityOf(limits.severity);
  const referenceByName = new Map(reference.columns.map((c) => [c.name, c]));
  const pairs = current.columns
    .filter((c) => referenceByName.has(c.name))
    .map((c) => ({ current: c, reference: referenceByName.get(c.name) as Column }));
  const findings: Finding[] = [];
  const rows: ReportTable['rows'] = [];
  const result = (exceeded: boolean) =>
    !exceeded ? 'pass' : severity === 'error' ? 'fail' : severity ? 'warn' : 'ignored';

  for (const pair of pairs) {
    const before = shareOf(missingCount(pair.reference), reference.rowCount);
    const after = shareOf(missingCount(pair.current), current.rowCount);
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

  const commonReference = pairs.map((p) => p.reference);
  const commonCurrent = pairs.map((p) => p.current);
  const duplicatesBefore = duplicateShare(reference, commonReference);
  const duplicatesAfter = duplicateShare(current, commonCurrent);
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
  const newlyConstant: { column: Column; row: number; present: number }[] = [];
  for (const pair of pairs) {
    const wasConstant = isConstant(majorityValue(pair.reference));
    const majority = majorityValue(pair.current);
    const nowConstant = isConstant(majority);
    if (wasConstant) constantBefore++;
    if (nowConstant) constantAfter++;
    if (nowConstant && !wasConstant)
      newlyConstant.push({ column: pair.current, row: majority.row, present: majority.present });
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
    for (const { column, row, present } of newlyConstant) {
      findings.push({
        check: 'new-constant-column',
        severity,
        column: column.name,
        count: present,
        message: `Column "${column.name}" became constant: ${quoteValue(cellText(column, row) ?? '')} in all ${plural(present, 'non-missing cell')}, where the reference has several values (${plural(newlyConstant.length, 'column')} became constant; tolerance ${limits.constantColumns})`,
      });
    }
  }

  return {
    findings,
    table: {
      id: 'quality',
      title: 'Quality against the reference',
      columns: ['measure', 'column', 'reference', 'current', 'change', 'tolerance', 'result'],
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
