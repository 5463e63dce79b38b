import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckResult, Finding, Location } from './core.ts';
import { parseSchema } from './parse-schema.ts';
import { type TestCell, type TestTableOptions, tableFrom } from './test-table.ts';
import { type ValidateOptions, validateTable } from './validate.ts';

/** Validate columns against a schema given as the YAML of its `columns` (and any dataset-level lines). */
function check(
  columns: Record<string, readonly TestCell[]>,
  schemaYaml: string,
  tableOptions: TestTableOptions = {},
  options: ValidateOptions = {},
): CheckResult {
  const schema = parseSchema(`version: 1\n${schemaYaml}`, 'schema.yml');
  return validateTable(tableFrom(columns, tableOptions), schema, options);
}

function only(result: CheckResult, checkId: string): Finding {
  const found = result.findings.filter((f) => f.check === checkId);
  assert.equal(
    found.length,
    1,
    `expected one ${checkId} finding, got ${JSON.stringify(result.findings, null, 1)}`,
  );
  return found[0];
}

function lines(locations: Location[] | undefined): number[] {
  return (locations ?? []).map((l) => l.line as number);
}

function checksRow(result: CheckResult, checkId: string, column: string | null) {
  const table = result.tables.find((t) => t.id === 'checks');
  assert.ok(table);
  const row = table.rows.find((r) => r[0] === checkId && r[1] === column);
  assert.ok(row, `no checks row for ${checkId} ${column}`);
  return { rule: row[2], result: row[3], count: row[4] };
}

