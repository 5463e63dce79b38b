// Small per-column summaries shared by validation, inference and the quality comparison. Each is one or two
// linear passes over the column's typed array with O(1) extra memory.
import type { Column } from './core.ts';

export interface MajorityValue {
  /** Non-missing cells. */
  present: number;
  /** A row holding the majority value, or -1 when there is none. */
  row: number;
  /** Cells holding the majority value; 0 when no value fills more than half of the present cells. */
  count: number;
}

/**
 * The value filling more than half of the column's non-missing cells, if any (Boyer-Moore majority vote,
 * then a counting pass to confirm). "Almost constant" means a top share of at least 0.5, so the majority
 * value is the only candidate and no frequency table is needed.
 */
export function majorityValue(column: Column): MajorityValue {
  const n = column.kind === 'numeric' ? column.values.length : column.codes.length;
  let candidateRow = -1;
  let votes = 0;
  let present = 0;
  if (column.kind === 'numeric') {
    const values = column.values;
    for (let row = 0; row < n; row++) {
      const v = values[row];
      if (Number.isNaN(v)) continue;
      present++;
      if (votes === 0) {
        candidateRow = row;
        votes = 1;
      } else if (v === values[candidateRow]) votes++;
      else votes--;
    }
    if (candidateRow < 0) return { present, row: -1, count: 0 };
    const candidate = values[candidateRow];
    let count = 0;
    for (let row = 0; row < n; row++) if (values[row] === candidate) count++;
    return 2 * count > present ? { present, row: candidateRow, count } : { present, row: -1, count: 0 };
  }
  const codes = column.codes;
  for (let row = 0; row < n; row++) {
    const code = codes[row];
    if (code < 0) continue;
    present++;
    if (votes === 0) {
      candidateRow = row;
      votes = 1;
    } else if (code === codes[candidateRow]) votes++;
    else votes--;
  }
  if (candidateRow < 0) return { present, row: -1, count: 0 };
  const candidate = codes[candidateRow];
  let count = 0;
  for (let row = 0; row < n; row++) if (codes[row] === candidate) count++;
  return 2 * count > present ? { present, row: candidateRow, count } : { present, row: -1, count: 0 };
}

/** A column is constant when it has at least two non-missing cells and they all hold one value. */
export function isConstant(majority: MajorityValue): boolean {
  return majority.present >= 2 && majority.count === majority.present;
}

/** Smallest and largest non-NaN value; both NaN when there is none. */
export function valueRange(values: Float64Array): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    any = true;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return any ? { min, max } : { min: Number.NaN, max: Number.NaN };
}
