import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 22021:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(84014);

// The rows start loading before the rest of the action does (see readAhead).
(0,_reading_js__WEBPACK_IMPORTED_MODULE_0__/* .readAhead */ .Ek)(process.env);
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(207), __nccwpck_require__.e(903)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98903));
await run();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 84014:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VK: () => (/* binding */ MAX_INVALID_EXAMPLES),
  _W: () => (/* binding */ chunkOptions),
  Ek: () => (/* binding */ readAhead),
  oI: () => (/* binding */ readingInputs),
  Tv: () => (/* binding */ startFirstReading)
});

// UNUSED EXPORTS: firstRows

// EXTERNAL MODULE: ./packages/core/src/inputs/spec.ts
var spec = __nccwpck_require__(8592);
;// CONCATENATED MODULE: ./packages/core/src/data/table.ts
/**
 * The columnar Table every reader produces and every check consumes.
 *
 * Numeric columns hold Float64Array values with NaN for a missing cell, so statistics run on typed arrays
 * without boxing. Categorical columns are dictionary-encoded: `codes[i]` indexes `dictionary`, -1 is missing.
 * Each row keeps its provenance (file and line, or row index for Parquet) so a finding can point at it.
 */
const COLUMN_TYPES = [
    'integer',
    'number',
    'boolean',
    'datetime',
    'string',
    'category',
];
/** Where row `row` of the table came from. */
function locateRow(table, row) {
    let lo = 0;
    let hi = table.sources.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (table.sources[mid].firstRow <= row)
            lo = mid;
        else
            hi = mid - 1;
    }
    const source = table.sources[lo];
    return { file: source.file, line: table.lines[row], unit: source.format === 'parquet' ? 'row' : 'line' };
}
function findColumn(table, name) {
    return table.columns.find((c) => c.name === name);
}

// EXTERNAL MODULE: ./packages/core/src/by-name.ts
var by_name = __nccwpck_require__(56154);
// EXTERNAL MODULE: ./packages/core/src/data/chunk-reading.ts
var chunk_reading = __nccwpck_require__(53018);
// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __nccwpck_require__(67528);
// EXTERNAL MODULE: ./packages/profile/src/profile-input.ts
var profile_input = __nccwpck_require__(5661);
;// CONCATENATED MODULE: ./actions/validate-data/src/reading.ts
// What validate-data reads, and how: the rows it reads first are started as early as the inputs are known,
// by the gate or, ahead of it, by the action's entry (readAhead).


/** The inputs that decide which rows are read first, and how (part of the gate's inputs). */
const readingInputs = {
    data: spec/* present */.Eb(spec/* list */.p_()),
    schema: spec/* text */.Qq(),
    reference: spec/* list */.p_(),
    columns: spec/* list */.p_(),
    'exclude-columns': spec/* list */.p_(),
    'column-types': spec/* mapping */.pq(spec/* choice */.Yq(COLUMN_TYPES)),
};
/** The invalid-cell examples a reader keeps are the ones validation reports: one number for both. */
const MAX_INVALID_EXAMPLES = 20;
/**
 * How the rows are read: in chunks, parsed on a worker thread while this one validates the chunks before.
 * A schema's types are the reader's for the columns the data has (typeHints; column-types wins): a cell
 * is then read as the type its column declares wherever its row lies, and a CSV whose every column the
 * schema types is not sampled for types.
 */
function chunkOptions(options, schema) {
    const typeHints = (0,by_name/* byName */.n)();
    for (const column of schema?.columns ?? [])
        typeHints[column.name] = column.type;
    return {
        maxInvalidExamples: MAX_INVALID_EXAMPLES,
        columnTypes: options['column-types'],
        ...(schema ? { typeHints } : {}),
        columns: options.columns,
        excludeColumns: options['exclude-columns'],
        chunkBytes: chunk_reading/* STREAMING_CHUNK_BYTES */.xM,
    };
}
/**
 * The rows read first: the reference's when the schema is inferred from it, else the data's. None when that
 * side is profiles (profile-data's files), which are not rows.
 */
