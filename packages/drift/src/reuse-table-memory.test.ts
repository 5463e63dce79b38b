import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Column, Table } from '@modelgate/core';
import { seededRandom } from '@modelgate/stats';
import type { DriftMeasurement } from './detect.ts';
import { type DriftOptions, detectDrift, measureDrift, summarizeTable } from './index.ts';
import { makeTable, normalSample } from './testing/tables.ts';

/** A deep copy: its column arrays are the original's values in new memory. */
function copyTable(table: Table): Table {
  const columns = table.columns.map(
    (c): Column =>
      c.kind === 'numeric' ? { ...c, values: c.values.slice() } : { ...c, codes: c.codes.slice() },
  );
  return { ...table, columns, lines: table.lines.slice() };
}

function cells(table: Table, name: string): Float64Array | Int32Array {
  const column = table.columns.find((c) => c.name === name) as Column;
  return column.kind === 'numeric' ? column.values : column.codes;
}

/** Everything a measurement says except the options it echoes (which differ by reuseTableMemory). */
function outcome(m: DriftMeasurement) {
  const { options: _, ...rest } = m;
  return rest;
}

/**
 * A reference and a current table with one column of each kind measureDrift treats differently: numeric
 * columns compared as numbers (with missing and infinite cells), a boolean and an integer code compared
 * as categories (the code has new categories, located by row), text, a datetime (skipped), an id, and a
 * target and a score prediction for concept drift.
 */
function tables(rows: number, seed: number): { reference: Table; current: Table } {
  const make = (side: number) => {
    const random = seededRandom(seed + side);
    const x = normalSample(rows, seed + 10 + side).map((v, i) =>
      i % 50 === 7 ? null : i % 501 === 3 ? Number.POSITIVE_INFINITY : v,
    );
    const y = Array.from({ length: rows }, () => (random() < 0.4 ? 1 : 0));
    return makeTable(
      {
        x,
        shifted: normalSample(rows, seed + 20 + side, side * 0.5),
        age: Array.from({ length: rows }, () => 18 + Math.floor(random() * 70)),
        flag: Array.from({ length: rows }, () => (random() < 0.3 + side * 0.3 ? 1 : 0)),
        code: Array.from({ length: rows }, () => Math.floor(random() * (4 + side * 2))),
        color: Array.from({ length: rows }, () => ['red', 'green', 'blue'][Math.floor(random() * 3)]),
        when: Array.from({ length: rows }, (_, i) => 1.7e12 + i * 1000 * (1 + side)),
        id: Array.from({ length: rows }, (_, i) => rows - i),
        y,
        p: y.map((t) => Math.min(1, Math.max(0, t * 0.6 + random() * (0.5 + side * 0.3)))),
      },
      { file: side === 0 ? 'reference.csv' : 'current.csv', types: { flag: 'boolean', when: 'datetime' } },
    );
  };
  return { reference: make(0), current: make(1) };
}

const CONCEPT: DriftOptions = {
  predictionColumn: 'p',
  targetColumn: 'y',
  task: 'classification',
  maxPerformanceDrop: 0.05,
  bootstrap: { iterations: 20, seed: 2 },
};

const OPTION_SETS: DriftOptions[] = [
  { idColumns: ['id'], columnTypes: { code: 'categorical' } },
  { idColumns: ['id'], method: 'ks', correction: 'bonferroni' },
  { idColumns: ['id'], method: 'psi', correction: 'fdr', columnTypes: { code: 'categorical' } },
  { idColumns: ['id'], method: 'chi-square', maxCharts: 2 },
  { ...CONCEPT, idColumns: ['id'], columnTypes: { code: 'categorical' } },
  { predictionColumn: 'p', columns: ['x', 'shifted', 'x', 'code', 'when'] },
];

test('reuseTableMemory gives exactly the default results: radix-sized and small tables, many options', () => {
  for (const rows of [6000, 300]) {
    const { reference, current } = tables(rows, rows);
    for (const options of OPTION_SETS) {
      const label = `${rows} rows, ${JSON.stringify(options)}`;
      const expected = measureDrift(reference, current, options);
      const reused = measureDrift(copyTable(reference), copyTable(current), {
        ...options,
        reuseTableMemory: true,
      });
      assert.deepEqual(outcome(reused), outcome(expected), label);
      assert.equal(reused.options.reuseTableMemory, true);
      assert.equal(expected.options.reuseTableMemory, false);
      assert.deepEqual(
        detectDrift(copyTable(reference), copyTable(current), { ...options, reuseTableMemory: true }),
        detectDrift(reference, current, options),
        label,
      );
    }
    assert.ok(measureDrift(reference, current, OPTION_SETS[0]).distributions.size > 0, 'charts are drawn');
  }
});

test('without the option the tables are left as they were', () => {
  const { reference, current } = tables(6000, 1);
  const before = [copyTable(reference), copyTable(current)];
  for (const options of OPTION_SETS) measureDrift(reference, current, options);
  assert.deepEqual([reference, current], before);
});

test('with the option, columns compared as numbers are sorted in place; columns read by row keep their order', () => {
  const { reference, current } = tables(6000, 2);
  const original = { reference: copyTable(reference), current: copyTable(current) };
  measureDrift(reference, current, {
    ...CONCEPT,
    idColumns: ['id'],
    columnTypes: { code: 'categorical' },
    reuseTableMemory: true,
  });
  for (const side of ['reference', 'current'] as const) {
    const table = { reference, current }[side];
    for (const name of ['flag', 'code', 'color', 'when', 'id', 'y', 'p']) {
      assert.deepEqual(cells(table, name), cells(original[side], name), `${side} ${name} kept its rows`);
    }
    assert.deepEqual(table.lines, original[side].lines);
    for (const name of ['x', 'shifted', 'age']) {
      const finite = (cells(original[side], name) as Float64Array).filter(Number.isFinite).sort();
      const front = (cells(table, name) as Float64Array).subarray(0, finite.length);
      assert.deepEqual(front, finite, `${side} ${name} sorted where it lies`);
    }
  }
  // Without concept drift nothing reads the prediction by row, so it is sorted too.
  const again = tables(6000, 3);
  const p = (cells(again.current, 'p') as Float64Array).slice().sort();
  measureDrift(again.reference, again.current, { predictionColumn: 'p', reuseTableMemory: true });
  assert.deepEqual(cells(again.current, 'p'), p);
});

test('with the option, one table as both sides, a named column twice and a summary reference still agree', () => {
  const { reference, current } = tables(6000, 4);
  const same = copyTable(reference);
  assert.deepEqual(
    outcome(measureDrift(same, same, { idColumns: ['id'], reuseTableMemory: true })),
    outcome(measureDrift(reference, copyTable(reference), { idColumns: ['id'] })),
  );
  const twice: DriftOptions = { columns: ['x', 'x', 'age'] };
  assert.deepEqual(
    outcome(measureDrift(copyTable(reference), copyTable(current), { ...twice, reuseTableMemory: true })),
    outcome(measureDrift(reference, current, twice)),
  );
  const summary = summarizeTable(reference, { keepRows: ['y', 'p'] });
  const options: DriftOptions = { ...CONCEPT, idColumns: ['id'] };
  assert.deepEqual(
    outcome(measureDrift(summary, copyTable(current), { ...options, reuseTableMemory: true })),
    outcome(measureDrift(reference, current, options)),
  );
});
