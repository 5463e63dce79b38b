/**
 * The GitHub reporting path end to end: the fixture action's ncc bundle runs as the Actions runner runs it
 * (runBundledAction) against the fake GitHub server, with the client's production retry and throttling settings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type FakeGitHub, faults } from './harness/fake-github.ts';
import { type RunBundledActionOptions, runBundledAction } from './harness/runner.ts';
import { fakeGitHubs } from './harness/suite.ts';

const FIXTURE = fileURLToPath(new URL('./harness/fixture-action', import.meta.url));
const READ_ONLY_TOKEN = 'ghs_readOnlyForkToken';

const startFake = fakeGitHubs({
  tokens: { [READ_ONLY_TOKEN]: 'read', ghs_harnessInstallationToken0000000000: 'write' },
});

function run(fake: FakeGitHub, options: Omit<RunBundledActionOptions, 'actionDir' | 'apiUrl'>) {
  return runBundledAction({ actionDir: FIXTURE, apiUrl: fake.url, ...options });
}

function warningsOf(result: Awaited<ReturnType<typeof runBundledAction>>): string[] {
  return result.commands.filter((c) => c.command === 'warning').map((c) => c.message);
}

describe('the fixture action run as the runner runs it', { concurrency: true }, () => {
  it('comments and checks on a pull request, and a second run edits the comment', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 21 });
    const first = await run(fake, { event, inputs: { findings: 3 } });
    assert.equal(first.exitCode, 0, first.stderr);
    assert.equal(first.outputs['report-status'], 'ok');
    assert.equal(first.outputs.verdict, 'warn');
    assert.equal(first.outputs.warnings, '');
    assert.deepEqual(warningsOf(first), []);
    assert.match(first.summary, /## fixture: warn/);
    const second = await run(fake, { event, inputs: { findings: 4 } });
    assert.equal(second.outputs['report-status'], 'ok');
    const comments = fake.commentsOn(21);
    assert.equal(comments.length, 1);
    assert.match(comments[0].body, /^<!-- modelgate:fixture:fixture -->\n## fixture: warn\n\n4 findings/);
    assert.equal(second.outputs['comment-url'], first.outputs['comment-url']);
    const pr = event.payload.pull_request as { head: { sha: string } };
    assert.deepEqual(
      fake.checkRuns.map((r) => [r.name, r.headSha, r.conclusion, r.annotations.length]),
      [
        ['fixture', pr.head.sha, 'neutral', 3],
        ['fixture', pr.head.sha, 'neutral', 4],
      ],
    );
    assert.notEqual(pr.head.sha, first.env.GITHUB_SHA);
    assert.deepEqual(fake.violations, []);
  });

  it('a failing verdict fails the step; 120 findings go out in 3 annotation requests', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 22 });
    const result = await run(fake, {
      event,
      inputs: { findings: 120, severity: 'error', 'max-annotations': 500 },
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['report-status'], 'ok', 'reporting itself went fine');
    assert.deepEqual(
      result.commands.filter((c) => c.command === 'error').map((c) => c.message),
      ['120 findings failed the fixture gate'],
    );
    assert.equal(fake.requestsTo('checks/create').length, 1);
    assert.equal(fake.requestsTo('checks/update').length, 2);
    assert.equal(fake.checkRuns[0].annotations.length, 120);
    assert.equal(fake.checkRuns[0].conclusion, 'failure');
    assert.deepEqual(fake.violations, []);
  });

  it('a fork pull request degrades without failing the step', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 23, fork: true });
    const result = await run(fake, { event, token: READ_ONLY_TOKEN, inputs: { findings: 1 } });
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.outputs['report-status'], 'degraded');
    const [warning] = warningsOf(result);
    assert.match(warning, /comes from a fork/);
    assert.equal(result.outputs.warnings, warning);
    assert.match(result.summary, /## fixture/);
    assert.equal(fake.comments.length + fake.checkRuns.length, 0);
    assert.deepEqual(fake.violations, []);
  });

  it('a missing token degrades without failing the step', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 24 });
    const result = await run(fake, { event, inputs: { token: '' } });
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.outputs['report-status'], 'degraded');
    assert.match(warningsOf(result)[0], /No GitHub token/);
    assert.equal(fake.requests.length, 0);
  });

  it('a 502 then a 200 is retried with the production back-off', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 25 });
    fake.inject('issues/list-comments', faults.serverError(502));
    const result = await run(fake, { event });
    assert.equal(result.outputs['report-status'], 'ok');
    const [failed, retried] = fake.requestsTo('issues/list-comments');
    assert.deepEqual([failed.status, retried.status], [502, 200]);
    assert.ok(retried.at - failed.at >= 1000, 'plugin-retry waits 1 s before the first retry');
    assert.equal(fake.commentsOn(25).length, 1);
    assert.deepEqual(fake.violations, []);
  });

  it('a report too long for a comment is cut below 65,536 characters with a pointer to the run', async () => {
    const fake = await startFake();
    const event = fake.openPullRequest({ number: 26 });
    const result = await run(fake, { event, inputs: { 'markdown-length': 100_000 } });
    assert.equal(result.outputs['report-status'], 'ok');
    const [comment] = fake.commentsOn(26);
    assert.ok(comment.body.length < 65_536);
    assert.match(comment.body, /\*\*Report truncated\*\* .*\/actions\/runs\/4242424242\)\.\n$/);
    assert.ok(Buffer.byteLength(result.summary) > 100_000, 'the job summary has room for all of it');
    assert.deepEqual(fake.violations, []);
  });
});