function firstRows(options) {
    const { data, schema, reference } = options;
    if (!schema && reference)
        return (0,profile_input/* isProfileInput */.k)('reference', reference) ? undefined : reference;
    return (0,profile_input/* isProfileInput */.k)('data', data) ? undefined : data;
}
/** Starts reading the first rows (firstRows) on a worker thread, for the gate to take. */
function startFirstReading(options, schema) {
    const rows = firstRows(options);
    if (rows)
        (0,chunk_reading/* startChunkReader */.pT)(rows, chunkOptions(options, schema));
}
/**
 * startFirstReading from the INPUT_* variables, before the rest of the action loads: the reading thread's
 * start-up (a thread, a runtime, the readers) and its first chunks then overlap that loading (measured on a
 * million rows: 40 to 55 ms sooner). The gate starts the same reading once it has parsed its inputs and
 * keeps this one when the two agree. With a schema, whose types the reading takes, only the thread is
 * started: the gate gives it its job once the schema is read. None of these inputs has a default in
 * action.yml; an input that does not parse is left for the gate to report.
 */
function readAhead(env) {
    const raw = (0,parse/* envInputs */.DH)(env);
    const options = {};
    try {
        for (const [name, spec] of Object.entries(readingInputs)) {
            const text = raw.get(name);
            options[name] = text?.trim() ? spec.parse(text) : undefined;
        }
        if (!options.data)
            return;
        if (!options.schema)
            startFirstReading(options);
        else if (firstRows(options))
            (0,chunk_reading/* warmChunkReader */.UU)();
    }
    catch {
        // The gate parses the same inputs and reports what is wrong with them.
    }
}


/***/ }),

/***/ 56154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ byName)
/* harmony export */ });
/**
 * A record keyed by names that come from data or inputs (column names, mostly), made without a prototype.
 * A plain object answers a lookup of `constructor` or `toString` with its prototype's members, and drops a
 * `__proto__` key on assignment, so a column named that way would get a wrong type or lose its setting.
 */
function byName(entries = {}) {
    return Object.assign(Object.create(null), entries);
}


/***/ }),

/***/ 53018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ warmChunkReader),
/* harmony export */   _s: () => (/* binding */ readTableChunksInWorker),
/* harmony export */   pT: () => (/* binding */ startChunkReader),
/* harmony export */   xM: () => (/* binding */ STREAMING_CHUNK_BYTES)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _recycling_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(96288);
/* harmony import */ var _worker_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(19055);
/**
 * readTableChunksInWorker: one dataset's chunks (readTableChunks), parsed on a worker thread
 * (read-table-worker.ts) while the caller works on the chunks before, each transferred as it is cut. The
 * reading can start ahead of the call (startChunkReader). This module holds none of the readers, so that
 * an action's entry can start reading before it loads them and the rest of its code.
 */



/**
 * chunkBytes for a consumer that streams a whole dataset into summaries, with the next chunk parsed while
 * it works (readTableChunksInWorker, below): 4 MB of cells (65,536 rows of 8 columns) keeps what is in
 * flight small next to what it keeps, at no measurable cost in time.
 */
const STREAMING_CHUNK_BYTES = 4 * 1024 * 1024;
function chunkWorker() {
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker((0,_worker_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .workerScript */ .wF)(), { workerData: { role: _worker_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .CHUNKS_ROLE */ .e } });
}
/** A reading thread started before its job was known (warmChunkReader), until a reading takes it. */
let warm;
/**
 * Starts a reading thread now, with no job: the next reading takes it with its start-up (a thread, a
 * runtime and the readers' code: about 50 ms) behind it. For a caller that knows it will read before it
 * knows how: validate-data's entry, before its schema is read. Unused, it does not keep the process alive.
 */
