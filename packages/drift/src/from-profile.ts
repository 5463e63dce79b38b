/**
 * A profile (profile-data's mergeable summary, possibly of data no runner could read) as the
 * DatasetSummary the drift measurement takes, with what each column's comparison may be off by.
 *
 * Numeric columns become the profile's pseudo-sample (exact from its value counts, otherwise its KLL
 * sketch's CDF, see packages/profile/src/pseudo-sample.ts); categorical columns their exact counts, or,
 * past the exact cap, the frequent items' estimates and one "(other)" category for the rest. A profile
 * has no rows: no new-category line examples, and no concept drift (which pairs the cells of a row).
 */

import { type DatasetProfile, pseudoSample } from '@modelgate/profile';
import { populationStdOf } from '@modelgate/stats';
import { sortedFiniteValues } from './finite-values.ts';
import type { CategoricalProfile } from './profile.ts';
import { type ColumnSummary, type DatasetSummary, type NumericSummary, SUMMARY_VERSION } from './summary.ts';

export const OTHER_CATEGORY = '(other)';

export interface ProfileSummary {
  summary: DatasetSummary;
  /** By column: how far its comparison may be from the rows', in words; absent when exact. */
  approximations: Map<string, string>;
  /** By numeric column whose values are a sketch's pseudo-sample: its CDF's largest gap from the rows'. */
  rankErrors: Map<string, number>;
}

const NUMERIC_TYPES = new Set(['integer', 'number', 'boolean', 'datetime']);

/** The type the column was read as in most rows. */
function mainType(types: Record<string, number>, fallback: string): string {
  let best = fallback;
  let rows = -1;
  for (const [type, count] of Object.entries(types)) {
    if (count > rows) {
      best = type;
      rows = count;
    }
  }
  return best;
}

function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}

export function summaryFromProfile(profile: DatasetProfile, file: string): ProfileSummary {
  const approximations = new Map<string, string>();
  const rankErrors = new Map<string, number>();
  const columns: ColumnSummary[] = profile.columns.map((column) => {
    const type = mainType(column.types, column.kind === 'numeric' ? 'number' : 'category');
    if (column.numeric) {
      const sample = pseudoSample(column.numeric);
      if (!sample.exact) {
        rankErrors.set(column.name, sample.rankError);
        approximations.set(
          column.name,
          `from the profile's KLL sketch: ranks within ±${percent(sample.rankError)}, so KS within ±${sample.rankError.toPrecision(2)}; each PSI or Jensen-Shannon bin's share within ±${percent(2 * sample.rankError)} (PSI's reference-quantile edges move within the same rank error)`,
        );
      }
      const numeric: NumericSummary = {
        kind: 'numeric',
        name: column.name,
        type: (NUMERIC_TYPES.has(type) ? type : 'number') as NumericSummary['type'],
        rowCount: column.rows,
        values: sortedFiniteValues(sample.sorted),
        ...(!sample.exact && {
          extent: {
            min: column.numeric.kll.min,
            max: column.numeric.kll.max,
            count: column.numeric.kll.n,
            std: populationStdOf(column.numeric.moments),
          },
        }),
      };
      return numeric;
    }
    const part = column.categories;
    const categories: string[] = [];
    const counts: number[] = [];
    if (part?.exact) {
      for (const [name, count] of part.exact) {
        categories.push(name);
        counts.push(count);
      }
    } else if (part?.frequent) {
      let listed = 0;
      for (const row of part.frequent.frequentItems('no-false-positives', 0)) {
        categories.push(row.item);
        counts.push(row.lowerBound);
        listed += row.lowerBound;
      }
      if (part.total > listed) {
        categories.push(OTHER_CATEGORY);
        counts.push(part.total - listed);
      }
      approximations.set(
        column.name,
        `from the profile's frequent items sketch: each category's count within ${part.frequent.maximumError()} of ${part.total}, the rest as "${OTHER_CATEGORY}"`,
      );
    }
    const categorical: CategoricalProfile = {
      kind: 'categorical',
      name: column.name,
      type: type as CategoricalProfile['type'],
      rowCount: column.rows,
      categories,
      counts,
    };
    return categorical;
  });
  return {
    summary: {
      kind: 'dataset-summary',
      version: SUMMARY_VERSION,
      rowCount: profile.rows,
      sources: [{ file, format: 'csv', rowCount: profile.rows }],
      columns,
      rowColumns: [],
      // A profile counts the rows its readers could not use but keeps no line of them.
      problems: [],
      problemCount: profile.unreadableRows,
    },
    approximations,
    rankErrors,
  };
}
