import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readTable } from '@modelgate/core';
import { seededRandom } from '@modelgate/stats';
import fc from 'fast-check';
import { inferSchema, isIdLikeName, widenRange } from './infer.ts';
import { parseSchema } from './parse-schema.ts';
import { serializeSchema } from './serialize-schema.ts';
import { type TestCell, tableFrom } from './test-table.ts';
import { validateTable } from './validate.ts';

function columnOf(cells: Record<string, readonly TestCell[]>, options = {}) {
  return inferSchema(tableFrom(cells), options).columns[0];
}

describe('inferSchema', () => {
  it('widens numeric ranges by the margin, rounded outward, keeping the sign', () => {
    assert.deepEqual(columnOf({ age: [18, 20, 90] }), {
      name: 'age',
      type: 'integer',
      required: true,
      nullable: false,
      unique: false,
      min: 0,
      max: 400,
    });
    assert.deepEqual(widenRange(0.12, 0.96, 0.1, false), { min: 0.03, max: 1.05 });
    assert.deepEqual(
      widenRange(3, 100, 0.1, false),
      { min: 0, max: 110 },
      'a non-negative column keeps min >= 0',
    );
    assert.deepEqual(
      widenRange(-50, -2, 0.5, true),
      { min: -80, max: 0 },
      'a non-positive column keeps max <= 0',
    );
    assert.deepEqual(widenRange(-1, 1, 0.1, false), { min: -1.2, max: 1.2 });
    assert.deepEqual(widenRange(5, 5, 0.1, true), { min: 5, max: 5 }, 'a constant column gets its value');
    assert.deepEqual(widenRange(1, 2, 0, false), { min: 1, max: 2 }, 'margin 0 keeps the observed range');
    assert.deepEqual(widenRange(-1e308, 1e308, 0.5, false), { min: -1e308, max: 1e308 }, 'no infinities');
  });

  it('gives a 0/1 integer column an allowed list instead of a range', () => {
    const flag = columnOf({ label: [0, 1, 1, null] });
    assert.deepEqual(
      [flag.type, flag.allowed, flag.min, flag.max],
      ['integer', [0, 1], undefined, undefined],
    );
    assert.equal(columnOf({ label: [0, 2, 1] }).allowed, undefined, 'too few rows to call 0/1/2 labels');
  });

  it('gives an integer column of a few distinct values (class labels) an allowed list', () => {
    const label = columnOf({ label: [2, 0, 1, 1, 0, 2, 2, 1, 0, 1, 0, 2, 1, 1, 0, null] });
    assert.deepEqual([label.allowed, label.min, label.max], [[0, 1, 2], undefined, undefined]);
    const spread = Array.from({ length: 110 }, (_, i) => i % 11);
    assert.deepEqual(
      [columnOf({ rating: spread }).allowed, columnOf({ rating: spread }).max],
      [undefined, 50],
      'past maxIntegerLevels it is a range',
    );
    const levels = columnOf({ rating: spread }, { maxIntegerLevels: 11 }).allowed;
    assert.deepEqual(levels, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives a column holding an infinite value no range, and writes a schema that reads back', () => {
    const cells = { x: [1.5, Number.NEGATIVE_INFINITY, 3.25, 2], y: [0.5, 2, Number.POSITIVE_INFINITY, 1] };
    const schema = inferSchema(tableFrom(cells));
    assert.deepEqual(
      schema.columns.map((c) => [c.min, c.max]),
      [
        [undefined, undefined],
        [undefined, undefined],
      ],
    );
    const { origin: _, ...withoutOrigin } = schema;
    assert.deepEqual(parseSchema(serializeSchema(schema), 'inferred.yml'), withoutOrigin);
    assert.deepEqual(validateTable(tableFrom(cells), schema).findings, []);
    // A hand-made infinite bound bounds nothing: it is left out rather than written as YAML's .inf.
    schema.columns[0].min = Number.NEGATIVE_INFINITY;
    schema.columns[0].max = 10;
    const read = parseSchema(serializeSchema(schema), 'inferred.yml').columns[0];
    assert.deepEqual([read.min, read.max], [undefined, 10]);
  });

  it('takes the margin as an option', () => {
    const column = columnOf({ x: [0, 100] }, { rangeMargin: 0.5 });
    assert.equal(columnOf({ x: [0, 100] }).max, 500, 'by default 4 spans');
    assert.equal(column.max, 150);
  });

  it('turns a small text domain into categories and a large one into a string', () => {
    const small = columnOf({ color: ['red', 'blue', 'red', null] });
    assert.equal(small.type, 'category');
    assert.deepEqual(small.allowed, ['blue', 'red']);
    const large = columnOf({ word: ['a', 'b', 'c', 'd'] }, { maxCategories: 3 });
    assert.equal(large.type, 'string');
    assert.equal(large.allowed, undefined);
  });

  it('derives presence from the missing share', () => {
    assert.equal(columnOf({ a: [1, 2, 3] }).nullable, false);
    const some = columnOf({ a: [1, null, 3, 4, 5, 6, 7, 8, 9, 10] });
    assert.equal(some.nullable, true);
    assert.equal(some.maxMissing, 0.15);
    assert.equal(columnOf({ a: [1, null, 3, 4, 5, 6, 7, 8, 9, 10] }, { missingMargin: 0 }).maxMissing, 0.1);
    assert.equal(
      columnOf({ a: [null, null, 1] }, { missingMargin: 0.5 }).maxMissing,
      undefined,
      'no limit at 100%',
    );
  });

  it('makes id-like columns with distinct values unique, without a range or categories', () => {
    const schema = inferSchema(
      tableFrom({
        customer_id: [10, 11, 12],
        orderId: ['a', 'b', 'c'],
        key: [1, 1, 2],
        paid: [1, 2, 3],
      }),
    );
    assert.deepEqual(
      schema.columns.map((c) => [c.name, c.type, c.unique, c.min, c.allowed]),
      [
        ['customer_id', 'integer', true, undefined, undefined],
        ['orderId', 'string', true, undefined, undefined],
        ['key', 'integer', false, 0, undefined],
        ['paid', 'integer', false, 0, undefined],
      ],
    );
  });

  it('recognises id-like names', () => {
    for (const name of [
      'id',
      'ID',
      'customer_id',
      'user-id',
      'order id',
      'customerId',
      'customerID',
      'uuid',
      'row_key',
      'sessionGuid',
    ]) {
      assert.equal(isIdLikeName(name), true, name);
    }
    for (const name of ['paid', 'valid', 'monkey', 'identity', 'idea', 'grid', 'Android']) {
      assert.equal(isIdLikeName(name), false, name);
    }
  });

  it('keeps booleans and datetimes without ranges', () => {
    const schema = inferSchema(tableFrom({ b: [true, false], t: [new Date(0), new Date(86_400_000)] }));
    assert.deepEqual(
      schema.columns.map((c) => [c.type, c.min, c.max]),
      [
        ['boolean', undefined, undefined],
        ['datetime', undefined, undefined],
      ],
    );
  });

  it('requires at least one row when the reference had rows, and says where it came from', () => {
    const schema = inferSchema(tableFrom({ a: [1] }, { file: 'ref/train.csv' }));
    assert.deepEqual(schema.rows, { min: 1 });
    assert.match(schema.origin ?? '', /^Inferred by modelgate validate-data from ref\/train\.csv \(1 rows\)/);
    // From no row at all, every column would be typeless and any data would pass.
    assert.throws(() => inferSchema(tableFrom({ a: [] })), {
      name: 'DataError',
      message: /data\.csv: no readable row to infer a schema from/,
    });
  });

  it('writes a schema that reads back to the same schema', () => {
    const schema = inferSchema(
      tableFrom({ id: [1, 2, 3], x: [0.5, null, 2.25], c: ['a', 'b', 'a'], b: [true, false, null] }),
    );
    const text = serializeSchema(schema);
    assert.match(text, /^# modelgate validate-data schema/);
    assert.match(text, /# Inferred by modelgate validate-data from data\.csv \(3 rows\)/);
    const { origin: _, ...withoutOrigin } = schema;
    assert.deepEqual(parseSchema(text, 'inferred.yml'), withoutOrigin);
  });
});

describe('a schema inferred from half of real data accepts the other half', () => {
  // scikit-learn's wine and breast_cancer data (scripts/goldens/validation_split_fixtures.py), split
  // at random many times: honest data must never fail its own sibling's schema.
  for (const name of ['wine', 'breast_cancer']) {
    it(name, async () => {
      const file = join(import.meta.dirname, '..', 'test-data', `${name}.csv`);
      const whole = await readTable([file]);
      const types = Object.fromEntries(whole.columns.map((c) => [c.name, c.type]));
      const rows = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',').map(Number));
      const half = (picked: number[][]) =>
        tableFrom(Object.fromEntries(whole.columns.map((c, j) => [c.name, picked.map((row) => row[j])])), {
          types,
        });
      const random = seededRandom(8);
      for (let split = 0; split < 200; split++) {
        const order = rows.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [order[i], order[j]] = [order[j], order[i]];
        }
        const cut = order.length >> 1;
        const first = half(order.slice(0, cut).map((i) => rows[i]));
        const second = half(order.slice(cut).map((i) => rows[i]));
        const errors = validateTable(second, inferSchema(first)).findings.filter(
          (f) => f.severity === 'error',
        );
        assert.deepEqual(errors, [], `split ${split}`);
      }
      const label = inferSchema(whole).columns.at(-1);
      assert.deepEqual(label?.allowed, name === 'wine' ? [0, 1, 2] : [0, 1], 'the class label is a set');
    });
  }
});

