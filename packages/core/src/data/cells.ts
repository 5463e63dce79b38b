/**
 * Parsers for one text cell held as UTF-8 bytes `bytes[start, end)`. They never allocate on the common path.
 *
 * Numbers follow the decimal grammar that JavaScript's Number() and C's strtod share —
 * `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, plus `inf` / `infinity` in any case — and
 * the value returned is the correctly rounded double, bit-for-bit what Number(text) gives. Number() also
 * takes hex, octal, binary and empty text, which are not decimal data and are rejected here. Spaces around
 * the number are allowed, as pandas allows them.
 */

const SPACE = 0x20;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;

/** 10^0 .. 10^22: every one is exactly representable as a double (5^22 < 2^53). */
export const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

function textOf(bytes: Uint8Array, start: number, end: number): string {
  // Only called on bytes the grammar has already checked to be ASCII.
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function lower(byte: number): number {
  return byte | 0x20;
}

function matchesWord(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    if (lower(bytes[start + i]) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The number written in `bytes[start, end)`, or NaN when the text is not a decimal number.
 *
 * Fast path (Clinger): with at most 15 significant digits the digits form an integer m < 2^53, and when
 * the decimal exponent e satisfies |e| <= 22, 10^|e| is exact too, so the single IEEE operation m * 10^e or
 * m / 10^-e is correctly rounded — the same double Number(text) returns. Anything else (long mantissas,
 * large exponents) goes to Number() on the checked text, which V8 rounds correctly.
 */
export function parseNumber(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && bytes[start] === SPACE) start++;
  while (end > start && bytes[end - 1] === SPACE) end--;
  let i = start;
  let negative = false;
  if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
    negative = bytes[i] === MINUS;
    i++;
  }
  let mantissa = 0;
  let significantDigits = 0;
  let digits = 0;
  let exponent = 0;
  while (i < end) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) break;
    if (mantissa !== 0 || d !== 0) {
      mantissa = mantissa * 10 + d;
      significantDigits++;
    }
    digits++;
    i++;
  }
  if (i < end && bytes[i] === DOT) {
    i++;
    while (i < end) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) break;
      if (mantissa !== 0 || d !== 0) {
        mantissa = mantissa * 10 + d;
        significantDigits++;
      }
      exponent--;
      digits++;
      i++;
    }
  }
  if (digits === 0) return parseInfinity(bytes, start, end);
  if (i < end && lower(bytes[i]) === 0x65) {
    i++;
    let exponentNegative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
      exponentNegative = bytes[i] === MINUS;
      i++;
    }
    const exponentStart = i;
    let written = 0;
    while (i < end) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) break;
      // Past 10^6 the value is 0 or Infinity whatever the mantissa; Number() below settles it.
      if (written < 1e6) written = written * 10 + d;
      i++;
    }
    if (i === exponentStart) return Number.NaN;
    exponent += exponentNegative ? -written : written;
  }
  if (i !== end) return Number.NaN;
  if (mantissa === 0) return negative ? -0 : 0;
  if (significantDigits <= 15 && exponent >= -22 && exponent <= 22) {
    const magnitude =
      exponent >= 0 ? mantissa * EXACT_POWERS_OF_TEN[exponent] : mantissa / EXACT_POWERS_OF_TEN[-exponent];
    return negative ? -magnitude : magnitude;
  }
  return Number(textOf(bytes, start, end));
}

function parseInfinity(bytes: Uint8Array, start: number, end: number): number {
  let sign = 1;
  if (start < end && (bytes[start] === MINUS || bytes[start] === PLUS)) {
    if (bytes[start] === MINUS) sign = -1;
    start++;
  }
  if (matchesWord(bytes, start, end, 'inf') || matchesWord(bytes, start, end, 'infinity'))
    return sign * Infinity;
  return Number.NaN;
}

/**
 * Whether the text is an integer literal (`[+-]?digits`, spaces around allowed) whose value is a safe integer
 * (|v| <= 2^53 - 1). Type inference calls a column integer only when every sampled cell is one.
 */
export function isIntegerLiteral(bytes: Uint8Array, start: number, end: number): boolean {
  while (start < end && bytes[start] === SPACE) start++;
  while (end > start && bytes[end - 1] === SPACE) end--;
  let i = start;
  if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) i++;
  if (i === end) return false;
  for (let j = i; j < end; j++) {
    const d = bytes[j] - ZERO;
    if (d < 0 || d > 9) return false;
  }
  return Number.isSafeInteger(parseNumber(bytes, start, end));
}

/** 1 for `true`, 0 for `false` (any case), -1 otherwise. Columns of type boolean also take `1` and `0`. */
export function parseBooleanWord(bytes: Uint8Array, start: number, end: number): number {
  if (matchesWord(bytes, start, end, 'true')) return 1;
  if (matchesWord(bytes, start, end, 'false')) return 0;
  return -1;
}

export function parseBoolean(bytes: Uint8Array, start: number, end: number): number {
  if (end - start === 1) {
    if (bytes[start] === 0x31) return 1;
    if (bytes[start] === ZERO) return 0;
  }
  return parseBooleanWord(bytes, start, end);
}

