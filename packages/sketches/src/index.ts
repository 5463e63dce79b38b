export { ByteReader, ByteWriter, SketchFormatError } from './bytes.ts';
export { FREQUENT_ITEMS_FAMILY, FrequentItemsSketch, type FrequentItemType } from './frequent-items.ts';
export { HLL_FAMILY, HllSketch, type HllType } from './hll.ts';
export { KLL_DEFAULT_K, type KllItemType, type KllOptions, KllSketch } from './kll.ts';
export { levelCapacity, normalizedRankError, totalCapacity } from './kll-capacity.ts';
export { DEFAULT_UPDATE_SEED, murmur3LongWords, murmur3Words } from './murmur3.ts';
