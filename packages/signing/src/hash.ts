// Hashes many files in parallel on worker threads. Memory stays flat: each worker streams one file at a
// time with a fixed read buffer, whatever the model's size.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeFileSystemError, UserError } from '@modelgate/core';

export interface HashProgress {
  filesDone: number;
  filesTotal: number;
}

type WorkerReply = { id: number; digest?: string; error?: string; code?: string };

/** sha256 (hex) of each path, in the order given. */
export async function hashFiles(
  paths: readonly string[],
  options: { threads?: number; onProgress?: (progress: HashProgress) => void } = {},
): Promise<string[]> {
  const digests = new Array<string>(paths.length);
  if (paths.length === 0) return digests;
  const threadCount = Math.max(1, Math.min(options.threads ?? availableParallelism(), paths.length));
  let next = 0;
  let done = 0;
  const workers = Array.from(
    { length: threadCount },
    () => new Worker(new URL('./hash-worker.ts', import.meta.url)),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              if (next >= paths.length) return resolve();
              const id = next++;
              worker.postMessage({ id, path: paths[id] });
            };
            worker.on('message', (reply: WorkerReply) => {
              if (reply.digest === undefined) {
                const error = Object.assign(new Error(reply.error), {
                  code: reply.code,
                  path: paths[reply.id],
                });
                const reason = describeFileSystemError(error, paths[reply.id]);
                return reject(reason ? new UserError(`model file ${reason}`) : error);
              }
              digests[reply.id] = reply.digest;
              done++;
              options.onProgress?.({ filesDone: done, filesTotal: paths.length });
              sendNext();
            });
            worker.on('error', reject);
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return digests;
}