/** Days from 1970-01-01 to the proleptic Gregorian date y-m-d (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Epoch milliseconds (UTC) of an ISO 8601 date or date-time, or NaN. Accepted: `YYYY-MM-DD`, optionally
 * followed by `T` or a space and `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`, optionally followed by `Z`,
 * `±HH:MM`, `±HHMM` or `±HH`. A date-time without a zone is taken as UTC. Fields are range-checked
 * (2023-02-29 is rejected). Sub-millisecond fractions are kept as a fractional millisecond.
 */
export function parseDatetime(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && bytes[start] === SPACE) start++;
  while (end > start && bytes[end - 1] === SPACE) end--;
  let i = start;
  const field = (width: number): number => {
    if (i + width > end) return -1;
    let value = 0;
    for (let k = 0; k < width; k++) {
      const d = bytes[i + k] - ZERO;
      if (d < 0 || d > 9) return -1;
      value = value * 10 + d;
    }
    i += width;
    return value;
  };
  const expect = (byte: number): boolean => {
    if (i < end && bytes[i] === byte) {
      i++;
      return true;
    }
    return false;
  };
  const year = field(4);
  if (year < 0 || !expect(MINUS)) return Number.NaN;
  const month = field(2);
  if (month < 1 || month > 12 || !expect(MINUS)) return Number.NaN;
  const day = field(2);
  if (day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  let ms = daysFromCivil(year, month, day) * 86_400_000;
  if (i === end) return ms;
  if (bytes[i] !== 0x54 && bytes[i] !== 0x74 && bytes[i] !== SPACE) return Number.NaN;
  i++;
  const hour = field(2);
  if (hour < 0 || hour > 23 || !expect(0x3a)) return Number.NaN;
  const minute = field(2);
  if (minute < 0 || minute > 59) return Number.NaN;
  ms += hour * 3_600_000 + minute * 60_000;
  if (expect(0x3a)) {
    const second = field(2);
    if (second < 0 || second > 59) return Number.NaN;
    ms += second * 1000;
    if (expect(DOT) || expect(0x2c)) {
      let fraction = 0;
      let fractionDigits = 0;
      const fractionStart = i;
      while (i < end && bytes[i] >= ZERO && bytes[i] <= 0x39) {
        // Digits past the 15th are below a double's resolution for any epoch; they are read and dropped.
        if (fractionDigits < 15) {
          fraction = fraction * 10 + (bytes[i] - ZERO);
          fractionDigits++;
        }
        i++;
      }
      if (i === fractionStart) return Number.NaN;
      ms +=
        fractionDigits <= 3
          ? fraction * EXACT_POWERS_OF_TEN[3 - fractionDigits]
          : fraction / EXACT_POWERS_OF_TEN[fractionDigits - 3];
    }
  }
  if (i === end) return ms;
  if (bytes[i] === 0x5a || bytes[i] === 0x7a) return i + 1 === end ? ms : Number.NaN;
  if (bytes[i] !== PLUS && bytes[i] !== MINUS) return Number.NaN;
  const offsetSign = bytes[i] === PLUS ? 1 : -1;
  i++;
  const offsetHours = field(2);
  if (offsetHours < 0 || offsetHours > 23) return Number.NaN;
  let offsetMinutes = 0;
  if (i < end) {
    expect(0x3a);
    offsetMinutes = field(2);
    if (offsetMinutes < 0 || offsetMinutes > 59) return Number.NaN;
  }
  if (i !== end) return Number.NaN;
  return ms - offsetSign * (offsetHours * 3_600_000 + offsetMinutes * 60_000);
}

const utf8 = new TextEncoder();

/** The number `text` writes, read as the readers read a number cell (parseNumber); NaN when it is none. */
export function parseNumberText(text: string): number {
  const bytes = utf8.encode(text);
  return parseNumber(bytes, 0, bytes.length);
}

/**
 * Epoch milliseconds (UTC) of ISO 8601 text, or undefined when it is not one: the one ISO date parser of
 * modelgate, the same rules as the readers' parseDatetime (so a schema's bound and a data cell written
 * alike are the same instant). Surrounding spaces are ignored.
 */
export function parseIsoDateTime(text: string): number | undefined {
  const bytes = utf8.encode(text);
  const ms = parseDatetime(bytes, 0, bytes.length);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * A cell read as a numeric column type, NaN when it is not one: integer (a number that is a safe integer,
 * so `3.0` and `1e3` are accepted, `3.5` and 2^60 are not), number, boolean (true/false in any case, 1, 0)
 * or datetime (epoch milliseconds).
 */
export function parseAs(
  type: 'integer' | 'number' | 'boolean' | 'datetime',
  bytes: Uint8Array,
  start: number,
  end: number,
): number {
  switch (type) {
    case 'number':
      return parseNumber(bytes, start, end);
    case 'integer': {
      const value = parseNumber(bytes, start, end);
      return Number.isSafeInteger(value) ? value : Number.NaN;
    }
    case 'boolean': {
      const flag = parseBoolean(bytes, start, end);
      return flag < 0 ? Number.NaN : flag;
    }
    case 'datetime':
      return parseDatetime(bytes, start, end);
  }
}
