import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blockSize } from './byte-source.ts';
import { DataError } from './errors.ts';
import { readTableChunks, type TableChunk } from './read-chunks.ts';
import { readTable } from './read-table.ts';
import { locateRow, type Table } from './table.ts';
import { scratchFolder } from './test-support.ts';

const folder = scratchFolder();

async function collect(inputs: string | string[], options = {}): Promise<TableChunk[]> {
  const chunks: TableChunk[] = [];
  for await (const chunk of readTableChunks(inputs, options)) chunks.push(chunk);
  return chunks;
}

/** Everything a chunk says about its rows, in dataset terms, so chunks compare with readTable's table. */
function view(table: Table, rowOffset = 0) {
  return {
    columns: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      cells: (c.kind === 'numeric'
        ? Array.from(c.values, (v) => (Number.isNaN(v) ? null : v))
        : Array.from(c.codes, (code) => (code < 0 ? null : c.dictionary[code]))) as (
        | number
        | string
        | null
      )[],
      invalid: c.kind === 'numeric' ? c.invalidCount : 0,
      examples:
        c.kind === 'numeric'
          ? c.invalidExamples.map((e) => ({ row: e.row + rowOffset, value: e.value }))
          : [],
    })),
    locations: Array.from({ length: table.rowCount }, (_, r) => locateRow(table, r)),
    files: table.sources.map((s) => s.file),
    problems: table.problems,
    problemCount: table.problemCount ?? table.problems.length,
  };
}

/** The chunks joined back into one view; invalid examples cut to `maxExamples`, as readTable keeps them. */
function joined(chunks: TableChunk[], maxExamples = 20) {
  const views = chunks.map((chunk) => view(chunk, chunk.rowOffset));
  const [first] = views;
  return {
    columns: first.columns.map((c, k) => ({
      name: c.name,
      type: c.type,
      cells: views.flatMap((v) => v.columns[k].cells),
      invalid: views.reduce((sum, v) => sum + v.columns[k].invalid, 0),
      examples: views.flatMap((v) => v.columns[k].examples).slice(0, maxExamples),
    })),
    locations: views.flatMap((v) => v.locations),
    files: [...new Set(views.flatMap((v) => v.files))],
    problems: views.flatMap((v) => v.problems),
    problemCount: views.reduce((sum, v) => sum + v.problemCount, 0),
  };
}

const cell = fc.oneof(
  fc.integer({ min: -50, max: 50 }).map(String),
  fc.constantFrom('1.5', '-0.25', 'abc', 'x y', '', 'NA', '"q,uo""te"', '"two\nlines"', 'true', '2024-01-02'),
);

const rowsArb = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 25 });

function csvText(rows: string[][], ragged: number[]): string {
  const lines = rows.map((row, i) => (ragged.includes(i) ? row.slice(0, 3) : row).join(','));
  return `a,b,c,d\n${lines.join('\n')}${rows.length > 0 ? '\n' : ''}`;
}

