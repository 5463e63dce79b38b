import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareQuality } from './quality.ts';
import { tableFrom } from './test-table.ts';

const reference = tableFrom({
  a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  b: ['x', 'y', null, 'x', 'y', 'x', 'y', 'x', 'y', 'x'],
  c: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5],
  only_ref: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
});

describe('compareQuality', () => {
  it('reports nothing for data as good as the reference, and tabulates every measure', () => {
    const result = compareQuality(reference, reference);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.table.columns, [
      { name: 'measure', kind: 'text' },
      { name: 'column', kind: 'text' },
      { name: 'reference', kind: 'number' },
      { name: 'current', kind: 'number' },
      { name: 'change', kind: 'number' },
      { name: 'tolerance', kind: 'number' },
      { name: 'result', kind: 'status' },
    ]);
    assert.deepEqual(result.table.rows, [
      ['missing share', 'a', 0, 0, 0, 0.05, 'pass'],
      ['missing share', 'b', 0.1, 0.1, 0, 0.05, 'pass'],
      ['missing share', 'c', 0, 0, 0, 0.05, 'pass'],
      ['missing share', 'only_ref', 0, 0, 0, 0.05, 'pass'],
      ['duplicate-row share', null, 0, 0, 0, 0.01, 'pass'],
      ['constant columns', null, 1, 1, 0, 0, 'pass'],
    ]);
  });

  it('flags a column whose missing share rose by more than the tolerance', () => {
    const current = tableFrom({
      a: [1, null, 3, 4, 5, 6, 7, 8, 9, 10],
      b: ['x', null, null, 'x', 'y', 'x', null, 'x', 'y', null],
    });
    const result = compareQuality(reference, current);
    assert.deepEqual(result.findings, [
      {
        check: 'missing-share-increase',
        severity: 'error',
        column: 'a',
        share: 0.1,
        message:
          'Column "a" is missing 10% of its values, up from 0% in the reference (+10 points; tolerance +5 points)',
      },
      {
        check: 'missing-share-increase',
        severity: 'error',
        column: 'b',
        share: 0.4,
        message:
          'Column "b" is missing 40% of its values, up from 10% in the reference (+30 points; tolerance +5 points)',
      },
    ]);
    assert.deepEqual(
      compareQuality(reference, current, { missingShare: 0.2 }).findings.map((f) => f.column),
      ['b'],
    );
  });

  it('does not flag a change of exactly the tolerance', () => {
    const current = tableFrom({ b: ['x', 'y', null, null, 'y', 'x', 'y', 'x', 'y', 'x'] });
    assert.deepEqual(compareQuality(reference, current, { missingShare: 0.1 }).findings, []);
  });

  it('flags a rise in the share of duplicate rows', () => {
    const current = tableFrom({ a: [1, 1, 1, 4], c: [2, 2, 2, 3] });
    const result = compareQuality(reference, current);
    const finding = result.findings.find((f) => f.check === 'duplicate-share-increase');
    assert.ok(finding);
    assert.equal(finding.share, 0.5);
    assert.equal(
      finding.message,
      '50% of rows repeat an earlier row, up from 0% in the reference (+50 points; tolerance +1 point)',
    );
  });

  it('flags columns that became constant, beyond the number tolerated', () => {
    const current = tableFrom({
      a: [1, 2, 3],
      b: ['x', 'x', null, 'x'].slice(0, 3),
      c: [7, 7, 7],
      only_ref: [1, 1, 1],
    });
    const result = compareQuality(reference, current);
    assert.deepEqual(
      result.findings
        .filter((f) => f.check === 'new-constant-column')
        .map((f) => [f.column, f.count, f.message]),
      [
        [
          'b',
          2,
          'Column "b" became constant: "x" in all 2 non-missing cells, where the reference has several values (2 columns became constant; tolerance 0)',
        ],
        [
          'c',
          3,
          'Column "c" became constant: "7" in all 3 non-missing cells, where the reference has several values (2 columns became constant; tolerance 0)',
        ],
      ],
    );
    assert.deepEqual(result.table.rows.at(-1), ['constant columns', null, 1, 3, 2, 0, 'fail']);
    assert.deepEqual(
      compareQuality(reference, current, { constantColumns: 2 }).findings.filter(
        (f) => f.check === 'new-constant-column',
      ),
      [],
    );
  });

  it('reports as warnings, or not at all, as the severity says', () => {
    const current = tableFrom({ a: [null, null, 3] });
    assert.equal(compareQuality(reference, current, { severity: 'warn' }).findings[0].severity, 'warning');
    const ignored = compareQuality(reference, current, { severity: 'allow' });
    assert.deepEqual(ignored.findings, []);
    assert.equal(ignored.table.rows[0][6], 'info');
  });

  it('compares only the columns both tables have', () => {
    const result = compareQuality(tableFrom({ a: [1, 2] }), tableFrom({ z: [1, null] }));
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.table.rows, [
      ['duplicate-row share', null, 0, 0, 0, 0.01, 'pass'],
      ['constant columns', null, 0, 0, 0, 0, 'pass'],
    ]);
    assert.equal(result.metrics['reference-rows'], 2);
  });

  it('refuses a reference with no row: a comparison with nothing would hold by default', () => {
    assert.throws(() => compareQuality(tableFrom({ a: [] }, { file: 'ref.csv' }), tableFrom({ a: [1] })), {
      name: 'DataError',
      message: 'ref.csv: the reference has no readable row, so there is nothing to compare the data with',
    });
  });
});
