/**
 * validate-data's built bundle run as the Actions runner runs it, on the embedded example, against the
 * fake GitHub API: the verdict, outputs, sticky comment, check run annotations and report files.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseSchema } from '@modelgate/validation';
import type { FakeGitHub } from './harness/fake-github.ts';
import { type RunBundledActionOptions, runBundledAction } from './harness/runner.ts';
import { exampleWorkspace, fakeGitHubs } from './harness/suite.ts';

const ACTION = fileURLToPath(new URL('../actions/validate-data', import.meta.url));
const READ_ONLY_TOKEN = 'ghs_readOnlyForkToken';

const startFake = fakeGitHubs({
  tokens: { [READ_ONLY_TOKEN]: 'read', ghs_harnessInstallationToken0000000000: 'write' },
});

function run(fake: FakeGitHub, options: Omit<RunBundledActionOptions, 'actionDir' | 'apiUrl'>) {
  return runBundledAction({ actionDir: ACTION, apiUrl: fake.url, workspace: exampleWorkspace(), ...options });
}

describe('validate-data run as the runner runs it', { concurrency: true }, () => {
  it('passes clean data: outputs, a success check run and one sticky comment', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 3 });
    const result = await run(fake, {
      event,
      inputs: { data: 'examples/data/train.csv', schema: 'examples/schema.yml' },
    });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.equal(result.outputs.passed, 'true');
    assert.equal(result.outputs.errors, '0');
    assert.equal(result.outputs['report-status'], 'ok');
    const report = JSON.parse(readFileSync(result.outputs['report-path'], 'utf8'));
    assert.equal(report.action, 'validate-data');
    assert.equal(report.metrics.rows, 800);
    assert.equal(fake.commentsOn(3).length, 1);
    assert.deepEqual(
      fake.checkRuns.map((r) => [r.name, r.conclusion]),
      [['validate-data', 'success']],
    );
    assert.match(result.summary, /validate-data/);
    assert.deepEqual(fake.violations, []);
  });

  it('finds each planted problem at its line, annotates it, and edits the comment on the next push', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 4 });
    const inputs = { data: 'examples/data/batch.csv', schema: 'examples/schema.yml' };
    const first = await run(fake, { event, inputs });
    assert.equal(first.exitCode, 1, first.stderr);
    assert.equal(first.outputs.passed, 'false');
    assert.equal(first.outputs.errors, '6');
    const annotated = fake.checkRuns[0].annotations.map((a) => `${a.path}:${a.start_line}`).sort();
    for (const line of [19, 44, 66, 92, 122]) {
      assert.ok(
        annotated.includes(`examples/data/batch.csv:${line}`),
        `line ${line} in ${annotated.join(', ')}`,
      );
    }
    assert.equal(fake.checkRuns[0].conclusion, 'failure');
    const comment = fake.commentsOn(4)[0].body;
    assert.match(comment, /contractor/);
    assert.match(comment, /batch\.csv<\/code>|batch\.csv:/);

    await run(fake, { event, inputs });
    assert.equal(fake.commentsOn(4).length, 1, 'the second run edits the comment');
    assert.deepEqual(fake.violations, []);
  });

  it('infers a schema from a reference that the reference itself then passes', async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    const inferred = await runBundledAction({
      actionDir: ACTION,
      apiUrl: fake.url,
      workspace: ws,
      inputs: {
        data: 'examples/data/serving.csv',
        reference: 'examples/data/train.csv',
        'infer-schema-output': 'schemas/inferred.yml',
        'fail-on': 'never',
      },
    });
    assert.equal(inferred.exitCode, 0, inferred.stderr);
    const path = inferred.outputs['inferred-schema'];
    assert.equal(path, join(ws, 'schemas', 'inferred.yml'));
    const schema = parseSchema(readFileSync(path, 'utf8'), path);
    assert.deepEqual(
      schema.columns.map((c) => c.name),
      [
        'customer_id',
        'age',
        'income',
        'credit_score',
        'employment',
        'region',
        'label',
        'score',
        'prediction',
      ],
    );
    const again = await runBundledAction({
      actionDir: ACTION,
      apiUrl: fake.url,
      workspace: ws,
      inputs: {
        data: 'examples/data/train.csv',
        schema: 'schemas/inferred.yml',
        'report-name': 'round-trip',
      },
    });
    assert.equal(again.exitCode, 0, again.stdout);
    assert.equal(again.outputs.errors, '0');
  });

  it('with neither schema nor reference runs only expectation-free checks and says so', async () => {
    const fake = await startFake();
    const result = await run(fake, { inputs: { data: 'examples/data/batch.csv', 'report-name': 'bare' } });
    const report = JSON.parse(readFileSync(result.outputs['report-path'], 'utf8'));
    // batch.csv's one ragged row is an error without any expectation; its out-of-range age is not found.
    assert.equal(result.exitCode, 1, result.stdout + result.stderr);
    assert.deepEqual(
      report.findings
        .filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { check: string }) => f.check),
      ['unreadable-row'],
    );
    assert.match(report.summary, /\(no schema or reference: only expectation-free checks ran\)$/);
    const notices = report.findings.filter((f: { check: string }) => f.check === 'no-expectations');
    assert.deepEqual(
      notices.map((f: { severity: string }) => f.severity),
      ['notice'],
    );
    const checks = new Set(report.findings.map((f: { check: string }) => f.check));
    for (const expectation of ['out-of-range', 'value-not-allowed', 'missing-values', 'row-count'])
      assert.ok(!checks.has(expectation), `${expectation} needs an expectation`);
    const ran = new Set(report.tables[0].rows.map((row: string[]) => row[0]));
    assert.ok(ran.has('duplicate-rows') && ran.has('constant-column'), [...ran].join(', '));
    assert.match(result.summary, /only expectation-free checks ran/);
  });

  it('degrades on a fork PR without failing, and the verdict still decides', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 5, fork: true });
    const result = await run(fake, {
      event,
      token: READ_ONLY_TOKEN,
      inputs: { data: 'examples/data/train.csv', schema: 'examples/schema.yml' },
    });
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.outputs['report-status'], 'degraded');
    assert.ok(
      result.commands.some((c) => c.command === 'warning' && /fork|read-only|permission/i.test(c.message)),
    );
    assert.equal(fake.comments.length, 0);
  });

  it('fails before any work on a wrong input, naming it, with no stack trace', async () => {
    const fake = await startFake();
    const result = await run(fake, { inputs: { data: 'examples/data/train.csv', 'fail-on': 'sometimes' } });
    assert.equal(result.exitCode, 1);
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message);
    assert.deepEqual(errors, ['input "fail-on" is "sometimes": expected one of error, warning, never']);
    assert.doesNotMatch(result.stdout, /\n\s+at /);
    assert.equal(fake.requests.length, 0);
  });

  it('reports an unreadable data file with its name and line', async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(ws, 'open-quote.csv'), 'a,b\n1,"never closed\n2,3\n');
    const result = await runBundledAction({
      actionDir: ACTION,
      apiUrl: fake.url,
      workspace: ws,
      inputs: { data: 'open-quote.csv' },
    });
    assert.equal(result.exitCode, 1);
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /open-quote\.csv:2/);
  });

  it("reads each column as the schema's type: codes keep their leading zeros", async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(ws, 'zips.csv'), 'zip,account,age\n02134,0123,30\n10001,123,1.5\n02134,77,40\n');
    writeFileSync(
      join(ws, 'zips.yml'),
      [
        'version: 1',
        'columns:',
        '  zip: { type: category, allowed: ["02134", "10001"] }',
        '  account: { type: string, unique: true }',
        '  age: { type: integer }',
        '',
      ].join('\n'),
    );
    const result = await runBundledAction({
      actionDir: ACTION,
      apiUrl: fake.url,
      workspace: ws,
      inputs: { data: 'zips.csv', schema: 'zips.yml' },
    });
    const report = JSON.parse(readFileSync(result.outputs['report-path'], 'utf8'));
    const failed = report.findings
      .filter((f: { severity: string }) => f.severity === 'error')
      .map((f: { check: string; column?: string }) => `${f.check} ${f.column}`);
    // Read by inference, zip and account were integer columns: 2134, outside zip's allowed values, and
    // 0123 a repeat of 123.
    assert.deepEqual(failed, ['type-mismatch age']);
  });
});
