/**
 * The worker's side of reading on worker threads (parallel.ts, chunk-reading.ts), the script every such
 * worker runs (worker-protocol.ts, workerScript). The build bundles it on its own into
 * `<action>/dist/read-table-worker/`: a worker then loads the readers and nothing else.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { BufferPool } from './buffer-pool.ts';
import { readTableChunks, type TableChunk } from './read-chunks.ts';
import { readTable } from './read-table.ts';
import {
  buffersOf,
  CHUNKS_AHEAD,
  CHUNKS_ROLE,
  type ChunkCredit,
  type ChunkReply,
  type ChunksJob,
  type ChunksWorkerData,
  errorReply,
  TABLE_ROLE,
  type TableJob,
  type TableReply,
} from './worker-protocol.ts';

/** Reads one dataset whole, posts its table, then waits to be ended. */
async function readWhole(port: NonNullable<typeof parentPort>, job: TableJob): Promise<void> {
  try {
    const table = await readTable(job.inputs, job.options);
    port.postMessage({ table } satisfies TableReply, buffersOf(table));
  } catch (error) {
    port.postMessage(errorReply(error));
  }
  // A listening port keeps the thread alive until the parent ends it.
  port.on('message', () => {});
}

/**
 * Reads the job that comes as the first message in chunks, posting each as it is cut, never more than
 * CHUNKS_AHEAD ahead of the parent: each credit from the parent lets one more chunk go, and brings the
 * buffers of a chunk it is done with for the next chunks to reuse.
 */
async function readChunks(port: NonNullable<typeof parentPort>): Promise<void> {
  const job = await new Promise<ChunksJob>((resolve) => port.once('message', resolve));
  let credit = CHUNKS_AHEAD;
  let resume: (() => void) | undefined;
  const pool = new BufferPool();
  port.on('message', (message: ChunkCredit) => {
    pool.give(message.recycled);
    credit++;
    resume?.();
    resume = undefined;
  });
  try {
    const sent: number[] = [];
    for await (const chunk of readTableChunks(job.inputs, job.options, pool)) {
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
}

if (!isMainThread && parentPort) {
  const role = (workerData as TableJob | ChunksWorkerData | undefined)?.role;
  if (role === TABLE_ROLE) await readWhole(parentPort, workerData as TableJob);
  else if (role === CHUNKS_ROLE) await readChunks(parentPort);
}
