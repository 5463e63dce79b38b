import { byName, UserError } from '@modelgate/core';

/**
 * The `bins` input: one numeric sensitive column per line (or `;`), `column: edge, edge, ...` with
 * ascending edges, e.g. `age: 25, 40, 65`.
 */
export function parseBins(text: string): Record<string, number[]> {
  const bins = byName<number[]>();
  for (const entry of text.split(/[\n;]/)) {
    if (entry.trim() === '') continue;
    const at = entry.lastIndexOf(':');
    const column = entry.slice(0, at).trim();
    const edges = entry
      .slice(at + 1)
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '')
      .map(Number);
    const ascending = edges.every((e, i) => Number.isFinite(e) && (i === 0 || e > edges[i - 1]));
    if (at <= 0 || column === '' || edges.length === 0 || !ascending) {
      throw new UserError(
        `input bins: '${entry.trim()}' is not 'column: edge, edge, ...' with ascending numbers, e.g. 'age: 25, 40, 65'`,
      );
    }
    bins[column] = edges;
  }
  return bins;
}
