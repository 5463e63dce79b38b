/**
 * Column memory handed back by the consumer of a reader's chunks, for the reader's next chunks: a chunk
 * read on a worker thread goes to the parent and, once used, comes back (chunk-reading.ts). A fresh array
 * costs its zeroing and a page fault per 4 KB page: measured on a million rows, 24 ms of the reading
 * thread, the thread that bounds validate-data's run.
 *
 * A buffer is reused for any array it can hold. Chunks only grow (the first ones are small, then they keep
 * one size), so a buffer too small for half of the largest array asked for cannot serve again and is freed.
 */
import { freeMemory } from './free-memory.ts';

/** The arrays of a table's columns and lines. */
export type Values = Float64Array | Int32Array | Uint32Array;
export type ValuesConstructor<T extends Values> = {
  new (length: number): T;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

export class BufferPool {
  private buffers: ArrayBuffer[] = [];
  /** Bytes below which a buffer can no longer serve. */
  private floor = 0;

  /** Takes back buffers whose arrays nobody reads any more. */
  give(buffers: readonly ArrayBuffer[]): void {
    for (const buffer of buffers) {
      if (buffer.byteLength >= this.floor && buffer.byteLength > 0) this.buffers.push(buffer);
      else freeMemory(new Uint8Array(buffer));
    }
  }

  /**
   * An array of `length` elements: on the smallest pooled buffer that holds it, else new. A reused array's
   * elements hold what was there before: the caller writes each one before reading it.
   */
  take<T extends Values>(type: ValuesConstructor<T>, length: number): T {
    const bytes = length * type.BYTES_PER_ELEMENT;
    this.floor = Math.max(this.floor, bytes / 2);
    let best = -1;
    for (let i = 0; i < this.buffers.length; i++) {
      const size = this.buffers[i].byteLength;
      if (size >= bytes && (best < 0 || size < this.buffers[best].byteLength)) best = i;
    }
    const chosen = best >= 0 ? this.buffers[best] : undefined;
    const kept: ArrayBuffer[] = [];
    this.buffers.forEach((buffer, i) => {
      if (i === best) return;
      if (buffer.byteLength >= this.floor) kept.push(buffer);
      else freeMemory(new Uint8Array(buffer));
    });
    this.buffers = kept;
    return chosen ? new type(chosen, 0, length) : new type(length);
  }

  /** Buffers held, for tests. */
  get size(): number {
    return this.buffers.length;
  }
}
