/**
 * The HyperLogLog distinct-count sketch of Apache DataSketches, bit-compatible with its serialization:
 * what Spark's `hll_sketch_agg`, Druid and the DataSketches libraries write, in all three register widths
 * (HLL_4, HLL_6, HLL_8) and the two sparse modes small sketches use (LIST, SET of 32-bit coupons).
 *
 * An item is hashed with MurmurHash3 x64 128 (seed 9001); its coupon is the low 26 bits of the first half
 * (the address) and 1 + the leading zeros of the second half, at most 63 (the value), as value << 26 |
 * address. In HLL mode register (address mod K) keeps the largest value seen.
 *
 * Layout (little-endian), as DataSketches' HLL PreambleUtil defines it:
 *   byte 0 preamble ints (2 LIST, 3 SET, 10 HLL)  byte 1 serial version (1)  byte 2 family (7)
 *   byte 3 lg K  byte 4 lg of the coupon array (LIST, SET) or of the HLL_4 exceptions map
 *   byte 5 flags (4 empty, 8 compact, 16 out of order)  byte 6 LIST: coupon count; HLL: current minimum
 *   byte 7 mode (bits 0-1: LIST, SET, HLL) and target type (bits 2-3: HLL_4, HLL_6, HLL_8)
 *   LIST: the coupons.  SET: bytes 8-11 coupon count, then the coupons (compact: only the filled slots).
 *   HLL: bytes 8-15 HIP accumulator, 16-23 and 24-31 the two halves of K·q, 32-35 registers at the
 *   current minimum, 36-39 exceptions, then the registers (HLL_4: a nibble each, low nibble first, value
 *   − current minimum, 15 meaning "see the exceptions"; HLL_6: 6 bits each, packed little-endian, plus one
 *   byte; HLL_8: a byte each), then the HLL_4 exceptions (value << 26 | register).
 * A decoded sketch keeps what it read (flags, HIP fields, exception order), so it encodes back to the
 * same bytes.
 */

import { ByteReader, ByteWriter, SketchFormatError } from './bytes.ts';
import { DEFAULT_UPDATE_SEED, murmur3LongWords, murmur3Words } from './murmur3.ts';

export type HllType = 'HLL_4' | 'HLL_6' | 'HLL_8';
type Mode = 'LIST' | 'SET' | 'HLL';

export const HLL_FAMILY = 7;
const MODES: Mode[] = ['LIST', 'SET', 'HLL'];
const TYPES: HllType[] = ['HLL_4', 'HLL_6', 'HLL_8'];
const PREAMBLE_INTS: Record<Mode, number> = { LIST: 2, SET: 3, HLL: 10 };
const FLAG_EMPTY = 4;
const FLAG_COMPACT = 8;
const FLAG_OUT_OF_ORDER = 16;
const KEY_MASK_26 = (1 << 26) - 1;
const AUX_TOKEN = 15;
const LG_INIT_LIST = 3;
const LG_INIT_SET = 5;
const HLL_HEADER = 40;
const encoder = new TextEncoder();
/** Initial lg size of the HLL_4 exceptions map, by lg K (DataSketches' table). */
const LG_AUX_ARR_INTS = [0, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13];

export class HllSketch {
  readonly lgK: number;
  readonly type: HllType;
  mode: Mode = 'LIST';
  /** LIST: coupons in arrival order; SET: the open-addressing table (0 = empty slot). */
  coupons: Int32Array;
  lgArr = LG_INIT_LIST;
  couponCount = 0;
  /** HLL mode: every register's value (not relative to the current minimum). */
  registers: Uint8Array | null = null;
  hipAccum = 0;
  kxq0 = 0;
  kxq1 = 0;
  outOfOrder = false;
  /** What a decoded sketch read, kept so that it encodes back to the same bytes. */
  private readFlags: number | null = null;
  private readAuxLgArr: number | null = null;
  private readAuxOrder: number[] | null = null;
  private readCoupons: number[] | null = null;

  constructor(lgK = 12, type: HllType = 'HLL_4') {
    if (!Number.isInteger(lgK) || lgK < 4 || lgK > 21)
      throw new RangeError(`HLL lg K must be from 4 to 21, got ${lgK}`);
    this.lgK = lgK;
    this.type = type;
    this.coupons = new Int32Array(1 << LG_INIT_LIST);
  }