function warmChunkReader() {
    if (warm && !warm.exited)
        return;
    const started = { worker: chunkWorker(), exited: false };
    started.worker.once('exit', () => {
        started.exited = true;
    });
    started.worker.unref();
    warm = started;
}
function takeWorker() {
    const taken = warm;
    warm = undefined;
    if (!taken || taken.exited)
        return chunkWorker();
    taken.worker.ref();
    return taken.worker;
}
/** A worker reading one dataset's chunks, and its replies not yet taken. */
class ChunkReading {
    worker = takeWorker();
    replies = [];
    job;
    failure;
    wake;
    constructor(job) {
        this.job = job;
        this.worker.on('message', (reply) => {
            this.replies.push(reply);
            this.arrived();
        });
        this.worker.once('error', (error) => {
            this.failure ??= error;
            this.arrived();
        });
        this.worker.once('exit', (code) => {
            this.failure ??= new Error(`the data-reading worker thread stopped (exit code ${code}) before it finished`);
            this.arrived();
        });
        this.worker.postMessage(job);
    }
    /** The next reply, or undefined once the worker failed. */
    async next() {
        while (this.replies.length === 0 && !this.failure)
            await new Promise((resolve) => (this.wake = resolve));
        return this.replies.shift();
    }
    arrived() {
        this.wake?.();
        this.wake = undefined;
    }
}
/** A reading started ahead (startChunkReader), until readTableChunksInWorker takes it. */
let early;
function sameJob(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Starts reading a dataset now, for the readTableChunksInWorker call with the same inputs and options to
 * take: the worker's start-up (a thread, a runtime and the readers' code to load) and its first chunks
 * then overlap the caller's own work until that call. Unused, it does not keep the process alive; a
 * failure waits for that call to be reported. Asked again for the same reading, it keeps the one started;
 * asked for another, it ends that one.
 */
function startChunkReader(inputs, options = {}) {
    const job = { inputs, options };
    if (early && sameJob(early.job, job))
        return;
    if (early)
        void early.worker.terminate();
    early = new ChunkReading(job);
    early.worker.unref();
}
/**
 * readTableChunks on a worker thread: the same chunks, in the same order, parsed on another core while
 * the caller works on the ones before. The worker stays at most CHUNKS_AHEAD chunks ahead of the caller,
 * so memory stays bounded whatever the speeds. The chunks' buffers are transferred, not copied.
 */
async function* readTableChunksInWorker(inputs, options = {}) {
    const job = { inputs, options };
    let reading;
    if (early && sameJob(early.job, job)) {
        reading = early;
        early = undefined;
        reading.worker.ref();
    }
    else
        reading = new ChunkReading(job);
    const dictionaries = [];
    let recycled = [];
    const recycle = (buffers) => {
        recycled = buffers;
    };
    try {
        for (;;) {
            const reply = await reading.next();
            if (!reply)
                throw reading.failure;
            if ('error' in reply)
                throw (0,_worker_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .errorFrom */ .JK)(reply.error);
            if ('done' in reply)
                return;
            reply.chunk.columns.forEach((column, c) => {
                if (column.kind !== 'categorical')
                    return;
                dictionaries[c] ??= [];
                for (const label of reply.added[c] ?? [])
                    dictionaries[c].push(label);
                column.dictionary = dictionaries[c];
            });
            (0,_recycling_js__WEBPACK_IMPORTED_MODULE_2__/* .recycleWith */ .Y)(reply.chunk, recycle);
            yield reply.chunk;
            reading.worker.postMessage({ recycled }, recycled);
            recycled = [];
        }
    }
    finally {
        await reading.worker.terminate();
    }
}


/***/ }),

/***/ 76719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DataError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);

/**
 * A data file that cannot be read as a table: a missing file, a malformed header, bytes that are not UTF-8,
 * a quote that never closes. The message leads with `file:line` so it reads like a compiler diagnostic.
 * Rows that are merely unusable (ragged, bad JSON) are not errors: they become `RowProblem`s.
 */
