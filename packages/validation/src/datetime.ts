// ISO 8601 dates and times as epoch milliseconds (UTC), the representation a datetime column holds.
// Date.parse is not used: it reads "2024-01-01T00:00" in the machine's local zone, so one schema would mean
// different instants on different runners.

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Epoch milliseconds of an ISO 8601 date ("2024-01-31") or date-time ("2024-01-31T12:00:00.5+02:00"), or
 * undefined when `text` is not one. A time without an offset is UTC. Fractions below a millisecond are cut.
 */
export function parseIsoDateTime(text: string): number | undefined {
  const m = isoPattern.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return utc.getTime() - offsetMinutes(m[8]) * 60_000;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

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
