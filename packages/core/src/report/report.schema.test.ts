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
    ['an unknown top-level property', (r) => (r.extra = 1)],
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

  it('accepts a verdict that matches warnings only', () => {
    const report = mutated((r) => {
      r.findings = [{ check: 'x', severity: 'warning', message: 'm' }];
      r.verdict = 'warn';
    });
    assert.deepEqual(errorsOf(report), []);
  });
});