class DataError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    file;
    line;
    column;
    /** The message without the `file:line: ` prefix. */
    reason;
    constructor(file, reason, line, column, options) {
        super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`, options);
        this.name = 'DataError';
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }
}


/***/ }),

/***/ 96288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ recycleWith),
/* harmony export */   l: () => (/* binding */ recyclerOf)
/* harmony export */ });
const recyclers = new WeakMap();
/** Has releasingChunks hand `chunk`'s buffers to `recycle` (which then owns them) instead of freeing them. */
function recycleWith(chunk, recycle) {
    recyclers.set(chunk, recycle);
}
/** What recycles `chunk`'s buffers, if anything does. */
function recyclerOf(chunk) {
    return recyclers.get(chunk);
}


/***/ }),

/***/ 19055:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ buffersOf),
/* harmony export */   JK: () => (/* binding */ errorFrom),
/* harmony export */   e: () => (/* binding */ CHUNKS_ROLE),
/* harmony export */   wF: () => (/* binding */ workerScript)
/* harmony export */ });
/* unused harmony exports TABLE_ROLE, CHUNKS_AHEAD, errorReply */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76719);
/**
 * What the parent and a data-reading worker thread say to each other, and the script the worker runs. The
 * parent's side is parallel.ts (readTables) and chunk-reading.ts (readTableChunksInWorker); the worker's
 * is read-table-worker.ts. Tables and chunks travel with their typed arrays' buffers transferred, not
 * copied; errors travel as plain fields and are rebuilt on the parent's side.
 */


const TABLE_ROLE = 'modelgate:read-table';
const CHUNKS_ROLE = 'modelgate:read-table-chunks';
/** Chunks a worker may have posted that the parent has not yet taken: one in use, one ready. */
const CHUNKS_AHEAD = 2;
/** The buffers of a table's typed arrays, to transfer with it. */
function buffersOf(table) {
    const buffers = [table.lines.buffer];
    for (const column of table.columns) {
        buffers.push((column.kind === 'numeric' ? column.values.buffer : column.codes.buffer));
    }
    return buffers;
}
function errorReply(error) {
    if (error instanceof DataError) {
        const { name, message, file, line, column, reason } = error;
        return { error: { name, message, file, line, column, reason } };
    }
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return { error: { name, message } };
}
/** The error a worker reported, as the parent throws it: a DataError stays one, with its place. */
function errorFrom(reply) {
    if (reply.name === 'DataError' && reply.file !== undefined && reply.reason !== undefined) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .f(reply.file, reply.reason, reply.line, reply.column);
    }
    if (reply.name === 'TypeError')
        return new TypeError(reply.message);
    const error = new Error(reply.message);
    error.name = reply.name;
    return error;
}
const DEDICATED_WORKER_DIR = './read-table-worker';
/**
 * The script a worker runs: read-table-worker.ts, which holds the readers and nothing else. Bundled, it is
 * `read-table-worker/index.js` beside the action's bundle (scripts/build.ts builds one for every action):
 * a worker running the whole action bundle instead costs far more memory (measured: ~70 MB for a 6 MB
 * bundle). Paths are assembled at run time so that the bundler does not take them for assets to copy.
 */
function workerScript() {
    const own = new URL(import.meta.url);
    if (!own.pathname.endsWith('.js'))
        return new URL(['.', 'read-table-worker.ts'].join('/'), own);
    const dedicated = new URL([DEDICATED_WORKER_DIR, 'index.js'].join('/'), own);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dedicated)) {
        throw new Error(`the data-reading worker's bundle is missing: ${dedicated.pathname}`);
    }
    return dedicated;
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ describeFileSystemError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The one base for errors about what a user gave: an input, a data file, a schema, a cached summary, a
 * report folder. Its message already names the thing and what was expected, so it is shown as is; any
 * other error is a bug in modelgate and is reported as internal. Packages that raise user errors extend
 * this class, so a caller tells them apart with `instanceof UserError`, never by name.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'UserError';
    }
}
// What a file-system error code means, in the words a user acts on.
const FILE_SYSTEM_REASONS = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder, expected a file',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'a file is in the way where a folder is needed',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    ELOOP: 'a symbolic link where a file is written (refused), or a loop of links',
};
/**
 * `path: reason` for a Node file-system error with a known code, or undefined for any other error.
 * The path is the one Node names (the file or folder that failed), falling back to `fallbackPath`.
 */
