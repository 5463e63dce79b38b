import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataError } from './errors.ts';
import { readTables } from './parallel.ts';
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
