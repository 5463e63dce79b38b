/**
 * What the parent and a data-reading worker thread say to each other, and the script the worker runs. The
 * parent's side is parallel.ts (readTables) and chunk-reading.ts (readTableChunksInWorker); the worker's
 * is read-table-worker.ts. Tables and chunks travel with their typed arrays' buffers transferred, not
 * copied; errors travel as plain fields and are rebuilt on the parent's side.
 */
import { existsSync } from 'node:fs';
import { DataError } from './errors.ts';
import type { ReadOptions } from './options.ts';
import type { ChunkOptions, TableChunk } from './read-chunks.ts';
import type { Table } from './table.ts';

export const TABLE_ROLE = 'modelgate:read-table';
export const CHUNKS_ROLE = 'modelgate:read-table-chunks';
/** Chunks a worker may have posted that the parent has not yet taken: one in use, one ready. */
export const CHUNKS_AHEAD = 2;

/** A readTables worker's workerData: one dataset to read whole. */
export interface TableJob {
  role: typeof TABLE_ROLE;
  inputs: string | string[];
  options?: ReadOptions;
}

/** What a chunk-reading worker is started with; its job comes after, as its first message. */
export interface ChunksWorkerData {
  role: typeof CHUNKS_ROLE;
}

export interface ChunksJob {
  inputs: string | string[];
  options?: ChunkOptions;
}

export interface ErrorReply {
  error: {
    name: string;
    message: string;
    file?: string;
    line?: number;
    column?: string;
    reason?: string;
  };
}

export type TableReply = { table: Table } | ErrorReply;

/**
 * A chunk as posted by the worker. Dictionaries are shared by every chunk of a dataset and only grow, so
 * each message carries only the entries added since the last one (`added`, by column); the parent
 * appends them to its own copy, which all the chunks it hands out share.
 */
export type ChunkReply = { chunk: TableChunk; added: (string[] | null)[] } | { done: true } | ErrorReply;

/**
 * What the parent says when it has taken a chunk: one more may come. With it come the buffers of a chunk
 * it is done with, for the worker's next chunks (BufferPool).
 */
export interface ChunkCredit {
  recycled: ArrayBuffer[];
}

/** The buffers of a table's typed arrays, to transfer with it. */
export function buffersOf(table: Table): ArrayBuffer[] {
  const buffers = [table.lines.buffer as ArrayBuffer];
  for (const column of table.columns) {
    buffers.push((column.kind === 'numeric' ? column.values.buffer : column.codes.buffer) as ArrayBuffer);
  }
  return buffers;
}

export function errorReply(error: unknown): ErrorReply {
  if (error instanceof DataError) {
    const { name, message, file, line, column, reason } = error;
    return { error: { name, message, file, line, column, reason } };
  }
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  return { error: { name, message } };
}

/** The error a worker reported, as the parent throws it: a DataError stays one, with its place. */
export function errorFrom(reply: ErrorReply['error']): Error {
  if (reply.name === 'DataError' && reply.file !== undefined && reply.reason !== undefined) {
    return new DataError(reply.file, reply.reason, reply.line, reply.column);
  }
  if (reply.name === 'TypeError') return new TypeError(reply.message);
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
export function workerScript(): URL {
  const own = new URL(import.meta.url);
  if (!own.pathname.endsWith('.js')) return new URL(['.', 'read-table-worker.ts'].join('/'), own);
  const dedicated = new URL([DEDICATED_WORKER_DIR, 'index.js'].join('/'), own);
  if (!existsSync(dedicated)) {
    throw new Error(`the data-reading worker's bundle is missing: ${dedicated.pathname}`);
  }
  return dedicated;
}
