// validateChunks and inferSchemaChunks against validateTable and inferSchema on the same data read whole:
// random small CSV datasets (one to three files, ragged rows, cells the declared type cannot read), random
// schemas and random chunk sizes must give deep-equal results.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type ReadOptions, readTable, readTableChunks } from '@modelgate/core';
import fc from 'fast-check';
import { scratchFolder } from '../../core/src/data/test-support.ts';
import type { ColumnType } from './core.ts';
import { inferSchema, inferSchemaChunks } from './infer.ts';
import { dataset, names, schema, schemaWith, write } from './random-datasets.ts';
import { validateChunks, validateTable } from './validate.ts';

/** The result, or the message of the error thrown: both paths must agree on either. */
async function settled<T>(run: () => T | Promise<T>): Promise<T | { error: string }> {
  try {
    return await run();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const folder = scratchFolder();
/** Where the runs spill their keys: empty after every run. */
const spillFolder = join(folder.dir, 'spill');
mkdirSync(spillFolder);

describe('validateChunks', () => {
  it('gives the result validateTable gives on the whole table, for any chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(names, { minLength: 1 }).chain((columns) => dataset(columns)),
        fc.option(
          fc.subarray(names, { minLength: 1 }).chain((columns) => dataset(columns)),
          { nil: undefined },
        ),
        schema,
        fc.record({
          chunkRows: fc.integer({ min: 1, max: 26 }),
          referenceChunkRows: fc.integer({ min: 1, max: 26 }),
          maxExamples: fc.integer({ min: 1, max: 4 }),
          maxInvalidExamples: fc.integer({ min: 0, max: 3 }),
          countedValues: fc.constantFrom(1, 2, 3, 1024),
          forceInteger: fc.boolean(),
          columns: fc.option(fc.subarray(names, { minLength: 1 }), { nil: undefined }),
          excludeColumns: fc.option(fc.subarray(names, { maxLength: 2 }), { nil: undefined }),
          // Bytes of key sets before spilling: none (from the first row), a few sets' worth, unlimited.
          keyMemory: fc.constantFrom(0, 500, 1200, undefined),
        }),
        async (data, referenceData, schema, settings) => {
          const files = write(data);
          const referenceFiles = referenceData ? write(referenceData) : undefined;
          // Forcing integer on a column of text makes cells the reader cannot read (invalid examples).
          const columnTypes: Record<string, ColumnType> = {};
          if (settings.forceInteger) columnTypes[data.columns[0]] = 'integer';
          const read: ReadOptions = { columnTypes, maxInvalidExamples: settings.maxInvalidExamples };
          const select = {
            maxExamples: settings.maxExamples,
            columns: settings.columns,
            excludeColumns: settings.excludeColumns,
            countedValues: settings.countedValues,
          };
          const referenceRead: ReadOptions = { maxInvalidExamples: settings.maxInvalidExamples };
          const whole = await settled(async () =>
            validateTable(await readTable(files, read), schema, {
              ...select,
              reference: referenceFiles ? await readTable(referenceFiles, referenceRead) : undefined,
            }),
          );
          const chunked = await settled(() =>
            validateChunks(() => readTableChunks(files, { ...read, chunkRows: settings.chunkRows }), schema, {
              ...select,
              keyMemory: settings.keyMemory,
              spillFolder,
              maxInvalidExamples: settings.maxInvalidExamples,
              reference: referenceFiles
                ? () =>
                    readTableChunks(referenceFiles, {
                      ...referenceRead,
                      chunkRows: settings.referenceChunkRows,
                    })
                : undefined,
            }),
          );
          assert.deepEqual(chunked, whole);
          assert.deepEqual(readdirSync(spillFolder), []);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('finds a duplicate whose first occurrence is in an earlier file and chunk', async () => {
    const a = folder.file('dup-a.csv', 'k,v\n1,x\n2,y\n');
    const b = folder.file('dup-b.csv', 'k,v\n3,z\n1,x\n');
    const schema = schemaWith({
      columns: [{ name: 'k', type: 'integer', required: true, nullable: true, unique: true }],
      duplicateRows: 'error',
    });
    const result = await validateChunks(() => readTableChunks([a, b], { chunkRows: 1 }), schema);
    const duplicateRow = result.findings.find((f) => f.check === 'duplicate-rows');
    assert.equal(
      duplicateRow?.message,
      `1 row repeats an earlier row in every column (25% of rows): ${b} line 3 repeats ${a} line 2`,
    );
    assert.deepEqual(duplicateRow?.locations, [{ file: b, line: 3, unit: 'line' }]);
    const repeated = result.findings.find((f) => f.check === 'duplicate-value');
    assert.match(repeated?.message ?? '', new RegExp(`"1" on ${b} line 3 \\(first on ${a} line 2\\)`));
  });

  it('points missing-value examples at empty cells only, past the unreadable cells it lists', async () => {
    // 30 unreadable cells (more than the examples a reader keeps) before the two empty ones.
    const rows = ['x,y', ...Array.from({ length: 30 }, (_, k) => `bad${k},1`), ',1', '7,1', ',1'];
    const file = folder.file('missing-after-bad.csv', `${rows.join('\n')}\n`);
    const schema = schemaWith({
      columns: [{ name: 'x', type: 'number', required: true, nullable: false, unique: false }],
    });
    const read: ReadOptions = { columnTypes: { x: 'number' }, maxInvalidExamples: 5 };
    for (const chunkRows of [4, 1000]) {
      const result = await validateChunks(() => readTableChunks(file, { ...read, chunkRows }), schema);
      const missing = result.findings.find((f) => f.check === 'missing-values');
      assert.equal(missing?.count, 2);
      assert.deepEqual(
        missing?.locations?.map((l) => l.line),
        [32, 34],
      );
    }
  });

  it('counts every unreadable row, past the problems the reader keeps', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 3000; i++) lines.push(i % 2 === 0 ? `${i},1` : `${i},1,extra`);
    const file = folder.file('ragged-many.csv', `${lines.join('\n')}\n`);
    const schema = inferSchema(await readTable(folder.file('ragged-ok.csv', 'a,b\n1,1\n')));
    const results = [
      validateTable(await readTable(file), schema),
      await validateChunks(() => readTableChunks(file, { chunkRows: 100 }), schema),
    ];
    for (const result of results) {
      assert.equal(result.metrics['unreadable-rows'], 1500);
      const unreadable = result.findings.filter((f) => f.check === 'unreadable-row');
      assert.equal(
        unreadable.reduce((n, f) => n + (f.count ?? 0), 0),
        1500,
      );
    }
  });

  it('compares duplicate shares on the columns the reference shares, streamed as read whole', async () => {
    // Rows repeat on a alone (b differs), so the data's duplicate share depends on comparing on a only.
    const data = folder.file('partial-data.csv', 'a,b\n1,x\n1,y\n2,z\n2,w\n3,v\n');
    const reference = folder.file('partial-reference.csv', 'a\n1\n2\n3\n4\n5\n');
    const schema = inferSchema(await readTable(reference));
    const whole = validateTable(await readTable(data), schema, { reference: await readTable(reference) });
    const streamed = await validateChunks(() => readTableChunks(data, { chunkRows: 2 }), schema, {
      reference: () => readTableChunks(reference, { chunkRows: 3 }),
    });
    assert.deepEqual(streamed, whole);
    const quality = whole.tables.find((t) => t.rows.some((r) => r[0] === 'duplicate-row share'));
    const row = quality?.rows.find((r) => r[0] === 'duplicate-row share');
    assert.deepEqual(row?.slice(2, 4), [0, 0.4]);
  });

  it('recounts a majority first met after the exact counts were full, in a second pass', async () => {
    // 20 distinct values, then "k" in 80% of all cells: with 4 values counted exactly, "k" is untracked.
    const lines = ['v', ...Array.from({ length: 20 }, (_, i) => `u${i}`), ...Array(80).fill('k')];
    const path = folder.file('late-majority.csv', `${lines.join('\n')}\n`);
    const schema = schemaWith({
      constantColumns: 'warn',
      almostConstantShare: 0.75,
    });
    let opened = 0;
    const open = () => {
      opened++;
      return readTableChunks(path, { chunkRows: 7 });
    };
    const result = await validateChunks(open, schema, { countedValues: 4 });
    assert.equal(opened, 2);
    assert.deepEqual(result, validateTable(await readTable(path), schema));
    const finding = result.findings.find((f) => f.check === 'almost-constant-column');
    assert.equal(finding?.count, 80);
    assert.equal(finding?.share, 0.8);
  });

  it('makes no second pass when no column can be almost constant', async () => {
    const lines = ['v', ...Array.from({ length: 60 }, (_, i) => `u${i % 30}`)];
    const path = folder.file('spread.csv', `${lines.join('\n')}\n`);
    const schema = schemaWith({
      duplicateRows: 'warn',
      constantColumns: 'warn',
      almostConstantShare: 0.6,
    });
    let opened = 0;
    const result = await validateChunks(
      () => {
        opened++;
        return readTableChunks(path, { chunkRows: 8 });
      },
      schema,
      { countedValues: 4 },
    );
    assert.equal(opened, 1);
    assert.deepEqual(result, validateTable(await readTable(path), schema));
  });

  it('refuses an empty file and a header-only file, whole or in chunks: 0 rows is never a pass', async () => {
    const empty = folder.file('empty.csv', '');
    const header = folder.file('header-only.csv', 'a,b\n');
    const schema = schemaWith({
      columns: [{ name: 'a', type: 'integer', required: true, nullable: false, unique: true }],
      rows: { min: 1 },
      extraColumns: 'warn',
      duplicateRows: 'warn',
      constantColumns: 'warn',
    });
    for (const path of [empty, header]) {
      const whole = await settled(async () => validateTable(await readTable(path), schema));
      const chunked = await settled(() => validateChunks(() => readTableChunks(path), schema));
      assert.ok('error' in chunked, path);
      assert.deepEqual(chunked, whole);
    }
    await assert.rejects(
      validateChunks(() => readTableChunks(header), schema),
      {
        name: 'DataError',
        message: `${header}: the data has 0 rows (no data under its header), so there is nothing to validate`,
      },
    );
    // Rows that are there but unreadable are findings at their lines, not this error.
    const ragged = folder.file('ragged-only.csv', 'a,b\n1,2,3\n');
    const result = await validateChunks(() => readTableChunks(ragged), schema);
    assert.equal(result.metrics.rows, 0);
    assert.equal(result.findings.find((f) => f.check === 'unreadable-row')?.severity, 'error');
    await assert.rejects(
      inferSchemaChunks(readTableChunks(header)),
      /no readable row to infer a schema from/,
    );
    await assert.rejects(
      inferSchemaChunks(readTableChunks(ragged)),
      /no readable row to infer a schema from/,
    );
  });

  it('removes the spilled keys when reading fails part way', async () => {
    const path = folder.file(
      'spill-then-fail.csv',
      ['k', ...Array.from({ length: 50 }, (_, i) => i % 30)].join('\n'),
    );
    const schema = schemaWith({
      columns: [{ name: 'k', type: 'integer', required: true, nullable: false, unique: true }],
      duplicateRows: 'warn',
    });
    let spilled = false;
    async function* failing() {
      for await (const chunk of readTableChunks(path, { chunkRows: 10 })) yield chunk;
      spilled = readdirSync(spillFolder).length > 0;
      throw new Error('the disk went away');
    }
    await assert.rejects(
      validateChunks(failing, schema, { keyMemory: 0, spillFolder }),
      /the disk went away/,
    );
    assert.ok(spilled, 'nothing was spilled before the failure');
    assert.deepEqual(readdirSync(spillFolder), []);
  });

  it('quotes the values of repeats found only after spilling, read in a second pass', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i % 25},v${i % 25}`);
    const path = folder.file('spill-quote.csv', ['k,v', ...rows].join('\n'));
    const schema = schemaWith({
      columns: [{ name: 'v', type: 'string', required: true, nullable: false, unique: true }],
      primaryKey: ['k'],
      duplicateRows: 'warn',
    });
    let opened = 0;
    const open = () => {
      opened++;
      return readTableChunks(path, { chunkRows: 7 });
    };
    const result = await validateChunks(open, schema, { keyMemory: 0, spillFolder });
    assert.equal(opened, 2);
    assert.deepEqual(result, validateTable(await readTable(path), schema));
    const unique = result.findings.find((f) => f.check === 'duplicate-value');
    assert.match(unique?.message ?? '', /15 rows repeat .*: "v0" on line 27 \(first on line 2\)/);
    const key = result.findings.find((f) => f.check === 'duplicate-key');
    assert.match(key?.message ?? '', /: \("0"\) on line 27, first on line 2;/);
  });

  it('validates 10,000 columns in chunks of a few rows', async () => {
    const width = 10_000;
    const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',');
    const row = (r: number) =>
      Array.from({ length: width }, (_, i) => (i % 2 ? String(r % 3) : `t${i % 7}`)).join(',');
    const path = folder.file('wide.csv', [header, row(0), row(1), row(2), row(3)].join('\n'));
    const schema = schemaWith({
      columns: [{ name: 'c1', type: 'integer', required: true, nullable: false, unique: true, max: 1 }],
      extraColumns: 'warn',
      duplicateRows: 'warn',
      constantColumns: 'warn',
    });
    const chunked = await validateChunks(() => readTableChunks(path, { chunkRows: 3 }), schema);
    assert.deepEqual(chunked, validateTable(await readTable(path), schema));
    assert.equal(chunked.metrics.columns, width);
    assert.equal(chunked.findings.find((f) => f.check === 'duplicate-value')?.count, 1);
  });
});

describe('inferSchemaChunks', () => {
  it('infers the schema inferSchema infers from the whole table, for any chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(names, { minLength: 1 }).chain((columns) => dataset(columns)),
        fc.integer({ min: 1, max: 26 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(0, 500, undefined),
        async (data, chunkRows, maxCategories, keyMemory) => {
          const files = write(data);
          const whole = await settled(async () => inferSchema(await readTable(files), { maxCategories }));
          const chunked = await settled(() =>
            inferSchemaChunks(readTableChunks(files, { chunkRows }), {
              maxCategories,
              keyMemory,
              spillFolder,
            }),
          );
          assert.deepEqual(chunked, whole);
          assert.deepEqual(readdirSync(spillFolder), []);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('validate options', () => {
  it('rejects maxExamples below 1, which would leave a finding without its first row', async () => {
    const table = await readTable(folder.file('options.csv', 'a\n1\n'));
    assert.throws(
      () => validateTable(table, inferSchema(table), { maxExamples: 0 }),
      /maxExamples must be a positive integer, got 0/,
    );
  });
});
