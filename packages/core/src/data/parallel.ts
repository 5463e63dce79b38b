/**
 * readTables: several datasets read at once, one per thread (the first on the calling thread). A worker
 * (read-table-worker.ts) hands its table back by transferring the typed arrays' buffers, so nothing is
 * copied.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadOptions } from './options.ts';
import { readTable } from './read-table.ts';
import type { Table } from './table.ts';
import { errorFrom, TABLE_ROLE, type TableJob, type TableReply, workerScript } from './worker-protocol.ts';

function readInWorker(inputs: string | string[], options: ReadOptions | undefined): Promise<Table> {
  return new Promise((resolve, reject) => {
    const job: TableJob = { role: TABLE_ROLE, inputs, options };
    const worker = new Worker(workerScript(), { workerData: job });
    let settled = false;
    worker.once('message', (reply: TableReply) => {
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
