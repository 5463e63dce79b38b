/**
 * The CSV reader's fast path, compiled for each column layout. It handles the common shapes of a record
 * inline: an unquoted plain decimal (no exponent, at most 2^53 as an integer mantissa) or an empty cell in
 * a numeric column, an unquoted cell in a categorical column, each followed by the expected terminator. A
 * quoted cell, or a column it does not parse (boolean, datetime, skipped), is read by the general scanner
 * one field at a time (state.generalField), and the record goes on. At a field it cannot take (an exponent,
 * a short or long record, the end of a block) it stops, and CsvLoader (csv.ts) finishes the record on its
 * general path.
 *
 * Why compiled: the same code written once as a loop over the fields spends much of its time choosing,
 * field by field, what the field is, where its column lives and what must follow it. Written out field by
 * field for one layout, with each column's array in a local, those choices are gone. Measured on the
 * benchmark file (98 MB, a million rows of 12 columns), parsing on one warm thread: 365 to 280 ms; the
 * whole validate-data run: 0.56 to 0.52 s. Reading field by field what it does not parse, rather than
 * leaving the rest of the record to the general path, made a file with a quoted text column second
 * (300,000 rows, 14 columns) 39% faster. A layout is compiled once per thread and reused. Past
 * fastPath.unrolledFields fields the fields run in a loop, from the same snippets (see fastPath).
 *
 * The generated source holds nothing from the data: only the layout's kinds (numbers), the separator byte
 * and two flags, all written as numeric or boolean literals by this module.
 */
import type { TableBuilder } from './builders.ts';
import { FNV_OFFSET, FNV_PRIME, hashBytes } from './byte-dictionary.ts';
import { EXACT_POWERS_OF_TEN } from './cells.ts';

/** Field kinds, as CsvPlan's `kinds` holds them. */
export const SKIP = 0;
export const NUMBER = 1;
export const INTEGER = 2;
export const BOOLEAN = 3;
export const DATETIME = 4;
export const CATEGORY = 5;

/** What the compiled code reads from and writes to (CsvLoader's state). */
export interface FastPathState {
  readonly table: TableBuilder;
  readonly file: string;
  /** Per field position, its column's array (an empty placeholder for the other element type). */
  readonly numbersOut: Float64Array[];
  readonly codesOut: Int32Array[];
  /**
   * Columns that noted an invalid cell, or added a dictionary value, for the row being parsed (cleared as
   * a record is committed).
   */
  readonly undoInvalid: number[];
  readonly undoValue: number[];
  /** The code of the categorical cell `bytes[start, valueEnd)` at field `position`, added if it is new. */
  categoryCode(
    position: number,
    bytes: Uint8Array,
    start: number,
    valueEnd: number,
    end: number,
    hash: number,
    line: number,
  ): number;
  /**
   * Reads one field that is not the record's last on the general path: a quoted cell, or a column the fast
   * path does not parse (boolean, datetime, skipped). Returns where the next field starts, with `nextLine`
   * the line there, or -1 when the record must go on the general path from this field.
   */
  generalField(
    position: number,
    bytes: Uint8Array,
    pos: number,
    end: number,
    atEnd: boolean,
    row: number,
    line: number,
  ): number;
  /** Set by the compiled code when it returns (see FastRows), and by generalField. */
  next: number;
  nextLine: number;
  recordStart: number;
  recordLine: number;
}

/**
 * Parses records from `bytes[pos, end)` while they take the fast path, the table has room and a record
 * does not start with a line break (a blank line, or a CR the general path must look past). Each such record
 * is stored and committed. Returns how many leading fields of the next record it stored (0 when it stopped at
 * a record's start); `state.next` and `state.nextLine` are where it stopped (that record's first unparsed
 * field), `state.recordStart` and `state.recordLine` where that record starts.
 */
export type FastRows = (
  state: FastPathState,
  bytes: Uint8Array,
  pos: number,
  end: number,
  atEnd: boolean,
  line: number,
) => number;

export interface FastLayout {
  kinds: Uint8Array;
  sep: number;
  /** Whether a plain decimal is a number: false when a missing-value text reads as one. */
  fastNumbers: boolean;
  /** Whether an empty cell is missing. */
  emptyIsMissing: boolean;
}

/** A computed mantissa below 2^53 is exact: rounding is monotone, so a true value >= 2^53 never computes below. */
const MAX_EXACT_MANTISSA = 2 ** 53;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;

/**
 * How layouts are compiled. `unrolledFields`: the widest layout whose fields are written out one by one; a
 * wider one runs its fields in a loop. Written out, a function takes longer for V8 to compile, and while it
 * compiles the parser runs slowly. Measured on 10 MB files (first reading, then a second one): at 12
 * fields 126 then 65 ms against the loop's 131 then 81; at 16 fields 168 then 63 against 105 then 67; at 48,
 * written out was slower in both. Tests change these to compare the three ways of reading (written out,
 * looped, and the general path alone: `enabled` false).
 */
