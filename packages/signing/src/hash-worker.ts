// Runs on a worker thread: streams each file it is given through sha256 and posts the hex digest back,
// so several files hash at once on several cores while each file's memory stays one read buffer.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const READ_BUFFER_BYTES = 1024 * 1024;

parentPort?.on('message', (request: { id: number; path: string }) => {
  const hash = createHash('sha256');
  createReadStream(request.path, { highWaterMark: READ_BUFFER_BYTES })
    .on('data', (chunk) => hash.update(chunk))
    .on('error', (error: NodeJS.ErrnoException) =>
      parentPort?.postMessage({ id: request.id, error: error.message, code: error.code }),
    )
    .on('end', () => parentPort?.postMessage({ id: request.id, digest: hash.digest('hex') }));
});
