// With neither a schema nor a reference there is nothing to expect: a schema inferred from the data being
// checked describes that data, so the data would pass it by construction. What remains are the checks
// that need no expectation: readable rows, cells of the column's read type, duplicate rows and constant
// columns. The report says so, so that a pass there is not read as a validated dataset.
import type { CheckResult } from './core.ts';
import type { Schema } from './schema.ts';

export const expectationFreeNote = 'no schema or reference: only expectation-free checks ran';

/**
 * A schema inferred from the data itself, stripped of everything the data told about itself (ranges,
 * allowed values, presence limits, uniqueness, row counts): only the column names and read types remain.
 */
export function expectationFreeSchema(inferred: Schema): Schema {
  return {
    version: 1,
    columns: inferred.columns.map((c) => ({
      name: c.name,
      // A category's values were the data's own; without them it is text.
      type: c.type === 'category' ? 'string' : c.type,
      required: true,
      nullable: true,
      unique: false,
    })),
    extraColumns: 'allow',
    duplicateRows: 'warn',
    constantColumns: 'warn',
    almostConstantShare: inferred.almostConstantShare,
    quality: inferred.quality,
  };
}

/** The result with a notice finding and a summary saying only expectation-free checks ran. */
export function markExpectationFree(result: CheckResult): CheckResult {
  return {
    ...result,
    summary: `${result.summary} (${expectationFreeNote})`,
    findings: [
      ...result.findings,
      {
        check: 'no-expectations',
        severity: 'notice',
        message: `${expectationFreeNote[0].toUpperCase()}${expectationFreeNote.slice(1)} (readable rows, cell types, duplicate rows, constant columns); give a schema or a reference to check ranges, allowed values and missing values.`,
      },
    ],
  };
}
