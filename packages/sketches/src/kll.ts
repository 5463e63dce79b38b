/**
 * The KLL quantiles sketch of Apache DataSketches (Karnin, Lang, Liberty 2016), bit-compatible with its
 * serialization, so sketches written by Spark (`kll_sketch_agg_double`, `kll_sketch_agg_bigint`), Druid
 * or the DataSketches Java, C++ and Python libraries are read here, and ours are read there.
 *
 * Layout (little-endian), as kll_sketch_impl.hpp / KllPreambleUtil define it:
 *   byte 0 preamble ints (2 for an empty or single-item sketch, 5 otherwise)
 *   byte 1 serial version (1 empty or full, 2 single item)   byte 2 family (15)   byte 3 flags
 *   bytes 4-5 k   byte 6 m   byte 7 unused
 *   empty: nothing more.  single item: the item.
 *   full: bytes 8-15 n, 16-17 min k, 18 number of levels L, 19 unused, then L uint32 level starts (the
 *   top level's end is implied: the total capacity for k, m and L), then min, max, and the retained
 *   items from the bottom level up.
 * Items are 8-byte doubles, 4-byte floats or 8-byte longs. All are held here as doubles: floats exactly,
 * longs exactly while within ±2^53 (a long beyond that is refused on reading, never rounded).
 */

import { ByteReader, ByteWriter, SketchFormatError } from './bytes.ts';
import { levelCapacity, normalizedRankError, totalCapacity } from './kll-capacity.ts';

export type KllItemType = 'double' | 'float' | 'long';

export const KLL_FAMILY = 15;
export const KLL_DEFAULT_K = 200;
const DEFAULT_M = 8;
const MIN_K = DEFAULT_M;
const MAX_K = 65535;
const FLAG_EMPTY = 1;
const FLAG_LEVEL_ZERO_SORTED = 2;
const FLAG_SINGLE_ITEM = 4;
const PREAMBLE_INTS_SHORT = 2;
const PREAMBLE_INTS_FULL = 5;
const SERIAL_VERSION_FULL = 1;
const SERIAL_VERSION_SINGLE = 2;

const ITEM_BYTES: Record<KllItemType, number> = { double: 8, float: 4, long: 8 };

export interface KllOptions {
  k?: number;
  itemType?: KllItemType;
  /** Source of the random bits compaction uses; seed it for reproducible sketches. Default Math.random. */
  random?: () => number;
}

export class KllSketch {
  readonly k: number;
  readonly m: number;
  readonly itemType: KllItemType;
  /** The smallest k of any sketch merged in; it sets the error bound. */
  minK: number;
  n = 0;
  numLevels = 1;
  /** Start of each level in `items`, bottom first, plus the end of the top level (the capacity). */
  levels: number[];
  items: Float64Array;
  min = Number.NaN;
  max = Number.NaN;
  levelZeroSorted = false;
  private readonly random: () => number;

  constructor(options: KllOptions = {}) {
    const k = options.k ?? KLL_DEFAULT_K;
    if (!Number.isInteger(k) || k < MIN_K || k > MAX_K) {
      throw new RangeError(`KLL k must be an integer from ${MIN_K} to ${MAX_K}, got ${k}`);
    }
    this.k = k;
    this.m = DEFAULT_M;
    this.minK = k;
    this.itemType = options.itemType ?? 'double';
    this.random = options.random ?? Math.random;
    this.levels = [k, k];
    this.items = new Float64Array(k);
  }

  isEmpty(): boolean {
    return this.n === 0;
  }

  /** Past the first compaction the sketch estimates; before it every item is kept. */
  isEstimationMode(): boolean {
    return this.numLevels > 1;
  }

  retained(): number {
    return this.levels[this.numLevels] - this.levels[0];
  }

  /** The normalised rank error of this sketch at 99% confidence (for a single rank, or the PMF). */
  rankError(pmf = false): number {
    return normalizedRankError(this.minK, pmf);
  }