function describeFileSystemError(error, fallbackPath) {
    if (!(error instanceof Error))
        return undefined;
    const { code, path } = error;
    if (!code || !(code in FILE_SYSTEM_REASONS))
        return undefined;
    return `${path ?? fallbackPath ?? 'a file'}: ${FILE_SYSTEM_REASONS[code]}`;
}


/***/ }),

/***/ 67528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ envInputs),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports isExpression, argvInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8592);


/** A wrong input: names it, the value given and what is accepted. Raised before any work starts. */
class InputError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    input;
    constructor(input, message, options) {
        super(message, options);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A default the runner evaluates (`${{ github.token }}`); outside Actions it means "not given". */
function isExpression(value) {
    return value.includes('${{');
}
/**
 * Turns raw input text into typed options. Defaults come from action.yml; a runner-evaluated default
 * such as `${{ github.token }}` counts as not given. Every problem is an InputError naming the input.
 */
function parseInputs(specs, raw, definition) {
    const out = {};
    for (const [name, s] of Object.entries(specs)) {
        const declared = definition.inputs[name];
        if (!declared)
            throw new Error(`action.yml of ${definition.name} does not declare input "${name}"`);
        let value = raw.get(name);
        if (value === undefined || value === '') {
            const fallback = declared.default;
            value = fallback !== undefined && !isExpression(fallback) ? fallback : '';
        }
        if (value.trim() === '') {
            if (declared.required) {
                throw new InputError(name, `${raw.label(name)} is required: expected ${s.expected}`);
            }
            out[name] = undefined;
            continue;
        }
        try {
            out[name] = s.parse(value);
        }
        catch (error) {
            if (!(error instanceof _spec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpectedError */ .Dh))
                throw error;
            const shown = s.secret ? '***' : JSON.stringify(value);
            throw new InputError(name, `${raw.label(name)} is ${shown}: expected ${error.expected}`);
        }
    }
    return out;
}
/** Inputs as the Actions runner passes them: INPUT_<NAME>, upper-cased, spaces to `_`, hyphens kept. */
function envInputs(env) {
    return {
        get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
        label: (name) => `input "${name}"`,
    };
}
/** A command-line word that reads as a flag (`--name`, `--name=...`), not as a value. */
const FLAG = /^--[A-Za-z0-9][A-Za-z0-9_-]*(=|$)/;
/**
 * A command-line word as an error message quotes it: its first line, cut short. A word in the wrong place
 * may be a secret meant as a value (a PEM key starts with dashes), so no more of it than needed is shown.
 */
function quoteArgument(arg) {
    const line = arg.split(/\r?\n/, 1)[0];
    return JSON.stringify(line.length > 40 || line.length < arg.length ? `${line.slice(0, 40)}...` : line);
}
/**
 * Inputs as CLI flags: `--name value` or `--name=value`, the action's input names. A value may start with
 * dashes (a PEM key does): the word after a flag is its value unless it reads as a flag itself. A flag
 * repeated joins its values as list items. Unknown flags are an error listing the accepted ones.
 */
function argvInputs(argv, definition) {
    const values = new Map();
    const known = Object.keys(definition.inputs);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!FLAG.test(arg)) {
            throw new InputError(arg, `unexpected argument ${quoteArgument(arg)}: inputs are given as --name value`);
        }
        const eq = arg.indexOf('=');
        const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        if (!known.includes(name)) {
            throw new InputError(name, `unknown option --${name}; ${definition.name} accepts: ${known.map((k) => `--${k}`).join(', ')}`);
        }
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (i + 1 < argv.length && !FLAG.test(argv[i + 1]))
            value = argv[++i];
        else
            value = 'true';
        values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
    }
    return { get: (name) => values.get(name), label: (name) => `--${name}` };
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ ExpectedError),
/* harmony export */   Eb: () => (/* binding */ present),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   pq: () => (/* binding */ mapping),
/* harmony export */   rJ: () => (/* binding */ secret)
/* harmony export */ });
/* unused harmony exports number, boolean, splitList */
/* harmony import */ var _by_name_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(56154);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);


