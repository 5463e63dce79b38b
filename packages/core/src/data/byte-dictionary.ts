/**
 * A hash map from byte strings to integer codes, looked up straight from a slice of the read buffer, so
 * that a categorical cell costs a hash and a compare — no string is made unless the value is new.
 * Open addressing with linear probing; the bytes of every key live in one growing pool.
 */

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over `bytes[start, end)`. The CSV fast path computes the same hash inline while it scans. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return hash;
}

export const NOT_FOUND = -2;

export class ByteDictionary {
  private pool = new Uint8Array(1024);
  private poolUsed = 0;
  private keyStart = new Int32Array(16);
  private keyLength = new Int32Array(16);
  private keyHash = new Int32Array(16);
  private keyCode = new Int32Array(16);
  private size = 0;
  /** Slot -> key index + 1 (0 = empty). Kept at most half full. */
  private slots = new Int32Array(64);

  get keyCount(): number {
    return this.size;
  }

  /** The code stored for these bytes, or NOT_FOUND. `hash` must be hashBytes of the same bytes. */
  get(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return NOT_FOUND;
      const key = entry - 1;
      if (this.keyHash[key] === hash && this.keyLength[key] === length && this.sameBytes(key, bytes, start)) {
        return this.keyCode[key];
      }
    }
  }

  /** Adds a key that `get` did not find. */
  add(bytes: Uint8Array, start: number, end: number, hash: number, code: number): void {
    const length = end - start;
    if (this.size === this.keyStart.length) this.growKeys();
    if (this.poolUsed + length > this.pool.length) this.growPool(length);
    this.pool.set(bytes.subarray(start, end), this.poolUsed);
    const key = this.size++;
    this.keyStart[key] = this.poolUsed;
    this.keyLength[key] = length;
    this.keyHash[key] = hash;
    this.keyCode[key] = code;
    this.poolUsed += length;
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(key);
  }

  /**
   * Removes the key added last (used to undo a row that turned out unusable). Safe with linear probing:
   * no probe run can pass through the newest key's slot, because that slot was empty for all earlier keys.
   */
  removeLast(): void {
    const key = this.size - 1;
    const mask = this.slots.length - 1;
    for (let slot = this.keyHash[key] & mask; ; slot = (slot + 1) & mask) {
      if (this.slots[slot] === key + 1) {
        this.slots[slot] = 0;
        break;
      }
    }
    this.poolUsed = this.keyStart[key];
    this.size--;
  }

  private sameBytes(key: number, bytes: Uint8Array, start: number): boolean {
    const pool = this.pool;
    const from = this.keyStart[key];
    const length = this.keyLength[key];
    for (let k = 0; k < length; k++) if (pool[from + k] !== bytes[start + k]) return false;
    return true;
  }

  private place(key: number): void {
    const mask = this.slots.length - 1;
    let slot = this.keyHash[key] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = key + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let key = 0; key < this.size; key++) this.place(key);
  }

  private growKeys(): void {
    const grow = (old: Int32Array) => {
      const next = new Int32Array(old.length * 2);
      next.set(old);
      return next;
    };
    this.keyStart = grow(this.keyStart);
    this.keyLength = grow(this.keyLength);
    this.keyHash = grow(this.keyHash);
    this.keyCode = grow(this.keyCode);
  }

  private growPool(extra: number): void {
    const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + extra));
    next.set(this.pool.subarray(0, this.poolUsed));
    this.pool = next;
  }
}
