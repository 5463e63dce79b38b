// check-drift on data it cannot read, through the CLI (exit codes) and the built bundle (the step):
// no readable row on either side is unusable input, never a pass; unreadable rows are counted and reported.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runBundledAction } from '../../../test/harness/runner.ts';
import { fakeGitHubs } from '../../../test/harness/suite.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const actionDir = join(root, 'actions', 'check-drift');
const workspace = mkdtempSync(join(tmpdir(), 'drift-unreadable-'));
function file(name: string, text: string): string {
  writeFileSync(join(workspace, name), text);
  return name;
}
const good = file('good.csv', 'a,b\n1,x\n2,y\n3,x\n4,y\n');
const ragged = file('ragged.csv', 'a,b\n1,x,extra\n2,y,extra\n');
const headerOnly = file('header-only.csv', 'a,b\n');
const notObjects = file('not-objects.jsonl', '{"a":1,"b":"x"}\n[1,2]\n"text"\n{"a":3,"b":"x"}\n');
const rawScikitLearn = file(
  'wine.csv',
  readFileSync(join(root, 'packages/drift/src/testing/fixtures/wine-raw-head.csv'), 'utf8'),
);

function modelgate(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin', 'modelgate.ts'), 'check-drift', ...args, '--report-dir', join(workspace, 'out')],
    { cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check-drift CLI on unreadable data', { concurrency: true }, () => {
  const unusable: [string, string[], RegExp][] = [
    [
      'every current row ragged',
      ['--reference', good, '--current', ragged],
      /ragged\.csv:2: the current data has no readable row/,
    ],
    [
      'a raw scikit-learn CSV as reference',
      ['--reference', rawScikitLearn, '--current', good],
      /wine\.csv:2: the reference data has no readable row/,
    ],
    [
      'a header-only current file',
      ['--reference', good, '--current', headerOnly],
      /header-only\.csv: the current data has 0 rows/,
    ],
    [
      'skew mode, every serving row ragged',
      ['--reference', good, '--current', ragged, '--id-columns', 'a'],
      /ragged\.csv:2: the serving data has no readable row/,
    ],
  ];
  for (const [what, args, message] of unusable) {
    it(`exits 2 on ${what}, with one line saying why`, () => {
      const run = modelgate(...args);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    });
  }

  it('compares partly readable data and reports the rows it left out', () => {
    const run = modelgate('--reference', good, '--current', notObjects, '--fail-on', 'warning');
    assert.equal(run.code, 1, 'the unreadable rows are a warning, so fail-on warning fails');
    const report = JSON.parse(readFileSync(join(workspace, 'out', 'check-drift', 'report.json'), 'utf8'));
    const finding = report.findings.find((f: { check: string }) => f.check === 'unreadable-rows');
    assert.equal(finding.count, 2);
    assert.deepEqual(
      finding.locations.map((l: { line: number }) => l.line),
      [2, 3],
    );
  });
});

describe('check-drift step on unreadable data', { concurrency: true }, () => {
  it('fails the step when the current data has no readable row', async () => {
    const run = await runBundledAction({
      actionDir,
      workspace,
      inputs: { reference: good, current: ragged },
    });
    assert.equal(run.exitCode, 1);
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0], /ragged\.csv:2: the current data has no readable row/);
    assert.equal(run.outputs.passed, undefined, 'no verdict for data never read');
  });

  const startFake = fakeGitHubs();
  it('sets unreadable-rows and passes on the rows it read', async () => {
    const fake = await startFake();
    const run = await runBundledAction({
      actionDir,
      workspace,
      apiUrl: fake.url,
      event: fake.openPullRequest({ number: 3 }),
      inputs: { reference: good, current: notObjects, 'report-dir': 'step-out' },
    });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs['unreadable-rows'], '2');
    assert.equal(run.outputs.verdict, 'warn');
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'));
    const finding = report.findings.find((f: { check: string }) => f.check === 'unreadable-rows');
    assert.match(finding.message, /^2 of 4 current rows could not be read/);
    assert.match(fake.commentsOn(3)[0].body, /2 of 4 current rows could not be read/);
  });
});
