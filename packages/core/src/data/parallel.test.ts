import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { BufferPool } from './buffer-pool.ts';
import { readTableChunksInWorker, startChunkReader } from './chunk-reading.ts';
import { DataError } from './errors.ts';
import { readTables } from './parallel.ts';
import { readTableChunks, releasingChunks, type TableChunk } from './read-chunks.ts';
import { readTable } from './read-table.ts';
import { scratchFolder } from './test-support.ts';

const folder = scratchFolder();
const rows = (shift: number) =>
  `x,c,when\n${Array.from({ length: 2000 }, (_, k) => `${k + shift},${k % 3 === 0 ? 'a' : 'b'},2024-01-0${(k % 9) + 1}`).join('\n')}\n`;
const reference = folder.file('reference.csv', rows(0));
const current = folder.file('current.csv', rows(0.5));
const third = folder.file('third.jsonl', '{"x": 1}\n{"x": 2}\n');

describe('readTables', () => {
  it('reads datasets on worker threads into the same tables readTable makes, in order', async () => {
    const tables = await readTables([reference, current, [third]], { inferRows: 100 });
    const expected = [
      await readTable(reference, { inferRows: 100 }),
      await readTable(current, { inferRows: 100 }),
      await readTable([third], { inferRows: 100 }),
    ];
    assert.deepEqual(tables, expected);
    // Transferred buffers arrive as ordinary (fixed-length) typed arrays.
    const x = tables[1].columns[0];
    assert.ok(x.kind === 'numeric' && x.values instanceof Float64Array && x.values.length === 2000);
  });

  it('passes on a DataError from a worker with its file and line', async () => {
    const broken = folder.file('broken.csv', 'a,b\n1,"open\n');
    await assert.rejects(readTables([reference, broken]), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.equal(error.message, `${broken}:2: quote opened here is never closed`);
      assert.equal(error.file, broken);
      assert.equal(error.line, 2);
      return true;
    });
  });

  it('reads one dataset without a worker, and no dataset as none', async () => {
    assert.deepEqual(await readTables([third]), [await readTable(third)]);
    assert.deepEqual(await readTables([]), []);
  });
});

