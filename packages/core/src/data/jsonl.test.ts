import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { blockSize } from './byte-source.ts';
import { DataError } from './errors.ts';
import { readTable } from './read-table.ts';
import { cells, column, scratchFolder, types } from './test-support.ts';

const folder = scratchFolder();
let counter = 0;
const jsonl = (lines: string[] | Uint8Array, extension = 'jsonl') =>
  folder.file(`t${++counter}.${extension}`, lines instanceof Uint8Array ? lines : `${lines.join('\n')}\n`);

describe('JSON Lines', () => {
  it('reads one object per line, with types inferred from the values', async () => {
    const path = jsonl([
      '{"id": 1, "score": 0.5, "ok": true, "when": "2024-01-02", "color": "red", "name": "ann"}',
      '{"id": 2, "score": 1.5, "ok": false, "when": "2024-01-03T10:00:00Z", "color": "red", "name": "bob"}',
      '{"id": 3, "score": 2, "ok": true, "when": "2024-01-04", "color": "blue", "name": "cy"}',
    ]);
    const table = await readTable(path);
    assert.deepEqual(types(table), {
      id: 'integer',
      score: 'number',
      ok: 'boolean',
      when: 'datetime',
      color: 'category',
      name: 'string',
    });
    assert.deepEqual(cells(table, 'score'), [0.5, 1.5, 2]);
    assert.deepEqual(cells(table, 'ok'), [1, 0, 1]);
    assert.deepEqual(cells(table, 'when'), [
      Date.UTC(2024, 0, 2),
      Date.UTC(2024, 0, 3, 10),
      Date.UTC(2024, 0, 4),
    ]);
    assert.deepEqual(cells(table, 'color'), ['red', 'red', 'blue']);
    assert.deepEqual(Array.from(table.lines), [1, 2, 3]);
    assert.deepEqual(table.sources, [{ file: path, format: 'jsonl', firstRow: 0, rowCount: 3 }]);
  });

  it('treats missing keys, null and missing-value texts as missing cells', async () => {
    const table = await readTable(
      jsonl(['{"a": 1, "b": "x"}', '{"a": null}', '{"b": "NA", "a": "NaN"}', '{"a": 4, "b": "x"}']),
    );
    assert.deepEqual(cells(table, 'a'), [1, null, null, 4]);
    assert.deepEqual(cells(table, 'b'), ['x', null, null, 'x']);
  });

  it('reads nested values as their JSON text', async () => {
    const table = await readTable(
      jsonl(['{"tags": ["a", "b"], "meta": {"k": 1}}', '{"tags": [], "meta": null}']),
    );
    assert.deepEqual(cells(table, 'tags'), ['["a","b"]', '[]']);
    assert.deepEqual(cells(table, 'meta'), ['{"k":1}', null]);
  });

  it('skips blank lines; reports lines that are not JSON objects and leaves them out', async () => {
    const path = jsonl(['{"a": 1}', '', '   ', '{"a": 2', '[1, 2]', '"text"', 'null', '{"a": 3}']);
    const table = await readTable(path);
    assert.deepEqual(cells(table, 'a'), [1, 3]);
    assert.deepEqual(Array.from(table.lines), [1, 8]);
    assert.deepEqual(
      table.problems.map((p) => [p.line, p.message.replace(/:.*/, '')]),
      [
        [4, 'not valid JSON'],
        [5, 'expected a JSON object, found an array'],
        [6, 'expected a JSON object, found a string'],
        [7, 'expected a JSON object, found null'],
      ],
    );
    assert.ok(table.problems.every((p) => p.file === path));
  });

  it('takes columns from the keys of the first inferRows rows; a later key is reported once and ignored', async () => {
    const path = jsonl(['{"a": 1}', '{"a": 2, "b": "x"}', '{"a": 3, "late": 1}', '{"a": 4, "late": 2}']);
    const table = await readTable(path, { inferRows: 2 });
    assert.deepEqual(
      table.columns.map((c) => c.name),
      ['a', 'b'],
    );
    assert.deepEqual(cells(table, 'a'), [1, 2, 3, 4]);
    assert.deepEqual(table.problems, [
      {
        file: path,
        line: 3,
        message:
          'key "late" is not a column (columns are the keys of the first 2 rows); its values are ignored',
      },
    ]);
  });

  it('makes later values that do not fit the inferred type invalid cells', async () => {
    const table = await readTable(
      jsonl(['{"n": 1}', '{"n": 2}', '{"n": 2.5}', '{"n": "seven"}', '{"n": true}', '{"n": "8"}']),
      {
        inferRows: 2,
      },
    );
    assert.deepEqual(cells(table, 'n'), [1, 2, null, null, null, 8]);
    const n = column(table, 'n');
    assert.ok(n.kind === 'numeric');
    assert.deepEqual(n.invalidExamples, [
      { row: 2, value: '2.5' },
      { row: 3, value: 'seven' },
      { row: 4, value: 'true' },
    ]);
  });

  it('reads CRLF lines, .ndjson and gzip', async () => {
    const text = '{"a": 1}\r\n{"a": 2}\r\n';
    const table = await readTable(jsonl(Buffer.from(text), 'ndjson'));
    assert.deepEqual(cells(table, 'a'), [1, 2]);
    const gz = await readTable(jsonl(gzipSync(text), 'jsonl.gz'));
    assert.deepEqual(cells(gz, 'a'), [1, 2]);
  });

  it('reports bytes that are not UTF-8 with the line', async () => {
    const path = jsonl(
      Buffer.concat([Buffer.from('{"a": 1}\n{"a": "'), Buffer.from([0xff]), Buffer.from('"}\n')]),
    );
    await assert.rejects(readTable(path), (error: unknown) => {
      assert.ok(error instanceof DataError);
      assert.equal(error.message, `${path}:2: bytes that are not valid UTF-8`);
      return true;
    });
  });

  it('refuses a dataset with no object to take columns from', async () => {
    const path = jsonl(['', '[1]']);
    await assert.rejects(readTable(path), /no columns/);
  });

  it('applies type overrides and column selection', async () => {
    const table = await readTable(jsonl(['{"a": 1, "b": 2, "c": 3}', '{"a": 4, "b": 5, "c": 6}']), {
      columnTypes: { a: 'category' },
      excludeColumns: ['c'],
    });
    assert.deepEqual(types(table), { a: 'category', b: 'integer' });
    assert.deepEqual(cells(table, 'a'), ['1', '4']);
    assert.equal(table.problems.length, 0); // an excluded key is known, not unknown
  });

  describe('lines cut at block boundaries', () => {
    const original = blockSize.bytes;
    afterEach(() => {
      blockSize.bytes = original;
    });

    it('reads the same table whatever the block size', async () => {
      const text = '{"a": 1, "b": "x"}\r\n\n{"a": 2.5, "b": "é"}\nnot json\n{"a": null, "b": "x", "c": 1}';
      const path = jsonl(Buffer.from(text));
      const expected = await readTable(path, { inferRows: 2 });
      assert.equal(expected.rowCount, 3);
      for (let bytes = 1; bytes <= text.length + 1; bytes++) {
        blockSize.bytes = bytes;
        assert.deepEqual(await readTable(path, { inferRows: 2 }), expected, `block of ${bytes} bytes`);
      }
    });
  });
});