  /** Adds one item. NaN is ignored, as DataSketches does; a float is rounded to single precision. */
  update(value: number): void {
    if (Number.isNaN(value)) return;
    const item = this.itemType === 'float' ? Math.fround(value) : value;
    if (this.itemType === 'long' && !Number.isSafeInteger(item)) {
      throw new RangeError(`a KLL sketch of longs takes integers within ±2^53, got ${value}`);
    }
    if (this.n === 0) {
      this.min = item;
      this.max = item;
    } else {
      if (item < this.min) this.min = item;
      if (item > this.max) this.max = item;
    }
    this.items[this.nextSlot()] = item;
  }

  /** Adds every item of `other` (same item type and m), so this becomes a sketch of the union. */
  merge(other: KllSketch): void {
    if (other.isEmpty()) return;
    if (other.itemType !== this.itemType) {
      throw new RangeError(`cannot merge a KLL sketch of ${other.itemType}s into one of ${this.itemType}s`);
    }
    if (other.m !== this.m) throw new RangeError(`cannot merge KLL sketches of m ${other.m} and ${this.m}`);
    if (this.isEmpty()) {
      this.min = other.min;
      this.max = other.max;
    } else {
      this.min = Math.min(this.min, other.min);
      this.max = Math.max(this.max, other.max);
    }
    const finalN = this.n + other.n;
    for (let i = other.levels[0]; i < other.levels[1]; i++) this.items[this.nextSlot()] = other.items[i];
    if (other.numLevels >= 2) this.mergeHigherLevels(other);
    this.n = finalN;
    if (other.isEstimationMode()) this.minK = Math.min(this.minK, other.minK);
  }

  /** The items with their weights (2^level), sorted by item: what rank and quantile queries read. */
  sortedView(): { items: Float64Array; cumulative: Float64Array } {
    const count = this.retained();
    const pairs = new Array<[number, number]>(count);
    let p = 0;
    for (let level = 0; level < this.numLevels; level++) {
      const weight = 2 ** level;
      for (let i = this.levels[level]; i < this.levels[level + 1]; i++) pairs[p++] = [this.items[i], weight];
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const items = new Float64Array(count);
    const cumulative = new Float64Array(count);
    let total = 0;
    for (let i = 0; i < count; i++) {
      items[i] = pairs[i][0];
      total += pairs[i][1];
      cumulative[i] = total;
    }
    return { items, cumulative };
  }

  /** Estimated share of items <= value (inclusive), in [0, 1]. NaN for an empty sketch. */
  rank(value: number): number {
    if (this.isEmpty()) return Number.NaN;
    const { items, cumulative } = this.sortedView();
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : cumulative[lo - 1] / this.n;
  }

  /**
   * The smallest retained item whose inclusive rank reaches `rank`; the exact min and max at ranks 0 and 1
   * (the sketch keeps both whatever it compacts); NaN for an empty sketch.
   */
  quantile(rank: number): number {
    if (!(rank >= 0 && rank <= 1)) throw new RangeError(`a rank is in [0, 1], got ${rank}`);
    if (this.isEmpty()) return Number.NaN;
    if (rank === 0) return this.min;
    if (rank === 1) return this.max;
    const { items, cumulative } = this.sortedView();
    const weight = Math.ceil(rank * this.n);
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < weight) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  }

  // ---- serialization ----

  serialize(): Uint8Array {
    const size = ITEM_BYTES[this.itemType];
    const out = new ByteWriter(8 + 12 + 4 * this.numLevels + size * (2 + this.retained()));
    const writeItem = (v: number) => {
      if (this.itemType === 'double') out.f64(v);
      else if (this.itemType === 'float') out.f32(v);
      else out.i64(BigInt(v));
    };
    const empty = this.isEmpty();
    const single = this.n === 1;
    const flags =
      (empty ? FLAG_EMPTY : 0) |
      (single ? FLAG_SINGLE_ITEM : 0) |
      (this.levelZeroSorted ? FLAG_LEVEL_ZERO_SORTED : 0);
    out
      .u8(empty || single ? PREAMBLE_INTS_SHORT : PREAMBLE_INTS_FULL)
      .u8(single ? SERIAL_VERSION_SINGLE : SERIAL_VERSION_FULL)
      .u8(KLL_FAMILY)
      .u8(flags)
      .u16(this.k)
      .u8(this.m)
      .u8(0);
    if (empty) return out.bytes();
    if (single) {
      writeItem(this.items[this.levels[0]]);
      return out.bytes();
    }
    out.i64(this.n).u16(this.minK).u8(this.numLevels).u8(0);
    for (let level = 0; level < this.numLevels; level++) out.u32(this.levels[level]);
    writeItem(this.min);
    writeItem(this.max);
    for (let i = this.levels[0]; i < this.levels[this.numLevels]; i++) writeItem(this.items[i]);
    return out.bytes();
  }

