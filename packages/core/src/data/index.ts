export { parseIsoDateTime, parseNumberText } from './cells.ts';
export {
  readTableChunksInWorker,
  STREAMING_CHUNK_BYTES,
  startChunkReader,
  warmChunkReader,
} from './chunk-reading.ts';
export { DataError } from './errors.ts';
export { freeMemory } from './free-memory.ts';
export { headerRowHint } from './header-hint.ts';
export { DEFAULT_MISSING_VALUES, type ReadOptions } from './options.ts';
export { readTables } from './parallel.ts';
export {
  type ChunkOptions,
  defaultChunkRows,
  readTableChunks,
  releasingChunks,
  type TableChunk,
} from './read-chunks.ts';
export { isTableFileName, listNames, readTable, resolveInputs } from './read-table.ts';
export * from './table.ts';
