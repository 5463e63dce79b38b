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

/** The bins of ascending `edges` in order, named as binLabel names them. */
export function binLabels(edges: readonly number[]): string[] {
  return [binLabel(Number.NEGATIVE_INFINITY, edges), ...edges.map((edge) => binLabel(edge, edges))];
}

// Numbers before text, so that the order stays transitive when a column mixes them.
function compareValues(a: string, b: string, bins: readonly string[] | undefined): number {
  if (a === b) return 0;
  if (a === MISSING_GROUP || b === MISSING_GROUP) return a === MISSING_GROUP ? 1 : -1;
  if (bins) return bins.indexOf(a) - bins.indexOf(b);
  const x = a.trim() === '' ? Number.NaN : Number(a);
  const y = b.trim() === '' ? Number.NaN : Number(b);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  if (Number.isFinite(x) !== Number.isFinite(y)) return Number.isFinite(x) ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * The order groups are reported in, whatever order the rows came in: by the first sensitive column's
 * value, then the next; bins by their edges, numbers by value, text by code point, (missing) last.
 * `values` holds each group's value per column; `edges` each column's bin edges, if binned.
 */
export function groupOrder(
  values: readonly (readonly string[])[],
  edges: readonly (readonly number[] | undefined)[],
): number[] {
  const bins = edges.map((e) => (e ? binLabels(e) : undefined));
  const compare = (a: readonly string[], b: readonly string[]): number => {
    for (let j = 0; j < bins.length; j++) {
      const c = compareValues(a[j], b[j], bins[j]);
      if (c !== 0) return c;
    }
    return 0;
  };
  return values.map((_, i) => i).sort((a, b) => compare(values[a], values[b]));
}
