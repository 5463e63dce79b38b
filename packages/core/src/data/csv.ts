/**
 * CSV and TSV (RFC 4180): fields separated by `,` or a tab, records ended by LF or CRLF, a field may be
 * quoted with `"` to hold separators, line breaks and doubled quotes (`""` is one quote). A UTF-8 byte
 * order mark is skipped, blank lines are skipped (as pandas does), text after a closing quote is kept
 * (`"a"b` reads as `ab`, as pandas does), and a quote inside an unquoted field is an ordinary character.
 *
 * The tokenizer is written by hand over bytes: no npm CSV library parses straight into typed arrays, and
 * the one that streams fastest here (papaparse, ~100 MB/s) produces an array of strings per row. Here a
 * block of bytes is scanned once; a numeric cell is parsed as it is scanned and stored into its column's
 * Float64Array, a categorical cell is hashed as it is scanned and looked up in a byte dictionary. No string
 * or object is made per row or per cell on this path.
 *
 * Each row keeps the line its record starts on. A record whose field count differs from the header's is a
 * RowProblem and is left out; anything already stored for it (an invalid-cell note, a new dictionary
 * value) is taken back, the same way a record cut by the end of a block is taken back and parsed again
 * once the rest of it has been read.
 */

import {
  type CategoricalBuilder,
  decodeText,
  type MissingValues,
  type NumericBuilder,
  type TableBuilder,
} from './builders.ts';
import { hashBytes, NOT_FOUND } from './byte-dictionary.ts';
import { forEachBlock, HEADER_BLOCK_BYTES, SAMPLE_BLOCK_BYTES } from './byte-source.ts';
import { parseAs } from './cells.ts';
import {
  BOOLEAN,
  CATEGORY,
  DATETIME,
  type FastPathState,
  type FastRows,
  fastRowsFor,
  INTEGER,
  NUMBER,
  SKIP,
} from './csv-fast-path.ts';
import { DataError } from './errors.ts';
import type { ColumnSample, SampleStats } from './infer.ts';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

export const COMMA = 0x2c;
export const TAB = 0x09;

/** How a field ended. */
const SEPARATOR = 0;
const END_OF_LINE = 1;
const END_OF_DATA = 2;
const NEED_MORE = 3;

/** CsvLoader.recent: slots (a power of two), and words a slot. */
const RECENT_SLOTS = 1024;
const RECENT_FIELDS = 6;
/** 2^32 / golden ratio: spreads field positions over the slots. */
const GOLDEN_RATIO = 0x9e3779b9 | 0;
const NO_NUMBERS = new Float64Array(0);
const NO_CODES = new Int32Array(0);

/**
 * One field found by `scanField`: its bytes are `bytes[start, end)` — the raw field with quotes when
 * `escaped` is set (then `unquote` gives the value), or else the value itself (quotes already stripped).
 */
class Field {
  start = 0;
  end = 0;
  escaped = false;
  /** Position after the field's terminator. */
  next = 0;
  terminator = SEPARATOR;
  /** Line breaks inside the (quoted) field. */
  newlines = 0;
}

/**
 * Finds the end of the field that starts at `pos`. Returns false when a quote is still open at the end of
 * the data (the caller reports it); `field.terminator` is NEED_MORE when the block ends before the field
 * does and more bytes will come.
 */
