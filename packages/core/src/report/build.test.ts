import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import corePackage from '../../package.json' with { type: 'json' };
import { buildReport } from './build.ts';
import type { CheckResult, TableColumn } from './model.ts';

function result(overrides: Partial<CheckResult> = {}): CheckResult {
  return { summary: 'All good.', findings: [], metrics: { rows: 3 }, tables: [], charts: [], ...overrides };
}

const now = new Date('2025-01-02T03:04:05.678Z');

describe('buildReport', () => {
  it('wraps a result with schema version, names, time and tool version', () => {
    const report = buildReport('check-drift', 'drift-prod', result(), { now, version: '1.2.3' });
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.action, 'check-drift');
    assert.equal(report.reportName, 'drift-prod');
    assert.equal(report.createdAt, '2025-01-02T03:04:05.678Z');
    assert.deepEqual(report.tool, { name: 'modelgate', version: '1.2.3' });
    assert.equal(report.summary, 'All good.');
    assert.deepEqual(report.metrics, { rows: 3 });
  });

  it('takes the verdict from the findings', () => {
    const notice = { check: 'n', severity: 'notice', message: '' } as const;
    const warning = { check: 'w', severity: 'warning', message: '' } as const;
    const error = { check: 'e', severity: 'error', message: '' } as const;
    assert.equal(buildReport('a', 'a', result({ findings: [notice] })).verdict, 'pass');
    assert.equal(buildReport('a', 'a', result({ findings: [notice, warning] })).verdict, 'warn');
    assert.equal(buildReport('a', 'a', result({ findings: [warning, error] })).verdict, 'fail');
  });

  it('defaults the report name to the action and the version to the package version', () => {
    const report = buildReport('validate-data', '  ', result());
    assert.equal(report.reportName, 'validate-data');
    assert.equal(report.tool.version, corePackage.version);
    assert.ok(Math.abs(Date.parse(report.createdAt) - Date.now()) < 60_000);
  });

  it('rejects an action name that is not kebab-case', () => {
    assert.throws(
      () => buildReport('Check Drift', '', result()),
      /action must be a kebab-case name.*"Check Drift"/,
    );
  });

  it('rejects an invalid date', () => {
    assert.throws(() => buildReport('a', '', result(), { now: new Date('nope') }), /invalid Date/);
  });

  it('names the table whose row has the wrong number of cells', () => {
    const tables = [
      {
        id: 'per-column',
        title: '',
        columns: [
          { name: 'a', kind: 'text' },
          { name: 'b', kind: 'count' },
        ] as TableColumn[],
        rows: [['x', 1], ['y']],
      },
    ];
    assert.throws(
      () => buildReport('a', '', result({ tables })),
      /table "per-column" row 2 has 1 cells, expected 2/,
    );
  });

  it('rejects two tables with one id', () => {
    const table = { id: 't', title: '', columns: [], rows: [] };
    assert.throws(
      () => buildReport('a', '', result({ tables: [table, { ...table }] })),
      /two tables have the id "t"/,
    );
  });

  it('names the chart series whose length or values are wrong', () => {
    const chart = (values: number[]) => ({
      id: 'age',
      title: '',
      kind: 'histogram' as const,
      labels: ['a', 'b'],
      series: [{ name: 'current', values }],
    });
    assert.throws(
      () => buildReport('a', '', result({ charts: [chart([1])] })),
      /chart "age" series "current" has 1 values, expected 2/,
    );
    assert.throws(
      () => buildReport('a', '', result({ charts: [chart([1, Number.NaN])] })),
      /chart "age" series "current" value 2 is NaN, expected a finite number/,
    );
  });

  it('rejects impossible counts, shares and lines in findings', () => {
    const finding = { check: 'missing', severity: 'error' as const, message: '' };
    assert.throws(
      () => buildReport('a', '', result({ findings: [{ ...finding, count: -1 }] })),
      /"missing" has count -1/,
    );
    assert.throws(
      () => buildReport('a', '', result({ findings: [{ ...finding, share: 2 }] })),
      /"missing" has share 2/,
    );
    assert.throws(
      () =>
        buildReport('a', '', result({ findings: [{ ...finding, locations: [{ file: 'x.csv', line: 0 }] }] })),
      /points at x\.csv line 0/,
    );
  });
});