describe('readTableChunks', () => {
  it('yields the rows of readTable, in order, once, with exact provenance (property)', async () => {
    const saved = blockSize.bytes;
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          rowsArb,
          rowsArb,
          fc.array(fc.nat(24), { maxLength: 3 }),
          fc.constantFrom(1, 2, 7, 1000),
          fc.constantFrom(7, 64, 4096),
          fc.constantFrom(1, 3, 100),
          async (rowsA, rowsB, ragged, chunkRows, block, inferRows) => {
            blockSize.bytes = block;
            run++;
            const a = folder.file(`p${run}-a.csv`, csvText(rowsA, ragged));
            const b = folder.file(`p${run}-b.csv`, csvText(rowsB, []));
            const options = { inferRows, maxInvalidExamples: 2, maxProblems: 2 };
            const whole = await readTable([a, b], options);
            const chunks = await collect([a, b], { ...options, chunkRows });
            assert.ok(chunks.length >= 1);
            for (const [i, chunk] of chunks.entries()) {
              assert.ok(chunk.rowCount <= chunkRows);
              const before = chunks.slice(0, i).reduce((sum, c) => sum + c.rowCount, 0);
              assert.equal(chunk.rowOffset, before);
            }
            assert.deepEqual(joined(chunks, 2), view(whole));
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      blockSize.bytes = saved;
    }
  });

  it('streams JSON Lines with the same rows and problems as readTable', async () => {
    const file = folder.file(
      'rows.jsonl',
      '{"a":1,"b":"x"}\nnot json\n{"a":2.5,"b":"y"}\n\n{"a":"zz","b":null,"c":1}\n{"a":4,"b":"x"}\n',
    );
    const chunks = await collect(file, { chunkRows: 2, inferRows: 2 });
    assert.deepEqual(
      chunks.map((c) => c.rowCount),
      [2, 2],
    );
    assert.deepEqual(joined(chunks), view(await readTable(file, { inferRows: 2 })));
  });

  it('shares one growing dictionary per text column across chunks', async () => {
    const file = folder.file('dict.csv', 'c\nu\nv\nu\nw\n');
    const chunks = await collect(file, { chunkRows: 2, columnTypes: { c: 'category' } });
    const [first, second] = chunks.map((c) => c.columns[0]);
    assert.ok(first.kind === 'categorical' && second.kind === 'categorical');
    assert.equal(first.dictionary, second.dictionary);
    assert.deepEqual(Array.from(second.codes), [0, 2]);
  });

  it('yields one empty chunk for a header-only file, and rejects an empty file', async () => {
    const headerOnly = await collect(folder.file('header.csv', 'a,b\n'));
    assert.equal(headerOnly.length, 1);
    assert.equal(headerOnly[0].rowCount, 0);
    assert.deepEqual(
      headerOnly[0].columns.map((c) => c.name),
      ['a', 'b'],
    );
    await assert.rejects(collect(folder.file('empty.csv', '')), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.match(error.message, /empty\.csv: the file is empty/);
      return true;
    });
  });

  it('starts with small chunks, doubling up to the size chunkBytes gives, unless chunkRows is given', async () => {
    const text = `x,c\n${Array.from({ length: 30_000 }, (_, k) => `${k},c${k % 5}`).join('\n')}\n`;
    const file = folder.file('ramp.csv', text);
    // 8,192 rows of 2 columns at 8 bytes a cell.
    const chunks = await collect(file, { chunkBytes: 8192 * 2 * 8 });
    assert.deepEqual(
      chunks.map((c) => c.rowCount),
      [2048, 4096, 8192, 8192, 7472],
    );
    assert.deepEqual(joined(chunks), view(await readTable(file)));
    const given = await collect(file, { chunkRows: 8192 });
    assert.deepEqual(
      given.map((c) => c.rowCount),
      [8192, 8192, 8192, 5424],
    );
  });

  it('cuts a 10,000-column file into small chunks by default', async () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const row = names.map((_, i) => i % 7);
    const rows = Array.from({ length: 500 }, () => row.join(','));
    const file = folder.file('wide.csv', `${names.join(',')}\n${rows.join('\n')}\n`);
    const chunks = await collect(file);
    assert.ok(chunks.length > 1, `expected several chunks, got ${chunks.length}`);
    assert.equal(
      chunks.reduce((sum, c) => sum + c.rowCount, 0),
      500,
    );
    assert.equal(chunks[0].columns.length, 10_000);
  });

  it('fails on an unreadable file with a DataError naming file and line', async () => {
    const file = folder.file('open-quote.csv', 'a\n1\n2\n"3\n');
    const seen: number[] = [];
    await assert.rejects(
      (async () => {
        for await (const chunk of readTableChunks(file, { chunkRows: 1 })) seen.push(chunk.rowCount);
      })(),
      (error: unknown) => {
        assert.ok(error instanceof DataError);
        assert.equal(error.line, 4);
        return true;
      },
    );
    await assert.rejects(collect(file, { chunkRows: 0 }), /chunkRows must be a positive integer/);
  });
});