function scanField(
  bytes: Uint8Array,
  pos: number,
  end: number,
  atEnd: boolean,
  sep: number,
  field: Field,
): boolean {
  field.newlines = 0;
  field.escaped = false;
  field.start = pos;
  let i = pos;
  if (i < end && bytes[i] === QUOTE) {
    i++;
    for (;;) {
      while (i < end && bytes[i] !== QUOTE) {
        if (bytes[i] === LF) field.newlines++;
        i++;
      }
      if (i === end) {
        if (atEnd) return false;
        field.terminator = NEED_MORE;
        return true;
      }
      if (i + 1 === end && !atEnd) {
        field.terminator = NEED_MORE; // a doubled quote may straddle the block end
        return true;
      }
      if (bytes[i + 1] !== QUOTE) break;
      field.escaped = true;
      i += 2;
    }
    i++; // past the closing quote
    const closed = i;
    // What follows the closing quote: a terminator (CR LF is one), or text that belongs to the field.
    if (i + 1 === end && bytes[i] === CR && !atEnd) {
      field.terminator = NEED_MORE;
      return true;
    }
    const crlf = i + 1 < end && bytes[i] === CR && bytes[i + 1] === LF;
    const trailingCr = i + 1 === end && bytes[i] === CR; // a last line ending in a bare CR
    if (i < end && bytes[i] !== sep && bytes[i] !== LF && !crlf && !trailingCr) {
      // Text after the closing quote: kept, as pandas does; unquote() reads the raw field.
      field.escaped = true;
      while (i < end && bytes[i] !== sep && bytes[i] !== LF) i++;
      return finishField(bytes, pos, i, end, atEnd, sep, field);
    }
    if (field.escaped) return finishField(bytes, pos, closed, end, atEnd, sep, field);
    field.start = pos + 1;
    field.end = closed - 1;
    return terminate(bytes, closed, end, atEnd, sep, field);
  }
  while (i < end && bytes[i] !== sep && bytes[i] !== LF) i++;
  return finishField(bytes, pos, i, end, atEnd, sep, field);
}

/** Ends a field whose bytes run from `start` to `i` (a separator, a LF, or the end of the block). */
function finishField(
  bytes: Uint8Array,
  start: number,
  i: number,
  end: number,
  atEnd: boolean,
  sep: number,
  field: Field,
): boolean {
  let valueEnd = i;
  if (i === end && !atEnd) {
    field.terminator = NEED_MORE;
    return true;
  }
  if ((i === end || bytes[i] === LF) && valueEnd > start && bytes[valueEnd - 1] === CR) valueEnd--;
  field.start = start;
  field.end = valueEnd;
  if (valueEnd < i && bytes[valueEnd] === CR) i = valueEnd; // let terminate() see the CR LF
  return terminate(bytes, i, end, atEnd, sep, field);
}

/** Records how the field ends at `i`: a separator, a line end (LF or CR LF), or the end of the data. */
function terminate(
  bytes: Uint8Array,
  i: number,
  end: number,
  atEnd: boolean,
  sep: number,
  field: Field,
): boolean {
  if (i === end || (bytes[i] === CR && i + 1 === end)) {
    if (!atEnd) {
      field.terminator = NEED_MORE;
      return true;
    }
    field.terminator = END_OF_DATA;
    field.next = end;
  } else if (bytes[i] === sep) {
    field.terminator = SEPARATOR;
    field.next = i + 1;
  } else {
    field.terminator = END_OF_LINE;
    field.next = bytes[i] === CR ? i + 2 : i + 1;
  }
  return true;
}

/** The value of a raw quoted field `bytes[start, end)`: quotes removed, `""` turned into `"`. */
function unquote(bytes: Uint8Array, start: number, end: number, into: Uint8Array): number {
  let n = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      if (quoted && i + 1 < end && bytes[i + 1] === QUOTE) {
        into[n++] = QUOTE;
        i++;
      } else {
        quoted = !quoted;
      }
    } else {
      into[n++] = byte;
    }
  }
  return n;
}

/** The cells of one record, for the header and the type-inference sample (not the hot path). */
class Record {
  count = 0;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Which byte array holds each cell: the block, or the scratch area for unescaped cells. */
  readonly sources: Uint8Array[] = [];
  scratch = new Uint8Array(1024);
  scratchUsed = 0;
  next = 0;
  newlines = 0;
}

/**
 * Reads the record at `pos` into `record`. Returns false when the block ends first and more will come.
 * Throws DataError when a quote is never closed.
 */
