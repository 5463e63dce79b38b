import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportTable } from './model.ts';
import { tableCellProblems } from './table-cells.ts';

const table = (rows: ReportTable['rows']): ReportTable => ({
  id: 'rates',
  title: '',
  columns: [
    { name: 'group', kind: 'text' },
    { name: 'n', kind: 'count' },
    { name: 'rate', kind: 'share' },
    { name: 'ci', kind: 'interval' },
    { name: 'result', kind: 'status' },
    { name: 'lift', kind: 'number' },
  ],
  rows,
});

describe('tableCellProblems', () => {
  it('accepts cells of their column kind, and null anywhere', () => {
    assert.deepEqual(
      tableCellProblems(
        table([
          ['a', 3, 0.5, { estimate: 0.5, low: 0.4, high: 0.6 }, 'pass', -1.5],
          [null, null, null, { estimate: null, low: null, high: null }, null, null],
        ]),
      ),
      [],
    );
  });

  it('names the table, row and column of each cell that breaks its kind', () => {
    assert.deepEqual(tableCellProblems(table([['a', 1.5, 1.2, 0.5, 'ok', Number.NaN]])), [
      'table "rates" row 1 column "n": expected a count, got 1.5',
      'table "rates" row 1 column "rate": expected a share in [0, 1], got 1.2',
      'table "rates" row 1 column "ci": expected an interval { estimate, low, high }, got 0.5',
      'table "rates" row 1 column "result": expected a status (pass, warn, fail, undefined, skipped, info), got "ok"',
      'table "rates" row 1 column "lift": expected a finite number (null when undefined), got null',
    ]);
  });
});
