// ISO 8601 dates and times as epoch milliseconds (UTC), the representation a datetime column holds.
// Parsing is core's parseIsoDateTime, the readers' own rules, so a schema bound and a data cell written
// alike are the same instant (Date.parse is not used: it reads "2024-01-01T00:00" in the local zone).

export { parseIsoDateTime } from '@modelgate/core';

const minIso = new Date(0).setUTCFullYear(0, 0, 1);
const maxIso = new Date(0).setUTCFullYear(9999, 11, 31) + 86_399_999;

/** Whether `ms` falls in years 0000..9999, the range a four-digit ISO year can write. */
export function isWritableDateTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= minIso && ms <= maxIso;
}

/** ISO 8601 in UTC: "2024-01-31" at midnight, "2024-01-31T12:00:00.500Z" otherwise. */
export function formatIsoDateTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
