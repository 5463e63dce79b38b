import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { hostileReport, sampleDriftReport, sampleValidationReport } from './fixtures/sample-reports.ts';
import type { Report } from './model.ts';
import schema from './report.schema.json' with { type: 'json' };
import { serializeReport } from './write.ts';

// strict mode (ajv's default) also proves the schema itself uses no unknown or ambiguous keywords.
const validate = new Ajv2020({ allErrors: true }).compile(schema);

// biome-ignore lint/suspicious/noExplicitAny: tests edit report.json freely, including into invalid shapes.
type Json = Record<string, any>;

/** The report as another tool reads it: through report.json. */
function fromJson(report: Report): unknown {
  return JSON.parse(serializeReport(report));
}

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** A valid report changed by `edit`, as plain JSON. */
function mutated(edit: (report: Json) => void): unknown {
  const report = fromJson(sampleValidationReport()) as Json;
  edit(report);
  return report;
}

describe('report.schema.json', () => {
  it('is a draft 2020-12 schema for schemaVersion 1', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.properties.schemaVersion, { const: 1 });
  });

  it('accepts the sample reports written as report.json', () => {
    for (const report of [sampleDriftReport(), sampleValidationReport(), hostileReport()]) {
      assert.deepEqual(errorsOf(fromJson(report)), [], report.action);
    }
  });

  it('accepts NaN metrics and cells, which JSON writes as null', () => {
    const report = sampleDriftReport();
    report.metrics.p_value = Number.NaN;
    report.tables[0].rows[0][3] = Number.POSITIVE_INFINITY;
    assert.deepEqual(errorsOf(fromJson(report)), []);
  });

  const invalid: [string, (report: Json) => void][] = [
    ['a missing summary', (r) => delete r.summary],
    ['another schema version', (r) => (r.schemaVersion = 2)],
    ['an unknown verdict', (r) => (r.verdict = 'ok')],
    ['an action that is not kebab-case', (r) => (r.action = 'Validate Data')],
    ['an empty report name', (r) => (r.reportName = '')],
    ['a severity outside error/warning/notice', (r) => (r.findings[0].severity = 'fatal')],
    ['a finding without a message', (r) => delete r.findings[0].message],
    ['a negative count', (r) => (r.findings[0].count = -1)],
    ['a fractional count', (r) => (r.findings[0].count = 1.5)],
    ['a share above 1', (r) => (r.findings[0].share = 1.5)],
    ['line 0', (r) => (r.findings[0].locations[0].line = 0)],
    ['a location without a file', (r) => delete r.findings[0].locations[0].file],
    ['an unknown location unit', (r) => (r.findings[0].locations[0].unit = 'byte')],
    ['a metric that is an object', (r) => (r.metrics.rows = { n: 1 })],
    ['a table cell that is an array', (r) => (r.tables[0].rows[0][0] = [1])],
    ['a table column that is a bare string', (r) => (r.tables[0].columns[0] = 'column')],
    ['a table column of an unknown kind', (r) => (r.tables[0].columns[0].kind = 'percent')],
    ['an interval cell without its high end', (r) => (r.tables[0].rows[0][0] = { estimate: 1, low: 0 })],
    ['a metric list holding a number', (r) => (r.metrics.names = ['a', 1])],
    [
      'a box without its median',
      (r) =>
        (r.charts = [
          {
            id: 'c',
            title: '',
            kind: 'box',
            labels: ['a'],
            series: [{ name: 's', values: [1], boxes: [{ min: 0, q1: 0, q3: 1, max: 1, n: 2 }] }],
          },
        ]),
    ],
    [
      'bars with a low end and no high end',
      (r) =>
        (r.charts = [
          { id: 'c', title: '', kind: 'bar', labels: ['a'], series: [{ name: 's', values: [1], low: [0] }] },
        ]),
    ],
    [
      'a chart kind other than bar/histogram',
      (r) => (r.charts = [{ id: 'c', title: '', kind: 'pie', labels: [], series: [] }]),
    ],
    [
      'a chart value that is a string',
      (r) =>
        (r.charts = [
          { id: 'c', title: '', kind: 'bar', labels: ['a'], series: [{ name: 's', values: ['1'] }] },
        ]),
    ],
    ['a createdAt that is not ISO 8601', (r) => (r.createdAt = 'yesterday')],
    ['another tool name', (r) => (r.tool.name = 'other')],
    ['verdict pass despite errors', (r) => (r.verdict = 'pass')],
    ['verdict warn despite errors', (r) => (r.verdict = 'warn')],
    [
      'verdict fail with only notices',
      (r) => (r.findings = [{ check: 'x', severity: 'notice', message: 'm' }]),
    ],
    [
      'verdict pass with a warning',
      (r) => {
        r.findings = [{ check: 'x', severity: 'warning', message: 'm' }];
        r.verdict = 'pass';
      },
    ],
  ];
  for (const [what, edit] of invalid) {
    it(`rejects ${what}`, () => {
      assert.notDeepEqual(errorsOf(mutated(edit)), []);
    });
  }

  it('accepts properties a newer modelgate may add, anywhere (an additive change)', () => {
    const report = mutated((r) => {
      r.extra = 1;
      r.tool.commit = 'abc';
      r.findings[0].hint = 'h';
      r.findings[0].locations[0].endLine = 4;
      r.tables[0].note = 'n';
      r.tables[0].columns[0].description = 'd';
      r.charts = [
        {
          id: 'c',
          title: '',
          kind: 'bar',
          labels: ['a'],
          series: [{ name: 's', values: [1], colour: 'red' }],
          legend: true,
        },
      ];
    });
    assert.deepEqual(errorsOf(report), []);
  });

  it('accepts typed cells, interval bars, box charts and list metrics', () => {
    const report = mutated((r) => {
      r.metrics['drifted-columns'] = ['a', 'b'];
      r.tables = [
        {
          id: 'rates',
          title: 'Rates by group',
          columns: [
            { name: 'group', kind: 'text' },
            { name: 'n', kind: 'count' },
            { name: 'rate', kind: 'interval', unit: '%' },
            { name: 'latency', kind: 'number', unit: 'ms' },
            { name: 'share', kind: 'share' },
            { name: 'result', kind: 'status' },
          ],
          rows: [
            ['a', 10, { estimate: 0.42, low: 0.4, high: 0.44 }, 3.5, 0.1, 'pass'],
            ['b', 0, { estimate: null, low: null, high: null }, null, null, 'undefined'],
          ],
        },
      ];
      r.charts = [
        {
          id: 'rates',
          title: 'Rates',
          kind: 'bar',
          labels: ['a', 'b'],
          series: [{ name: 'rate', values: [0.42, 0], low: [0.4, null], high: [0.44, null] }],
        },
        {
          id: 'latency',
          title: 'Latency',
          kind: 'box',
          labels: ['baseline', 'canary'],
          series: [
            {
              name: 'latency',
              values: [2, 3],
              boxes: [
                { min: 1, q1: 1.5, median: 2, q3: 2.5, max: 4, n: 100 },
                { min: 1, q1: 2, median: 3, q3: 3.5, max: 6, n: 90 },
              ],
            },
          ],
        },
      ];
    });
    assert.deepEqual(errorsOf(report), []);
  });

  it('accepts a verdict that matches warnings only', () => {
    const report = mutated((r) => {
      r.findings = [{ check: 'x', severity: 'warning', message: 'm' }];
      r.verdict = 'warn';
    });
    assert.deepEqual(errorsOf(report), []);
  });
});
