export const id = 537;
export const ids = [537];
export const modules = {

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadParquet: () => (/* binding */ loadParquet),
  openParquet: () => (/* binding */ openParquet),
  sampleParquet: () => (/* binding */ sampleParquet)
});

// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(51609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(42123);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(20138);
;// CONCATENATED MODULE: ./packages/core/src/data/cells.ts
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
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
function textOf(bytes, start, end) {
    // Only called on bytes the grammar has already checked to be ASCII.
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(bytes[i]);
    return text;
}
function lower(byte) {
    return byte | 0x20;
}
function matchesWord(bytes, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let i = 0; i < word.length; i++) {
        if (lower(bytes[start + i]) !== word.charCodeAt(i))
            return false;
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
function parseNumber(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
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
        if (d < 0 || d > 9)
            break;
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
            if (d < 0 || d > 9)
                break;
            if (mantissa !== 0 || d !== 0) {
                mantissa = mantissa * 10 + d;
                significantDigits++;
            }
            exponent--;
            digits++;
            i++;
        }
    }
    if (digits === 0)
        return parseInfinity(bytes, start, end);
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
            if (d < 0 || d > 9)
                break;
            // Past 10^6 the value is 0 or Infinity whatever the mantissa; Number() below settles it.
            if (written < 1e6)
                written = written * 10 + d;
            i++;
        }
        if (i === exponentStart)
            return Number.NaN;
        exponent += exponentNegative ? -written : written;
    }
    if (i !== end)
        return Number.NaN;
    if (mantissa === 0)
        return negative ? -0 : 0;
    if (significantDigits <= 15 && exponent >= -22 && exponent <= 22) {
        const magnitude = exponent >= 0 ? mantissa * EXACT_POWERS_OF_TEN[exponent] : mantissa / EXACT_POWERS_OF_TEN[-exponent];
        return negative ? -magnitude : magnitude;
    }
    return Number(textOf(bytes, start, end));
}
function parseInfinity(bytes, start, end) {
    let sign = 1;
    if (start < end && (bytes[start] === MINUS || bytes[start] === PLUS)) {
        if (bytes[start] === MINUS)
            sign = -1;
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
function isIntegerLiteral(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
    let i = start;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS))
        i++;
    if (i === end)
        return false;
    for (let j = i; j < end; j++) {
        const d = bytes[j] - ZERO;
        if (d < 0 || d > 9)
            return false;
    }
    return Number.isSafeInteger(parseNumber(bytes, start, end));
}
/** 1 for `true`, 0 for `false` (any case), -1 otherwise. Columns of type boolean also take `1` and `0`. */
function parseBooleanWord(bytes, start, end) {
    if (matchesWord(bytes, start, end, 'true'))
        return 1;
    if (matchesWord(bytes, start, end, 'false'))
        return 0;
    return -1;
}
function parseBoolean(bytes, start, end) {
    if (end - start === 1) {
        if (bytes[start] === 0x31)
            return 1;
        if (bytes[start] === ZERO)
            return 0;
    }
    return parseBooleanWord(bytes, start, end);
}
/** Days from 1970-01-01 to the proleptic Gregorian date y-m-d (Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/**
 * Epoch milliseconds (UTC) of an ISO 8601 date or date-time, or NaN. Accepted: `YYYY-MM-DD`, optionally
 * followed by `T` or a space and `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`, optionally followed by `Z`,
 * `±HH:MM`, `±HHMM` or `±HH`. A date-time without a zone is taken as UTC. Fields are range-checked
 * (2023-02-29 is rejected). Sub-millisecond fractions are kept as a fractional millisecond.
 */
