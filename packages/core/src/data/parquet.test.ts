// Fixtures: fixtures/*.parquet, written by fixtures/make_parquet_fixtures.py (values listed there).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DataError } from './errors.ts';
import { readTable } from './read-table.ts';
import { locateRow } from './table.ts';
import { cells, column, scratchFolder, types } from './test-support.ts';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const ms = 1704164645678; // 2024-01-02T03:04:05.678Z

describe('Parquet', () => {
  it('maps physical and logical types to table types', async () => {
    const table = await readTable(fixture('types.parquet'));
    assert.deepEqual(types(table), {
      i32: 'integer',
      i64: 'integer',
      big: 'integer',
      f32: 'number',
      f64: 'number',
      flag: 'boolean',
      name: 'category',
      id: 'string',
      ts_ms: 'datetime',
      ts_us: 'datetime',
      ts_ns: 'datetime',
      day: 'datetime',
      ts96: 'datetime',
      price: 'number',
      point: 'string',
    });
    assert.deepEqual(cells(table, 'i32'), [1, -2, 3, 4, 5, 6]);
    assert.deepEqual(cells(table, 'i64'), [10, null, 30, 40, 50, 60]);
    assert.deepEqual(cells(table, 'f32'), [0.5, 1.25, -2, 3.5, 0, 1]);
    assert.deepEqual(cells(table, 'f64'), [0.1, null, 2.5, -1e300, 2.75, 2]);
    assert.deepEqual(cells(table, 'flag'), [1, 0, null, 1, 1, 0]);
    assert.deepEqual(cells(table, 'name'), ['a', 'b', 'a', 'c', null, 'a']);
    assert.deepEqual(cells(table, 'id'), ['id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6']);
    assert.deepEqual(cells(table, 'ts_ms'), [ms, ms + 1, ms + 2, ms + 3, ms + 4, ms + 5]);
    assert.equal(cells(table, 'ts_us')[0], ms + 0.25);
    assert.equal(cells(table, 'ts_ns')[0], ms);
    assert.deepEqual(cells(table, 'day'), [
      Date.UTC(2024, 0, 2),
      0,
      -86_400_000,
      86_400_000,
      172_800_000,
      259_200_000,
    ]);
    assert.equal(cells(table, 'ts96')[0], Date.UTC(2024, 0, 2, 1));
    assert.deepEqual(cells(table, 'price'), [19.99, -0.05, 0, 1, 2.5, 0.01]);
    assert.deepEqual(cells(table, 'point').slice(0, 2), ['{"x":1,"y":"p"}', '{"x":2,"y":"q"}']);
  });

  it('stores a 64-bit integer only when no precision is lost; others are invalid cells with their exact text', async () => {
    const table = await readTable(fixture('types.parquet'), { columns: ['big'] });
    assert.deepEqual(cells(table, 'big'), [2 ** 53 - 1, -(2 ** 53 - 1), null, 7, null, 0]);
    const big = column(table, 'big');
    assert.ok(big.kind === 'numeric');
    assert.equal(big.invalidCount, 2);
    assert.deepEqual(big.invalidExamples, [
      { row: 2, value: '9007199254740993' },
      { row: 4, value: '1152921504606846976' },
    ]);
    // As a number column, 2^60 converts exactly and is kept; 2^53 + 1 does not.
    const asNumber = await readTable(fixture('types.parquet'), {
      columns: ['big'],
      columnTypes: { big: 'number' },
    });
    assert.deepEqual(cells(asNumber, 'big'), [2 ** 53 - 1, -(2 ** 53 - 1), null, 7, 2 ** 60, 0]);
  });

  it('reads every codec and every row group, with row numbers as provenance', async () => {
    for (const codec of ['uncompressed', 'snappy', 'gzip', 'brotli']) {
      const path = fixture(`rows-${codec}.parquet`);
      const table = await readTable(path);
      assert.deepEqual(cells(table, 'x'), [1, 2, 3, 4, 5], codec);
      assert.deepEqual(cells(table, 'label'), ['u', 'v', 'u', 'v', 'u'], codec);
      assert.deepEqual(Array.from(table.lines), [1, 2, 3, 4, 5], codec);
      assert.deepEqual(locateRow(table, 3), { file: path, line: 4, unit: 'row' });
    }
  });

  it('reads several files as one dataset', async () => {
    const table = await readTable([fixture('rows-gzip.parquet'), fixture('rows-more.parquet')]);
    assert.deepEqual(cells(table, 'x'), [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(cells(table, 'label'), ['u', 'v', 'u', 'v', 'u', 'v', null]);
    assert.deepEqual(
      table.sources.map((s) => [s.firstRow, s.rowCount, s.format]),
      [
        [0, 5, 'parquet'],
        [5, 2, 'parquet'],
      ],
    );
    assert.deepEqual(locateRow(table, 6), { file: fixture('rows-more.parquet'), line: 2, unit: 'row' });
  });

  it('refuses files whose columns differ, naming both and the difference', async () => {
    const first = fixture('rows-gzip.parquet');
    const other = fixture('other-columns.parquet');
    await assert.rejects(readTable([first, other]), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.equal(
        error.message,
        `${other}: its columns differ from ${first}: missing "label"; has extra "score"`,
      );
      return true;
    });
  });

  it('converts values when a type is overridden', async () => {
    const table = await readTable(fixture('types.parquet'), {
      columns: ['i32', 'name', 'flag'],
      columnTypes: { i32: 'category', name: 'integer', flag: 'integer' },
    });
    assert.deepEqual(cells(table, 'i32'), ['1', '-2', '3', '4', '5', '6']);
    assert.deepEqual(cells(table, 'name'), [null, null, null, null, null, null]);
    const name = column(table, 'name');
    assert.ok(name.kind === 'numeric');
    assert.equal(name.invalidCount, 5);
    assert.deepEqual(cells(table, 'flag'), [1, 0, null, 1, 1, 0]);
  });

  it('reports a file that is not Parquet', async () => {
    const path = scratchFolder().file('fake.parquet', 'not parquet at all');
    await assert.rejects(readTable(path), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.match(error.message, /fake\.parquet: is not a readable Parquet file/);
      return true;
    });
  });
});
