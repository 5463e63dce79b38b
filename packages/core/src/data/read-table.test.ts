import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DataError } from './errors.ts';
import { resolveOptions } from './options.ts';
import { datasetFiles, planDelimited, readTable } from './read-table.ts';
import { locateRow } from './table.ts';
import { cells, scratchFolder, types } from './test-support.ts';

const folder = scratchFolder();
mkdirSync(join(folder.dir, 'parts'));
mkdirSync(join(folder.dir, 'empty'));
const partA = folder.file('parts/a.csv', 'id,x,c\n1,1,u\n2,2,v\n');
const partB = folder.file('parts/b.csv', 'c,id,x\nw,3,3.5\n'); // same columns, another order
const partC = folder.file('parts/c.csv', 'id,x,c\n\n4,4,u\n');

async function rejectsWith(promise: Promise<unknown>, message: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof DataError, `expected a DataError, got ${error}`);
    assert.equal(error.message, message);
    return true;
  });
}

describe('readTable: datasets of several files', () => {
  it('reads a glob as one dataset, files sorted, columns matched by name', async () => {
    const table = await readTable(join(folder.dir, 'parts/*.csv'));
    assert.deepEqual(cells(table, 'id'), [1, 2, 3, 4]);
    assert.deepEqual(cells(table, 'x'), [1, 2, 3.5, 4]);
    assert.deepEqual(cells(table, 'c'), ['u', 'v', 'w', 'u']);
    assert.equal(types(table).x, 'number'); // the sample spans the files
    assert.deepEqual(
      table.sources.map((s) => [s.file, s.firstRow, s.rowCount]),
      [
        [partA, 0, 2],
        [partB, 2, 1],
        [partC, 3, 1],
      ],
    );
    assert.deepEqual(locateRow(table, 2), { file: partB, line: 2, unit: 'line' });
    assert.deepEqual(locateRow(table, 3), { file: partC, line: 3, unit: 'line' });
  });

  it('keeps the order of an explicit list and drops repeats', async () => {
    const table = await readTable([partC, partA, partC]);
    assert.deepEqual(cells(table, 'id'), [4, 1, 2]);
  });

  it('refuses a file whose columns differ, naming both files and the difference', async () => {
    const odd = folder.file('odd.csv', 'id,x,extra\n1,2,3\n');
    await rejectsWith(
      readTable([partA, odd]),
      `${odd}: its columns differ from ${partA}: missing "c"; has extra "extra"`,
    );
  });

  it('refuses mixed formats and unknown extensions', async () => {
    const json = folder.file('mixed.jsonl', '{"id": 1}\n');
    await rejectsWith(
      readTable([partA, json]),
      `${json}: is jsonl but ${partA} is csv: the files of one dataset must share a format`,
    );
    const txt = folder.file('data.txt', 'a\n1\n');
    await assert.rejects(readTable(txt), /data\.txt: unknown data format/);
  });

  it('names a glob that matches nothing, and a file that does not exist', async () => {
    const pattern = join(folder.dir, 'empty/*.csv');
    await rejectsWith(readTable(pattern), `${pattern}: the pattern matches no file`);
    const missing = join(folder.dir, 'nope.csv');
    await rejectsWith(readTable(missing), `${missing}: no such file`);
  });
});

