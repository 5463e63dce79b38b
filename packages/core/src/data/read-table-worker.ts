/**
 * Entry point of an optional dedicated worker bundle for readTables: `ncc build` this file into
 * `<action>/dist/read-table-worker/` and readTables' workers run it instead of the whole action bundle.
 * Importing parallel.ts is all it takes: that module acts as the worker when started as one.
 */
import './parallel.ts';