function readRecord(
  bytes: Uint8Array,
  pos: number,
  end: number,
  atEnd: boolean,
  sep: number,
  record: Record,
  field: Field,
  file: string,
  line: number,
): boolean {
  record.count = 0;
  record.scratchUsed = 0;
  record.newlines = 0;
  for (;;) {
    if (!scanField(bytes, pos, end, atEnd, sep, field)) {
      throw new DataError(file, 'quote opened here is never closed', line + record.newlines);
    }
    if (field.terminator === NEED_MORE) return false;
    record.newlines += field.newlines;
    const k = record.count++;
    if (field.escaped) {
      const need = record.scratchUsed + field.end - field.start;
      if (need > record.scratch.length) {
        const larger = new Uint8Array(need * 2);
        larger.set(record.scratch.subarray(0, record.scratchUsed));
        record.scratch = larger;
        // Cells already unescaped point into the old scratch; repoint them.
        for (let j = 0; j < k; j++) if (record.sources[j] !== bytes) record.sources[j] = larger;
      }
      const length = unquote(bytes, field.start, field.end, record.scratch.subarray(record.scratchUsed));
      record.sources[k] = record.scratch;
      record.starts[k] = record.scratchUsed;
      record.ends[k] = record.scratchUsed + length;
      record.scratchUsed += length;
    } else {
      record.sources[k] = bytes;
      record.starts[k] = field.start;
      record.ends[k] = field.end;
    }
    pos = field.next;
    if (field.terminator !== SEPARATOR) {
      if (field.terminator === END_OF_LINE) record.newlines++;
      record.next = pos;
      return true;
    }
  }
}

/** A blank line: nothing, or only a CR, before the LF (or before the end of the data). */
function blankLineEnd(bytes: Uint8Array, pos: number, end: number, atEnd: boolean): number {
  if (pos < end && bytes[pos] === LF) return pos + 1;
  if (pos < end && bytes[pos] === CR) {
    if (pos + 1 < end && bytes[pos + 1] === LF) return pos + 2;
    if (pos + 1 === end && atEnd) return end;
  }
  return -1;
}

const BOM = [0xef, 0xbb, 0xbf];

function skipBom(bytes: Uint8Array, end: number): number {
  return end >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
}

export interface CsvHeader {
  names: string[];
  /** Line the header is on (1 unless blank lines come first). */
  line: number;
}

/**
 * Parses the header record at the start of a block: returns it with the position after it, or undefined
 * when the block ends first. Checks that names are present and unique.
 */
function parseHeader(
  bytes: Uint8Array,
  end: number,
  atEnd: boolean,
  sep: number,
  file: string,
): { header: CsvHeader; next: number; nextLine: number } | undefined {
  let pos = skipBom(bytes, end);
  let line = 1;
  for (;;) {
    const blank = blankLineEnd(bytes, pos, end, atEnd);
    if (blank < 0) break;
    pos = blank;
    line++;
  }
  if (pos === end) {
    if (atEnd) throw new DataError(file, 'the file is empty: expected a header row naming the columns');
    return undefined;
  }
  const record = new Record();
  if (!readRecord(bytes, pos, end, atEnd, sep, record, new Field(), file, line)) return undefined;
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let k = 0; k < record.count; k++) {
    const name = decodeText(record.sources[k], record.starts[k], record.ends[k], file, line);
    if (name === '') throw new DataError(file, `header column ${k + 1} has no name`, line);
    // Lines ended by a bare CR (classic Mac OS) are not line ends here: the whole file would be one header.
    if (/\r(?!\n)/.test(name)) {
      throw new DataError(
        file,
        'the header holds a carriage return (CR) that no line feed follows: lines that end with a bare CR are not read as separate lines; save the file with LF or CRLF line endings',
        line,
      );
    }
    const first = seen.get(name);
    if (first !== undefined) {
      throw new DataError(
        file,
        `header column ${k + 1} repeats the name "${name}" of column ${first + 1}`,
        line,
      );
    }
    seen.set(name, k);
    names.push(name);
  }
  return { header: { names, line }, next: record.next, nextLine: line + record.newlines };
}