  static deserialize(bytes: Uint8Array, itemType: KllItemType, what = 'KLL sketch'): KllSketch {
    const r = new ByteReader(bytes, what);
    const preInts = r.u8(0, 'preamble ints');
    const serialVersion = r.u8(1, 'serial version');
    const family = r.u8(2, 'family');
    const flags = r.u8(3, 'flags');
    const k = r.u16(4, 'k');
    const m = r.u8(6, 'm');
    if (family !== KLL_FAMILY)
      throw new SketchFormatError(`${what}: family ${family} is not KLL (${KLL_FAMILY})`);
    if (m !== DEFAULT_M) throw new SketchFormatError(`${what}: m ${m} is not supported (only ${DEFAULT_M})`);
    if (k < MIN_K) throw new SketchFormatError(`${what}: k ${k} is below the minimum ${MIN_K}`);
    const empty = (flags & FLAG_EMPTY) !== 0;
    const single = (flags & FLAG_SINGLE_ITEM) !== 0;
    const expected = empty
      ? [PREAMBLE_INTS_SHORT, SERIAL_VERSION_FULL]
      : single
        ? [PREAMBLE_INTS_SHORT, SERIAL_VERSION_SINGLE]
        : [PREAMBLE_INTS_FULL, SERIAL_VERSION_FULL];
    if (preInts !== expected[0] || serialVersion !== expected[1]) {
      throw new SketchFormatError(
        `${what}: preamble ints ${preInts} and serial version ${serialVersion} do not fit its flags (expected ${expected[0]} and ${expected[1]})`,
      );
    }
    const sketch = new KllSketch({ k, itemType });
    sketch.levelZeroSorted = (flags & FLAG_LEVEL_ZERO_SORTED) !== 0;
    const size = ITEM_BYTES[itemType];
    const readItem = (offset: number, field: string): number => {
      if (itemType === 'double') return r.f64(offset, field);
      if (itemType === 'float') return r.f32(offset, field);
      return r.safeI64(offset, field);
    };
    if (empty) return sketch;
    if (single) {
      const item = readItem(8, 'the single item');
      sketch.n = 1;
      sketch.min = item;
      sketch.max = item;
      sketch.levels = [k - 1, k];
      sketch.items[k - 1] = item;
      return sketch;
    }
    const n = r.safeI64(8, 'n');
    const minK = r.u16(16, 'min k');
    const numLevels = r.u8(18, 'number of levels');
    if (numLevels < 1) throw new SketchFormatError(`${what}: a full sketch has at least one level, found 0`);
    const capacity = totalCapacity(k, m, numLevels);
    const levels: number[] = [];
    for (let level = 0; level < numLevels; level++)
      levels.push(r.u32(20 + 4 * level, `level ${level} start`));
    levels.push(capacity);
    for (let level = 0; level < numLevels; level++) {
      if (levels[level] > levels[level + 1]) {
        throw new SketchFormatError(
          `${what}: level ${level} starts after the next level (${levels[level]} > ${levels[level + 1]})`,
        );
      }
    }
    let offset = 20 + 4 * numLevels;
    sketch.min = readItem(offset, 'min');
    sketch.max = readItem(offset + size, 'max');
    offset += 2 * size;
    const items = new Float64Array(capacity);
    let weight = 0;
    for (let level = 0; level < numLevels; level++) {
      for (let i = levels[level]; i < levels[level + 1]; i++) {
        items[i] = readItem(offset, `item ${i - levels[0]}`);
        offset += size;
      }
      weight += (levels[level + 1] - levels[level]) * 2 ** level;
    }
    if (offset !== bytes.byteLength) {
      throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the last item`);
    }
    if (weight !== n) {
      throw new SketchFormatError(`${what}: the retained items weigh ${weight}, but n is ${n}`);
    }
    sketch.n = n;
    sketch.minK = minK;
    sketch.numLevels = numLevels;
    sketch.levels = levels;
    sketch.items = items;
    return sketch;
  }

  // ---- compaction, as DataSketches does it, so that our sketches keep its invariants ----

  /** Makes room at the bottom level if needed, counts the item and returns the slot it goes to. */
  private nextSlot(): number {
    if (this.levels[0] === 0) this.compressWhileUpdating();
    this.n++;
    this.levelZeroSorted = false;
    this.levels[0]--;
    return this.levels[0];
  }

  private randomBit(): number {
    return this.random() < 0.5 ? 0 : 1;
  }

  private compressWhileUpdating(): void {
    const level = this.levelToCompact();
    if (level === this.numLevels - 1) this.addEmptyTopLevel();
    const levels = this.levels;
    const items = this.items;
    const rawBeg = levels[level];
    const rawEnd = levels[level + 1];
    const popAbove = levels[level + 2] - rawEnd;
    const rawPop = rawEnd - rawBeg;
    const oddPop = rawPop % 2 === 1;
    const adjBeg = oddPop ? rawBeg + 1 : rawBeg;
    const adjPop = oddPop ? rawPop - 1 : rawPop;
    const halfAdjPop = adjPop / 2;
    if (level === 0 && !this.levelZeroSorted) items.subarray(adjBeg, adjBeg + adjPop).sort();
    if (popAbove === 0) {
      halveUp(items, adjBeg, adjPop, this.randomBit());
    } else {
      halveDown(items, adjBeg, adjPop, this.randomBit());
      mergeSortedInPlace(items, adjBeg, halfAdjPop, rawEnd, popAbove, adjBeg + halfAdjPop);
    }
    levels[level + 1] -= halfAdjPop;
    if (oddPop) {
      levels[level] = levels[level + 1] - 1;
      items[levels[level]] = items[rawBeg];
    } else {
      levels[level] = levels[level + 1];
    }
    if (level > 0) {
      const amount = rawBeg - levels[0];
      items.copyWithin(levels[0] + halfAdjPop, levels[0], levels[0] + amount);
      for (let lvl = 0; lvl < level; lvl++) levels[lvl] += halfAdjPop;
    }
  }

  private levelToCompact(): number {
    for (let level = 0; ; level++) {
      const pop = this.levels[level + 1] - this.levels[level];
      if (pop >= levelCapacity(this.k, this.numLevels, level, this.m)) return level;
    }
  }

  private addEmptyTopLevel(): void {
    const current = this.levels[this.numLevels];
    const delta = levelCapacity(this.k, this.numLevels + 1, 0, this.m);
    const grown = new Float64Array(current + delta);
    grown.set(this.items.subarray(this.levels[0], current), this.levels[0] + delta);
    this.items = grown;
    for (let i = 0; i <= this.numLevels; i++) this.levels[i] += delta;
    this.levels.push(current + delta);
    this.numLevels++;
  }

  private levelSize(level: number): number {
    return level >= this.numLevels ? 0 : this.levels[level + 1] - this.levels[level];
  }

  /** Merges levels 1 and up of `other` into this (level 0 was added item by item), then compacts. */
  private mergeHigherLevels(other: KllSketch): void {
    const provisional = Math.max(this.numLevels, other.numLevels);
    const work = new Float64Array(this.retained() + (other.retained() - other.levelSize(0)) + 1);
    const inLevels = new Array<number>(provisional + 2).fill(0);
    const zero = this.levelSize(0);
    work.set(this.items.subarray(this.levels[0], this.levels[0] + zero), 0);
    inLevels[1] = zero;
    for (let level = 1; level < provisional; level++) {
      const mine = this.levelSize(level);
      const theirs = other.levelSize(level);
      const at = inLevels[level];
      inLevels[level + 1] = at + mine + theirs;
      mergeSorted(
        this.items.subarray(this.levels[level] ?? 0, (this.levels[level] ?? 0) + mine),
        other.items.subarray(other.levels[level] ?? 0, (other.levels[level] ?? 0) + theirs),
        work,
        at,
      );
    }
    const result = generalCompress(this.k, this.m, provisional, work, inLevels, this.levelZeroSorted, () =>
      this.randomBit(),
    );
    const items = new Float64Array(result.capacity);
    const freeAtBottom = result.capacity - result.count;
    items.set(work.subarray(result.outLevels[0], result.outLevels[0] + result.count), freeAtBottom);
    const shift = freeAtBottom - result.outLevels[0];
    this.items = items;
    this.levels = result.outLevels.slice(0, result.numLevels + 1).map((start) => start + shift);
    this.numLevels = result.numLevels;
  }
}

/** Keeps every other item of a sorted run, starting at a random one of the first two, packed at the top. */
function halveUp(items: Float64Array, start: number, length: number, offset: number): void {
  const half = length / 2;
  let j = start + length - 1 - offset;
  for (let i = start + length - 1; i >= start + half; i--) {
    items[i] = items[j];
    j -= 2;
  }
}

/** Keeps every other item of a sorted run, starting at a random one of the first two, packed at the bottom. */
function halveDown(items: Float64Array, start: number, length: number, offset: number): void {
  const half = length / 2;
  let j = start + offset;
  for (let i = start; i < start + half; i++) {
    items[i] = items[j];
    j += 2;
  }
}

/** Merges two sorted runs of one buffer into a third place of it that never overtakes unread items. */
function mergeSortedInPlace(
  items: Float64Array,
  startA: number,
  lengthA: number,
  startB: number,
  lengthB: number,
  startC: number,
): void {
  const endA = startA + lengthA;
  const endB = startB + lengthB;
  let a = startA;
  let b = startB;
  let c = startC;
  while (a < endA && b < endB) items[c++] = items[a] <= items[b] ? items[a++] : items[b++];
  while (a < endA) items[c++] = items[a++];
  while (b < endB) items[c++] = items[b++];
}

function mergeSorted(a: Float64Array, b: Float64Array, out: Float64Array, at: number): void {
  let i = 0;
  let j = 0;
  let c = at;
  while (i < a.length && j < b.length) out[c++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[c++] = a[i++];
  while (j < b.length) out[c++] = b[j++];
}

/**
 * DataSketches' general compression: walks the levels bottom up and compacts each level that is over
 * its capacity while the sketch as a whole is over its capacity, adding levels as the top overflows.
 */
function generalCompress(
  k: number,
  m: number,
  numLevelsIn: number,
  items: Float64Array,
  inLevels: number[],
  levelZeroSorted: boolean,
  randomBit: () => number,
): { numLevels: number; capacity: number; count: number; outLevels: number[] } {
  let numLevels = numLevelsIn;
  let count = inLevels[numLevels] - inLevels[0];
  let target = totalCapacity(k, m, numLevels);
  const outLevels: number[] = [0];
  for (let level = 0; ; level++) {
    if (level === numLevels - 1) inLevels[level + 2] = inLevels[level + 1];
    const rawBeg = inLevels[level];
    const rawLim = inLevels[level + 1];
    const rawPop = rawLim - rawBeg;
    if (count < target || rawPop < levelCapacity(k, numLevels, level, m)) {
      items.copyWithin(outLevels[level], rawBeg, rawLim);
      outLevels[level + 1] = outLevels[level] + rawPop;
    } else {
      const popAbove = inLevels[level + 2] - rawLim;
      const oddPop = rawPop % 2 === 1;
      const adjBeg = oddPop ? rawBeg + 1 : rawBeg;
      const adjPop = oddPop ? rawPop - 1 : rawPop;
      const halfAdjPop = adjPop / 2;
      if (oddPop) {
        items[outLevels[level]] = items[rawBeg];
        outLevels[level + 1] = outLevels[level] + 1;
      } else {
        outLevels[level + 1] = outLevels[level];
      }
      if (level === 0 && !levelZeroSorted) items.subarray(adjBeg, adjBeg + adjPop).sort();
      if (popAbove === 0) {
        halveUp(items, adjBeg, adjPop, randomBit());
      } else {
        halveDown(items, adjBeg, adjPop, randomBit());
        mergeSortedInPlace(items, adjBeg, halfAdjPop, rawLim, popAbove, adjBeg + halfAdjPop);
      }
      count -= halfAdjPop;
      inLevels[level + 1] -= halfAdjPop;
      if (level === numLevels - 1) {
        numLevels++;
        target += levelCapacity(k, numLevels, 0, m);
      }
    }
    if (level === numLevels - 1) break;
  }
  return { numLevels, capacity: target, count, outLevels };
}
