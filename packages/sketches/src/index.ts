export { ByteReader, ByteWriter, SketchFormatError } from './bytes.ts';
export { FREQUENT_ITEMS_FAMILY, FrequentItemsSketch, type FrequentItemType } from './frequent-items.ts';
export { KLL_DEFAULT_K, type KllItemType, type KllOptions, KllSketch } from './kll.ts';
export { levelCapacity, normalizedRankError, totalCapacity } from './kll-capacity.ts';