describe('validateTable', () => {
  it('passes clean data, lists every rule it evaluated and emits no finding', () => {
    const result = check(
      { id: [1, 2, 3], age: [20, 30, 40], color: ['red', 'blue', 'red'] },
      [
        'columns:',
        '  id: { type: integer, unique: true, nullable: false }',
        '  age: { type: integer, min: 0, max: 120, max-missing: 0.1 }',
        '  color: { type: category, allowed: [red, blue], regex: "^[a-z]+$" }',
        'rows: { min: 1, max: 10 }',
        'primary-key: [id]',
      ].join('\n'),
    );
    assert.deepEqual(result.findings, []);
    assert.equal(result.summary, 'All 19 checks passed on 3 rows of data.csv');
    assert.deepEqual(
      result.tables[0].columns.map((c) => `${c.name}:${c.kind}`),
      ['check:text', 'column:text', 'rule:text', 'result:status', 'count:count'],
    );
    assert.deepEqual(result.tables[0].rows, [
      ['unreadable-row', null, 'every row readable', 'pass', 0],
      ['row-count', null, 'min 1, max 10', 'pass', 0],
      ['missing-column', null, '3 expected columns present', 'pass', 0],
      ['extra-column', null, 'only columns in the schema', 'pass', 0],
      ['duplicate-rows', null, 'no repeated rows', 'pass', 0],
      ['missing-key', null, 'primary-key id', 'pass', 0],
      ['duplicate-key', null, 'primary-key id', 'pass', 0],
      ['type-mismatch', 'id', 'type integer', 'pass', 0],
      ['missing-values', 'id', 'not nullable', 'pass', 0],
      ['duplicate-value', 'id', 'unique', 'pass', 0],
      ['constant-column', 'id', 'top value below 99%', 'pass', 0],
      ['type-mismatch', 'age', 'type integer', 'pass', 0],
      ['missing-values', 'age', 'max-missing 10%', 'pass', 0],
      ['out-of-range', 'age', 'min 0, max 120', 'pass', 0],
      ['constant-column', 'age', 'top value below 99%', 'pass', 0],
      ['type-mismatch', 'color', 'type category', 'pass', 0],
      ['value-not-allowed', 'color', 'allowed: 2 values', 'pass', 0],
      ['regex-mismatch', 'color', 'regex /^[a-z]+$/', 'pass', 0],
      ['constant-column', 'color', 'top value below 99%', 'pass', 0],
    ]);
    assert.equal(result.metrics.checks, 19);
  });

  it('summarises errors and warnings with the rows and files', () => {
    const result = check(
      { a: [1, 1, 1], b: [1, 2, 3] },
      'columns:\n  a: { type: integer, max: 0 }\n  c: { type: string }',
    );
    assert.equal(result.summary, '2 errors, 2 warnings in 3 rows of data.csv');
    assert.deepEqual(
      result.findings.map((f) => [f.check, f.severity]),
      [
        ['missing-column', 'error'],
        ['out-of-range', 'error'],
        ['extra-column', 'warning'],
        ['constant-column', 'warning'],
      ],
    );
    const one = check({ a: [1, 2] }, 'columns:\n  a: { type: integer }\n  b: { type: string }');
    assert.equal(one.summary, '1 error in 2 rows of data.csv');
  });

  describe('columns', () => {
    it('reports each required column that is absent, and no optional one', () => {
      const result = check(
        { a: [1] },
        'columns:\n  a: { type: integer }\n  b: { type: string }\n  c: { type: string, required: false }',
      );
      const finding = only(result, 'missing-column');
      assert.deepEqual(finding, {
        check: 'missing-column',
        severity: 'error',
        column: 'b',
        count: 1,
        message: 'Column "b" is required by the schema but is not in data.csv',
      });
      assert.deepEqual(checksRow(result, 'missing-column', 'b'), {
        rule: '2 expected columns present',
        result: 'fail',
        count: 1,
      });
    });

    it('says when the missing columns may come from a file without a header row', () => {
      // The first row of a headerless file became its names.
      const headerless = check(
        { '0.345584': [0.1, 0.2], '33': [40, 50], red: ['blue', 'red'] },
        'columns:\n  num: { type: number }\n  age: { type: integer }\n  color: { type: string }',
      );
      const findings = headerless.findings.filter((f) => f.check === 'missing-column');
      assert.deepEqual(
        findings.map((f) => f.severity),
        ['error', 'error', 'error', 'notice'],
      );
      assert.match(
        findings[3].message,
        /^Column names of data\.csv read as numbers \("0\.345584"\): if it has no header row/,
      );
      assert.equal(headerless.summary, '3 errors, 1 warning in 2 rows of data.csv'); // the warning: extra columns

      const yearNames = check({ '2019': [1], '2020': [2] }, 'columns:\n  total: { type: integer }');
      assert.deepEqual(
        yearNames.findings.filter((f) => f.check === 'missing-column').map((f) => f.severity),
        ['error'],
      );
    });

    it('reports extra columns as the schema says', () => {
      const data = { a: [1, 2], x: [1, 2], y: ['p', 'q'] };
      const schema = (setting: string) => `columns:\n  a: { type: integer }\nextra-columns: ${setting}`;
      assert.deepEqual(
        check(data, schema('allow')).findings.filter((f) => f.check === 'extra-column'),
        [],
      );
      const warned = only(check(data, schema('warn')), 'extra-column');
      assert.equal(warned.severity, 'warning');
      assert.equal(warned.count, 2);
      assert.equal(warned.message, '2 columns are not in the schema: "x" and "y"');
      assert.equal(only(check(data, schema('error')), 'extra-column').severity, 'error');
    });
  });

  describe('type-mismatch', () => {
    it('counts text that is not an integer, with its lines', () => {
      const result = check(
        { age: ['31', 'abc', '40', 'n/a', '7.5', null] },
        'columns:\n  age: { type: integer }',
      );
      const finding = only(result, 'type-mismatch');
      assert.equal(finding.count, 3);
      assert.equal(finding.share, 0.5);
      assert.deepEqual(lines(finding.locations), [3, 5, 6]);
      assert.equal(finding.locations?.[0].column, 'age');
      assert.equal(
        finding.message,
        'Column "age" should hold integers, but 3 values (50%) do not: "abc" on line 3, "n/a" on line 5, "7.5" on line 6',
      );
    });

    it("reports a numeric column's invalid cells and its non-integers together, in row order", () => {
      const result = check({ n: [1, 'bad', 2.5, 4] }, 'columns:\n  n: { type: integer }', {
        types: { n: 'number' },
      });
      const finding = only(result, 'type-mismatch');
      assert.equal(finding.count, 2);
      assert.deepEqual(lines(finding.locations), [3, 4]);
    });

    it('checks booleans and datetimes too', () => {
      const flags = only(
        check({ f: ['yes', 'no', 'maybe'] }, 'columns:\n  f: { type: boolean }'),
        'type-mismatch',
      );
      assert.equal(flags.count, 1);
      assert.deepEqual(lines(flags.locations), [4]);
      const times = only(
        check(
          { t: ['2024-01-01', '01/02/2024', '2024-01-03T10:00:00Z'] },
          'columns:\n  t: { type: datetime }',
        ),
        'type-mismatch',
      );
      assert.equal(times.count, 1);
      assert.deepEqual(lines(times.locations), [3]);
    });

    it('accepts integers for a number column and anything for a string column', () => {
      const result = check(
        { n: [1, 2], s: [1.5, 2] },
        'columns:\n  n: { type: number }\n  s: { type: string }',
      );
      assert.deepEqual(result.findings, []);
    });
  });

  describe('missing-values', () => {
    it('reports any missing cell of a column that is not nullable', () => {
      const finding = only(
        check({ a: [1, null, 3, null] }, 'columns:\n  a: { type: integer, nullable: false }'),
        'missing-values',
      );
      assert.equal(finding.count, 2);
      assert.deepEqual(lines(finding.locations), [3, 5]);
      assert.equal(finding.message, 'Column "a" must not be missing, but 2 cells are empty: line 3, line 5');
    });

    it('compares the missing share with max-missing', () => {
      const data = { a: ['x', null, 'y', null], n: [1, 2, 3, 4] };
      assert.deepEqual(
        check(data, 'columns:\n  a: { type: string, max-missing: 0.5 }\nextra-columns: allow').findings,
        [],
      );
      const finding = only(
        check(data, 'columns:\n  a: { type: string, max-missing: 0.25 }'),
        'missing-values',
      );
      assert.equal(finding.count, 2);
      assert.equal(finding.share, 0.5);
      assert.equal(
        finding.message,
        'Column "a" is missing 50% of its values (2), above the allowed 25%; first on line 3, line 5',
      );
    });

    it('does not count unreadable cells as missing', () => {
      const result = check({ a: [1, 'x', 3] }, 'columns:\n  a: { type: integer, nullable: false }', {
        types: { a: 'integer' },
      });
      assert.deepEqual(
        result.findings.map((f) => f.check),
        ['type-mismatch'],
      );
    });
  });

  describe('out-of-range', () => {
    it('counts values below min or above max, with lines and the observed extremes', () => {
      const finding = only(
        check({ age: [20, -4, 130, 50, 150] }, 'columns:\n  age: { type: integer, min: 0, max: 120 }'),
        'out-of-range',
      );
      assert.equal(finding.count, 3);
      assert.deepEqual(lines(finding.locations), [3, 4, 6]);
      assert.equal(
        finding.message,
        'Column "age" has 3 values outside [0, 120] (from -4 to 150): -4 on line 3, 130 on line 4, 150 on line 6',
      );
    });

    it('checks one-sided bounds', () => {
      const finding = only(
        check({ x: [0.5, 2.25] }, 'columns:\n  x: { type: number, max: 1 }'),
        'out-of-range',
      );
      assert.equal(finding.message, 'Column "x" has 1 value above the maximum 1: 2.25 on line 3');
    });

    it('checks datetime bounds and writes them as dates', () => {
      const finding = only(
        check(
          { t: ['2023-12-31', '2024-01-15', '2024-03-01T12:00:00Z'] },
          'columns:\n  t: { type: datetime, min: 2024-01-01, max: 2024-02-01 }',
        ),
        'out-of-range',
      );
      assert.equal(finding.count, 2);
      assert.match(finding.message, /outside \[2024-01-01, 2024-02-01\].*2023-12-31 on line 2/);
    });

    it('checks the numeric values of a text column, skipping its mismatches', () => {
      const result = check({ n: ['5', 'x', '500'] }, 'columns:\n  n: { type: integer, max: 100 }');
      assert.equal(only(result, 'out-of-range').count, 1);
      assert.equal(only(result, 'type-mismatch').count, 1);
    });
  });

  describe('value-not-allowed', () => {
    it('lists the new categories with their counts', () => {
      const finding = only(
        check(
          { c: ['red', 'teal', 'blue', 'teal', 'pink', null] },
          'columns:\n  c: { type: category, allowed: [red, blue] }',
        ),
        'value-not-allowed',
      );
      assert.equal(finding.severity, 'error');
      assert.equal(finding.count, 3);
      assert.equal(finding.share, 0.6); // of the non-missing cells, as the message says
      assert.deepEqual(lines(finding.locations), [3, 5, 6]);
      assert.equal(
        finding.message,
        'Column "c" has 3 values (60% of non-missing cells) outside the allowed set: "teal" (2) and "pink" (1); first on line 3',
      );
    });

    it('compares numbers and booleans by value', () => {
      assert.equal(
        only(
          check({ n: [0, 1, 2, 1] }, 'columns:\n  n: { type: integer, allowed: [0, 1] }'),
          'value-not-allowed',
        ).count,
        1,
      );
      assert.equal(
        only(
          check({ b: [true, false] }, 'columns:\n  b: { type: boolean, allowed: [true] }'),
          'value-not-allowed',
        ).count,
        1,
      );
    });

    it('warns instead of failing while new values stay within max-new-category-share', () => {
      const cells = [...Array(99).fill('a'), 'b'];
      const within = only(
        check({ c: cells }, 'columns:\n  c: { type: category, allowed: [a], max-new-category-share: 0.01 }'),
        'value-not-allowed',
      );
      assert.equal(within.severity, 'warning');
      assert.match(within.message, /within the tolerated 1%/);
      const beyond = only(
        check({ c: cells }, 'columns:\n  c: { type: category, allowed: [a], max-new-category-share: 0.005 }'),
        'value-not-allowed',
      );
      assert.equal(beyond.severity, 'error');
    });
  });

  describe('regex-mismatch', () => {
    it('counts every row whose text does not match', () => {
      const finding = only(
        check(
          { zip: ['12345', '1234', '54321', '1234', 'abcde'] },
          'columns:\n  zip: { type: string, regex: "^[0-9]{5}$" }',
        ),
        'regex-mismatch',
      );
      assert.equal(finding.count, 3);
      assert.deepEqual(lines(finding.locations), [3, 5, 6]);
      assert.equal(
        finding.message,
        'Column "zip" has 3 values not matching /^[0-9]{5}$/: "1234" on line 3, "1234" on line 5, "abcde" on line 6',
      );
    });

    it('runs a catastrophic-backtracking pattern on hostile text in linear time', () => {
      // /(a+)+$/ on "aaa…a!" backtracks exponentially in JavaScript's engine (93 s on five rows);
      // RE2 answers at once, so this test returning at all is the point, and the counts say it is right.
      const hostile = `${'a'.repeat(40)}!`;
      const finding = only(
        check(
          { s: [hostile, 'aaaa', hostile, `b${'a'.repeat(5000)}`, hostile] },
          'columns:\n  s: { type: string, regex: "^(a+)+$" }',
        ),
        'regex-mismatch',
      );
      assert.equal(finding.count, 4);
      assert.deepEqual(lines(finding.locations), [2, 4, 5, 6]);
    });
  });

  describe('duplicate-value', () => {
    it('reports rows repeating a value of a unique column with the line of the first', () => {
      const finding = only(
        check({ id: [7, 8, 7, null, null, 8, 7] }, 'columns:\n  id: { type: integer, unique: true }'),
        'duplicate-value',
      );
      assert.equal(finding.count, 3);
      assert.deepEqual(lines(finding.locations), [4, 7, 8]);
      assert.equal(
        finding.message,
        'Column "id" must be unique, but 3 rows repeat an earlier value (2 values repeated): "7" on line 4 (first on line 2), "8" on line 7 (first on line 3), "7" on line 8 (first on line 2)',
      );
    });

    it('works on text columns', () => {
      assert.equal(
        only(
          check({ id: ['a', 'b', 'a'] }, 'columns:\n  id: { type: string, unique: true }'),
          'duplicate-value',
        ).count,
        1,
      );
    });
  });

  describe('primary key', () => {
    it('reports duplicate keys across columns and rows with a missing key part', () => {
      const result = check(
        { shop: ['a', 'a', 'b', 'a', null], day: [1, 2, 1, 1, 3], sales: [5, 6, 7, 8, 9] },
        'columns:\n  shop: { type: string }\n  day: { type: integer }\n  sales: { type: number }\nprimary-key: [shop, day]',
      );
      const duplicate = only(result, 'duplicate-key');
      assert.equal(duplicate.count, 1);
      assert.deepEqual(lines(duplicate.locations), [5]);
      assert.equal(
        duplicate.message,
        '1 row repeats the primary key (shop, day) of an earlier row, 1 key in all: ("a", "1") on line 5, first on line 2',
      );
      const missing = only(result, 'missing-key');
      assert.equal(missing.count, 1);
      assert.deepEqual(lines(missing.locations), [6]);
    });

    it('reports a key column that is not in the data', () => {
      const result = check(
        { a: [1] },
        'columns:\n  a: { type: integer }\nprimary-key: [id]\nextra-columns: allow',
      );
      assert.equal(
        only(result, 'missing-column').message,
        'Column "id" is part of the primary key but is not in data.csv',
      );
      assert.equal(result.findings.filter((f) => f.check === 'duplicate-key').length, 0);
    });
  });

  describe('duplicate-rows', () => {
    const data = { a: [1, 2, 1, 1], b: ['x', 'y', 'x', 'z'] };
    const columns = 'columns:\n  a: { type: integer }\n  b: { type: string }';

    it('warns about rows equal to an earlier row in every column by default', () => {
      const result = check(data, columns);
      const finding = only(result, 'duplicate-rows');
      assert.equal(finding.severity, 'warning');
      assert.equal(finding.count, 1);
      assert.equal(finding.share, 0.25);
      assert.deepEqual(lines(finding.locations), [4]);
      assert.equal(
        finding.message,
        '1 row repeats an earlier row in every column (25% of rows): line 4 repeats line 2',
      );
      assert.equal(result.metrics['duplicate-row-share'], 0.25);
    });

    it('follows the duplicate-rows setting', () => {
      assert.equal(
        only(check(data, `${columns}\nduplicate-rows: error`), 'duplicate-rows').severity,
        'error',
      );
      const allowed = check(data, `${columns}\nduplicate-rows: allow`);
      assert.equal(allowed.findings.filter((f) => f.check === 'duplicate-rows').length, 0);
      assert.equal(allowed.metrics['duplicate-row-share'], 0.25, 'the metric is measured all the same');
    });
  });

  describe('constant columns', () => {
    it('warns about a constant column and an almost constant one', () => {
      const result = check(
        { k: ['x', 'x', 'x', null], m: [1, 2, 3, 4] },
        'columns:\n  k: { type: string }\n  m: { type: integer }',
      );
      const constant = only(result, 'constant-column');
      assert.equal(constant.severity, 'warning');
      assert.equal(constant.column, 'k');
      assert.equal(constant.message, 'Column "k" holds the single value "x" in all 3 non-missing cells');

      const many = check(
        { m: [...Array(199).fill(0), 1] },
        'columns:\n  m: { type: integer }\nduplicate-rows: allow',
      );
      const almost = only(many, 'almost-constant-column');
      assert.equal(almost.share, 0.995);
      assert.equal(
        almost.message,
        'Column "m" is almost constant: "0" fills 99.5% of its 200 non-missing cells',
      );
      assert.deepEqual(
        check(
          { m: [...Array(199).fill(0), 1] },
          'columns:\n  m: { type: integer }\nalmost-constant-share: 1\nduplicate-rows: allow',
        ).findings,
        [],
      );
    });

    it('follows the constant-columns setting', () => {
      const data = { k: [1, 1], n: [1, 2] };
      assert.equal(
        only(
          check(data, 'columns:\n  k: { type: integer }\n  n: { type: integer }\nconstant-columns: error'),
          'constant-column',
        ).severity,
        'error',
      );
      assert.deepEqual(
        check(data, 'columns:\n  k: { type: integer }\n  n: { type: integer }\nconstant-columns: allow')
          .findings,
        [],
      );
    });

    it('says nothing about a column with fewer than two values', () => {
      assert.deepEqual(check({ k: [1, null] }, 'columns:\n  k: { type: integer }').findings, []);
    });
  });

  describe('row-count', () => {
    it('checks both bounds', () => {
      const few = only(
        check({ a: [1, 2] }, 'columns:\n  a: { type: integer }\nrows: { min: 3 }'),
        'row-count',
      );
      assert.equal(few.message, 'The data has 2 rows, fewer than the minimum 3');
      const many = only(
        check({ a: [1, 2] }, 'columns:\n  a: { type: integer }\nrows: { max: 1 }'),
        'row-count',
      );
      assert.equal(many.message, 'The data has 2 rows, more than the maximum 1');
    });
  });

  describe('unreadable-row', () => {
    it('makes each row problem an error at its line, and sums up the rest past maxExamples', () => {
      const problems = [5, 9, 12].map((line) => ({
        file: 'data.csv',
        line,
        message: 'expected 2 fields, got 3',
      }));
      const result = check(
        { a: [1, 2] },
        'columns:\n  a: { type: integer }',
        { problems },
        { maxExamples: 2 },
      );
      const found = result.findings.filter((f) => f.check === 'unreadable-row');
      assert.deepEqual(found, [
        {
          check: 'unreadable-row',
          severity: 'error',
          count: 1,
          message: 'data.csv line 5 could not be read and was left out: expected 2 fields, got 3',
          locations: [{ file: 'data.csv', line: 5, unit: 'line' }],
        },
        {
          check: 'unreadable-row',
          severity: 'error',
          count: 1,
          message: 'data.csv line 9 could not be read and was left out: expected 2 fields, got 3',
          locations: [{ file: 'data.csv', line: 9, unit: 'line' }],
        },
        {
          check: 'unreadable-row',
          severity: 'error',
          count: 1,
          message: '1 more row could not be read and was left out',
        },
      ]);
      assert.deepEqual(checksRow(result, 'unreadable-row', null), {
        rule: 'every row readable',
        result: 'fail',
        count: 3,
      });
      assert.equal(result.metrics['unreadable-rows'], 3);
    });
  });

  describe('locations', () => {
    it('name the file each row came from, and rows of Parquet files', () => {
      const result = check({ a: [1, -1, 2, -2] }, 'columns:\n  a: { type: integer, min: 0 }', {
        sources: [
          { file: 'a.csv', rows: 2 },
          { file: 'b.parquet', rows: 2, format: 'parquet' },
        ],
      });
      const finding = only(result, 'out-of-range');
      assert.deepEqual(finding.locations, [
        { file: 'a.csv', line: 3, unit: 'line', column: 'a' },
        { file: 'b.parquet', line: 2, unit: 'row', column: 'a' },
      ]);
      assert.match(finding.message, /-1 on a\.csv line 3, -2 on b\.parquet row 2/);
      assert.match(result.summary, /in 4 rows of a\.csv and b\.parquet$/);
    });

    it('keep at most maxExamples per finding', () => {
      const finding = only(
        check(
          { a: Array(50).fill(-1) },
          'columns:\n  a: { type: integer, min: 0 }\nconstant-columns: allow',
          {},
          { maxExamples: 5 },
        ),
        'out-of-range',
      );
      assert.equal(finding.count, 50);
      assert.deepEqual(lines(finding.locations), [2, 3, 4, 5, 6]);
    });
  });

  describe('metrics', () => {
    it('measures rows, columns, errors, warnings and the missing share', () => {
      const result = check(
        { a: [1, null, 3, 4], b: ['x', null, null, 'y'] },
        'columns:\n  a: { type: integer, nullable: false }\n  b: { type: string }',
      );
      assert.deepEqual(result.metrics, {
        rows: 4,
        columns: 2,
        errors: 1,
        warnings: 0,
        'missing-share': 3 / 8,
        'duplicate-row-share': 0,
        'unreadable-rows': 0,
        checks: 9,
        'failed-checks': 1,
      });
    });
  });

  describe('column selection', () => {
    const data = { a: [1, 1], b: [-1, 2], c: ['x', 'y'] };
    // Excluding b and c leaves a, whose two rows are equal: a repeated row and a constant column.
    const schema = 'columns:\n  a: { type: integer }\n  b: { type: integer, min: 0 }';

    it('validates only the selected columns', () => {
      const result = check(data, schema, {}, { columns: ['b', 'c', 'zz'] });
      assert.equal(
        only(result, 'missing-column').message,
        'Column "zz" is selected for validation but is not in data.csv',
      );
      assert.deepEqual(
        result.findings.map((f) => [f.check, f.column]),
        [
          ['missing-column', 'zz'],
          ['out-of-range', 'b'],
          ['extra-column', undefined],
        ],
      );
      assert.equal(result.metrics.columns, 2);
    });

    it('leaves excluded columns out of every rule', () => {
      const result = check(data, schema, {}, { excludeColumns: ['b', 'c'] });
      assert.deepEqual(
        result.findings.map((f) => f.check),
        ['duplicate-rows', 'constant-column'],
      );
    });
  });

  describe('reference', () => {
    it('adds the quality comparison to the findings, tables, metrics and summary', () => {
      const reference = tableFrom({ a: [1, 2, 3, 4], b: ['x', 'y', 'z', 'w'] });
      const current = tableFrom({ a: [1, null, 3, 4], b: ['x', 'y', 'z', 'w'] });
      const schema = parseSchema(
        'version: 1\ncolumns:\n  a: { type: integer }\n  b: { type: string }',
        's.yml',
      );
      const result = validateTable(current, schema, { reference, excludeColumns: ['b'] });
      assert.deepEqual(
        result.findings.map((f) => [f.check, f.column]),
        [['missing-share-increase', 'a']],
      );
      assert.equal(result.summary, '1 error in 4 rows of data.csv');
      assert.deepEqual(
        result.tables.map((t) => t.id),
        ['checks', 'quality'],
      );
      assert.deepEqual(
        result.tables[1].rows.map((r) => [r[0], r[1]]),
        [
          ['missing share', 'a'],
          ['duplicate-row share', null],
          ['constant columns', null],
        ],
      );
      assert.equal(result.metrics['reference-rows'], 4);
      assert.equal(result.metrics.errors, 1);
    });
  });

  it('handles 10,000 columns', () => {
    const columns: Record<string, number[]> = {};
    const schema = parseSchema('version: 1\ncolumns: {}', 'schema.yml');
    for (let i = 0; i < 10_000; i++) {
      columns[`c${i}`] = [i, i + 1, i + 2];
      const max = i === 9_999 ? 10_000 : 100_000;
      schema.columns.push({
        name: `c${i}`,
        type: 'integer',
        required: true,
        nullable: true,
        unique: false,
        min: 0,
        max,
      });
    }
    const result = validateTable(tableFrom(columns), schema);
    assert.deepEqual(
      result.findings.map((f) => [f.check, f.column, f.count]),
      [['out-of-range', 'c9999', 1]],
    );
    assert.equal(result.metrics.columns, 10_000);
    assert.equal(result.tables[0].rows.length, 4 + 3 * 10_000);
  });
});
