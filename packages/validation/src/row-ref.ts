// How the row-identity code (KeySet, key-spill.ts, DuplicateTracker) and the rules name a row of the
// dataset: a file index and a line, outliving the chunk that held the row.

/**
 * A row of the dataset: the index of its file in Provenance.files, and its line (or Parquet row). A lone
 * table with no files to name (findDuplicates, the quality comparison) uses file 0 and its row index.
 */
export interface RowRef {
  file: number;
  line: number;
}

/** The RowRef of each row of a chunk, as two numbers (a KeySet stores them as two 32-bit words). */
export interface RowPlaces {
  file(row: number): number;
  line(row: number): number;
}

/** Places for rows a caller only counts and never names: every row is file 0, line 0. */
export const NO_PLACES: RowPlaces = { file: () => 0, line: () => 0 };
