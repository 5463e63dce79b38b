/**
 * A record keyed by names that come from data or inputs (column names, mostly), made without a prototype.
 * A plain object answers a lookup of `constructor` or `toString` with its prototype's members, and drops a
 * `__proto__` key on assignment, so a column named that way would get a wrong type or lose its setting.
 */
export function byName<T>(entries: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
