/** Builds a dataset's profile from the chunks the streaming readers yield: memory grows with columns, not rows. */

import type { CategoricalColumn, NumericColumn, TableChunk } from '@modelgate/core';
import { DataError } from '@modelgate/core';
import { addCategory, addNumber, type ColumnProfile, emptyColumnProfile } from './column-profile.ts';
import type { DatasetProfile } from './dataset-profile.ts';

function addNumericColumn(profile: ColumnProfile, column: NumericColumn): void {
  const values = column.values;
  const integer = column.type === 'integer';
  let empty = 0;
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) empty++;
    else if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) nonFinite++;
    else addNumber(profile, value, integer);
  }
  // A NaN is an empty cell or one that did not parse; ±Infinity counts with the latter, as no moment holds it.
  profile.missing += empty - column.invalidCount;
  profile.invalid += column.invalidCount + nonFinite;
}

function addCategoricalColumn(profile: ColumnProfile, column: CategoricalColumn): void {
  const counts = new Float64Array(column.dictionary.length);
  let missing = 0;
  for (const code of column.codes) {
    if (code < 0) missing++;
    else counts[code]++;
  }
  profile.missing += missing;
  for (let code = 0; code < counts.length; code++) {
    if (counts[code] > 0) addCategory(profile, column.dictionary[code], counts[code]);
  }
}

/** Reads every chunk into a profile. `name` names the dataset in errors; `kllK` is the quantile sketches' k. */
export async function profileChunks(
  chunks: AsyncIterable<TableChunk>,
  name: string,
  kllK?: number,
): Promise<DatasetProfile> {
  const columns = new Map<string, ColumnProfile>();
  const rowsByFile = new Map<string, number>();
  let rows = 0;
  let unreadableRows = 0;
  for await (const chunk of chunks) {
    rows += chunk.rowCount;
    unreadableRows += chunk.problemCount ?? chunk.problems.length;
    for (const source of chunk.sources)
      rowsByFile.set(source.file, (rowsByFile.get(source.file) ?? 0) + source.rowCount);
    for (const column of chunk.columns) {
      let profile = columns.get(column.name);
      if (!profile) {
        profile = emptyColumnProfile(column.name, column.kind, kllK);
        // Rows before the column first appeared (an earlier file without it) are missing in it.
        profile.rows = rows - chunk.rowCount;
        profile.missing = profile.rows;
        columns.set(column.name, profile);
      }
      if (profile.kind !== column.kind) {
        throw new DataError(
          name,
          `column "${column.name}" reads as ${column.kind} in one part and ${profile.kind} in another; set column-types`,
        );
      }
      profile.rows += chunk.rowCount;
      profile.types[column.type] = (profile.types[column.type] ?? 0) + chunk.rowCount;
      if (column.kind === 'numeric') addNumericColumn(profile, column);
      else addCategoricalColumn(profile, column);
    }
    for (const profile of columns.values()) {
      if (profile.rows < rows) {
        profile.missing += rows - profile.rows;
        profile.rows = rows;
      }
    }
  }
  return {
    rows,
    unreadableRows,
    sources: [...rowsByFile].map(([file, count]) => ({ file, rows: count })),
    columns: [...columns.values()],
  };
}