export async function readCsvHeader(file: string, gzip: boolean, sep: number): Promise<CsvHeader> {
  let header: CsvHeader | undefined;
  await forEachBlock(
    file,
    gzip,
    (bytes, end, atEnd) => {
      const parsed = parseHeader(bytes, end, atEnd, sep, file);
      if (!parsed) return 0;
      header = parsed.header;
      return -1;
    },
    HEADER_BLOCK_BYTES,
  );
  if (!header) throw new DataError(file, 'the file is empty: expected a header row naming the columns');
  return header;
}

/**
 * Feeds the cells of the file's rows to type inference until `stats.rows` reaches `limit` (rows sampled
 * across the files of the dataset). `samples` is by field position (undefined = a column not loaded).
 * Ragged rows are left out here; the loader reports them.
 */
export async function sampleCsv(
  file: string,
  gzip: boolean,
  sep: number,
  samples: (ColumnSample | undefined)[],
  stats: SampleStats,
  limit: number,
): Promise<void> {
  let started = false;
  let line = 1;
  const record = new Record();
  const field = new Field();
  await forEachBlock(
    file,
    gzip,
    (bytes, end, atEnd) => {
      let pos = 0;
      if (!started) {
        const parsed = parseHeader(bytes, end, atEnd, sep, file);
        if (!parsed) return 0;
        started = true;
        pos = parsed.next;
        line = parsed.nextLine;
      }
      while (pos < end) {
        if (stats.rows >= limit) return -1;
        const blank = blankLineEnd(bytes, pos, end, atEnd);
        if (blank >= 0) {
          pos = blank;
          line++;
          continue;
        }
        if (!readRecord(bytes, pos, end, atEnd, sep, record, field, file, line)) return pos;
        if (record.count === samples.length) {
          for (let k = 0; k < record.count; k++) {
            const sample = samples[k];
            if (sample) stats.observe(sample, record.sources[k], record.starts[k], record.ends[k]);
          }
          stats.rows++;
          stats.bytes += record.next - pos;
        }
        pos = record.next;
        line += record.newlines;
      }
      return pos;
    },
    SAMPLE_BLOCK_BYTES,
  );
}

/** What the loader does with each field of a file, by position (csv-fast-path.ts defines them). */
export { BOOLEAN, CATEGORY, DATETIME, INTEGER, NUMBER, SKIP };

export interface CsvPlan {
  /** Per field position: SKIP, a numeric kind or CATEGORY. */
  kinds: Uint8Array;
  /** Per field position: the index of its column in the TableBuilder (-1 for SKIP). */
  targets: Int32Array;
  missing: MissingValues;
}

/**
 * Parses every record of one CSV file into `table`. The per-row work happens in `parseRows`.
 */
export async function loadCsv(file: string, gzip: boolean, sep: number, plan: CsvPlan, table: TableBuilder) {
  await forEachBlock(file, gzip, csvBlockParser(file, sep, plan, table));
}

/**
 * The block parser loadCsv feeds: `(bytes, end, atEnd) => consumed`, as forEachBlock takes it. Exported for
 * readers that drive the blocks themselves (readTableChunks, which hands out rows between blocks).
 */
export function csvBlockParser(
  file: string,
  sep: number,
  plan: CsvPlan,
  table: TableBuilder,
): (bytes: Uint8Array, end: number, atEnd: boolean) => number {
  const loader = new CsvLoader(file, sep, plan, table);
  let started = false;
  return (bytes, end, atEnd) => {
    let pos = 0;
    if (!started) {
      const parsed = parseHeader(bytes, end, atEnd, sep, file);
      if (!parsed) return 0;
      if (parsed.header.names.length !== plan.kinds.length) {
        throw new DataError(file, 'the header changed while the file was being read', parsed.header.line);
      }
      started = true;
      pos = parsed.next;
      loader.line = parsed.nextLine;
    }
    return loader.parseRows(bytes, pos, end, atEnd);
  };
}

