/**
 * A numeric column's finite values, held between reading and comparing in half the memory of doubles
 * whenever the data allows it, and given back exactly.
 *
 * Most numeric columns in CSV files are decimals with a few digits after the point (prices, rounded
 * measurements, counts). Such a value v is m / 10^k for a small integer m, and since IEEE division is
 * correctly rounded, the double m / 10^k is exactly the double a correct parser gives for the text: the
 * nearest double to the decimal. So a block of values that share a scale k (0 to 9) and whose m fits an
 * Int32 is kept as Int32 m and decoded as m / 10^k. Every value is checked on the way in — it is stored
 * packed only when `m / 10^k === v` holds for it — so decoding is exact by construction, whatever the
 * data (values that are not short decimals, -0, or too large for an Int32 keep a block of doubles).
 *
 * Values arrive a block at a time (one chunk of a column) and are sorted only when the column is
 * compared, by `sortedValues`, which decodes into one Float64Array and radix-sorts it.
 */
import { freeMemory } from '@modelgate/core';
import { SortScratch, sortFiniteInPlace, sortInt32InPlace } from './sort.ts';

export type ValueBlock = { scale: number; ints: Int32Array } | { scale: null; doubles: Float64Array };

export interface FiniteValues {
  /** Finite values held, over all blocks. */
  count: number;
  /** Whether the blocks, read in order, are already ascending (a summary read back from a cache). */
  sorted: boolean;
  blocks: ValueBlock[];
}

const MAX_SCALE = 9;
const POWERS = Array.from({ length: MAX_SCALE + 1 }, (_, k) => 10 ** k);
const INT32_MAX = 2147483647;

/** The smallest scale k <= MAX_SCALE at which v is exactly round(v * 10^k) / 10^k within Int32, or -1. */
function scaleOf(v: number, from: number): number {
  if (v === 0) return 1 / v > 0 ? from : -1; // -0 would come back as +0
  for (let k = from; k <= MAX_SCALE; k++) {
    const m = Math.round(v * POWERS[k]);
    if (m > INT32_MAX || m < -INT32_MAX) return -1;
    if (m / POWERS[k] === v) return k;
  }
  return -1;
}

/**
 * The finite values of `values` (NaN and ±Infinity, the missing cells, left out) as one block. `scale` is
 * a guess (the scale of the column's previous block): when every value is exact at it, one pass suffices.
 */
export function packFinite(values: Float64Array, scale = 0): ValueBlock {
  return (
    (scale <= MAX_SCALE && packAt(values, scale)) || packAt(values, scaleFor(values)) || doublesOf(values)
  );
}

/** The one scale that holds every finite value of `values` (scales only ever rise), or -1. */
function scaleFor(values: Float64Array): number {
  let scale = 0;
  for (let i = 0; i < values.length && scale >= 0; i++) {
    const v = values[i];
    if (v - v !== 0) continue; // NaN or ±Infinity
    if (Math.round(v * POWERS[scale]) / POWERS[scale] !== v) scale = scaleOf(v, scale + 1);
    else if (v === 0 && 1 / v < 0) scale = -1;
  }
  return scale;
}

/**
 * The finite values as Int32 mantissas at `scale`, or null when one is not exact there (or -0, or past
 * Int32). A value exact at a lower scale is exact at a higher one too (m * 10^d / 10^(k+d) is the same
 * rational), so the scale of scaleFor holds every value unless a mantissa outgrows Int32.
 */
function packAt(values: Float64Array, scale: number): ValueBlock | null {
  if (scale < 0) return null;
  const power = POWERS[scale];
  const ints = new Int32Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v - v !== 0) continue;
    const m = Math.round(v * power);
    if (m > INT32_MAX || m < -INT32_MAX || m / power !== v || (v === 0 && 1 / v < 0)) {
      freeMemory(ints);
      return null;
    }
    ints[n++] = m;
  }
  if (n === ints.length) return { scale, ints };
  const exact = ints.slice(0, n);
  freeMemory(ints);
  return { scale, ints: exact };
}

function doublesOf(values: Float64Array): ValueBlock {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] - values[i] === 0) count++;
  const doubles = new Float64Array(count);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] - values[i] === 0) doubles[n++] = values[i];
  return { scale: null, doubles };
}

/** Accumulates a column's finite values chunk by chunk. */
export class FiniteValuesBuilder {
  private readonly blocks: ValueBlock[] = [];
  private count = 0;

  private scale = 0;

  add(values: Float64Array): void {
    const block = packFinite(values, this.scale);
    if (block.scale !== null) this.scale = block.scale;
    const length = block.scale === null ? block.doubles.length : block.ints.length;
    if (length === 0) return;
    this.blocks.push(block);
    this.count += length;
  }

  finish(): FiniteValues {
    return { count: this.count, sorted: false, blocks: this.blocks };
  }
}

/** Values already sorted ascending and finite, as FiniteValues (no copy). */
export function sortedFiniteValues(sorted: Float64Array): FiniteValues {
  return { count: sorted.length, sorted: true, blocks: [{ scale: null, doubles: sorted }] };
}

/** Bytes the values occupy. */
export function byteSize(values: FiniteValues): number {
  let bytes = 0;
  for (const b of values.blocks) bytes += b.scale === null ? b.doubles.byteLength : b.ints.byteLength;
  return bytes;
}

/**
 * The values decoded, in ascending order: a new array, unless they are one sorted block of doubles.
 * Packed values of one scale are sorted as integers, then decoded (m / 10^k rises with m, so the order is
 * the same); other values are decoded first and sorted as doubles.
 */
export function sortedValues(values: FiniteValues, scratch?: SortScratch): Float64Array {
  const { blocks } = values;
  if (values.sorted && blocks.length === 1 && blocks[0].scale === null) return blocks[0].doubles;
  const scale = blocks[0]?.scale ?? null;
  if (!values.sorted && scale !== null && blocks.every((b) => b.scale === scale)) {
    // The mantissas and the radix sort's second buffer share the scratch's memory (8 bytes per value).
    const room = (scratch ?? new SortScratch()).take(values.count);
    const ints = new Int32Array(room.buffer, room.byteOffset, values.count);
    let at = 0;
    for (const block of blocks as { ints: Int32Array }[]) {
      ints.set(block.ints, at);
      at += block.ints.length;
    }
    sortInt32InPlace(ints, new Int32Array(room.buffer, room.byteOffset + 4 * values.count, values.count));
    return decode([{ scale, ints }], values.count);
  }
  const out = decode(blocks, values.count);
  return values.sorted ? out : sortFiniteInPlace(out, scratch);
}

function decode(blocks: ValueBlock[], count: number): Float64Array {
  const out = new Float64Array(count);
  let at = 0;
  for (const block of blocks) {
    if (block.scale === null) {
      out.set(block.doubles, at);
      at += block.doubles.length;
    } else {
      const { ints } = block;
      const power = POWERS[block.scale];
      for (let i = 0; i < ints.length; i++) out[at + i] = ints[i] / power;
      at += ints.length;
    }
  }
  return out;
}