// Random tables: a few columns of each kind with missing cells, ids, constants and duplicates.
const nameArbitrary = fc.constantFrom(
  'a',
  'b',
  'user_id',
  'score',
  'when',
  'flag',
  'label',
  'note',
  'orderId',
  '2024',
);
const columnArbitrary = (rows: number) =>
  fc.oneof(
    fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { freq: 4 }), {
      minLength: rows,
      maxLength: rows,
    }),
    fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { freq: 4 }), {
      minLength: rows,
      maxLength: rows,
    }),
    fc.array(fc.option(fc.boolean(), { freq: 4 }), { minLength: rows, maxLength: rows }),
    fc.array(
      fc.option(fc.constantFrom('red', 'green', 'blue', '', ' x ', 'yes', '#1', 'a: b', '1.5'), { freq: 4 }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
    fc.array(fc.option(fc.string({ maxLength: 6 }), { freq: 4 }), { minLength: rows, maxLength: rows }),
    fc.array(
      fc.option(
        fc.date({
          min: new Date(Date.UTC(1970, 0, 1)),
          max: new Date(Date.UTC(2100, 0, 1)),
          noInvalidDate: true,
        }),
        { freq: 4 },
      ),
      { minLength: rows, maxLength: rows },
    ),
    fc.constant(Array.from({ length: rows }, (_, i) => i * 7)),
  );
const tableArbitrary = fc.integer({ min: 0, max: 30 }).chain((rows) =>
  fc.uniqueArray(fc.tuple(nameArbitrary, columnArbitrary(rows)), {
    minLength: 1,
    maxLength: 6,
    selector: ([n]) => n,
  }),
);
const optionsArbitrary = fc.record({
  maxCategories: fc.integer({ min: 1, max: 60 }),
  rangeMargin: fc.constantFrom(0, 0.01, 0.1, 0.5, 2),
  missingMargin: fc.constantFrom(0, 0.05, 0.3),
});

describe('inferSchema round trip', () => {
  it('validates the data it was inferred from with no errors, before and after writing it out', () => {
    fc.assert(
      fc.property(tableArbitrary, optionsArbitrary, (columns, options) => {
        const table = tableFrom(Object.fromEntries(columns));
        if (table.rowCount === 0) {
          assert.throws(() => inferSchema(table, options), { name: 'DataError' });
          return;
        }
        const schema = inferSchema(table, options);
        const errors = validateTable(table, schema).findings.filter((f) => f.severity === 'error');
        assert.deepEqual(errors, []);
        const reread = parseSchema(serializeSchema(schema), 'inferred.yml');
        const { origin: _, ...withoutOrigin } = schema;
        assert.deepEqual(reread, withoutOrigin);
        assert.deepEqual(
          validateTable(table, reread).findings.filter((f) => f.severity === 'error'),
          [],
        );
      }),
      { numRuns: 200 },
    );
  });
});