  get k(): number {
    return 1 << this.lgK;
  }

  isEmpty(): boolean {
    return this.mode !== 'HLL' && this.couponCount === 0;
  }

  /** Adds an integer item, hashed as DataSketches hashes a long. */
  updateLong(value: bigint | number, seed = DEFAULT_UPDATE_SEED): void {
    this.hashUpdate(murmur3LongWords(value, seed));
  }

  /** Adds a string item, hashed as DataSketches hashes one: its UTF-8 bytes. Empty strings are ignored, as there. */
  updateString(value: string, seed = DEFAULT_UPDATE_SEED): void {
    if (value === '') return;
    this.updateBytes(encoder.encode(value), seed);
  }

  updateBytes(bytes: Uint8Array, seed = DEFAULT_UPDATE_SEED): void {
    if (bytes.byteLength === 0) return;
    this.hashUpdate(murmur3Words(bytes, seed));
  }

  private hashUpdate([, h1Low, h2High, h2Low]: [number, number, number, number]): void {
    const leadingZeros = h2High !== 0 ? Math.clz32(h2High) : 32 + Math.clz32(h2Low);
    this.couponUpdate(((Math.min(leadingZeros, 62) + 1) << 26) | (h1Low & KEY_MASK_26));
  }

  couponUpdate(coupon: number): void {
    this.forgetReadLayout();
    if (this.mode === 'HLL') {
      this.registerUpdate(coupon & (this.k - 1), coupon >>> 26, true);
      return;
    }
    if (this.mode === 'LIST') {
      for (let i = 0; i < this.couponCount; i++) if (this.coupons[i] === coupon) return;
      this.coupons[this.couponCount++] = coupon;
      if (this.couponCount === this.coupons.length) {
        if (this.lgK < 8) this.promoteToHll();
        else this.rebuildSet(LG_INIT_SET);
      }
      return;
    }
    const at = findSlot(this.coupons, this.lgArr, coupon);
    if (at >= 0) return;
    this.coupons[~at] = coupon;
    this.couponCount++;
    if (4 * this.couponCount > 3 * this.coupons.length) {
      if (this.lgArr === this.lgK - 3) this.promoteToHll();
      else this.rebuildSet(this.lgArr + 1);
    }
  }

  /**
   * Makes this a sketch of the union of both inputs' items. `other` may have a larger lg K: its registers
   * fold onto this one's (register i onto i mod K), as DataSketches' union downsamples.
   */
  merge(other: HllSketch): void {
    if (other.lgK < this.lgK) {
      throw new RangeError(
        `cannot merge an HLL sketch of lg K ${other.lgK} into one of lg K ${this.lgK}; merge into the smaller`,
      );
    }
    if (other.mode !== 'HLL') {
      for (const coupon of other.couponList()) this.couponUpdate(coupon);
      return;
    }
    if (this.mode !== 'HLL') this.promoteToHll();
    this.forgetReadLayout();
    const mine = this.registers as Uint8Array;
    const theirs = other.registers as Uint8Array;
    const mask = mine.length - 1;
    for (let slot = 0; slot < theirs.length; slot++) {
      if (theirs[slot] > mine[slot & mask]) this.registerUpdate(slot & mask, theirs[slot], false);
    }
    // Another sketch's history is not this one's: the HIP estimate no longer applies.
    this.outOfOrder = true;
  }

  /** The coupons of a LIST or SET sketch, in the order they are serialized. */
  couponList(): number[] {
    if (this.mode === 'LIST') return Array.from(this.coupons.subarray(0, this.couponCount));
    return Array.from(this.coupons).filter((c) => c !== 0);
  }

  /**
   * The distinct-count estimate: the coupon count (corrected for collisions among 2^26 addresses) in the
   * sparse modes; in HLL mode the HIP estimate of a sketch updated in order, or, after a merge, Ertl's
   * improved estimator (2017), which needs no empirical bias tables.
   */
  estimate(): number {
    if (this.mode !== 'HLL') {
      const space = 2 ** 26;
      return Math.max(this.couponCount, -space * Math.log1p(-this.couponCount / space));
    }
    if (!this.outOfOrder) return this.hipAccum;
    return improvedEstimate(this.registers as Uint8Array);
  }

