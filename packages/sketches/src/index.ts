export { ByteReader, ByteWriter, SketchFormatError } from './bytes.ts';
export { KLL_DEFAULT_K, type KllItemType, type KllOptions, KllSketch } from './kll.ts';
export { levelCapacity, normalizedRankError, totalCapacity } from './kll-capacity.ts';
