/**
 * Little-endian reading and writing for the DataSketches binary layouts, with one error type that names
 * the sketch and the byte where a file stops making sense.
 */

export class SketchFormatError extends Error {
  override name = 'SketchFormatError';
}

/** Reads fields at absolute offsets, failing with the offset and what was expected when bytes run out. */
export class ByteReader {
  readonly bytes: Uint8Array;
  readonly what: string;
  readonly view: DataView;
  constructor(bytes: Uint8Array, what: string) {
    this.bytes = bytes;
    this.what = what;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  need(offset: number, size: number, field: string): void {
    if (offset + size > this.bytes.byteLength) {
      throw new SketchFormatError(
        `${this.what}: truncated: ${field} needs bytes ${offset}-${offset + size - 1}, the sketch has ${this.bytes.byteLength}`,
      );
    }
  }
  u8(offset: number, field: string): number {
    this.need(offset, 1, field);
    return this.view.getUint8(offset);
  }
  u16(offset: number, field: string): number {
    this.need(offset, 2, field);
    return this.view.getUint16(offset, true);
  }
  u32(offset: number, field: string): number {
    this.need(offset, 4, field);
    return this.view.getUint32(offset, true);
  }
  i32(offset: number, field: string): number {
    this.need(offset, 4, field);
    return this.view.getInt32(offset, true);
  }
  i64(offset: number, field: string): bigint {
    this.need(offset, 8, field);
    return this.view.getBigInt64(offset, true);
  }
  /** A signed 64-bit count or value that must fit a double exactly. */
  safeI64(offset: number, field: string): number {
    const value = this.i64(offset, field);
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new SketchFormatError(
        `${this.what}: ${field} ${value} is beyond ±2^53, which this reader keeps exactly`,
      );
    }
    return Number(value);
  }
  f32(offset: number, field: string): number {
    this.need(offset, 4, field);
    return this.view.getFloat32(offset, true);
  }
  f64(offset: number, field: string): number {
    this.need(offset, 8, field);
    return this.view.getFloat64(offset, true);
  }
}

/** Appends fields; `bytes()` gives the finished buffer. */
export class ByteWriter {
  private buffer: Uint8Array;
  private view: DataView;
  length = 0;
  constructor(capacity = 64) {
    this.buffer = new Uint8Array(capacity);
    this.view = new DataView(this.buffer.buffer);
  }
  /** Reserves `size` bytes and returns where they start; call it before reading `this.view`, which it may replace. */
  private room(size: number): number {
    const at = this.length;
    if (at + size > this.buffer.byteLength) {
      const grown = new Uint8Array(Math.max(this.buffer.byteLength * 2, at + size));
      grown.set(this.buffer);
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    this.length += size;
    return at;
  }
  u8(value: number): this {
    const at = this.room(1);
    this.view.setUint8(at, value);
    return this;
  }
  u16(value: number): this {
    const at = this.room(2);
    this.view.setUint16(at, value, true);
    return this;
  }
  u32(value: number): this {
    const at = this.room(4);
    this.view.setUint32(at, value, true);
    return this;
  }
  i32(value: number): this {
    const at = this.room(4);
    this.view.setInt32(at, value, true);
    return this;
  }
  i64(value: number | bigint): this {
    const at = this.room(8);
    this.view.setBigInt64(at, BigInt(value), true);
    return this;
  }
  f32(value: number): this {
    const at = this.room(4);
    this.view.setFloat32(at, value, true);
    return this;
  }
  f64(value: number): this {
    const at = this.room(8);
    this.view.setFloat64(at, value, true);
    return this;
  }
  raw(bytes: Uint8Array): this {
    const at = this.room(bytes.byteLength);
    this.buffer.set(bytes, at);
    return this;
  }
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
