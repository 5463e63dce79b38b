/** How groups are named: one sensitive column's value, or `sex=F, race=r4` for intersections. */

/** The group of rows whose sensitive value is missing (when missing values form their own group). */
export const MISSING_GROUP = '(missing)';

export interface GroupNaming {
  columns: string[];
}

/** The name of the group with `values` (one per sensitive column). */
export function groupName(naming: GroupNaming, values: readonly string[]): string {
  if (naming.columns.length === 1) return values[0];
  return naming.columns.map((column, j) => `${column}=${values[j]}`).join(', ');
}

/**
 * The bin of `value` among ascending `edges` e1 < e2 < ...: `< e1`, `[e1, e2)`, ..., `>= ek`. Left-closed
 * bins, as pandas.cut(right=False) draws them.
 */
export function binLabel(value: number, edges: readonly number[]): string {
  if (value < edges[0]) return `< ${edges[0]}`;
  for (let i = 1; i < edges.length; i++) if (value < edges[i]) return `[${edges[i - 1]}, ${edges[i]})`;
  return `>= ${edges[edges.length - 1]}`;
}
