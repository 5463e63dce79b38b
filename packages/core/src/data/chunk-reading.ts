/**
 * readTableChunksInWorker: one dataset's chunks (readTableChunks), parsed on a worker thread
 * (read-table-worker.ts) while the caller works on the chunks before, each transferred as it is cut. The
 * reading can start ahead of the call (startChunkReader). This module holds none of the readers, so that
 * an action's entry can start reading before it loads them and the rest of its code.
 */
import { Worker } from 'node:worker_threads';
import type { ChunkOptions, TableChunk } from './read-chunks.ts';
import { recycleWith } from './recycling.ts';
import {
  CHUNKS_ROLE,
  type ChunkCredit,
  type ChunkReply,
  type ChunksJob,
  type ChunksWorkerData,
  errorFrom,
  workerScript,
} from './worker-protocol.ts';

/**
 * chunkBytes for a consumer that streams a whole dataset into summaries, with the next chunk parsed while
 * it works (readTableChunksInWorker, below): 4 MB of cells (65,536 rows of 8 columns) keeps what is in
 * flight small next to what it keeps, at no measurable cost in time.
 */
export const STREAMING_CHUNK_BYTES = 4 * 1024 * 1024;

function chunkWorker(): Worker {
  return new Worker(workerScript(), { workerData: { role: CHUNKS_ROLE } satisfies ChunksWorkerData });
}

/** A reading thread started before its job was known (warmChunkReader), until a reading takes it. */
let warm: { worker: Worker; exited: boolean } | undefined;

/**
 * Starts a reading thread now, with no job: the next reading takes it with its start-up (a thread, a
 * runtime and the readers' code: about 50 ms) behind it. For a caller that knows it will read before it
 * knows how: validate-data's entry, before its schema is read. Unused, it does not keep the process alive.
 */
export function warmChunkReader(): void {
  if (warm && !warm.exited) return;
  const started = { worker: chunkWorker(), exited: false };
  started.worker.once('exit', () => {
    started.exited = true;
  });
  started.worker.unref();
  warm = started;
}

function takeWorker(): Worker {
  const taken = warm;
  warm = undefined;
  if (!taken || taken.exited) return chunkWorker();
  taken.worker.ref();
  return taken.worker;
}

/** A worker reading one dataset's chunks, and its replies not yet taken. */
class ChunkReading {
  readonly worker = takeWorker();
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
 * failure waits for that call to be reported. Asked again for the same reading, it keeps the one started;
 * asked for another, it ends that one.
 */
export function startChunkReader(inputs: string | string[], options: ChunkOptions = {}): void {
  const job = { inputs, options };
  if (early && sameJob(early.job, job)) return;
  if (early) void early.worker.terminate();
  early = new ChunkReading(job);
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
  let recycled: ArrayBuffer[] = [];
  const recycle = (buffers: ArrayBuffer[]) => {
    recycled = buffers;
  };
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
      recycleWith(reply.chunk, recycle);
      yield reply.chunk;
      reading.worker.postMessage({ recycled } satisfies ChunkCredit, recycled);
      recycled = [];
    }
  } finally {
    await reading.worker.terminate();
  }
}
