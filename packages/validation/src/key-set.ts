// A set of 128-bit row hashes (row-hash.ts) with the place of the row that brought each: the in-memory
// half of DuplicateTracker. key-spill.ts writes its slots to disk as they are, so it shares their layout.
import { freeMemory } from './core.ts';
import { LANES } from './row-hash.ts';
import type { RowRef } from './row-ref.ts';

/**
 * Words per slot: the four hash lanes, then the first row's place (two words the caller chooses). The
 * place's first word is stored plus one (0 marks an empty slot), with REPEATED on once the key repeats.
 */
export const SLOT = LANES + 2;
/** The flag, in the place's first word, of a key seen more than once. */
export const REPEATED = 1 << 31;

/**
 * A set of 128-bit keys, each with the place of the row that brought it (its RowRef, as two 32-bit
 * words): open addressing with linear probing in one Int32Array,
 * 24 bytes a slot, at most 3/4 full. Any number of slots, not only powers of two, so that a set sized up
 * front for the keys expected (`KeySet.bytesFor`) holds no more than they need: a hash's slot is its first
 * lane scaled to the slot count.
 */
export class KeySet {
  private slots: Int32Array;
  private capacity: number;
  /** What `touch` read, kept so that the reads are not optimized away. */
  private touched = 0;
  size = 0;

  /** Slots for `expectedKeys` keys before the set grows (at least 16). */
  constructor(expectedKeys = 0) {
    this.capacity = KeySet.capacityFor(expectedKeys);
    this.slots = mappedInts(SLOT * this.capacity);
  }

  private static capacityFor(keys: number): number {
    return Math.max(16, Math.ceil((4 * keys) / 3) + 1);
  }

  /** The bytes a set made for `expectedKeys` keys holds. */
  static bytesFor(expectedKeys: number): number {
    return SLOT * 4 * KeySet.capacityFor(expectedKeys);
  }

  /** Memory held, in bytes. */
  get bytes(): number {
    return this.slots.byteLength;
  }

  /** Whether the next new key makes the table grow (to twice its bytes). */
  get full(): boolean {
    return 4 * (this.size + 1) > 3 * this.capacity;
  }

  /**
   * Adds the key at `hashes[LANES * i ..]` with its row's place (`file` >= 0, below 2^31 - 1), or finds it.
   * Returns -1 for a new key, else the slot of the key already there.
   */
  insert(hashes: Int32Array, i: number, file: number, line: number): number {
    return this.insertAt(hashes, LANES * i, file + 1, line);
  }

  /**
   * insert, for a key at `words[at ..]` and a place whose first word is stored as is (`file + 1`, maybe
   * with REPEATED: a key set aside by `forEach` comes back as it was).
   */
  insertAt(words: Int32Array, at: number, stored: number, line: number): number {
    if (this.full) this.grow();
    const h0 = words[at];
    const h1 = words[at + 1];
    const h2 = words[at + 2];
    const h3 = words[at + 3];
    const slots = this.slots;
    const capacity = this.capacity;
    let slot = home(h0, capacity);
    for (;;) {
      const base = SLOT * slot;
      if (slots[base + LANES] === 0) {
        slots[base] = h0;
        slots[base + 1] = h1;
        slots[base + 2] = h2;
        slots[base + 3] = h3;
        slots[base + LANES] = stored;
        slots[base + LANES + 1] = line;
        this.size++;
        return -1;
      }
      if (slots[base] === h0 && slots[base + 1] === h1 && slots[base + 2] === h2 && slots[base + 3] === h3) {
        return slot;
      }
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
  }

  /**
   * Reads the first slot of each key at `hashes[LANES * i ..]`, i in [from, to), so that inserting them
   * next finds those slots in cache. An insert waits for its slot before the next one starts; these reads
   * do not depend on each other, so the CPU keeps many of them in flight: in a set larger than the cache,
   * most of an insert's time is that wait.
   */
  touch(hashes: Int32Array, from: number, to: number): void {
    const slots = this.slots;
    const capacity = this.capacity;
    let touched = 0;
    for (let i = from; i < to; i++) touched ^= slots[SLOT * home(hashes[LANES * i], capacity) + LANES];
    this.touched ^= touched;
  }

  /** Each key held, as its SLOT words at `slots[base ..]` (hash lanes, stored place). */
  forEach(visit: (slots: Int32Array, base: number) => void): void {
    const slots = this.slots;
    for (let base = 0; base < slots.length; base += SLOT) if (slots[base + LANES] !== 0) visit(slots, base);
  }

  /** The row stored with the key in `slot`: the first that brought it. */
  rowOf(slot: number): RowRef {
    const base = SLOT * slot;
    return { file: (this.slots[base + LANES] & ~REPEATED) - 1, line: this.slots[base + LANES + 1] >>> 0 };
  }

  /** Marks the key in `slot` as repeated; true the first time. */
  markRepeated(slot: number): boolean {
    const base = SLOT * slot + LANES;
    if (this.slots[base] & REPEATED) return false;
    this.slots[base] |= REPEATED;
    return true;
  }

  /** Gives the slots' memory back now (see freeMemory); the set is empty and unusable afterwards. */
  release(): void {
    freeMemory(this.slots);
  }

  private grow(): void {
    const old = this.slots;
    const capacity = 2 * this.capacity;
    const slots = mappedInts(SLOT * capacity);
    for (let base = 0; base < old.length; base += SLOT) {
      if (old[base + LANES] === 0) continue;
      let slot = home(old[base], capacity);
      while (slots[SLOT * slot + LANES] !== 0) slot = slot + 1 === capacity ? 0 : slot + 1;
      const to = SLOT * slot;
      for (let w = 0; w < SLOT; w++) slots[to + w] = old[base + w];
    }
    this.slots = slots;
    this.capacity = capacity;
    // The old slots would otherwise stay until a full collection, beside the new ones.
    freeMemory(old);
  }
}

/** The first slot tried for a key whose first lane is `h0`: the lane scaled to [0, capacity). */
/** Int32 words per 4 KB memory page. */
const PAGE_WORDS = 1024;

/**
 * A zeroed Int32Array whose memory is mapped now. A fresh array's pages are mapped one by one as they are
 * first written; keys land in random slots, so a set of a million keys (36 MB) would take its ~9,000 page
 * faults scattered over its first inserts, each insert waiting on one. Written in order up front, they
 * cost less, and they are paid while the caller still waits for its first rows (measured on a million
 * rows: 25 ms here, against 60 ms more for the first chunk's inserts).
 */
function mappedInts(length: number): Int32Array {
  const words = new Int32Array(length);
  for (let i = 0; i < length; i += PAGE_WORDS) words[i] = 0;
  return words;
}

function home(h0: number, capacity: number): number {
  return Math.floor(((h0 >>> 0) * capacity) / 4294967296);
}