class CsvLoader implements FastPathState {
  line = 1;
  readonly file: string;
  private readonly sep: number;
  private readonly kinds: Uint8Array;
  private readonly targets: Int32Array;
  private readonly numeric: (NumericBuilder | undefined)[];
  readonly categorical: (CategoricalBuilder | undefined)[];
  private readonly missing: MissingValues;
  readonly table: TableBuilder;
  /** The compiled fast path for this file's layout (csv-fast-path.ts); none when compiling is forbidden. */
  private readonly fastRows: FastRows | undefined;
  private readonly field = new Field();
  private scratch = new Uint8Array(1024);
  /**
   * Codes found for short categorical cells (at most 8 bytes), RECENT_FIELDS words a slot: the cell's
   * hash, its field position, length, bytes packed into two words, then the code. A dictionary lookup
   * probes and compares bytes in a loop; this check is a few word compares, and finds most cells of a
   * column with few values (measured on the benchmark's two category columns: parsing 7 to 11% faster). Only codes the dictionary already held are kept: a code added by the row being
   * parsed goes away if that row is dropped (undoRow), and must not be found here afterwards.
   */
  private readonly recent = new Int32Array(RECENT_FIELDS * RECENT_SLOTS).fill(-1);
  /**
   * Per field position, the array of its column (refreshed when the table grows): numbers in `numbersOut`,
   * codes in `codesOut`, an empty placeholder in the other. Two arrays of one element type each keep the
   * stores in the hot loop monomorphic.
   */
  readonly numbersOut: Float64Array[];
  readonly codesOut: Int32Array[];
  /** Columns that noted an invalid cell, or added a dictionary value, for the row being parsed. */
  readonly undoInvalid: number[] = [];
  readonly undoValue: number[] = [];
  /** Where the fast path (FastRows), generalField or parseRest stopped: the position and its line. */
  next = 0;
  nextLine = 0;
  recordStart = 0;
  recordLine = 0;

  constructor(file: string, sep: number, plan: CsvPlan, table: TableBuilder) {
    this.file = file;
    this.sep = sep;
    this.kinds = plan.kinds;
    this.targets = plan.targets;
    this.fastRows = fastRowsFor({
      kinds: plan.kinds,
      sep,
      fastNumbers: !plan.missing.looksNumeric,
      emptyIsMissing: plan.missing.list.includes(''),
    });
    this.missing = plan.missing;
    this.table = table;
    this.numeric = Array.from(plan.targets, (t) => {
      const column = t >= 0 ? table.columns[t] : undefined;
      return column?.kind === 'numeric' ? column : undefined;
    });
    this.categorical = Array.from(plan.targets, (t) => {
      const column = t >= 0 ? table.columns[t] : undefined;
      return column?.kind === 'categorical' ? column : undefined;
    });
    this.numbersOut = Array.from(plan.targets, () => NO_NUMBERS);
    this.codesOut = Array.from(plan.targets, () => NO_CODES);
    this.refresh();
  }

  /** Picks up the columns' arrays (after the table grew). */
  private refresh(): void {
    for (let j = 0; j < this.targets.length; j++) {
      const t = this.targets[j];
      const values = t >= 0 ? this.table.columns[t].values : undefined;
      if (values instanceof Float64Array) this.numbersOut[j] = values;
      if (values instanceof Int32Array) this.codesOut[j] = values;
    }
  }

