import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locateRow } from './core.ts';
import { tableFrom } from './test-table.ts';

describe('tableFrom', () => {
  it('types columns as a reader would and numbers lines after a header', () => {
    const table = tableFrom({ n: [1, 2.5, null], i: [1, 2, 3], s: ['x', null, 'x'], b: [true, false, null] });
    assert.deepEqual(
      table.columns.map((c) => [c.name, c.kind, c.type]),
      [
        ['n', 'numeric', 'number'],
        ['i', 'numeric', 'integer'],
        ['s', 'categorical', 'string'],
        ['b', 'numeric', 'boolean'],
      ],
    );
    const s = table.columns[2];
    assert.ok(s.kind === 'categorical');
    assert.deepEqual([...s.codes], [0, -1, 0]);
    assert.deepEqual(s.dictionary, ['x']);
    assert.deepEqual([...table.lines], [2, 3, 4]);
    assert.deepEqual(locateRow(table, 2), { file: 'data.csv', line: 4, unit: 'line' });
  });

  it('turns cells that do not fit a forced numeric type into invalid cells', () => {
    const table = tableFrom({ a: [1, 'x', 2.5, null] }, { types: { a: 'integer' } });
    const a = table.columns[0];
    assert.ok(a.kind === 'numeric');
    assert.equal(a.invalidCount, 2);
    assert.deepEqual(a.invalidExamples, [
      { row: 1, value: 'x' },
      { row: 2, value: '2.5' },
    ]);
    assert.ok(Number.isNaN(a.values[3]));
  });

  it('spreads rows over several sources', () => {
    const table = tableFrom(
      { a: [1, 2, 3] },
      {
        sources: [
          { file: 'a.csv', rows: 1 },
          { file: 'b.parquet', rows: 2, format: 'parquet' },
        ],
      },
    );
    assert.deepEqual(locateRow(table, 0), { file: 'a.csv', line: 2, unit: 'line' });
    assert.deepEqual(locateRow(table, 2), { file: 'b.parquet', line: 2, unit: 'row' });
  });
});
