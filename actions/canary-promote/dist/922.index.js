export const id = 922;
export const ids = [922];
export const modules = {

/***/ 35922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadParquet: () => (/* binding */ loadParquet),
/* harmony export */   openParquet: () => (/* binding */ openParquet),
/* harmony export */   sampleParquet: () => (/* binding */ sampleParquet)
/* harmony export */ });
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42123);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20138);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10475);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76719);
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
        buffer = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_1__/* .asyncBufferFromFile */ .Rv)(file);
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f(file, code === 'ENOENT' ? 'no such file' : `cannot be read: ${error.message}`);
    }
    let metadata;
    try {
        metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_3__/* .parquetMetadataAsync */ .Ei)(buffer);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f(file, `is not a readable Parquet file: ${error.message}`);
    }
    const names = [];
    const types = new Map();
    for (const child of (0,hyparquet__WEBPACK_IMPORTED_MODULE_3__/* .parquetSchema */ .YR)(metadata).children) {
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
                await (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .parquetRead */ .bA)({
                    file: parquet.buffer,
                    metadata: parquet.metadata,
                    columns,
                    rowStart: from,
                    rowEnd: to,
                    compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__/* .compressors */ .Vm,
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
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f)
                    throw error;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f(parquet.file, `cannot be decoded: ${error.message}`, from + 1);
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
            number = (0,_cells_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAs */ .gf)(type, scratch.bytes, 0, length);
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
