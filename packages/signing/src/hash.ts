// Hashes many files in parallel on worker threads. Memory stays flat: each worker streams one file at a
// time with a fixed read buffer, whatever the model's size.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeFileSystemError, UserError } from '@modelgate/core';

export interface HashProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
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
  let bytesDone = 0;
  // Sizes up front, so progress can be told in bytes: a model is often a few very large files.
  const sizes = options.onProgress ? paths.map((p) => sizeOf(p)) : [];
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
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
              bytesDone += sizes[reply.id] ?? 0;
              options.onProgress?.({ filesDone: done, filesTotal: paths.length, bytesDone, bytesTotal });
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

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    // The worker reports the unreadable file with its reason.
    return 0;
  }
}

const LARGE_MODEL_FILES = 20;
const LARGE_MODEL_BYTES = 256 * 1024 * 1024;

/**
 * Progress lines for a large model (many files or many bytes): one each time another tenth of the bytes
 * (or of the files, when sizes say nothing) is hashed; nothing for a small model.
 */
export function progressLogger(log: (line: string) => void, verb: string): (progress: HashProgress) => void {
  let lastTenth = 0;
  return ({ filesDone, filesTotal, bytesDone, bytesTotal }) => {
    if (filesTotal < LARGE_MODEL_FILES && bytesTotal < LARGE_MODEL_BYTES) return;
    const share = bytesTotal > 0 ? bytesDone / bytesTotal : filesDone / filesTotal;
    const tenth = Math.floor(share * 10);
    if (tenth <= lastTenth) return;
    lastTenth = tenth;
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    log(`${verb}: hashed ${filesDone} of ${filesTotal} files (${mib(bytesDone)} of ${mib(bytesTotal)} MiB)`);
  };
}