describe('readTableChunksInWorker', () => {
  const collect = async (chunks: AsyncIterable<TableChunk>) => {
    const out: TableChunk[] = [];
    for await (const chunk of chunks) out.push(chunk);
    return out;
  };

  it('hands out the chunks readTableChunks makes, dictionaries included', async () => {
    for (const chunkRows of [7, 500, 5000]) {
      const expected = await collect(readTableChunks([reference, current], { chunkRows }));
      const fromWorker = await collect(readTableChunksInWorker([reference, current], { chunkRows }));
      assert.equal(fromWorker.length, expected.length);
      // Compared one by one: a chunk's dictionary is the dataset's, grown since it was handed out, so only
      // the codes a chunk uses are its own.
      fromWorker.forEach((chunk, i) => {
        const { columns, ...rest } = chunk;
        const { columns: expectedColumns, ...expectedRest } = expected[i];
        assert.deepEqual(rest, expectedRest);
        columns.forEach((column, c) => {
          const want = expectedColumns[c];
          if (column.kind === 'categorical' && want.kind === 'categorical') {
            assert.deepEqual(
              Array.from(column.codes, (code) => column.dictionary[code]),
              Array.from(want.codes, (code) => want.dictionary[code]),
            );
          } else assert.deepEqual(column, want);
        });
      });
    }
  });

  it('reads the same chunks when the buffers of each go back to the reader for the next ones', async () => {
    // Missing and text cells in some rows only, so that rows a reused buffer held before would show.
    const mixed = folder.file(
      'mixed.csv',
      `x,c,when\n${Array.from({ length: 3000 }, (_, k) => `${k % 7 === 0 ? '' : k},${k % 5 === 0 ? '' : `t${k % 11}`},${k % 3 === 0 ? '' : '2024-01-02'}`).join('\n')}\n`,
    );
    const snapshot = (chunk: TableChunk) => ({
      lines: Array.from(chunk.lines),
      columns: chunk.columns.map((c) =>
        c.kind === 'numeric'
          ? Array.from(c.values)
          : Array.from(c.codes, (code) => c.dictionary[code] ?? null),
      ),
    });
    for (const chunkRows of [7, 500]) {
      const expected = (await collect(readTableChunks([mixed, reference], { chunkRows }))).map(snapshot);
      const seen = [];
      for await (const chunk of releasingChunks(readTableChunksInWorker([mixed, reference], { chunkRows }))) {
        seen.push(snapshot(chunk));
      }
      assert.deepEqual(seen, expected);

      // In one thread: the buffers given back are the ones later chunks are read into.
      const pool = new BufferPool();
      const given = new Set<ArrayBufferLike>();
      const inPool = [];
      let reused = 0;
      for await (const chunk of readTableChunks([mixed, reference], { chunkRows }, pool)) {
        inPool.push(snapshot(chunk));
        const buffers = [
          chunk.lines.buffer,
          ...chunk.columns.map((c) => (c.kind === 'numeric' ? c.values : c.codes).buffer),
        ];
        reused += buffers.filter((buffer) => given.has(buffer)).length;
        for (const buffer of buffers) given.add(buffer);
        pool.give(buffers as ArrayBuffer[]);
      }
      assert.deepEqual(inPool, expected);
      assert.ok(reused > 0);
    }
  });

  it('passes on a DataError after the chunks of the files before it', async () => {
    // Past the header block that planning reads, so the error comes while rows are being loaded.
    const broken = folder.file(
      'broken-late.csv',
      `x,c,when\n${'1,a,2024-01-01\n'.repeat(10_000)}1,a,"open\n`,
    );
    let rows = 0;
    await assert.rejects(
      (async () => {
        for await (const chunk of readTableChunksInWorker([reference, broken], { chunkRows: 100 })) {
          rows += chunk.rowCount;
        }
      })(),
      (error: unknown) => error instanceof DataError && error.file === broken && error.line === 10_002,
    );
    // The chunk holding the first file's last 100 rows would also hold the second file's first rows.
    assert.equal(rows, 1900);
  });

  it('hands the reading started ahead to the call with the same job, and reads afresh for another', async () => {
    const expected = (await collect(readTableChunks(reference, { chunkRows: 300 }))).map((c) => c.rowCount);
    const other = (await collect(readTableChunks(current, { chunkRows: 700 }))).map((c) => c.rowCount);
    startChunkReader(reference, { chunkRows: 300 });
    const rowCounts = async (inputs: string, chunkRows: number) =>
      (await collect(readTableChunksInWorker(inputs, { chunkRows }))).map((c) => c.rowCount);
    assert.deepEqual(await rowCounts(reference, 300), expected);
    assert.deepEqual(await rowCounts(reference, 300), expected);
    startChunkReader(reference, { chunkRows: 300 });
    assert.deepEqual(await rowCounts(current, 700), other);
  });

  it('takes the rows the reading started ahead already read, and reads afresh for another job', async () => {
    const file = folder.file('changes.csv', rows(0));
    startChunkReader(file, { chunkRows: 5000 });
    // Long enough for the reading to have read the whole (one-chunk) file before it changes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(file, 'x,c,when\n1,a,2024-01-01\n');
    // Asked again for the same reading (the action's entry, then its gate), it keeps the one started.
    startChunkReader(file, { chunkRows: 5000 });
    const rowCount = async (chunkRows: number) =>
      (await collect(readTableChunksInWorker(file, { chunkRows }))).reduce((n, c) => n + c.rowCount, 0);
    assert.equal(await rowCount(5000), 2000, 'the rows read before the file changed');
    assert.equal(await rowCount(5000), 1, 'a second reading reads the file as it is now');
  });

  it('reports the failure of a reading started ahead when it is taken', async () => {
    const missing = join(dirname(reference), 'missing.csv');
    startChunkReader(missing);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await assert.rejects(
      collect(readTableChunksInWorker(missing)),
      (error: unknown) => error instanceof DataError,
    );
  });

  it('lets the process end while a reading started ahead waits to be taken', () => {
    // A script file, as an action's entry is. Under -e --input-type=module the worker inherits that flag,
    // fails to load its own script, and so let the process end whether or not it was unref'd.
    const script = folder.file(
      'start-ahead.mjs',
      `const m = await import(${JSON.stringify(new URL('./chunk-reading.ts', import.meta.url).href)});\n` +
        `m.startChunkReader(${JSON.stringify(reference)}, { chunkRows: 10 });\nconsole.log('started');\n`,
    );
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(child.signal, null, 'the process had to be killed: the waiting worker kept it alive');
    assert.equal(child.status, 0, child.stderr);
    assert.equal(child.stdout.trim(), 'started');
  });

  it('stops the worker when the caller stops early', async () => {
    for await (const chunk of readTableChunksInWorker(reference, { chunkRows: 10 })) {
      assert.equal(chunk.rowCount, 10);
      break;
    }
  });
});