function parseDatetime(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
    let i = start;
    const field = (width) => {
        if (i + width > end)
            return -1;
        let value = 0;
        for (let k = 0; k < width; k++) {
            const d = bytes[i + k] - ZERO;
            if (d < 0 || d > 9)
                return -1;
            value = value * 10 + d;
        }
        i += width;
        return value;
    };
    const expect = (byte) => {
        if (i < end && bytes[i] === byte) {
            i++;
            return true;
        }
        return false;
    };
    const year = field(4);
    if (year < 0 || !expect(MINUS))
        return Number.NaN;
    const month = field(2);
    if (month < 1 || month > 12 || !expect(MINUS))
        return Number.NaN;
    const day = field(2);
    if (day < 1 || day > daysInMonth(year, month))
        return Number.NaN;
    let ms = daysFromCivil(year, month, day) * 86_400_000;
    if (i === end)
        return ms;
    if (bytes[i] !== 0x54 && bytes[i] !== 0x74 && bytes[i] !== SPACE)
        return Number.NaN;
    i++;
    const hour = field(2);
    if (hour < 0 || hour > 23 || !expect(0x3a))
        return Number.NaN;
    const minute = field(2);
    if (minute < 0 || minute > 59)
        return Number.NaN;
    ms += hour * 3_600_000 + minute * 60_000;
    if (expect(0x3a)) {
        const second = field(2);
        if (second < 0 || second > 59)
            return Number.NaN;
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
            if (i === fractionStart)
                return Number.NaN;
            ms +=
                fractionDigits <= 3
                    ? fraction * EXACT_POWERS_OF_TEN[3 - fractionDigits]
                    : fraction / EXACT_POWERS_OF_TEN[fractionDigits - 3];
        }
    }
    if (i === end)
        return ms;
    if (bytes[i] === 0x5a || bytes[i] === 0x7a)
        return i + 1 === end ? ms : Number.NaN;
    if (bytes[i] !== PLUS && bytes[i] !== MINUS)
        return Number.NaN;
    const offsetSign = bytes[i] === PLUS ? 1 : -1;
    i++;
    const offsetHours = field(2);
    if (offsetHours < 0 || offsetHours > 23)
        return Number.NaN;
    let offsetMinutes = 0;
    if (i < end) {
        expect(0x3a);
        offsetMinutes = field(2);
        if (offsetMinutes < 0 || offsetMinutes > 59)
            return Number.NaN;
    }
    if (i !== end)
        return Number.NaN;
    return ms - offsetSign * (offsetHours * 3_600_000 + offsetMinutes * 60_000);
}
const utf8 = new TextEncoder();
/** The number `text` writes, read as the readers read a number cell (parseNumber); NaN when it is none. */
function parseNumberText(text) {
    const bytes = utf8.encode(text);
    return parseNumber(bytes, 0, bytes.length);
}
/**
 * Epoch milliseconds (UTC) of ISO 8601 text, or undefined when it is not one: the one ISO date parser of
 * modelgate, the same rules as the readers' parseDatetime (so a schema's bound and a data cell written
 * alike are the same instant). Surrounding spaces are ignored.
 */
