import { type ReadOptions, readTableChunks, readTableChunksInWorker, type TableChunk } from '@modelgate/core';
import { type DatasetSummary, type SummarizeOptions, summarizeChunks } from '@modelgate/drift';

/**
 * A dataset read chunk by chunk into its drift summary, never held as a table; on a worker thread
 * (`thread: 'worker'`) so that two datasets are parsed side by side. Chunks of about 4 MB of cells (65,536
 * rows of 8 columns) keep what is in flight small next to the summary, at no measurable cost in time.
 */
export function summarizeData(
  inputs: string[],
  read: ReadOptions,
  options: SummarizeOptions,
  thread: 'main' | 'worker',
): Promise<DatasetSummary> {
  const chunkOptions = { ...read, chunkBytes: 4 * 1024 * 1024 };
  const chunks =
    thread === 'worker'
      ? readTableChunksInWorker(inputs, chunkOptions)
      : readTableChunks(inputs, chunkOptions);
  return summarizeChunks(releasing(chunks), options);
}

/**
 * The chunks, each freed as soon as the next is asked for (the summary keeps none of their arrays).
 * Garbage collection would free them only at its next full collection; until then they would pile up.
 */
async function* releasing(chunks: AsyncIterable<TableChunk>): AsyncGenerator<TableChunk> {
  for await (const chunk of chunks) {
    yield chunk;
    const arrays = [chunk.lines, ...chunk.columns.map((c) => (c.kind === 'numeric' ? c.values : c.codes))];
    for (const { buffer } of arrays) {
      // Detaching an ArrayBuffer (transferring its contents to a zero-length one) frees its memory.
      const detachable = buffer as ArrayBuffer & { detached: boolean; transfer(length: number): ArrayBuffer };
      if (!detachable.detached) detachable.transfer(0);
    }
  }
}
