// report.json as the gates really write it, on the example data, holds to report.schema.json and to its
// typed columns: not only the hand-written samples in packages/core.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Report, reportSchema, tableCellProblems } from '@modelgate/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from './harness/cli.ts';

const validate = new Ajv2020({ allErrors: true }).compile(reportSchema);

/** Runs a gate through the CLI and returns the report.json it wrote. */
function reportOf(gate: string, ...args: string[]): Report {
  const dir = mkdtempSync(join(tmpdir(), 'mg-schema-'));
  const run = runCli([gate, ...args, '--report-dir', dir]);
  assert.ok(run.code === 0 || run.code === 1, `${gate} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(readFileSync(join(dir, gate, 'report.json'), 'utf8')) as Report;
}

function assertHoldsToSchema(report: Report): void {
  const errors = validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  assert.deepEqual(errors, []);
  assert.deepEqual(report.tables.flatMap(tableCellProblems), []);
}

const runs: [string, string, string[], (report: Report) => void][] = [
  [
    'validate-data against a schema',
    'validate-data',
    ['--data', 'examples/data/train.csv', '--schema', 'examples/schema.yml'],
    (report) => assert.ok(report.tables.some((t) => t.columns.some((c) => c.kind === 'status'))),
  ],
  [
    'validate-data against a reference',
    'validate-data',
    ['--data', 'examples/data/batch.csv', '--reference', 'examples/data/train.csv'],
    (report) => assert.ok(report.tables.length > 0),
  ],
  [
    'check-drift with prediction and target',
    'check-drift',
    [
      '--reference',
      'examples/data/train.csv',
      '--current',
      'examples/data/serving.csv',
      '--exclude-columns',
      'customer_id',
      '--prediction-column',
      'prediction',
      '--target-column',
      'label',
    ],
    (report) => {
      assert.ok(Array.isArray(report.metrics['drifted-columns']), 'drifted-columns is a list, not JSON text');
      const performance = report.tables.find((t) => t.id === 'performance');
      assert.ok(performance, 'a performance table');
      assert.ok(performance.columns.some((c) => c.kind === 'interval'));
    },
  ],
  [
    'check-drift in skew mode',
    'check-drift',
    [
      '--reference',
      'examples/data/train.csv',
      '--current',
      'examples/data/train.csv',
      '--id-columns',
      'customer_id',
    ],
    (report) => assert.ok(Array.isArray(report.metrics['skewed-features'])),
  ],
];

describe('report.json written by every gate', () => {
  for (const [what, gate, args, check] of runs) {
    it(`holds to the schema and its column kinds: ${what}`, () => {
      const report = reportOf(gate, ...args);
      assertHoldsToSchema(report);
      check(report);
    });
  }
});