  /** Relative standard error of the estimate (HIP: 0.836/√K, otherwise 1.04/√K); 0 in the sparse modes. */
  relativeError(): number {
    if (this.mode !== 'HLL') return 0;
    return (this.outOfOrder ? 1.04 : 0.836) / Math.sqrt(this.k);
  }

  // ---- modes ----

  private rebuildSet(lgArr: number): void {
    const old = this.couponList();
    this.mode = 'SET';
    this.lgArr = lgArr;
    this.coupons = new Int32Array(1 << lgArr);
    for (const coupon of old) this.coupons[~findSlot(this.coupons, lgArr, coupon)] = coupon;
  }

  private promoteToHll(): void {
    const coupons = this.couponList();
    const estimate = this.estimate();
    this.mode = 'HLL';
    this.registers = new Uint8Array(this.k);
    this.kxq0 = this.k;
    this.kxq1 = 0;
    for (const coupon of coupons) this.registerUpdate(coupon & (this.k - 1), coupon >>> 26, true);
    // DataSketches starts the HIP accumulator at the sparse estimate when it promotes.
    this.hipAccum = estimate;
    this.outOfOrder = false;
    this.coupons = new Int32Array(0);
    this.couponCount = 0;
    this.lgArr = 0;
  }

  private registerUpdate(slot: number, value: number, hip: boolean): void {
    const registers = this.registers as Uint8Array;
    const old = registers[slot];
    if (value <= old) return;
    if (hip) this.hipAccum += this.k / (this.kxq0 + this.kxq1);
    if (old < 32) this.kxq0 -= 2 ** -old;
    else this.kxq1 -= 2 ** -old;
    if (value < 32) this.kxq0 += 2 ** -value;
    else this.kxq1 += 2 ** -value;
    registers[slot] = value;
  }

  private forgetReadLayout(): void {
    this.readFlags = null;
    this.readAuxLgArr = null;
    this.readAuxOrder = null;
    this.readCoupons = null;
  }

  // ---- serialization ----

  serialize(): Uint8Array {
    const out = new ByteWriter();
    const empty = this.isEmpty();
    const flags =
      this.readFlags ??
      (empty ? FLAG_EMPTY | FLAG_COMPACT : FLAG_COMPACT) | (this.outOfOrder ? FLAG_OUT_OF_ORDER : 0);
    const modeByte = MODES.indexOf(this.mode) | (TYPES.indexOf(this.type) << 2);
    if (this.mode !== 'HLL') {
      out.u8(PREAMBLE_INTS[this.mode]).u8(1).u8(HLL_FAMILY).u8(this.lgK).u8(this.lgArr).u8(flags);
      out.u8(this.mode === 'LIST' ? this.couponCount : 0).u8(modeByte);
      if (this.mode === 'SET') out.u32(this.couponCount);
      for (const coupon of this.readCoupons ?? this.couponList()) out.i32(coupon);
      return out.bytes();
    }
    const registers = this.registers as Uint8Array;
    const hll4 = this.type === 'HLL_4';
    let curMin = 0;
    if (hll4) {
      curMin = 255;
      for (const v of registers) if (v < curMin) curMin = v;
    }
    let atCurMin = 0;
    for (const v of registers) if (v === curMin) atCurMin++;
    const exceptions: number[] = [];
    if (hll4) {
      const order = this.readAuxOrder ?? registers.keys();
      for (const slot of order) if (registers[slot] - curMin >= AUX_TOKEN) exceptions.push(slot);
    }
    let auxLgArr = this.readAuxLgArr ?? 0;
    if (this.readAuxLgArr === null && exceptions.length > 0) {
      auxLgArr = LG_AUX_ARR_INTS[this.lgK];
      while (4 * exceptions.length > 3 * 2 ** auxLgArr) auxLgArr++;
    }
    out
      .u8(PREAMBLE_INTS.HLL)
      .u8(1)
      .u8(HLL_FAMILY)
      .u8(this.lgK)
      .u8(auxLgArr)
      .u8(flags)
      .u8(curMin)
      .u8(modeByte);
    out.f64(this.hipAccum).f64(this.kxq0).f64(this.kxq1).u32(atCurMin).u32(exceptions.length);
    out.raw(packRegisters(registers, this.type, curMin));
    for (const slot of exceptions) out.i32((registers[slot] << 26) | slot);
    return out.bytes();
  }

