export { parseIsoDateTime } from './cells.ts';
export { DataError } from './errors.ts';
export { freeMemory } from './free-memory.ts';
export { DEFAULT_MISSING_VALUES, type ReadOptions } from './options.ts';
export { readTableChunksInWorker, readTables, startChunkReader } from './parallel.ts';
export {
  type ChunkOptions,
  defaultChunkRows,
  readTableChunks,
  releasingChunks,
  STREAMING_CHUNK_BYTES,
  type TableChunk,
} from './read-chunks.ts';
export { readTable, resolveInputs } from './read-table.ts';
export * from './table.ts';
