/**
 * check-drift's built bundle run as the Actions runner runs it, on the embedded example, against the fake
 * GitHub API: drift verdicts and outputs, concept drift with its retraining event, skew mode, bad input.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type FakeGitHub, faults } from './harness/fake-github.ts';
import { type RunBundledActionOptions, runBundledAction } from './harness/runner.ts';
import { exampleWorkspace, fakeGitHubs } from './harness/suite.ts';

const ACTION = fileURLToPath(new URL('../actions/check-drift', import.meta.url));

const startFake = fakeGitHubs();

function run(fake: FakeGitHub, options: Omit<RunBundledActionOptions, 'actionDir' | 'apiUrl'>) {
  return runBundledAction({ actionDir: ACTION, apiUrl: fake.url, workspace: exampleWorkspace(), ...options });
}

const example = {
  reference: 'examples/data/train.csv',
  current: 'examples/data/serving.csv',
  'exclude-columns': 'customer_id',
};

describe('check-drift run as the runner runs it', { concurrency: true }, () => {
  it('detects the example drift, fails the step and reports it on the pull request', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 7 });
    const result = await run(fake, {
      event,
      inputs: { ...example, 'prediction-column': 'prediction', 'target-column': 'label' },
    });
    assert.equal(result.exitCode, 1, result.stderr);
    assert.equal(result.outputs['drift-detected'], 'true');
    const drifted = JSON.parse(result.outputs['drifted-columns']) as string[];
    assert.ok(drifted.includes('income') && drifted.includes('region'), drifted.join(', '));
    assert.ok(Number(result.outputs['drift-share']) >= 0.5);
    assert.equal(result.outputs['retrain-needed'], 'true');
    assert.equal(fake.dispatches.length, 0, 'no retrain-event input, no event');
    assert.equal(fake.checkRuns[0].conclusion, 'failure');
    const comment = fake.commentsOn(7)[0].body;
    assert.match(comment, /region/);
    assert.match(comment, /income/);
    const report = JSON.parse(readFileSync(result.outputs['report-path'], 'utf8'));
    assert.ok(report.charts.length > 0, 'charts of the drifted columns');
    const html = readFileSync(result.outputs['report-path'].replace('report.json', 'report.html'), 'utf8');
    assert.match(html, /<svg/);
    assert.deepEqual(fake.violations, []);
  });

  it('passes data compared with itself', async () => {
    const fake = await startFake();
    const result = await run(fake, { inputs: { ...example, current: 'examples/data/train.csv' } });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['drift-detected'], 'false');
    assert.equal(result.outputs['drifted-columns'], '[]');
    assert.equal(result.outputs.passed, 'true');
  });

  it('measures concept drift and sends the retraining event when accuracy drops', async () => {
    const fake = await startFake();
    const result = await run(fake, {
      inputs: {
        ...example,
        'prediction-column': 'prediction',
        'target-column': 'label',
        'retrain-event': 'retrain-model',
        'fail-on': 'never',
      },
    });
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.outputs['retrain-needed'], 'true');
    assert.equal(fake.dispatches.length, 1);
    assert.equal(fake.dispatches[0].eventType, 'retrain-model');
    assert.deepEqual(fake.violations, []);
  });

  it('degrades, never fails, when the retraining event is refused, and names the permission it needs', async () => {
    const fake = await startFake();
    fake.inject('repos/create-dispatch-event', faults.forbidden());
    const result = await run(fake, {
      inputs: {
        ...example,
        'prediction-column': 'prediction',
        'target-column': 'label',
        'retrain-event': 'retrain-model',
        'fail-on': 'never',
      },
    });
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(fake.dispatches.length, 0);
    assert.equal(result.outputs['report-status'], 'degraded');
    const warnings = result.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    assert.ok(
      warnings.some((w) => /Could not send the retrain event "retrain-model".*contents: write/.test(w)),
      warnings.join('\n'),
    );
  });

  it('compares training and serving row by row on ids (skew mode)', async () => {
    const fake = await startFake();
    const ws = exampleWorkspace();
    const lines = readFileSync(join(ws, 'examples/data/train.csv'), 'utf8').trimEnd().split('\n');
    // Serving computed "income" differently for two customers and never saw the last one.
    for (const i of [5, 9]) {
      const cells = lines[i].split(',');
      cells[2] = String(Number(cells[2]) + 1000);
      lines[i] = cells.join(',');
    }
    writeFileSync(join(ws, 'serving-features.csv'), `${lines.slice(0, -1).join('\n')}\n`);
    const result = await runBundledAction({
      actionDir: ACTION,
      apiUrl: fake.url,
      workspace: ws,
      inputs: {
        reference: 'examples/data/train.csv',
        current: 'serving-features.csv',
        'id-columns': 'customer_id',
      },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    const report = JSON.parse(readFileSync(result.outputs['report-path'], 'utf8'));
    const text = JSON.stringify(report.findings);
    assert.match(text, /income/);
    assert.match(text, /serving-features\.csv|one side|only/);
  });

  it('fails before any work on a wrong input, naming it', async () => {
    const fake = await startFake();
    const result = await run(fake, { inputs: { ...example, method: 't-test' } });
    assert.equal(result.exitCode, 1);
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^input "method" is "t-test": expected one of auto, ks, chi-square/);
    assert.equal(fake.requests.length, 0);
  });
});
