/**
 * Reading a file as a sequence of byte blocks, gunzipping on the fly for `.gz` files, without ever holding
 * the whole file. Readers hand each block to a parser that returns how far it got; the unparsed tail (an
 * incomplete record) moves to the front and the next read fills the rest.
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { DataError } from './errors.ts';
import { isStdin, openStdin } from './stdin-source.ts';

/**
 * Bytes read per block (the buffer grows past this only for a record longer than it). Tests set it tiny to
 * cut records at every possible byte; it is not part of the public API.
 */
export const blockSize = { bytes: 4 * 1024 * 1024 };
export const HEADER_BLOCK_BYTES = 64 * 1024;
export const SAMPLE_BLOCK_BYTES = 512 * 1024;
/** fileBlocks' first read; later reads double up to the block size. */
const FIRST_READ_BYTES = 256 * 1024;

export interface ByteSource {
  /** Reads up to `length` bytes into `into` at `offset`; 0 means the end of the data. */
  read(into: Uint8Array, offset: number, length: number): Promise<number>;
  close(): Promise<void>;
}

function openError(file: string, error: unknown): DataError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new DataError(file, 'no such file');
  if (code === 'EISDIR') return new DataError(file, 'is a directory, not a data file');
  return new DataError(file, `cannot be read: ${(error as Error).message}`);
}

class PlainSource implements ByteSource {
  private readonly handle: FileHandle;
  constructor(handle: FileHandle) {
    this.handle = handle;
  }
  async read(into: Uint8Array, offset: number, length: number): Promise<number> {
    return (await this.handle.read(into, offset, length, null)).bytesRead;
  }
  close(): Promise<void> {
    return this.handle.close();
  }
}

class GunzipSource implements ByteSource {
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly stream: NodeJS.ReadableStream & { destroy(): void };
  private pending: Buffer | undefined;
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
    const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
    const input = createReadStream(file);
    input.on('error', (error) => gunzip.destroy(error));
    this.stream = input.pipe(gunzip);
    this.chunks = gunzip[Symbol.asyncIterator]();
  }

  async read(into: Uint8Array, offset: number, length: number): Promise<number> {
    let written = 0;
    while (written < length) {
      if (!this.pending) {
        let next: IteratorResult<Buffer>;
        try {
          next = await this.chunks.next();
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'EISDIR') throw openError(this.file, error);
          throw new DataError(this.file, `is not valid gzip data: ${(error as Error).message}`);
        }
        if (next.done) break;
        this.pending = next.value;
      }
      const take = Math.min(this.pending.length, length - written);
      into.set(this.pending.subarray(0, take), offset + written);
      written += take;
      this.pending = take === this.pending.length ? undefined : this.pending.subarray(take);
    }
    return written;
  }

  async close(): Promise<void> {
    this.stream.destroy();
  }
}

/**
 * How many bytes reading `file` yields, for sizing the table: its size, or for gzip the size its trailer
 * states (the last member's uncompressed size modulo 2^32: an estimate, which is all it is used for).
 */
export async function dataSize(file: string, gzip: boolean): Promise<number> {
  if (isStdin(file)) return 0;
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw openError(file, error);
  }
  try {
    const { size } = await handle.stat();
    if (!gzip || size < 18) return size;
    const trailer = new Uint8Array(4);
    await handle.read(trailer, 0, 4, size - 4);
    return new DataView(trailer.buffer).getUint32(0, true);
  } finally {
    await handle.close();
  }
}

export async function openByteSource(file: string, gzip: boolean): Promise<ByteSource> {
  if (isStdin(file)) return openStdin(file, gzip);
  if (gzip) return new GunzipSource(file);
  try {
    return new PlainSource(await open(file, 'r'));
  } catch (error) {
    throw openError(file, error);
  }
}

/**
 * One block of a file handed to a parser: `bytes[0, end)` holds what is unparsed so far, then the newly
 * read bytes; `atEnd` says no more will come. The parser sets `consumed` to how many bytes it used (whole
 * records only), or -1 to stop early.
 */
export interface Block {
  bytes: Uint8Array;
  end: number;
  atEnd: boolean;
  consumed: number;
}

/**
 * The bytes of `file` block by block (see Block). What a parser leaves is kept for the next block; a record
 * longer than the buffer makes the buffer grow. The last block (`atEnd`) must be consumed whole.
 * `blockBytes` is smaller for readers that stop early (a header, a sample). Closes the file when the
 * consumer stops, early or not.
 */
export async function* fileBlocks(
  file: string,
  gzip: boolean,
  blockBytes = blockSize.bytes,
): AsyncGenerator<Block> {
  const source = await openByteSource(file, gzip);
  try {
    let buffer = new Uint8Array(Math.min(blockBytes, blockSize.bytes));
    let filled = 0;
    let atEnd = false;
    // The first reads are short, doubling up to the whole buffer: the first rows reach the parser, and a
    // consumer of chunks, after a few kilobytes rather than a whole block.
    let wanted = Math.min(FIRST_READ_BYTES, buffer.length);
    for (;;) {
      while (!atEnd && filled < wanted) {
        let read: number;
        try {
          read = await source.read(buffer, filled, wanted - filled);
        } catch (error) {
          throw error instanceof DataError ? error : openError(file, error);
        }
        if (read === 0) atEnd = true;
        filled += read;
      }
      const block: Block = { bytes: buffer, end: filled, atEnd, consumed: 0 };
      yield block;
      const { consumed } = block;
      if (consumed < 0 || atEnd) return;
      if (consumed === 0 && filled === buffer.length) {
        const larger = new Uint8Array(buffer.length * 2);
        larger.set(buffer);
        buffer = larger;
      }
      wanted = Math.min(2 * Math.max(wanted, filled), buffer.length);
      if (consumed > 0) {
        buffer.copyWithin(0, consumed, filled);
        filled -= consumed;
      }
    }
  } finally {
    await source.close();
  }
}

/**
 * Feeds the bytes of `file` to `parse(bytes, end, atEnd)` block by block (fileBlocks): `parse` returns how
 * many bytes it consumed, or -1 to stop early.
 */
export async function forEachBlock(
  file: string,
  gzip: boolean,
  parse: (bytes: Uint8Array, end: number, atEnd: boolean) => number,
  blockBytes = blockSize.bytes,
): Promise<void> {
  for await (const block of fileBlocks(file, gzip, blockBytes)) {
    block.consumed = parse(block.bytes, block.end, block.atEnd);
    if (block.consumed < 0) return;
  }
}
