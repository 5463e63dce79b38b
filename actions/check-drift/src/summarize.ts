import {
  type ReadOptions,
  readTableChunks,
  readTableChunksInWorker,
  releasingChunks,
  STREAMING_CHUNK_BYTES,
} from '@modelgate/core';
import { type DatasetSummary, type SummarizeOptions, summarizeChunks } from '@modelgate/drift';

/**
 * A dataset read chunk by chunk into its drift summary, never held as a table; on a worker thread
 * (`thread: 'worker'`) so that two datasets are parsed side by side.
 */
export function summarizeData(
  inputs: string[],
  read: ReadOptions,
  options: SummarizeOptions,
  thread: 'main' | 'worker',
): Promise<DatasetSummary> {
  const chunkOptions = { ...read, chunkBytes: STREAMING_CHUNK_BYTES };
  const chunks =
    thread === 'worker'
      ? readTableChunksInWorker(inputs, chunkOptions)
      : readTableChunks(inputs, chunkOptions);
  return summarizeChunks(releasingChunks(chunks), options);
}