export const fastPath = { enabled: true, unrolledFields: 12 };

const compiled = new Map<string, FastRows | undefined>();

/**
 * The fast path for `layout`, compiled on first use; undefined when this process forbids compiling code
 * (node --disallow-code-generation-from-strings): the general path then reads every field.
 */
export function fastRowsFor(layout: FastLayout): FastRows | undefined {
  if (!fastPath.enabled) return undefined;
  const unrolled = layout.kinds.length <= fastPath.unrolledFields;
  const key = `${unrolled},${layout.sep},${layout.fastNumbers},${layout.emptyIsMissing},${layout.kinds.join(',')}`;
  if (!compiled.has(key)) compiled.set(key, compile(layout, unrolled));
  return compiled.get(key);
}

function compile(layout: FastLayout, unrolled: boolean): FastRows | undefined {
  try {
    const make = new Function('hashBytes', 'POWERS_OF_TEN', source(layout, unrolled));
    return make(hashBytes, EXACT_POWERS_OF_TEN) as FastRows;
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}

/**
 * The body of a function `(hashBytes, POWERS_OF_TEN) => FastRows`. An integer mantissa below 2^53 divided
 * by an exact power of ten (10^0 .. 10^22) is a single correctly rounded operation on exact operands: the
 * double Number(text) gives (Clinger's fast path).
 */
function source({ kinds, sep, fastNumbers, emptyIsMissing }: FastLayout, unrolled: boolean): string {
  const count = kinds.length;
  let constants = `const SEP = ${sep | 0}, LAST = ${count - 1};`;
  let fields: string;
  let hoisted = '';
  if (unrolled) {
    const parts: string[] = [];
    for (let j = 0; j < count; j++) {
      const kind = kinds[j];
      const field: Field = { j: String(j), last: String(j === count - 1), integer: String(kind === INTEGER) };
      if ((kind === NUMBER || kind === INTEGER) && fastNumbers) {
        hoisted += `const numbers${j} = state.numbersOut[${j}];\n`;
        parts.push(numberField(field, `numbers${j}`, emptyIsMissing));
      } else if (kind === CATEGORY) {
        hoisted += `const codes${j} = state.codesOut[${j}];\n`;
        parts.push(categoryField(field, `codes${j}`));
      } else if (j < count - 1) {
        parts.push(generalField(String(j)));
      } else {
        parts.push('break fields;');
        break;
      }
      parts.push(`fieldsDone = ${j + 1};`);
    }
    fields = parts.join('\n');
  } else {
    // One field per turn; `kinds` and the column arrays are read as the turn needs them.
    constants += `\nconst kinds = Uint8Array.from([${Array.from(kinds).join(',')}]);`;
    hoisted = 'const numbersOut = state.numbersOut, codesOut = state.codesOut;';
    const field: Field = { j: 'fieldsDone', last: 'fieldsDone === LAST', integer: `kind === ${INTEGER}` };
    fields = `for (; fieldsDone <= LAST; fieldsDone++) {
      const kind = kinds[fieldsDone];
      if (${fastNumbers === true} && (kind === ${NUMBER} || kind === ${INTEGER})) {
        ${numberField(field, 'numbersOut[fieldsDone]', emptyIsMissing)}
      } else if (kind === ${CATEGORY}) {
        ${categoryField(field, 'codesOut[fieldsDone]')}
      } else if (fieldsDone < LAST) {
        ${generalField('fieldsDone')}
      } else break fields;
    }`;
  }
  return `${constants}
  return function fastRows(state, bytes, pos, end, atEnd, line) {
    const table = state.table, lines = table.lines, capacity = table.capacity;
    const undoInvalid = state.undoInvalid, undoValue = state.undoValue;
    ${hoisted}
    let row = table.rowCount;
    let fieldsDone = 0;
    let recordStart = pos, recordLine = line;
    while (pos < end && row < capacity && bytes[pos] !== ${LF} && bytes[pos] !== ${CR}) {
      recordStart = pos;
      recordLine = line;
      fieldsDone = 0;
      fields: {
        ${fields}
      }
      if (fieldsDone <= LAST) break;
      if (undoInvalid.length > 0) undoInvalid.length = 0;
      if (undoValue.length > 0) undoValue.length = 0;
      lines[row] = recordLine;
      row++;
      fieldsDone = 0;
      recordStart = pos;
      recordLine = line;
    }
    table.rowCount = row;
    state.next = pos;
    state.nextLine = line;
    state.recordStart = recordStart;
    state.recordLine = recordLine;
    return fieldsDone;
  };`;
}

/** A field's position and facts, each a JS expression: literals when unrolled, else the loop's. */
interface Field {
  j: string;
  last: string;
  integer: string;
}

/**
 * A plain decimal or an empty cell. The mantissa is exact while the digits form an integer below 2^53
 * (checked after the loop); fractionDigits is counted up, never negated, since -0 would knock V8 off its
 * int32 path. Every comparison runs on every cell, and rare cases only branch on their results: V8 throws
 * compiled code away when it reaches an operation that never ran before it compiled, so an operation only
 * a rare cell runs (the first empty cell, the first negative number) would cost a recompile of the whole
 * function for each field.
 */
function numberField({ last, integer }: Field, values: string, emptyIsMissing: boolean): string {
  const terminator =
    last === 'true'
      ? `const lineFeed = i < end && bytes[i] === ${LF};
    const crLf = i + 1 < end && bytes[i] === ${CR} && bytes[i + 1] === ${LF};
    const endOfData = i === end && atEnd;
    if (!(lineFeed || crLf || endOfData)) break fields;
    pos = endOfData ? end : crLf ? i + 2 : i + 1;
    line += endOfData ? 0 : 1;`
      : last === 'false'
        ? `if (i >= end || bytes[i] !== SEP) break fields;
    pos = i + 1;`
        : `if (${last}) {
      const lineFeed = i < end && bytes[i] === ${LF};
      const crLf = i + 1 < end && bytes[i] === ${CR} && bytes[i + 1] === ${LF};
      const endOfData = i === end && atEnd;
      if (!(lineFeed || crLf || endOfData)) break fields;
      pos = endOfData ? end : crLf ? i + 2 : i + 1;
      line += endOfData ? 0 : 1;
    } else {
      if (i >= end || bytes[i] !== SEP) break fields;
      pos = i + 1;
    }`;
  return `{
    let i = pos;
    const first = i < end ? bytes[i] : 0;
    const negative = first === ${MINUS};
    i += negative || first === ${PLUS} ? 1 : 0;
    const digitsStart = i;
    let mantissa = 0;
    while (i < end) {
      const d = bytes[i] - ${ZERO};
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      i++;
    }
    const integerDigits = i - digitsStart;
    // Without a dot the next byte is no digit, and this loop reads none.
    i += i < end && bytes[i] === ${DOT} ? 1 : 0;
    const fractionStart = i;
    while (i < end) {
      const d = bytes[i] - ${ZERO};
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      i++;
    }
    const fractionDigits = i - fractionStart;
    const empty = i === pos;
    const noDigits = integerDigits + fractionDigits === 0;
    const inexact = mantissa >= ${MAX_EXACT_MANTISSA} || fractionDigits > 22;
    const fraction = fractionDigits > 0;
    if (noDigits ? !(empty && ${emptyIsMissing === true}) : inexact || (${integer} && fraction)) break fields;
    const magnitude = mantissa === 0 ? 0 : mantissa / POWERS_OF_TEN[fractionDigits];
    const value = noDigits ? NaN : magnitude * (negative ? -1 : 1);
    ${terminator}
    ${values}[row] = value;
  }`;
}

/**
 * An unquoted cell of a categorical column: its bytes are hashed as they are scanned, and
 * state.categoryCode finds (or adds) its code.
 */
function categoryField({ j, last }: Field, codes: string): string {
  const terminator =
    last === 'true'
      ? lastCategoryTerminator
      : last === 'false'
        ? `if (i === end || byte !== SEP) break fields;
    next = i + 1;`
        : `if (${last}) {
      ${lastCategoryTerminator}
    } else {
      if (i === end || byte !== SEP) break fields;
      next = i + 1;
    }`;
  const quoted =
    last === 'true'
      ? 'break fields;'
      : last === 'false'
        ? generalField(j)
        : `if (${last}) break fields;
      ${generalField(j)}`;
  return `if (pos < end && bytes[pos] === ${QUOTE}) {
    ${quoted}
  } else {
    let i = pos;
    let hash = ${FNV_OFFSET};
    let byte = 0;
    while (i < end) {
      byte = bytes[i];
      if (byte === SEP || byte === ${LF}) break;
      hash = Math.imul(hash ^ byte, ${FNV_PRIME});
      i++;
    }
    let valueEnd = i;
    let next = 0;
    let lineEnds = 0;
    ${terminator}
    ${codes}[row] = state.categoryCode(${j}, bytes, pos, valueEnd, end, hash, line);
    line += lineEnds;
    pos = next;
  }`;
}

/** A field, not the record's last, read on the general path (state.generalField). */
function generalField(j: string): string {
  return `{
    const next = state.generalField(${j}, bytes, pos, end, atEnd, row, line);
    if (next < 0) break fields;
    line = state.nextLine;
    pos = next;
  }`;
}

/** The last field's end: a line feed (the value loses a CR before it), or the end of the data. */
const lastCategoryTerminator = `const lineFeed = i < end && byte === ${LF};
    const endOfData = i === end && atEnd;
    if (!(lineFeed || endOfData)) break fields;
    next = endOfData ? end : i + 1;
    lineEnds = endOfData ? 0 : 1;
    if (valueEnd > pos && bytes[valueEnd - 1] === ${CR}) {
      valueEnd = valueEnd - 1;
      hash = hashBytes(bytes, pos, valueEnd);
    }`;
