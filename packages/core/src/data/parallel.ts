/**
 * Reading on worker threads, so that parsing runs on a core of its own:
 * - readTables: several datasets read at once, one per thread (the first on the calling thread); a worker
 *   hands its table back by transferring the typed arrays' buffers, so nothing is copied.
 * - readTableChunksInWorker: one dataset's chunks (readTableChunks), parsed on a worker while the caller
 *   works on the chunks before, each transferred as it is cut.
 *
 * The worker runs this very module file: `new URL(import.meta.url)` is the .ts source when run from
 * source, and the bundle itself when bundled (ncc keeps `import.meta.url` as the bundle's URL, and only
 * rewrites `new URL('./other-file', import.meta.url)` into a copied asset, which is why the worker is not
 * a separate source file). `workerData.role` tells the module it is the worker. In a bundle the whole
 * bundle runs on the worker, including the entry point that imported this module: the worker therefore
 * never lets this module finish evaluating (a top-level await that does not settle), so that the code
 * that imports it — the action's entry — does not run on the worker thread. The parent ends the worker
 * once it has the table. A build may also bundle read-table-worker.ts beside the action's bundle, which
 * workers then run instead, to save memory (see workerScript).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DataError } from './errors.ts';
import type { ReadOptions } from './options.ts';
import { type ChunkOptions, readTableChunks, type TableChunk } from './read-chunks.ts';
import { readTable } from './read-table.ts';
import type { Table } from './table.ts';

const ROLE = 'modelgate:read-table';
const DEDICATED_WORKER_DIR = './read-table-worker';

interface Job {
  role: typeof ROLE;
  inputs: string | string[];
  options?: ReadOptions;
}

type Reply =
  | { table: Table }
  | {
      error: {
        name: string;
        message: string;
        file?: string;
        line?: number;
        column?: string;
        reason?: string;
      };
    };

function buffersOf(table: Table): ArrayBuffer[] {
  const buffers = [table.lines.buffer as ArrayBuffer];
  for (const column of table.columns) {
    buffers.push((column.kind === 'numeric' ? column.values.buffer : column.codes.buffer) as ArrayBuffer);
  }
  return buffers;
}

function errorReply(error: unknown): Reply {
  if (error instanceof DataError) {
    const { name, message, file, line, column, reason } = error;
    return { error: { name, message, file, line, column, reason } };
  }
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  return { error: { name, message } };
}

function errorFrom(reply: Extract<Reply, { error: unknown }>['error']): Error {
  if (reply.name === 'DataError' && reply.file !== undefined && reply.reason !== undefined) {
    return new DataError(reply.file, reply.reason, reply.line, reply.column);
  }
  if (reply.name === 'TypeError') return new TypeError(reply.message);
  const error = new Error(reply.message);
  error.name = reply.name;
  return error;
}

/**
 * The script a worker runs. When the build placed a dedicated reader bundle beside this bundle
 * (`read-table-worker/index.js`, built from read-table-worker.ts), that one: it holds only the readers, so a
 * worker costs far less memory than one running a whole action bundle (measured: ~70 MB for a 6 MB
 * bundle). Otherwise this module's own file.
 */
function workerScript(): URL {
  const own = new URL(import.meta.url);
  // The path is assembled at run time so that the bundler does not take it for an asset to copy.
  const dedicated = new URL([DEDICATED_WORKER_DIR, 'index.js'].join('/'), own);
  return own.pathname.endsWith('.js') && existsSync(dedicated) ? dedicated : own;
}

function readInWorker(inputs: string | string[], options: ReadOptions | undefined): Promise<Table> {
  return new Promise((resolve, reject) => {
    const job: Job = { role: ROLE, inputs, options };
    const worker = new Worker(workerScript(), { workerData: job });
    let settled = false;
    worker.once('message', (reply: Reply) => {
      settled = true;
      void worker.terminate();
      if ('table' in reply) resolve(reply.table);
      else reject(errorFrom(reply.error));
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled)
        reject(new Error(`the data-reading worker thread stopped (exit code ${code}) before it replied`));
      settled = true;
    });
  });
}

/**
 * Reads several datasets concurrently — each entry of `inputsList` is one dataset as readTable takes it —
 * and returns their tables in the same order. Fails with the error of the first dataset (in list order)
 * that failed.
 */
export async function readTables(inputsList: (string | string[])[], options?: ReadOptions): Promise<Table[]> {
  if (inputsList.length <= 1) return Promise.all(inputsList.map((inputs) => readTable(inputs, options)));
  // The first dataset on this thread; the others on a small pool of workers (one per remaining core).
  const rest = inputsList.slice(1);
  const reads: Promise<Table>[] = new Array(rest.length);
  let next = 0;
  const slot = async () => {
    while (next < rest.length) {
      const index = next++;
      reads[index] = readInWorker(rest[index], options);
      await reads[index].catch(() => undefined); // handled below, in list order
    }
  };
  const slots = Math.min(rest.length, Math.max(1, availableParallelism() - 1));
  const pool = Promise.all(Array.from({ length: slots }, slot));
  const [first] = await Promise.allSettled([readTable(inputsList[0], options)]);
  await pool;
  const outcomes = [first, ...(await Promise.allSettled(reads))];
  return outcomes.map((outcome) => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  });
}

const CHUNKS_ROLE = 'modelgate:read-table-chunks';
/** Chunks a worker may have posted that the parent has not yet taken: one in use, one ready. */
const CHUNKS_AHEAD = 2;

/** What a chunk-reading worker is started with; its job comes after, as its first message. */
interface ChunksWorkerData {
  role: typeof CHUNKS_ROLE;
}