function parseIsoDateTime(text) {
    const bytes = utf8.encode(text);
    const ms = parseDatetime(bytes, 0, bytes.length);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * A cell read as a numeric column type, NaN when it is not one: integer (a number that is a safe integer,
 * so `3.0` and `1e3` are accepted, `3.5` and 2^60 are not), number, boolean (true/false in any case, 1, 0)
 * or datetime (epoch milliseconds).
 */
function parseAs(type, bytes, start, end) {
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

// EXTERNAL MODULE: ./packages/core/src/data/errors.ts
var errors = __webpack_require__(76719);
;// CONCATENATED MODULE: ./packages/core/src/data/parquet.ts
/**
 * Parquet, through hyparquet (pure JavaScript) with hyparquet-compressors (every codec Parquet defines).
 * Columns are read column-wise, one row group at a time, straight into the table's arrays. Provenance is
 * the 1-based row number in the file (`RowLocation.unit` 'row').
 *
 * Types come from the schema, not from inference:
 *  - BOOLEAN -> boolean; INT32 / INT64 (any INTEGER annotation), TIME -> integer
 *  - FLOAT / DOUBLE / FLOAT16 / DECIMAL -> number
 *  - DATE, TIMESTAMP (millis, micros, nanos), INT96 -> datetime, as epoch milliseconds (UTC); micro and
 *    nano precision is kept as a fractional millisecond as far as a double allows
 *  - strings (and other byte arrays), nested columns (JSON text) -> category or string, by the same
 *    distinct-value rule as text columns, over the first `inferRows` values
 * A 64-bit integer is stored when it is a safe integer (|v| <= 2^53 - 1) in an integer column, or when it
 * converts to a double exactly in a number column; otherwise the cell is invalid (NaN, counted, with its
 * exact decimal text as the example) rather than silently rounded. `columnTypes` may override a type;
 * values are then converted (numbers to text, text parsed as with CSV), with the same invalid-cell rule.
 */




/**
 * Timestamps and dates as epoch milliseconds (numbers), not Date objects. Whole milliseconds and the
 * sub-millisecond part are converted separately, so the whole part is exact.
 */
const parsers = {
    timestampFromMilliseconds: (millis) => Number(millis),
    timestampFromMicroseconds: (micros) => Number(micros / 1000n) + Number(micros % 1000n) / 1e3,
    timestampFromNanoseconds: (nanos) => Number(nanos / 1000000n) + Number(nanos % 1000000n) / 1e6,
    dateFromDays: (days) => days * 86_400_000,
};
function schemaType(element, nested) {
    if (nested)
        return 'text';
    const converted = element.converted_type;
    const logical = element.logical_type?.type;
    if (converted === 'DECIMAL' || logical === 'DECIMAL' || logical === 'FLOAT16')
        return 'number';
    if (converted === 'DATE' || logical === 'DATE')
        return 'datetime';
    if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || logical === 'TIMESTAMP') {
        return 'datetime';
    }
    switch (element.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return 'integer';
        case 'INT96':
            return 'datetime';
        case 'FLOAT':
        case 'DOUBLE':
            return 'number';
        default:
            return 'text';
    }
}
async function openParquet(file) {
    let buffer;
    try {
        buffer = await (0,node/* asyncBufferFromFile */.Rv)(file);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* DataError */.f(file, code === 'ENOENT' ? 'no such file' : `cannot be read: ${error.message}`);
    }
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
    }
    catch (error) {
        throw new errors/* DataError */.f(file, `is not a readable Parquet file: ${error.message}`);
    }
    const names = [];
    const types = new Map();
    for (const child of (0,src_metadata/* parquetSchema */.YR)(metadata).children) {
        names.push(child.element.name);
        types.set(child.element.name, schemaType(child.element, child.children.length > 0));
    }
    return { file, buffer, metadata, names, types, rowCount: Number(metadata.num_rows) };
}
/** Reads `columns` of rows [rowStart, rowEnd), one row group at a time, handing over each decoded run. */
async function readRuns(parquet, columns, rowStart, rowEnd, onRun) {
    let groupStart = 0;
    for (const group of parquet.metadata.row_groups) {
        const groupEnd = groupStart + Number(group.num_rows);
        const from = Math.max(rowStart, groupStart);
        const to = Math.min(rowEnd, groupEnd);
        if (from < to) {
            try {
                await (0,read/* parquetRead */.bA)({
                    file: parquet.buffer,
                    metadata: parquet.metadata,
                    columns,
                    rowStart: from,
                    rowEnd: to,
                    compressors: src/* compressors */.Vm,
                    parsers,
                    onChunk(chunk) {
                        // A chunk may reach outside the requested rows; keep only [from, to).
                        const skip = Math.max(0, from - chunk.rowStart);
                        const stop = Math.min(chunk.rowEnd, to) - chunk.rowStart;
                        if (stop <= skip)
                            return;
                        const values = skip === 0 && stop === chunk.columnData.length
                            ? chunk.columnData
                            : sliceOf(chunk.columnData, skip, stop);
                        onRun(chunk.columnName, values, chunk.rowStart + skip);
                    },
                });
            }
            catch (error) {
                if (error instanceof errors/* DataError */.f)
                    throw error;
                throw new errors/* DataError */.f(parquet.file, `cannot be decoded: ${error.message}`, from + 1);
            }
        }
        groupStart = groupEnd;
        if (groupStart >= rowEnd)
            break;
    }
}
function sliceOf(values, start, end) {
    const sliceable = values;
    if (typeof sliceable.slice === 'function')
        return sliceable.slice(start, end);
    return Array.from({ length: end - start }, (_, i) => values[start + i]);
}
/** The text a Parquet value stands for as a categorical cell; undefined for null. */
function valueText(value) {
    if (value === null || value === undefined)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (value instanceof Uint8Array)
        return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex');
    if (value instanceof Date)
        return value.toISOString();
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
}
/** Samples the text columns in `columns` for the category/string decision, up to `limit` rows in all. */
async function sampleParquet(parquet, columns, stats, limit) {
    const rows = Math.min(parquet.rowCount, limit - stats.rows);
    if (rows <= 0 || columns.length === 0) {
        return;
    }
    await readRuns(parquet, columns, 0, rows, (column, values) => {
        const sample = stats.column(column);
        for (let i = 0; i < values.length; i++) {
            const text = valueText(values[i]);
            if (text !== undefined)
                stats.observeString(sample, text);
        }
    });
    stats.rows += rows;
}
/**
 * Reads every row of one Parquet file into `table`. `targets` maps each loaded column name to its index in
 * the TableBuilder.
 */
