/**
 * The frequent items sketch of Apache DataSketches (Misra-Gries with a reverse-purge map), bit-compatible
 * with its serialization, for longs and UTF-8 strings: what a category column's heavy hitters look like
 * once there are too many distinct values to count exactly.
 *
 * Layout (little-endian), as frequent_items_sketch_impl.hpp / frequencies PreambleUtil define it:
 *   byte 0 preamble longs (1 empty, 4 otherwise)   byte 1 serial version (1)   byte 2 family (10)
 *   byte 3 lg of the maximum map size   byte 4 lg of the current map size   byte 5 flags (empty: 5)
 *   bytes 6-7 unused; empty: nothing more.
 *   bytes 8-11 number of active items A, 12-15 unused, 16-23 total stream weight, 24-31 offset (the
 *   maximum error), then A weights (int64), then A items (int64, or uint32 length + UTF-8 bytes).
 * Entries keep the order they were read in, so a decoded sketch encodes back to the same bytes.
 */

import { ByteReader, ByteWriter, SketchFormatError } from './bytes.ts';

export type FrequentItemType = 'long' | 'string';
type Key<T extends FrequentItemType> = T extends 'long' ? bigint : string;

export const FREQUENT_ITEMS_FAMILY = 10;
const SERIAL_VERSION = 1;
const PREAMBLE_LONGS_EMPTY = 1;
const PREAMBLE_LONGS_FULL = 4;
const FLAG_EMPTY = 5;
const LG_MIN_MAP_SIZE = 3;
const LOAD_FACTOR = 0.75;
const SAMPLE_SIZE = 1024;

export class FrequentItemsSketch<T extends FrequentItemType> {
  readonly itemType: T;
  readonly lgMaxMapSize: number;
  lgCurMapSize = LG_MIN_MAP_SIZE;
  /** Total weight of every update, kept or purged. */
  streamWeight = 0;
  /** Sum of the weights purged from every kept item: the largest amount any estimate can be off by. */
  offset = 0;
  readonly entries = new Map<Key<T>, number>();

  constructor(itemType: T, lgMaxMapSize = 6) {
    if (!Number.isInteger(lgMaxMapSize) || lgMaxMapSize < LG_MIN_MAP_SIZE || lgMaxMapSize > 30) {
      throw new RangeError(`lg of the maximum map size must be an integer from 3 to 30, got ${lgMaxMapSize}`);
    }
    this.itemType = itemType;
    this.lgMaxMapSize = lgMaxMapSize;
  }

  isEmpty(): boolean {
    return this.entries.size === 0;
  }

  /** How many items the map holds at most before it purges. */
  maximumMapCapacity(): number {
    return Math.floor(LOAD_FACTOR * 2 ** this.lgMaxMapSize);
  }

  update(item: Key<T>, weight = 1): void {
    if (!Number.isSafeInteger(weight) || weight < 0)
      throw new RangeError(`a weight is a whole number >= 0, got ${weight}`);
    if (weight === 0) return;
    this.streamWeight += weight;
    this.entries.set(item, (this.entries.get(item) ?? 0) + weight);
    if (this.entries.size > Math.floor(LOAD_FACTOR * 2 ** this.lgCurMapSize)) {
      if (this.lgCurMapSize < this.lgMaxMapSize) this.lgCurMapSize++;
      else this.offset += this.purge();
    }
  }

  /** Adds `other`'s items and its error, so this estimates the union of both streams. */
  merge(other: FrequentItemsSketch<T>): void {
    if (other.itemType !== this.itemType)
      throw new RangeError('cannot merge frequent items sketches of different item types');
    if (other.isEmpty()) return;
    const streamWeight = this.streamWeight + other.streamWeight;
    for (const [item, weight] of other.entries) this.update(item, weight);
    this.offset += other.offset;
    this.streamWeight = streamWeight;
  }

  /** Subtracts the median of (up to 1,024) kept weights from every weight and drops those left at 0 or below. */
  private purge(): number {
    const sample = [...this.entries.values()].slice(0, Math.min(SAMPLE_SIZE, this.maximumMapCapacity()));
    sample.sort((a, b) => a - b);
    const median = sample[Math.floor(sample.length / 2)];
    for (const [item, weight] of this.entries) {
      if (weight <= median) this.entries.delete(item);
      else this.entries.set(item, weight - median);
    }
    return median;
  }

  /** Estimated weight of `item`: its kept weight plus the maximum error; 0 if it is not kept. */
  estimate(item: Key<T>): number {
    const weight = this.entries.get(item);
    return weight === undefined ? 0 : weight + this.offset;
  }

  lowerBound(item: Key<T>): number {
    return this.entries.get(item) ?? 0;
  }

  upperBound(item: Key<T>): number {
    return (this.entries.get(item) ?? 0) + this.offset;
  }

  maximumError(): number {
    return this.offset;
  }