interface ChunksJob {
  inputs: string | string[];
  options?: ChunkOptions;
}

/**
 * A chunk as posted by the worker. Dictionaries are shared by every chunk of a dataset and only grow, so
 * each message carries only the entries added since the last one (`added`, by column); the parent
 * appends them to its own copy, which all the chunks it hands out share.
 */
type ChunkReply =
  | { chunk: TableChunk; added: (string[] | null)[] }
  | { done: true }
  | Extract<Reply, { error: unknown }>;

/** A worker reading one dataset's chunks, and its replies not yet taken. */
class ChunkReading {
  readonly worker = new Worker(workerScript(), {
    workerData: { role: CHUNKS_ROLE } satisfies ChunksWorkerData,
  });
  readonly replies: ChunkReply[] = [];
  readonly job: ChunksJob;
  failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(job: ChunksJob) {
    this.job = job;
    this.worker.on('message', (reply: ChunkReply) => {
      this.replies.push(reply);
      this.arrived();
    });
    this.worker.once('error', (error) => {
      this.failure ??= error;
      this.arrived();
    });
    this.worker.once('exit', (code) => {
      this.failure ??= new Error(
        `the data-reading worker thread stopped (exit code ${code}) before it finished`,
      );
      this.arrived();
    });
    this.worker.postMessage(job);
  }

  /** The next reply, or undefined once the worker failed. */
  async next(): Promise<ChunkReply | undefined> {
    while (this.replies.length === 0 && !this.failure)
      await new Promise<void>((resolve) => (this.wake = resolve));
    return this.replies.shift();
  }

  private arrived(): void {
    this.wake?.();
    this.wake = undefined;
  }
}

/** A reading started ahead (startChunkReader), until readTableChunksInWorker takes it. */
let early: ChunkReading | undefined;

function sameJob(a: ChunksJob, b: ChunksJob): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Starts reading a dataset now, for the readTableChunksInWorker call with the same inputs and options to
 * take: the worker's start-up (a thread, a runtime and the readers' code to load) and its first chunks
 * then overlap the caller's own work until that call. Unused, it does not keep the process alive; a
 * failure waits for that call to be reported.
 */
export function startChunkReader(inputs: string | string[], options: ChunkOptions = {}): void {
  if (early) void early.worker.terminate();
  early = new ChunkReading({ inputs, options });
  early.worker.unref();
}

/**
 * readTableChunks on a worker thread: the same chunks, in the same order, parsed on another core while
 * the caller works on the ones before. The worker stays at most CHUNKS_AHEAD chunks ahead of the caller,
 * so memory stays bounded whatever the speeds. The chunks' buffers are transferred, not copied.
 */
export async function* readTableChunksInWorker(
  inputs: string | string[],
  options: ChunkOptions = {},
): AsyncGenerator<TableChunk> {
  const job = { inputs, options };
  let reading: ChunkReading;
  if (early && sameJob(early.job, job)) {
    reading = early;
    early = undefined;
    reading.worker.ref();
  } else reading = new ChunkReading(job);
  const dictionaries: string[][] = [];
  try {
    for (;;) {
      const reply = await reading.next();
      if (!reply) throw reading.failure;
      if ('error' in reply) throw errorFrom(reply.error);
      if ('done' in reply) return;
      reply.chunk.columns.forEach((column, c) => {
        if (column.kind !== 'categorical') return;
        dictionaries[c] ??= [];
        for (const label of reply.added[c] ?? []) dictionaries[c].push(label);
        column.dictionary = dictionaries[c];
      });
      yield reply.chunk;
      reading.worker.postMessage('next');
    }
  } finally {
    await reading.worker.terminate();
  }
}

if (!isMainThread && (workerData as ChunksWorkerData | undefined)?.role === CHUNKS_ROLE) {
  const port = parentPort as NonNullable<typeof parentPort>;
  const job = await new Promise<ChunksJob>((resolve) => port.once('message', resolve));
  let credit = CHUNKS_AHEAD;
  let resume: (() => void) | undefined;
  port.on('message', () => {
    credit++;
    resume?.();
    resume = undefined;
  });
  try {
    const sent: number[] = [];
    for await (const chunk of readTableChunks(job.inputs, job.options)) {
      while (credit === 0) await new Promise<void>((resolve) => (resume = resolve));
      credit--;
      const added = chunk.columns.map((column, c) => {
        if (column.kind !== 'categorical') return null;
        const fresh = column.dictionary.slice(sent[c] ?? 0);
        sent[c] = column.dictionary.length;
        return fresh;
      });
      const posted: TableChunk = {
        ...chunk,
        columns: chunk.columns.map((column) =>
          column.kind === 'categorical' ? { ...column, dictionary: [] } : column,
        ),
      };
      port.postMessage({ chunk: posted, added } satisfies ChunkReply, [...new Set(buffersOf(chunk))]);
    }
    port.postMessage({ done: true } satisfies ChunkReply);
  } catch (error) {
    port.postMessage(errorReply(error));
  }
  await new Promise(() => {});
}

if (!isMainThread && (workerData as Job | undefined)?.role === ROLE) {
  const port = parentPort as NonNullable<typeof parentPort>;
  const job = workerData as Job;
  try {
    const table = await readTable(job.inputs, job.options);
    port.postMessage({ table } satisfies Reply, buffersOf(table));
  } catch (error) {
    port.postMessage(errorReply(error));
  }
  // Keep the thread alive (a listening port) until the parent terminates it, and never finish evaluating
  // this module (see the module comment).
  port.on('message', () => {});
  await new Promise(() => {});
}