  /** For the fast path: the code of the categorical cell `bytes[start, valueEnd)` of field `position`. */
  categoryCode(
    position: number,
    bytes: Uint8Array,
    start: number,
    valueEnd: number,
    end: number,
    hash: number,
    line: number,
  ): number {
    const length = valueEnd - start;
    // A short cell is first looked for among the codes recently found (see `recent`), by its bytes packed
    // into two words: no call, no loop.
    let at = -1;
    let word0 = 0;
    let word1 = 0;
    if (length <= 8 && start + 8 <= end) {
      const low =
        bytes[start] | (bytes[start + 1] << 8) | (bytes[start + 2] << 16) | (bytes[start + 3] << 24);
      const high =
        bytes[start + 4] | (bytes[start + 5] << 8) | (bytes[start + 6] << 16) | (bytes[start + 7] << 24);
      word0 = length >= 4 ? low : low & ((1 << (8 * length)) - 1);
      word1 = length >= 8 ? high : length <= 4 ? 0 : high & ((1 << (8 * (length - 4))) - 1);
      at = RECENT_FIELDS * ((hash ^ Math.imul(position, GOLDEN_RATIO)) & (RECENT_SLOTS - 1));
      const recent = this.recent;
      if (
        recent[at] === hash &&
        recent[at + 1] === position &&
        recent[at + 2] === length &&
        recent[at + 3] === word0 &&
        recent[at + 4] === word1
      ) {
        return recent[at + 5];
      }
    }
    const builder = this.categorical[position] as CategoricalBuilder;
    let code = builder.codes.get(bytes, start, valueEnd, hash);
    if (code >= 0 && at >= 0) this.remember(at, hash, position, length, word0, word1, code);
    if (code === NOT_FOUND) {
      code = builder.addValue(bytes, start, valueEnd, hash, this.file, line);
      this.undoValue.push(position);
    }
    return code;
  }

  private remember(
    at: number,
    hash: number,
    position: number,
    length: number,
    word0: number,
    word1: number,
    code: number,
  ): void {
    const recent = this.recent;
    recent[at] = hash;
    recent[at + 1] = position;
    recent[at + 2] = length;
    recent[at + 3] = word0;
    recent[at + 4] = word1;
    recent[at + 5] = code;
  }

  /** Makes room for one more row, and picks up the grown arrays. */
  private grow(): void {
    this.table.reserve(this.table.rowCount + 1);
    this.refresh();
  }

  /**
   * Parses whole records from `bytes[pos, end)`; returns where the first incomplete record starts. Records
   * take the fast path (csv-fast-path.ts) as far as they can; a record continues on the general path from
   * the first field the fast path does not take.
   */
  parseRows(bytes: Uint8Array, pos: number, end: number, atEnd: boolean): number {
    const table = this.table;
    const fastRows = this.fastRows;
    let line = this.line;
    while (pos < end) {
      let first = 0;
      let recordStart = pos;
      let recordLine = line;
      if (fastRows && table.rowCount < table.capacity) {
        first = fastRows(this, bytes, pos, end, atEnd, line);
        pos = this.next;
        line = this.nextLine;
        recordStart = this.recordStart;
        recordLine = this.recordLine;
      }
      if (first === 0) {
        // At a record's start: the fast path stopped before a line break or a full table, or cannot take
        // this record's first field.
        if (pos >= end) break;
        const blank = blankLineEnd(bytes, pos, end, atEnd);
        if (blank >= 0) {
          pos = blank;
          line++;
          continue;
        }
        if (bytes[pos] === CR && pos + 1 === end) break; // CR or CRLF? wait for the next block
        if (table.rowCount === table.capacity) {
          this.grow();
          continue;
        }
      }
      // General path, from field `first` on.
      const row = table.rowCount;
      const status = this.parseRest(bytes, pos, end, atEnd, first, row, line);
      if (status < 0) {
        this.undoRow(row);
        this.line = recordLine;
        return recordStart;
      }
      pos = this.next;
      line = this.nextLine;
      if (status !== this.kinds.length) {
        this.undoRow(row);
        table.addProblem({
          file: this.file,
          line: recordLine,
          message: `expected ${this.kinds.length} fields, found ${status}`,
        });
        continue;
      }
      if (this.undoInvalid.length > 0) this.undoInvalid.length = 0;
      if (this.undoValue.length > 0) this.undoValue.length = 0;
      table.lines[row] = recordLine;
      table.rowCount = row + 1;
    }
    this.line = line;
    return pos;
  }