/**
 * Input specs: how one action input's text becomes a typed value. The same spec serves the action
 * (INPUT_* variables) and the CLI (--flags); defaults and required-ness come from action.yml.
 */
/** Thrown by a parser when text is not acceptable; `expected` says what is. */
class ExpectedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    expected;
    constructor(expected, options) {
        super(expected, options);
        this.name = 'ExpectedError';
        this.expected = expected;
    }
}
function spec(expected, parse) {
    return { parse, expected, secret: false, present: false };
}
/** The input always has a value (required in action.yml, or defaulted there). */
function present(s) {
    return { ...s, present: true };
}
function secret(s) {
    return { ...s, secret: true };
}
function text() {
    return spec('any text', (raw) => raw);
}
function numeric(kind, min, max) {
    const range = min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
            ? ` >= ${min}`
            : max !== undefined
                ? ` <= ${max}`
                : '';
    const expected = `${kind === 'integer' ? 'a whole number' : 'a number'}${range}`;
    return spec(expected, (raw) => {
        const value = Number(raw.trim());
        const ok = raw.trim() !== '' &&
            Number.isFinite(value) &&
            (kind === 'number' || Number.isInteger(value)) &&
            (min === undefined || value >= min) &&
            (max === undefined || value <= max);
        if (!ok)
            throw new ExpectedError(expected);
        return value;
    });
}
function integer(range = {}) {
    return numeric('integer', range.min, range.max);
}
function number(range = {}) {
    return numeric('number', range.min, range.max);
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
function boolean() {
    const expected = 'true or false';
    return spec(expected, (raw) => {
        const t = raw.trim();
        if (TRUE.has(t))
            return true;
        if (FALSE.has(t))
            return false;
        throw new ExpectedError(expected);
    });
}
function choice(values) {
    const expected = `one of ${values.join(', ')}`;
    return spec(expected, (raw) => {
        const t = raw.trim();
        if (values.includes(t))
            return t;
        throw new ExpectedError(expected);
    });
}
/** Items separated by commas or newlines (YAML block scalars in workflows), trimmed, empty ones dropped. */
function list() {
    return spec('a list separated by commas or newlines', splitList);
}
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * `key=value` pairs separated by commas or newlines; values parsed by `value`. Keys may be column names,
 * so a key is everything before the last `=`.
 */
function mapping(value) {
    const expected = `key=value pairs separated by commas or newlines, each value ${value.expected}`;
    return spec(expected, (raw) => {
        const out = (0,_by_name_js__WEBPACK_IMPORTED_MODULE_1__/* .byName */ .n)();
        for (const item of splitList(raw)) {
            const at = item.lastIndexOf('=');
            const key = item.slice(0, at).trim();
            if (at <= 0 || key === '')
                throw new ExpectedError(`${expected} (got "${item}")`);
            try {
                out[key] = value.parse(item.slice(at + 1).trim());
            }
            catch (error) {
                if (error instanceof ExpectedError)
                    throw new ExpectedError(`${expected} (got "${item}")`);
                throw error;
            }
        }
        return out;
    });
}


/***/ }),

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ isProfileInput)
/* harmony export */ });
/* harmony import */ var _modelgate_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(67528);
// Which inputs of a gate that takes data name profiles instead. Apart from reading them, so that an action
// can tell before loading the readers (see validate-data's reading.ts).

/**
 * Whether an input names profiles (profile-data's .json files, from shards or from Spark) rather than
 * data: all its paths end in .json, which no data reader takes (JSON Lines is .jsonl).
 */
function isProfileInput(input, inputs) {
    const profiles = inputs.filter((path) => path.toLowerCase().endsWith('.json')).length;
    if (profiles > 0 && profiles < inputs.length) {
        throw new _modelgate_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${input} mixes profiles (.json) and data files; give one or the other`);
    }
    return profiles > 0;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(22021);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
