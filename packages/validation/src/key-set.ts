// A set of 128-bit row hashes (row-hash.ts) with the place of the row that brought each: the in-memory
// half of DuplicateTracker. key-spill.ts writes its records to disk as they are, so it shares their layout.
import { freeMemory } from './core.ts';
import { LANES } from './row-hash.ts';
import type { RowRef } from './row-ref.ts';

/**
 * Words per record: the four hash lanes, then the first row's place (two words the caller chooses). The
 * place's first word is stored plus one, with REPEATED on once the key repeats.
 */
export const SLOT = LANES + 2;
/** The flag, in the place's first word, of a key seen more than once. */
export const REPEATED = 1 << 31;
/** Words per index slot: the key's fingerprint (its last hash lane), and its number plus one (0: empty). */
const INDEX_SLOT = 2;
/** The hash lane an index slot keeps to tell keys apart without reading their record. */
const FINGERPRINT = LANES - 1;

/**
 * A set of 128-bit keys, each with the place of the row that brought it (its RowRef, as two 32-bit
 * words). The keys' records (SLOT words each) are kept in the order they came, in one Int32Array; an
 * index finds them: open addressing with linear probing, 8 bytes a slot, at most 3/4 full. An insert
 * reads only the index unless a fingerprint matches, and the index is a third of what slots holding whole
 * records would take: a million keys' index (12 MB) stays in the last-level cache, where 36 MB of slots
 * did not. Any number of slots, not only powers of two, so that a set sized up front for the keys expected
 * (`KeySet.bytesFor`) holds no more than they need: a hash's slot is its first lane scaled to the slot
 * count. A key is known by its number (its place in arrival order), which `insert` returns when it repeats.
 */
export class KeySet {
  private index: Int32Array;
  private records: Int32Array;
  private capacity: number;
  /** What `touch` read, kept so that the reads are not optimized away. */
  private touched = 0;
  size = 0;

  /** Room for `expectedKeys` keys before the set grows (at least 12). */
  constructor(expectedKeys = 0) {
    this.capacity = KeySet.capacityFor(expectedKeys);
    this.index = mappedInts(INDEX_SLOT * this.capacity);
    this.records = mappedInts(SLOT * KeySet.maxKeys(this.capacity));
  }

  private static capacityFor(keys: number): number {
    return Math.max(16, Math.ceil((4 * keys) / 3) + 1);
  }

  /** Keys an index of `capacity` slots takes before it grows: 3/4 full. */
  private static maxKeys(capacity: number): number {
    return Math.floor((3 * capacity) / 4);
  }

  /** The bytes a set made for `expectedKeys` keys holds. */
  static bytesFor(expectedKeys: number): number {
    const capacity = KeySet.capacityFor(expectedKeys);
    return 4 * (INDEX_SLOT * capacity + SLOT * KeySet.maxKeys(capacity));
  }

  /** Memory held, in bytes. */
  get bytes(): number {
    return this.index.byteLength + this.records.byteLength;
  }

  /** Whether the next new key makes the set grow (to twice its bytes). */
  get full(): boolean {
    return this.size === KeySet.maxKeys(this.capacity);
  }

  /**
   * Adds the key at `hashes[LANES * i ..]` with its row's place (`file` >= 0, below 2^31 - 1), or finds it.
   * Returns -1 for a new key, else the number of the key already there.
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
    const fingerprint = words[at + FINGERPRINT];
    const index = this.index;
    const capacity = this.capacity;
    let slot = home(words[at], capacity);
    for (;;) {
      const base = INDEX_SLOT * slot;
      const number = index[base + 1] - 1;
      if (number < 0) {
        const to = SLOT * this.size;
        const records = this.records;
        for (let l = 0; l < LANES; l++) records[to + l] = words[at + l];
        records[to + LANES] = stored;
        records[to + LANES + 1] = line;
        index[base] = fingerprint;
        index[base + 1] = ++this.size;
        return -1;
      }
      if (index[base] === fingerprint) {
        const records = this.records;
        const from = SLOT * number;
        if (
          records[from] === words[at] &&
          records[from + 1] === words[at + 1] &&
          records[from + 2] === words[at + 2]
        ) {
          return number;
        }
      }
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
  }

  /**
   * Reads the first index slot of each key at `hashes[LANES * i ..]`, i in [from, to), so that inserting
   * them next finds those slots in cache. An insert waits for its slot before the next one starts; these
   * reads do not depend on each other, so the CPU keeps many of them in flight: in an index larger than the
   * cache, most of an insert's time is that wait.
   */
  touch(hashes: Int32Array, from: number, to: number): void {
    const index = this.index;
    const capacity = this.capacity;
    let touched = 0;
    for (let i = from; i < to; i++) touched ^= index[INDEX_SLOT * home(hashes[LANES * i], capacity) + 1];
    this.touched ^= touched;
  }

  /** Each key held, in the order they came, as its SLOT words at `records[base ..]` (hash lanes, place). */
  forEach(visit: (records: Int32Array, base: number) => void): void {
    const records = this.records;
    const end = SLOT * this.size;
    for (let base = 0; base < end; base += SLOT) visit(records, base);
  }

  /** The row stored with key `number`: the first that brought it. */
  rowOf(number: number): RowRef {
    const base = SLOT * number + LANES;
    return { file: (this.records[base] & ~REPEATED) - 1, line: this.records[base + 1] >>> 0 };
  }

  /** Marks key `number` as repeated; true the first time. */
  markRepeated(number: number): boolean {
    const base = SLOT * number + LANES;
    if (this.records[base] & REPEATED) return false;
    this.records[base] |= REPEATED;
    return true;
  }

  /** Gives the memory back now (see freeMemory); the set is empty and unusable afterwards. */
  release(): void {
    freeMemory(this.index);
    freeMemory(this.records);
  }

  private grow(): void {
    const capacity = 2 * this.capacity;
    const index = mappedInts(INDEX_SLOT * capacity);
    const records = mappedInts(SLOT * KeySet.maxKeys(capacity));
    records.set(this.records);
    for (let number = 0; number < this.size; number++) {
      const from = SLOT * number;
      let slot = home(records[from], capacity);
      while (index[INDEX_SLOT * slot + 1] !== 0) slot = slot + 1 === capacity ? 0 : slot + 1;
      index[INDEX_SLOT * slot] = records[from + FINGERPRINT];
      index[INDEX_SLOT * slot + 1] = number + 1;
    }
    // The old arrays would otherwise stay until a full collection, beside the new ones.
    this.release();
    this.index = index;
    this.records = records;
    this.capacity = capacity;
  }
}

/** Int32 words per 4 KB memory page. */
const PAGE_WORDS = 1024;

/**
 * A zeroed Int32Array whose memory is mapped now. A fresh array's pages are mapped one by one as they are
 * first written; keys land in random index slots, so an index of a million keys would take its ~3,000
 * page faults scattered over its first inserts, each insert waiting on one. Written in order up front,
 * they cost less, and they are paid while the caller still waits for its first rows.
 */
function mappedInts(length: number): Int32Array {
  const words = new Int32Array(length);
  for (let i = 0; i < length; i += PAGE_WORDS) words[i] = 0;
  return words;
}

/** The first slot tried for a key whose first lane is `h0`: the lane scaled to [0, capacity). */
function home(h0: number, capacity: number): number {
  return Math.floor(((h0 >>> 0) * capacity) / 4294967296);
}
