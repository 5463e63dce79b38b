/**
 * Standard input as a data file, named `-` (CSV), `-.tsv` or `-.jsonl` / `-.ndjson`, so a generator or a
 * warehouse export can be piped into a reader without the data ever being written to disk.
 *
 * The readers open a dataset more than once: the header, then a sample of the first rows for the types,
 * then every row. A pipe can be read only once, so this source keeps the first bytes it reads (at most
 * STDIN_REPLAY_BYTES) and every later open replays them before reading on from the pipe. The planning
 * passes read only the start, so the final pass replays the start and streams the rest; memory stays at
 * most the kept bytes, whatever the length of the stream. The readers themselves are unchanged: any
 * number of early passes works, as long as they stay within the kept bytes.
 *
 * `/dev/stdin` is opened rather than `process.stdin` used: it works the same on a worker thread (where
 * `process.stdin` is not the process's input) and, for a pipe or FIFO, gives a blocking file description of
 * its own whatever mode the parent left descriptor 0 in. A socket (what Node's child_process gives a child
 * as its stdin) cannot be opened that way; descriptor 0 is then read directly, waiting while it is empty.
 */
import { read as readFd } from 'node:fs';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ByteSource } from './byte-source.ts';
import { DataError } from './errors.ts';

/** The name of standard input among data files; the name with a format suffix reads that format. */
export const STDIN = '-';

/** Bytes of the stream kept for the passes after the first; what the header and type sample may use. */
export const stdinReplay = { bytes: 32 * 1024 * 1024 };

const STDIN_PATH = '/dev/stdin';

/** Whether a data file name means standard input: `-`, or `-` with a format suffix (`-.jsonl`). */
export function isStdin(file: string): boolean {
  return file === STDIN || file.startsWith(`${STDIN}.`);
}

interface Reader {
  read(into: Uint8Array, offset: number, length: number): Promise<number>;
}

function readDescriptor(fd: number, into: Uint8Array, offset: number, length: number): Promise<number> {
  return new Promise((resolve, reject) =>
    readFd(fd, into, offset, length, null, (error, bytes) => (error ? reject(error) : resolve(bytes))),
  );
}

/** Descriptor 0 as it is, for a socket: a non-blocking one says EAGAIN while empty, so wait and retry. */
const descriptorZero: Reader = {
  async read(into, offset, length) {
    for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
      try {
        return await readDescriptor(0, into, offset, length);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await sleep(wait);
      }
    }
  },
};

async function openInput(): Promise<Reader> {
  try {
    const handle = await open(STDIN_PATH, 'r');
    return {
      read: async (into, offset, length) => (await handle.read(into, offset, length, null)).bytesRead,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') return descriptorZero;
    throw error;
  }
}

interface Shared {
  handle: Promise<Reader>;
  /** The stream's first bytes, as read so far (at most stdinReplay.bytes). */
  kept: Uint8Array[];
  keptBytes: number;
  /** Bytes read from the stream so far. */
  position: number;
  ended: boolean;
}

let shared: Shared | undefined;

function stream(file: string): Shared {
  if (!shared) {
    const handle = openInput().catch((error: Error) => {
      throw new DataError(file, `standard input cannot be read: ${error.message}`);
    });
    // A failed open is reported by the first read; this only keeps it from being an unhandled rejection.
    handle.catch(() => undefined);
    shared = { handle, kept: [], keptBytes: 0, position: 0, ended: false };
  }
  return shared;
}

class StdinSource implements ByteSource {
  private readonly file: string;
  private readonly state: Shared;
  /** This reader's position in the stream. */
  private at = 0;

  constructor(file: string) {
    this.file = file;
    this.state = stream(file);
  }

  async read(into: Uint8Array, offset: number, length: number): Promise<number> {
    const state = this.state;
    if (this.at < state.keptBytes) return this.replay(into, offset, length);
    if (this.at < state.position) {
      throw new DataError(
        this.file,
        `standard input can be read only once, and its first ${state.keptBytes} bytes are all that is kept for reading the header and the type sample again; give fewer rows to infer types from (or set the column types), or read the data from a file`,
      );
    }
    if (state.ended) return 0;
    const read = await (await state.handle).read(into, offset, length);
    if (read === 0) {
      state.ended = true;
      return 0;
    }
    state.position += read;
    this.at += read;
    const room = stdinReplay.bytes - state.keptBytes;
    if (room > 0 && state.keptBytes === this.at - read) {
      const keep = into.slice(offset, offset + Math.min(read, room));
      state.kept.push(keep);
      state.keptBytes += keep.length;
    }
    return read;
  }

  private replay(into: Uint8Array, offset: number, length: number): number {
    let skip = this.at;
    let written = 0;
    for (const part of this.state.kept) {
      if (skip >= part.length) {
        skip -= part.length;
        continue;
      }
      const take = Math.min(part.length - skip, length - written);
      into.set(part.subarray(skip, skip + take), offset + written);
      written += take;
      skip = 0;
      if (written === length) break;
    }
    this.at += written;
    return written;
  }

  async close(): Promise<void> {}
}

export function openStdin(file: string, gzip: boolean): ByteSource {
  if (gzip) {
    throw new DataError(
      file,
      'standard input is read as plain text: pipe it through gunzip and name it without .gz',
    );
  }
  return new StdinSource(file);
}
