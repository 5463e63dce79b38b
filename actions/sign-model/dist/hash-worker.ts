// Runs on a worker thread: hashes each file it is given with sha256 and posts the hex digest back, so
// several files hash at once on several cores. Each worker reads into one buffer it reuses, so memory stays
// one buffer per worker whatever the model's size, with no garbage for the collector to chase.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const READ_BUFFER_BYTES = 1024 * 1024;
const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);

function hashFile(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    // Blocking reads are right here: this thread does nothing else while it hashes a file.
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer))
      hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

parentPort?.on('message', (request: { id: number; path: string }) => {
  try {
    parentPort?.postMessage({ id: request.id, digest: hashFile(request.path) });
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    parentPort?.postMessage({ id: request.id, error: message, code });
  }
});
