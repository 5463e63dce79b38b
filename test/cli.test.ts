// The CLI runs the same gates as the actions, from source, on the embedded example.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './harness/cli.ts';

function modelgate(...args: string[]) {
  return runCli(args);
}

describe('modelgate CLI', () => {
  it('passes clean data and writes the three report files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
    const run = modelgate(
      'validate-data',
      '--data',
      'examples/data/train.csv',
      '--schema',
      'examples/schema.yml',
      '--report-dir',
      dir,
    );
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assert.match(run.stdout, /PASS\s+validate-data/);
    const report = JSON.parse(readFileSync(join(dir, 'validate-data', 'report.json'), 'utf8'));
    assert.equal(report.verdict, 'pass');
    assert.match(readFileSync(join(dir, 'validate-data', 'report.html'), 'utf8'), /<svg|<table/);
  });

  it('fails the gate with exit code 1 and names the bad lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
    const run = modelgate(
      'validate-data',
      '--data',
      'examples/data/batch.csv',
      '--schema',
      'examples/schema.yml',
      '--report-dir',
      dir,
    );
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /examples\/data\/batch\.csv:122/);
    assert.match(run.stdout, /examples\/data\/batch\.csv:19/);
  });

  it('lets fail-on never pass a failing verdict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
    const run = modelgate(
      'validate-data',
      '--data',
      'examples/data/batch.csv',
      '--schema',
      'examples/schema.yml',
      '--fail-on',
      'never',
      '--report-dir',
      dir,
    );
    assert.equal(run.code, 0, run.stderr);
  });

  it('exits 2 with a one-line reason for unusable input, never a stack trace', () => {
    const wrongValue = modelgate('validate-data', '--data', 'x.csv', '--fail-on', 'sometimes');
    assert.equal(wrongValue.code, 2);
    assert.equal(
      wrongValue.stderr.trim(),
      'modelgate validate-data: --fail-on is "sometimes": expected one of error, warning, never',
    );
    const unknown = modelgate('check-drift', '--referense', 'a.csv');
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /unknown option --referense; modelgate check-drift accepts: --reference, --current/,
    );
    const missingFile = modelgate('validate-data', '--data', 'examples/data/nope.csv');
    assert.equal(missingFile.code, 2);
    assert.match(missingFile.stderr, /nope\.csv/);
    assert.doesNotMatch(missingFile.stderr, /\n\s+at /);
    const noSchema = modelgate(
      'validate-data',
      '--data',
      'examples/data/train.csv',
      '--schema',
      'examples/nope.yml',
    );
    assert.equal(noSchema.code, 2);
    assert.match(noSchema.stderr, /modelgate validate-data: examples\/nope\.yml: no such file or folder/);
    const noAction = modelgate('fly');
    assert.equal(noAction.code, 2);
    assert.match(noAction.stderr, /unknown action "fly"; one of: validate-data, check-drift/);
  });

  it("lists the actions and each action's inputs with their defaults", () => {
    const usage = modelgate('--help');
    assert.equal(usage.code, 0);
    assert.match(usage.stdout, /validate-data\s+Schema and data-quality gate/);
    const help = modelgate('check-drift', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--reference \(required\)/);
    assert.match(help.stdout, /--drift-share \(default: 0\.5\)/);
  });

  it('runs check-drift on the example and reports the drifted columns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
    const run = modelgate(
      'check-drift',
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
      '--report-dir',
      dir,
    );
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const report = JSON.parse(readFileSync(join(dir, 'check-drift', 'report.json'), 'utf8'));
    const columns = report.tables.find((t: { id: string }) => t.id === 'columns');
    assert.ok(columns, 'a per-column table');
    assert.match(JSON.stringify(report.findings), /income|region/);
  });
});