  /**
   * Reads fields `first`.. of a record with the general scanner. Returns the record's field count (with
   * `next` and `nextLine` after the record), or -1 when the block ends inside the record.
   */
  private parseRest(
    bytes: Uint8Array,
    pos: number,
    end: number,
    atEnd: boolean,
    first: number,
    row: number,
    line: number,
  ): number {
    const { sep, kinds, field } = this;
    const fieldCount = kinds.length;
    let fields = first;
    let terminator = SEPARATOR;
    while (terminator === SEPARATOR) {
      if (!scanField(bytes, pos, end, atEnd, sep, field)) {
        throw new DataError(this.file, 'quote opened here is never closed', line);
      }
      terminator = field.terminator;
      if (terminator === NEED_MORE) return -1;
      line += field.newlines;
      if (fields < fieldCount) this.storeScanned(bytes, fields, row, line);
      fields++;
      pos = field.next;
    }
    if (terminator === END_OF_LINE) line++;
    this.next = pos;
    this.nextLine = line;
    return fields;
  }

  /**
   * For the fast path: reads field `position` (not the record's last) of the record at `row` with the
   * general scanner. Returns where the next field starts, with `nextLine` the line there; -1 when the record
   * must go on the general path from this field (the block ends inside it, or it ends the record).
   */
  generalField(
    position: number,
    bytes: Uint8Array,
    pos: number,
    end: number,
    atEnd: boolean,
    row: number,
    line: number,
  ): number {
    const field = this.field;
    if (!scanField(bytes, pos, end, atEnd, this.sep, field) || field.terminator !== SEPARATOR) return -1;
    this.nextLine = line + field.newlines;
    this.storeScanned(bytes, position, row, this.nextLine);
    return field.next;
  }

  /** Stores the field scanField just found in `bytes` as field `position` of the record at `row`. */
  private storeScanned(bytes: Uint8Array, position: number, row: number, line: number): void {
    const kind = this.kinds[position];
    if (kind === SKIP) return;
    const field = this.field;
    let cell = bytes;
    let start = field.start;
    let stop = field.end;
    if (field.escaped) {
      if (this.scratch.length < stop - start) this.scratch = new Uint8Array((stop - start) * 2);
      cell = this.scratch;
      stop = unquote(bytes, start, stop, cell);
      start = 0;
    }
    this.storeCell(kind, position, row, cell, start, stop, line);
  }

  private storeCell(
    kind: number,
    position: number,
    row: number,
    bytes: Uint8Array,
    start: number,
    end: number,
    line: number,
  ): void {
    if (kind === CATEGORY) {
      const builder = this.categorical[position] as CategoricalBuilder;
      const hash = hashBytes(bytes, start, end);
      let code = builder.codes.get(bytes, start, end, hash);
      if (code === NOT_FOUND) {
        code = builder.addValue(bytes, start, end, hash, this.file, line);
        this.undoValue.push(position);
      }
      this.codesOut[position][row] = code;
      return;
    }
    const values = this.numbersOut[position];
    if (this.missing.has(bytes, start, end)) {
      values[row] = Number.NaN;
      return;
    }
    const value = parseAs((this.numeric[position] as NumericBuilder).type, bytes, start, end);
    values[row] = value;
    if (Number.isNaN(value)) {
      (this.numeric[position] as NumericBuilder).markInvalid(
        row,
        decodeText(bytes, start, end, this.file, line),
      );
      this.undoInvalid.push(position);
    }
  }

  /** Takes back what a dropped or incomplete row noted in the builders. */
  private undoRow(row: number): void {
    for (const position of this.undoInvalid) (this.numeric[position] as NumericBuilder).unmarkInvalid(row);
    for (let k = this.undoValue.length - 1; k >= 0; k--) {
      (this.categorical[this.undoValue[k]] as CategoricalBuilder).removeLastValue();
    }
    this.undoInvalid.length = 0;
    this.undoValue.length = 0;
  }
}
