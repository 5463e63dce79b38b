import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MajorityCounter } from './column-stats.ts';
import { cellText, missingAmong, missingCount, parseAs, readAs } from './column-values.ts';
import { tableFrom } from './test-table.ts';

function column(cells: (number | string | boolean | null)[], type?: 'integer' | 'number' | 'string') {
  return tableFrom({ c: cells }, type ? { types: { c: type } } : {}).columns[0];
}

describe('parseAs', () => {
  it('reads text as each numeric type, NaN where it does not fit', () => {
    assert.equal(parseAs(' 42 ', 'integer'), 42);
    assert.equal(parseAs('1e3', 'integer'), 1000);
    assert.ok(Number.isNaN(parseAs('2.5', 'integer')));
    assert.ok(Number.isNaN(parseAs('0x10', 'number')));
    assert.ok(Number.isNaN(parseAs('', 'number')));
    assert.equal(parseAs('-.5', 'number'), -0.5);
    assert.equal(parseAs('-Inf', 'number'), Number.NEGATIVE_INFINITY);
    assert.ok(Number.isNaN(parseAs('inf', 'integer')));
    assert.equal(parseAs('YES', 'boolean'), 1);
    assert.equal(parseAs('false', 'boolean'), 0);
    assert.ok(Number.isNaN(parseAs('maybe', 'boolean')));
    assert.equal(parseAs('2024-01-02', 'datetime'), Date.UTC(2024, 0, 2));
  });
});

describe('missingCount', () => {
  it('counts empty cells but not cells the reader could not parse', () => {
    assert.equal(missingCount(column([1, null, 'x', null], 'integer')), 2);
    assert.equal(missingCount(column(['a', null, null])), 2);
  });

  it('is what missingAmong makes of the present cells a MajorityCounter counted', () => {
    for (const c of [
      column([1, null, 'x', null, 1], 'integer'),
      column(['a', null, null, 'b']),
      column([]),
    ]) {
      assert.equal(missingAmong(c, new MajorityCounter(4).add(c)), missingCount(c));
    }
  });
});

describe('readAs', () => {
  it('shares the reader array when the types agree', () => {
    const c = column([1, 2, null]);
    assert.ok(c.kind === 'numeric');
    const typed = readAs(c, 'number', 20);
    assert.equal(typed.numbers, c.values);
    assert.equal(typed.mismatchCount, 0);
  });

  it('counts non-integers of a number column as integer mismatches, in row order with invalid cells', () => {
    const c = tableFrom({ c: [1, 2.5, 'oops', 3, 4.25] }, { types: { c: 'number' } }).columns[0];
    const typed = readAs(c, 'integer', 20);
    assert.equal(typed.mismatchCount, 3);
    assert.deepEqual(typed.mismatchExamples, [
      { row: 1, value: '2.5' },
      { row: 2, value: 'oops' },
      { row: 4, value: '4.25' },
    ]);
    assert.ok(typed.numbers && Number.isNaN(typed.numbers[1]) && typed.numbers[3] === 3);
    assert.ok(c.kind === 'numeric' && c.values[1] === 2.5, 'the reader array is left alone');
  });

  it('accepts 0 and 1 as booleans and nothing else', () => {
    const typed = readAs(column([0, 1, 2, null]), 'boolean', 20);
    assert.equal(typed.mismatchCount, 1);
    assert.deepEqual(typed.mismatchExamples, [{ row: 2, value: '2' }]);
  });

  it('parses each distinct text once when the schema wants numbers', () => {
    const typed = readAs(column(['1', 'x', '3', 'x', null]), 'integer', 1);
    assert.equal(typed.mismatchCount, 2);
    assert.deepEqual(typed.mismatchExamples, [{ row: 1, value: 'x' }]);
    assert.deepEqual([...(typed.numbers as Float64Array)].slice(0, 3), [1, Number.NaN, 3]);
  });

  it('reports every value of an incompatible numeric type and offers no values to check', () => {
    const c = tableFrom({ c: [true, false, null] }).columns[0];
    const typed = readAs(c, 'datetime', 20);
    assert.equal(typed.mismatchCount, 2);
    assert.deepEqual(typed.mismatchExamples, [
      { row: 0, value: 'true' },
      { row: 1, value: 'false' },
    ]);
    assert.equal(typed.numbers, undefined);
  });

  it('reads numbers as text for a string schema', () => {
    const typed = readAs(column([5, 7, 5, null]), 'category', 20);
    assert.deepEqual(typed.text?.dictionary, ['5', '7']);
    assert.deepEqual([...(typed.text?.codes ?? [])], [0, 1, 0, -1]);
    assert.equal(typed.mismatchCount, 0);
  });
});

describe('cellText', () => {
  it('writes cells as the data would', () => {
    const table = tableFrom({ b: [true], d: [new Date(Date.UTC(2024, 0, 1))], s: ['x'], n: [null] });
    assert.deepEqual(
      table.columns.map((c) => cellText(c, 0)),
      ['true', '2024-01-01', 'x', null],
    );
  });
});
