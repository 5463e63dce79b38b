import { type ReadOptions, readTableChunks, readTableChunksInWorker, releasingChunks } from '@modelgate/core';
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
  return summarizeChunks(releasingChunks(chunks), options);
}