  /**
   * Items whose weight may exceed `threshold` (default the maximum error), heaviest first:
   * 'no-false-positives' keeps those whose lower bound exceeds it, 'no-false-negatives' those whose
   * upper bound does.
   */
  frequentItems(
    errorType: 'no-false-positives' | 'no-false-negatives',
    threshold = this.offset,
  ): { item: Key<T>; estimate: number; lowerBound: number; upperBound: number }[] {
    const rows = [];
    for (const [item, weight] of this.entries) {
      const bound = errorType === 'no-false-positives' ? weight : weight + this.offset;
      if (bound > threshold)
        rows.push({
          item,
          estimate: weight + this.offset,
          lowerBound: weight,
          upperBound: weight + this.offset,
        });
    }
    return rows.sort((a, b) => b.estimate - a.estimate);
  }

  serialize(): Uint8Array {
    const out = new ByteWriter();
    const empty = this.isEmpty();
    out
      .u8(empty ? PREAMBLE_LONGS_EMPTY : PREAMBLE_LONGS_FULL)
      .u8(SERIAL_VERSION)
      .u8(FREQUENT_ITEMS_FAMILY)
      .u8(this.lgMaxMapSize)
      .u8(this.lgCurMapSize)
      .u8(empty ? FLAG_EMPTY : 0)
      .u16(0);
    if (empty) return out.bytes();
    out.u32(this.entries.size).u32(0).i64(this.streamWeight).i64(this.offset);
    for (const weight of this.entries.values()) out.i64(weight);
    const encoder = new TextEncoder();
    for (const item of this.entries.keys()) {
      if (this.itemType === 'long') out.i64(item as bigint);
      else {
        const utf8 = encoder.encode(item as string);
        out.u32(utf8.byteLength).raw(utf8);
      }
    }
    return out.bytes();
  }

  static deserialize<T extends FrequentItemType>(
    bytes: Uint8Array,
    itemType: T,
    what = 'frequent items sketch',
  ): FrequentItemsSketch<T> {
    const r = new ByteReader(bytes, what);
    const preLongs = r.u8(0, 'preamble longs');
    const serialVersion = r.u8(1, 'serial version');
    const family = r.u8(2, 'family');
    const lgMax = r.u8(3, 'lg max map size');
    const lgCur = r.u8(4, 'lg current map size');
    const flags = r.u8(5, 'flags');
    if (family !== FREQUENT_ITEMS_FAMILY) {
      throw new SketchFormatError(
        `${what}: family ${family} is not frequent items (${FREQUENT_ITEMS_FAMILY})`,
      );
    }
    if (serialVersion !== SERIAL_VERSION)
      throw new SketchFormatError(`${what}: serial version ${serialVersion} is not 1`);
    if (lgCur > lgMax || lgCur < LG_MIN_MAP_SIZE) {
      throw new SketchFormatError(`${what}: lg current map size ${lgCur} is outside 3..${lgMax}`);
    }
    const sketch = new FrequentItemsSketch(itemType, lgMax);
    sketch.lgCurMapSize = lgCur;
    const empty = (flags & FLAG_EMPTY) !== 0;
    if (preLongs !== (empty ? PREAMBLE_LONGS_EMPTY : PREAMBLE_LONGS_FULL)) {
      throw new SketchFormatError(
        `${what}: preamble longs ${preLongs} does not fit an ${empty ? 'empty' : 'non-empty'} sketch`,
      );
    }
    if (empty) return sketch;
    const active = r.u32(8, 'number of active items');
    if (active > Math.floor(LOAD_FACTOR * 2 ** lgCur)) {
      throw new SketchFormatError(`${what}: ${active} active items do not fit a map of size 2^${lgCur}`);
    }
    sketch.streamWeight = r.safeI64(16, 'stream weight');
    sketch.offset = r.safeI64(24, 'offset');
    const weights: number[] = [];
    let offset = 32;
    for (let i = 0; i < active; i++, offset += 8) weights.push(r.safeI64(offset, `weight ${i}`));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < active; i++) {
      let item: Key<T>;
      if (itemType === 'long') {
        item = r.i64(offset, `item ${i}`) as Key<T>;
        offset += 8;
      } else {
        const length = r.u32(offset, `length of item ${i}`);
        r.need(offset + 4, length, `item ${i}`);
        try {
          item = decoder.decode(bytes.subarray(offset + 4, offset + 4 + length)) as Key<T>;
        } catch {
          throw new SketchFormatError(`${what}: item ${i} is not valid UTF-8`);
        }
        offset += 4 + length;
      }
      if (sketch.entries.has(item)) throw new SketchFormatError(`${what}: item ${i} appears twice`);
      sketch.entries.set(item, weights[i]);
    }
    if (offset !== bytes.byteLength)
      throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the last item`);
    return sketch;
  }
}