describe('readTable: options', () => {
  it('loads only the chosen columns, in file order', async () => {
    const table = await readTable(partA, { columns: ['c', 'id'] });
    assert.deepEqual(
      table.columns.map((c) => c.name),
      ['id', 'c'],
    );
    const without = await readTable(partA, { excludeColumns: ['x'] });
    assert.deepEqual(
      without.columns.map((c) => c.name),
      ['id', 'c'],
    );
  });

  it('names an unknown column and lists the columns there are', async () => {
    await rejectsWith(
      readTable(partA, { columns: ['id', 'agee'] }),
      `${partA}: columns names a column "agee" that does not exist; the columns are: "id", "x", "c"`,
    );
    await rejectsWith(
      readTable(partA, { excludeColumns: ['zz'] }),
      `${partA}: exclude-columns names a column "zz" that does not exist; the columns are: "id", "x", "c"`,
    );
    await rejectsWith(
      readTable(partA, { columnTypes: { nope: 'number' } }),
      `${partA}: column-types names a column "nope" that does not exist; the columns are: "id", "x", "c"`,
    );
  });

  it('takes column names that are also the names of object members as plain names', async () => {
    const file = folder.file('members.csv', 'constructor,toString,__proto__\n1,x,2.5\n2,y,3\n');
    const inferred = await readTable(file);
    // An object literal cannot hold a __proto__ key; fromEntries can.
    const expected = (entries: string[][]) => Object.fromEntries(entries);
    assert.deepEqual(
      types(inferred),
      expected([
        ['constructor', 'integer'],
        ['toString', 'string'],
        ['__proto__', 'number'],
      ]),
    );
    const forced = await readTable(file, {
      columnTypes: JSON.parse('{"__proto__": "string", "toString": "category"}'),
    });
    assert.deepEqual(
      types(forced),
      expected([
        ['constructor', 'integer'],
        ['toString', 'category'],
        ['__proto__', 'string'],
      ]),
    );
  });

  it('checks option values', async () => {
    await assert.rejects(readTable(partA, { inferRows: 0 }), /inferRows must be a positive integer, got 0/);
    await assert.rejects(readTable(partA, { maxProblems: -1 }), /maxProblems must be a non-negative integer/);
    await assert.rejects(
      readTable(partA, { columnTypes: { x: 'float' as 'number' } }),
      /must be one of integer, number/,
    );
    await assert.rejects(readTable([]), /no data files given/);
  });
});

describe('planDelimited', () => {
  it('samples the first rows to infer types and measure rows, and skips them when neither is needed', async () => {
    const files = await datasetFiles([partA, partC]);
    const allTyped = resolveOptions({ columnTypes: { id: 'integer', x: 'number', c: 'category' } });
    const measured = await planDelimited(files, allTyped);
    assert.equal(measured.stats.rows, 3, 'the rows of both files, to measure bytes per row');
    const unmeasured = await planDelimited(files, allTyped, false);
    assert.equal(unmeasured.stats.rows, 0, 'nothing to infer, nothing to measure: no sample');
    assert.deepEqual(unmeasured.types, ['integer', 'number', 'category']);
    const inferred = await planDelimited(files, resolveOptions({ columnTypes: { id: 'number' } }), false);
    assert.equal(inferred.stats.rows, 3, 'a column left to infer is sampled');
    assert.deepEqual(inferred.types, ['number', 'integer', 'category']);
  });

  it('takes typeHints for the columns the data has, after columnTypes, ignoring the names it lacks', async () => {
    const files = await datasetFiles([partA]);
    const hinted = await planDelimited(
      files,
      resolveOptions({
        columnTypes: { id: 'number' },
        typeHints: { id: 'string', x: 'category', c: 'string', absent: 'integer' },
      }),
      false,
    );
    assert.deepEqual(hinted.types, ['number', 'category', 'string']);
    assert.equal(hinted.stats.rows, 0, 'every column typed: no sample');
  });
});

describe('readTable: typeHints', () => {
  it('reads a hinted column as its type wherever a cell lies, keeping text as written', async () => {
    const path = folder.file('zips.csv', 'zip,n\n02134,1\n10001,1.5\n');
    const table = await readTable(path, { typeHints: { zip: 'category', n: 'integer' } });
    assert.deepEqual(types(table), { zip: 'category', n: 'integer' });
    assert.deepEqual(cells(table, 'zip'), ['02134', '10001']);
    const n = table.columns[1];
    assert.equal(n.kind === 'numeric' && n.invalidCount, 1, '1.5 is not an integer');
    await assert.rejects(readTable(path, { typeHints: { zip: 'texty' as never } }), /column type for "zip"/);
  });
});
