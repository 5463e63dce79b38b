/**
 * Where the arrays of a chunk go once its consumer is done with them (releasingChunks), when not simply
 * freed: a chunk read on a worker thread hands them back to its reader (chunk-reading.ts, BufferPool). A
 * module of its own, so that an action's entry can start reading without loading the readers.
 */
import type { TableChunk } from './read-chunks.ts';

const recyclers = new WeakMap<TableChunk, (buffers: ArrayBuffer[]) => void>();

/** Has releasingChunks hand `chunk`'s buffers to `recycle` (which then owns them) instead of freeing them. */
export function recycleWith(chunk: TableChunk, recycle: (buffers: ArrayBuffer[]) => void): void {
  recyclers.set(chunk, recycle);
}

/** What recycles `chunk`'s buffers, if anything does. */
export function recyclerOf(chunk: TableChunk): ((buffers: ArrayBuffer[]) => void) | undefined {
  return recyclers.get(chunk);
}