async function loadParquet(parquet, targets, table) {
    const first = table.rowCount;
    const rows = parquet.rowCount;
    const scratch = { bytes: new Uint8Array(256) };
    table.reserve(first + rows, true);
    await readRuns(parquet, [...targets.keys()], 0, rows, (name, values, start) => {
        const c = targets.get(name);
        const column = table.columns[c];
        const at = first + start;
        const out = column.values.subarray(at, at + values.length);
        if (column.kind === 'categorical') {
            for (let k = 0; k < values.length; k++) {
                const text = valueText(values[k]);
                out[k] = text === undefined ? -1 : column.codeOfString(text);
            }
        }
        else {
            storeNumbers(column, out, values, at, scratch);
        }
    });
    for (let k = 0; k < rows; k++)
        table.lines[first + k] = k + 1;
    table.rowCount = first + rows;
}
const encoder = new TextEncoder();
/** Stores a run of Parquet values into a numeric column; `firstRow` is the table row of values[0]. */
function storeNumbers(column, out, values, firstRow, scratch) {
    const type = column.type;
    if ((values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array) &&
        type !== 'boolean') {
        for (let k = 0; k < values.length; k++) {
            const value = values[k];
            if (type === 'integer' && !Number.isSafeInteger(value) && !Number.isNaN(value)) {
                out[k] = Number.NaN;
                column.markInvalid(firstRow + k, String(value));
            }
            else
                out[k] = value;
        }
        return;
    }
    for (let k = 0; k < values.length; k++) {
        const value = values[k];
        if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
            out[k] = Number.NaN; // null, or a floating-point NaN: missing
            continue;
        }
        let number;
        if (typeof value === 'number')
            number = fromNumber(type, value);
        else if (typeof value === 'bigint')
            number = fromBigInt(type, value);
        else if (typeof value === 'boolean')
            number = type === 'datetime' ? Number.NaN : Number(value);
        else if (typeof value === 'string') {
            if (scratch.bytes.length < value.length * 3)
                scratch.bytes = new Uint8Array(value.length * 3);
            const length = encoder.encodeInto(value, scratch.bytes).written;
            if (column.missing.has(scratch.bytes, 0, length)) {
                out[k] = Number.NaN;
                continue;
            }
            number = parseAs(type, scratch.bytes, 0, length);
        }
        else
            number = Number.NaN;
        out[k] = number;
        if (Number.isNaN(number))
            column.markInvalid(firstRow + k, valueText(value) ?? '');
    }
}
function fromNumber(type, value) {
    if (type === 'integer')
        return Number.isSafeInteger(value) ? value : Number.NaN;
    if (type === 'boolean')
        return value === 0 || value === 1 ? value : Number.NaN;
    return value;
}
/** A 64-bit integer as a double: only when no precision is lost (see the module comment). */
function fromBigInt(type, value) {
    const number = Number(value);
    if (type === 'integer')
        return Number.isSafeInteger(number) && BigInt(number) === value ? number : Number.NaN;
    if (type === 'boolean')
        return value === 0n || value === 1n ? number : Number.NaN;
    return BigInt(number) === value ? number : Number.NaN;
}


/***/ })

};