  static deserialize(bytes: Uint8Array, what = 'HLL sketch'): HllSketch {
    const r = new ByteReader(bytes, what);
    const preInts = r.u8(0, 'preamble ints');
    const serialVersion = r.u8(1, 'serial version');
    const family = r.u8(2, 'family');
    const lgK = r.u8(3, 'lg K');
    const lgArr = r.u8(4, 'lg array size');
    const flags = r.u8(5, 'flags');
    const byte6 = r.u8(6, 'list count or current minimum');
    const modeByte = r.u8(7, 'mode');
    if (family !== HLL_FAMILY)
      throw new SketchFormatError(`${what}: family ${family} is not HLL (${HLL_FAMILY})`);
    if (serialVersion !== 1) throw new SketchFormatError(`${what}: serial version ${serialVersion} is not 1`);
    if (lgK < 4 || lgK > 21) throw new SketchFormatError(`${what}: lg K ${lgK} is outside 4..21`);
    const mode = MODES[modeByte & 3];
    const type = TYPES[(modeByte >> 2) & 3];
    if (!mode || !type) throw new SketchFormatError(`${what}: mode byte ${modeByte} names no mode and type`);
    if (preInts !== PREAMBLE_INTS[mode]) {
      throw new SketchFormatError(
        `${what}: preamble ints ${preInts} do not fit ${mode} mode (${PREAMBLE_INTS[mode]})`,
      );
    }
    if ((flags & 1) !== 0) throw new SketchFormatError(`${what}: big-endian sketches are not supported`);
    const sketch = new HllSketch(lgK, type);
    sketch.readFlags = flags;
    sketch.outOfOrder = (flags & FLAG_OUT_OF_ORDER) !== 0;
    if (mode !== 'HLL') {
      const compact = (flags & FLAG_COMPACT) !== 0;
      const count = mode === 'LIST' ? byte6 : r.u32(8, 'coupon count');
      const start = mode === 'LIST' ? 8 : 12;
      const stored = compact ? count : 1 << lgArr;
      if (lgArr > 26 || count > 1 << lgArr) {
        throw new SketchFormatError(`${what}: ${count} coupons do not fit an array of 2^${lgArr}`);
      }
      sketch.mode = mode;
      sketch.lgArr = lgArr;
      sketch.coupons = new Int32Array(1 << lgArr);
      const read: number[] = [];
      for (let i = 0; i < stored; i++) {
        const coupon = r.i32(start + 4 * i, `coupon ${i}`);
        if (coupon !== 0) read.push(coupon);
      }
      if (read.length !== count)
        throw new SketchFormatError(`${what}: ${read.length} coupons found, ${count} announced`);
      if (mode === 'LIST') sketch.coupons.set(read);
      else for (const coupon of read) sketch.coupons[~findSlot(sketch.coupons, lgArr, coupon)] = coupon;
      sketch.couponCount = count;
      sketch.readCoupons = read;
      if (start + 4 * stored !== bytes.byteLength) {
        throw new SketchFormatError(
          `${what}: ${bytes.byteLength - start - 4 * stored} bytes more than the coupons need`,
        );
      }
      return sketch;
    }
    sketch.mode = 'HLL';
    sketch.lgArr = 0;
    sketch.coupons = new Int32Array(0);
    sketch.hipAccum = r.f64(8, 'HIP accumulator');
    sketch.kxq0 = r.f64(16, 'kxq0');
    sketch.kxq1 = r.f64(24, 'kxq1');
    const auxCount = r.u32(36, 'exception count');
    const k = 1 << lgK;
    const size = packedSize(k, type);
    r.need(HLL_HEADER, size, 'registers');
    const registers = unpackRegisters(bytes.subarray(HLL_HEADER, HLL_HEADER + size), k, type, byte6);
    const auxOrder: number[] = [];
    let offset = HLL_HEADER + size;
    for (let i = 0; i < auxCount; i++, offset += 4) {
      const pair = r.i32(offset, `exception ${i}`);
      const slot = pair & KEY_MASK_26;
      if (type !== 'HLL_4' || slot >= k || registers[slot] !== 255) {
        throw new SketchFormatError(
          `${what}: exception ${i} (register ${slot}) has no register marked for it`,
        );
      }
      registers[slot] = pair >>> 26;
      auxOrder.push(slot);
    }
    if (registers.includes(255))
      throw new SketchFormatError(`${what}: a register marked as an exception has none`);
    if (offset !== bytes.byteLength)
      throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the registers`);
    sketch.registers = registers;
    sketch.readAuxLgArr = lgArr;
    sketch.readAuxOrder = auxOrder;
    return sketch;
  }
}

/** The slot of `coupon` in an open-addressing table (>= 0), or ~slot of the empty slot it would take. */
function findSlot(table: Int32Array, lgArr: number, coupon: number): number {
  const mask = table.length - 1;
  let probe = coupon & mask;
  const start = probe;
  const stride = ((coupon & KEY_MASK_26) >>> lgArr) | 1;
  do {
    const found = table[probe];
    if (found === 0) return ~probe;
    if (found === coupon) return probe;
    probe = (probe + stride) & mask;
  } while (probe !== start);
  throw new Error('HLL coupon table is full');
}

function packedSize(k: number, type: HllType): number {
  if (type === 'HLL_4') return k / 2;
  if (type === 'HLL_6') return Math.floor((k * 6) / 8) + 1;
  return k;
}

/** Registers as absolute values; an HLL_4 exception is marked 255 until the exceptions are read. */
function unpackRegisters(packed: Uint8Array, k: number, type: HllType, curMin: number): Uint8Array {
  const registers = new Uint8Array(k);
  for (let slot = 0; slot < k; slot++) {
    if (type === 'HLL_8') registers[slot] = packed[slot];
    else if (type === 'HLL_6') {
      const bit = slot * 6;
      const at = bit >>> 3;
      registers[slot] = ((packed[at] | ((packed[at + 1] ?? 0) << 8)) >>> (bit & 7)) & 0x3f;
    } else {
      const nibble = (packed[slot >>> 1] >>> ((slot & 1) * 4)) & 0xf;
      registers[slot] = nibble === AUX_TOKEN ? 255 : curMin + nibble;
    }
  }
  return registers;
}

function packRegisters(registers: Uint8Array, type: HllType, curMin: number): Uint8Array {
  const k = registers.length;
  const packed = new Uint8Array(packedSize(k, type));
  for (let slot = 0; slot < k; slot++) {
    const value = registers[slot];
    if (type === 'HLL_8') packed[slot] = value;
    else if (type === 'HLL_6') {
      const bit = slot * 6;
      const at = bit >>> 3;
      const word = (value & 0x3f) << (bit & 7);
      packed[at] |= word & 0xff;
      packed[at + 1] |= word >>> 8;
    } else {
      packed[slot >>> 1] |= Math.min(value - curMin, AUX_TOKEN) << ((slot & 1) * 4);
    }
  }
  return packed;
}

/** Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017). */
function improvedEstimate(registers: Uint8Array): number {
  const m = registers.length;
  const q = 62;
  const counts = new Float64Array(q + 2);
  for (const v of registers) counts[Math.min(v, q + 1)]++;
  let z = m * tau(1 - counts[q + 1] / m);
  for (let j = q; j >= 1; j--) z = 0.5 * (z + counts[j]);
  z += m * sigma(counts[0] / m);
  return (m / (2 * Math.LN2)) * (m / z);
}

function sigma(x0: number): number {
  if (x0 === 1) return Number.POSITIVE_INFINITY;
  let x = x0;
  let y = 1;
  let z = x;
  let previous: number;
  do {
    x *= x;
    previous = z;
    z += x * y;
    y += y;
  } while (z !== previous);
  return z;
}

function tau(x0: number): number {
  if (x0 === 0 || x0 === 1) return 0;
  let x = x0;
  let y = 1;
  let z = 1 - x;
  let previous: number;
  do {
    x = Math.sqrt(x);
    previous = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
  } while (z !== previous);
  return z / 3;
}
