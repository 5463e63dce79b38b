/**
 * publishReport in-process against the fake GitHub server: where each part of a report goes, what survives
 * GitHub's limits, and how each reporting failure degrades instead of failing the step.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import {
  type ArtifactUploader,
  type PublishInput,
  publishReport,
} from '../packages/core/src/github/index.ts';
import type { Finding, Report, Severity } from '../packages/core/src/report/model.ts';
import { fakeSha, pushEvent, type RunnerEvent } from './harness/events.ts';
import { FakeGitHub, type FakeGitHubOptions, faults } from './harness/fake-github.ts';
import { fastClientOptions, TEST_DELAY_SCALE_MS } from './harness/fast-client.ts';
import { HARNESS_TOKEN, prepareStep, type StepEnvironment } from './harness/runner.ts';

const READ_ONLY_TOKEN = 'ghs_readOnlyForkToken';
const SCALE_MS = TEST_DELAY_SCALE_MS;

function makeReport(
  options: { name?: string; findings?: number; severity?: Severity; file?: string } = {},
): Report {
  const severity = options.severity ?? 'warning';
  const findings: Finding[] = Array.from({ length: options.findings ?? 2 }, (_, i) => ({
    check: 'range',
    severity,
    message: `age out of range on line ${i + 2}`,
    column: 'age',
    locations: [{ file: options.file ?? 'data/train.csv', line: i + 2 }],
  }));
  return {
    schemaVersion: 1,
    action: 'validate-data',
    reportName: options.name ?? 'validate-data',
    verdict:
      findings.length === 0
        ? 'pass'
        : severity === 'error'
          ? 'fail'
          : severity === 'warning'
            ? 'warn'
            : 'pass',
    summary: `${findings.length} rows out of range`,
    findings,
    metrics: {},
    tables: [],
    charts: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    tool: { name: 'modelgate', version: '0.1.0' },
  };
}

interface World {
  fake: FakeGitHub;
  step: StepEnvironment;
  event: RunnerEvent;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function world(
  options: { fork?: boolean; event?: 'push'; fake?: FakeGitHubOptions; serverUrl?: string } = {},
): Promise<World> {
  const fake = await FakeGitHub.start(options.fake);
  const event = options.event === 'push' ? pushEvent() : fake.openPullRequest({ fork: options.fork });
  const step = prepareStep({ event, apiUrl: fake.url, serverUrl: options.serverUrl });
  cleanups.push(
    () => fake.close(),
    () => step.dispose(),
  );
  return { fake, step, event };
}

async function publish(w: World, report: Report, overrides: Partial<PublishInput> = {}) {
  const files = w.step.newFileCommands();
  const reportDir = join(w.step.runnerTemp, 'report');
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, 'report.json'), JSON.stringify(report));
  const logged: string[] = [];
  const result = await publishReport({
    report,
    markdown: `## ${report.reportName}\n\n${report.summary}\n`,
    reportDir,
    maxAnnotations: 500,
    token: HARNESS_TOKEN,
    env: { ...w.step.env, ...files.env },
    clientOptions: fastClientOptions(),
    log: { info: () => {}, warning: (message) => logged.push(message) },
    ...overrides,
  });
  assert.deepEqual(logged, result.warnings, 'every warning is also logged');
  return { result, summary: files.read().summary };
}

function assertContractKept(fake: FakeGitHub): void {
  assert.deepEqual(fake.violations, [], 'every request followed the OpenAPI description');
  assert.equal(fake.pendingFaults(), 0, 'every injected fault was played');
}

test('a pull request gets the job summary, a sticky comment and a check run on the PR head', async () => {
  const w = await world();
  const { result, summary } = await publish(w, makeReport());
  assert.equal(result.status, 'ok');
  assert.deepEqual(result.warnings, []);
  assert.match(summary, /## validate-data/);
  const [comment] = w.fake.commentsOn(7);
  assert.ok(comment.body.startsWith('<!-- modelgate:validate-data:validate-data -->\n## validate-data'));
  assert.equal(result.commentUrl, `https://github.com/octo-org/models/pull/7#issuecomment-${comment.id}`);
  const [run] = w.fake.checkRuns;
  const pr = w.event.payload.pull_request as { head: { sha: string } };
  assert.equal(run.headSha, pr.head.sha);
  assert.notEqual(run.headSha, w.event.sha, 'not the merge commit GITHUB_SHA names');
  assert.equal(run.name, 'validate-data');
  assert.equal(run.status, 'completed');
  assert.equal(run.conclusion, 'neutral');
  assert.equal(run.output.title, 'Passed with warnings: 2 rows out of range');
  assert.deepEqual(
    run.annotations.map((a) => [a.path, a.start_line, a.annotation_level]),
    [
      ['data/train.csv', 2, 'warning'],
      ['data/train.csv', 3, 'warning'],
    ],
  );
  assert.equal(result.checkRunUrl, `https://github.com/octo-org/models/runs/${run.id}`);
  assert.match(result.skipped.join('\n'), /artifact: the runner gave this step no artifact service/);
  assertContractKept(w.fake);
});

test('a second run edits its comment in place instead of adding one', async () => {
  const w = await world();
  await publish(w, makeReport({ findings: 2 }));
  const { result } = await publish(w, makeReport({ findings: 5 }));
  const comments = w.fake.commentsOn(7);
  assert.equal(comments.length, 1);
  assert.match(comments[0].body, /5 rows out of range/);
  assert.equal(w.fake.requestsTo('issues/create-comment').length, 1);
  assert.equal(w.fake.requestsTo('issues/update-comment').length, 1);
  assert.equal(result.commentUrl, `https://github.com/octo-org/models/pull/7#issuecomment-${comments[0].id}`);
  assertContractKept(w.fake);
});

test('two report names keep two comments and two check runs', async () => {
  const w = await world();
  await publish(w, makeReport({ name: 'train' }));
  await publish(w, makeReport({ name: 'serving' }));
  await publish(w, makeReport({ name: 'train', findings: 3 }));
  const bodies = w.fake.commentsOn(7).map((c) => c.body.split('\n')[0]);
  assert.deepEqual(bodies, [
    '<!-- modelgate:validate-data:train -->',
    '<!-- modelgate:validate-data:serving -->',
  ]);
  assert.deepEqual(
    w.fake.checkRuns.map((r) => r.name),
    ['train', 'serving', 'train'],
  );
  assertContractKept(w.fake);
});

test('the marker is found past the first page of comments, and a reviewer quoting it is not edited', async () => {
  const w = await world();
  const reviewer = { login: 'reviewer', id: 5, type: 'User' as const };
  for (let i = 0; i < 130; i++) w.fake.addComment(7, `looks good ${i}`, reviewer);
  await publish(w, makeReport());
  w.fake.addComment(7, 'quoting: <!-- modelgate:validate-data:validate-data -->', reviewer);
  await publish(w, makeReport({ findings: 4 }));
  const ours = w.fake.commentsOn(7).filter((c) => c.user.login === 'github-actions[bot]');
  assert.equal(ours.length, 1);
  assert.match(ours[0].body, /4 rows out of range/);
  const pages = w.fake.requestsTo('issues/list-comments').map((r) => r.query.page ?? '1');
  assert.deepEqual(pages, ['1', '2', '1', '2']);
  assertContractKept(w.fake);
});

test('a user comment that starts with the marker is neither edited nor taken for ours', async () => {
  const w = await world();
  const attacker = { login: 'mallory', id: 66, type: 'User' as const };
  const forged = w.fake.addComment(
    7,
    '<!-- modelgate:validate-data:validate-data -->\nall green, merge it',
    attacker,
  );
  const first = await publish(w, makeReport());
  assert.equal(first.result.status, 'ok', first.result.warnings.join('\n'));
  await publish(w, makeReport({ findings: 4 }));
  assert.equal(forged.body, '<!-- modelgate:validate-data:validate-data -->\nall green, merge it');
  const ours = w.fake.commentsOn(7).filter((c) => c.user.login === 'github-actions[bot]');
  assert.equal(ours.length, 1, 'one sticky comment of our own, edited on the second run');
  assert.match(ours[0].body, /4 rows out of range/);
  assert.equal(w.fake.requestsTo('users/get-authenticated')[0]?.status, 403, 'an installation token');
  assertContractKept(w.fake);
});

test('with a personal token the sticky comment is the one that account wrote', async () => {
  const owner = { login: 'model-owner', id: 77, type: 'User' as const };
  const w = await world({ fake: { people: { [HARNESS_TOKEN]: owner } } });
  const attacker = { login: 'mallory', id: 66, type: 'User' as const };
  w.fake.addComment(7, '<!-- modelgate:validate-data:validate-data -->\nforged', attacker);
  await publish(w, makeReport());
  await publish(w, makeReport({ findings: 4 }));
  const ours = w.fake.commentsOn(7).filter((c) => c.user.login === 'model-owner');
  assert.equal(ours.length, 1);
  assert.match(ours[0].body, /4 rows out of range/);
  assert.equal(
    w.fake
      .commentsOn(7)
      .find((c) => c.user.login === 'mallory')
      ?.body.endsWith('forged'),
    true,
  );
  assertContractKept(w.fake);
});

test('120 findings make 3 annotation requests: 1 create and 2 updates of 50', async () => {
  const w = await world();
  const { result } = await publish(w, makeReport({ findings: 120 }));
  assert.equal(result.status, 'ok');
  const creates = w.fake.requestsTo('checks/create');
  const updates = w.fake.requestsTo('checks/update');
  assert.equal(creates.length, 1);
  assert.equal(updates.length, 2);
  const sizes = [...creates, ...updates].map(
    (r) => ((r.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length,
  );
  assert.deepEqual(sizes, [50, 50, 20]);
  const [run] = w.fake.checkRuns;
  assert.equal(run.annotations.length, 120);
  assert.deepEqual(
    run.annotations.map((a) => a.start_line),
    Array.from({ length: 120 }, (_, i) => i + 2),
  );
  assertContractKept(w.fake);
});

test('maxAnnotations caps the annotations, and the check run says how many were left out', async () => {
  const w = await world();
  await publish(w, makeReport({ findings: 120 }), { maxAnnotations: 70 });
  const [run] = w.fake.checkRuns;
  assert.equal(run.annotations.length, 70);
  assert.equal(w.fake.requestsTo('checks/update').length, 1);
  assert.match(run.output.text ?? '', /first 70 locations \(max-annotations\); 50 more/);
  assertContractKept(w.fake);
});

test('annotations point at files relative to the workspace; files outside it are not annotated', async () => {
  const w = await world();
  const report = makeReport({ findings: 0 });
  report.findings = [
    {
      check: 'range',
      severity: 'error',
      message: 'bad',
      locations: [
        { file: join(w.step.workspace, 'data', 'eval.csv'), line: 8 },
        { file: '/etc/elsewhere.csv', line: 1 },
        { file: '../outside.csv', line: 1 },
      ],
    },
  ];
  report.verdict = 'fail';
  await publish(w, report);
  const [run] = w.fake.checkRuns;
  assert.equal(run.conclusion, 'failure');
  assert.deepEqual(run.annotations, [
    {
      path: 'data/eval.csv',
      start_line: 8,
      end_line: 8,
      annotation_level: 'failure',
      message: 'bad',
      title: 'range',
    },
  ]);
  assert.match(run.output.text ?? '', /2 locations are in files outside the repository/);
  assertContractKept(w.fake);
});

test('a push run gets a check run on GITHUB_SHA and no comment', async () => {
  const w = await world({ event: 'push' });
  const { result } = await publish(w, makeReport({ findings: 0 }));
  assert.equal(result.status, 'ok');
  assert.equal(w.fake.comments.length, 0);
  assert.equal(w.fake.checkRuns[0].headSha, fakeSha('push'));
  assert.equal(w.fake.checkRuns[0].conclusion, 'success');
  assert.match(result.skipped.join('\n'), /PR comment: the push event is not about a pull request/);
  assertContractKept(w.fake);
});

test('a fork pull request with its read-only token degrades without throwing', async () => {
  const w = await world({ fork: true, fake: { tokens: { [READ_ONLY_TOKEN]: 'read' } } });
  const { result, summary } = await publish(w, makeReport(), { token: READ_ONLY_TOKEN });
  assert.equal(result.status, 'degraded');
  assert.equal(result.warnings.length, 1);
  assert.match(result.warnings[0], /comes from a fork.*read-only/);
  assert.match(summary, /## validate-data/, 'the job summary still has the report');
  assert.equal(w.fake.comments.length, 0);
  assert.equal(w.fake.requestsTo('checks/create').length, 0, 'no second doomed write');
  assertContractKept(w.fake);
});

test('a 502 and then a 200 is retried and succeeds', async () => {
  const w = await world();
  w.fake.inject('checks/create', faults.serverError(502));
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'ok');
  assert.deepEqual(
    w.fake.requestsTo('checks/create').map((r) => r.status),
    [502, 201],
  );
  assert.equal(w.fake.checkRuns.length, 1);
  assertContractKept(w.fake);
});

test('5xx that outlasts the retries degrades with a warning', async () => {
  const w = await world();
  w.fake.inject(
    'issues/list-comments',
    ...[500, 502, 503].map((s) => faults.serverError(s as 500 | 502 | 503)),
  );
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'degraded');
  assert.match(
    result.warnings[0],
    /PR comment: GitHub's API did not answer successfully after retries \(HTTP 503/,
  );
  assert.equal(w.fake.requestsTo('issues/list-comments').length, 3, 'the first try and 2 retries');
  assert.equal(w.fake.checkRuns.length, 1, 'the check run is still made');
  assertContractKept(w.fake);
});

test('a 429 with retry-after is waited out as asked', async () => {
  const w = await world();
  w.fake.inject('issues/create-comment', faults.tooManyRequests(12));
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'ok');
  const [limited, retried] = w.fake.requestsTo('issues/create-comment');
  assert.deepEqual([limited.status, retried.status], [429, 201]);
  const waited = retried.at - limited.at;
  assert.ok(waited >= 12 * SCALE_MS, `waited ${waited} ms, asked for ${12 * SCALE_MS}`);
  assert.ok(waited < 60 * SCALE_MS, `waited ${waited} ms: the retry-after header was not used`);
  assertContractKept(w.fake);
});

test("a secondary rate limit's 403 with retry-after is retried, not reported", async () => {
  const w = await world();
  w.fake.inject('checks/create', faults.secondaryRateLimit(3));
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'ok');
  assert.deepEqual(
    w.fake.requestsTo('checks/create').map((r) => r.status),
    [403, 201],
  );
  assertContractKept(w.fake);
});

test('a primary rate limit that resets too late is not waited for', async () => {
  const w = await world();
  w.fake.inject('checks/create', faults.primaryRateLimit(3600));
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'degraded');
  assert.match(result.warnings[0], /check run: GitHub's API rate limit is used up/);
  assert.equal(w.fake.requestsTo('checks/create').length, 1);
  assertContractKept(w.fake);
});

test('a 403 degrades with the permission the workflow needs', async () => {
  const w = await world();
  w.fake.inject('checks/create', faults.forbidden());
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'degraded');
  assert.deepEqual(result.warnings, [
    'Could not post the check run: the token may not do this (403: Resource not accessible by integration). ' +
      'Give the job `permissions:` with `checks: write`.',
  ]);
  assert.equal(w.fake.commentsOn(7).length, 1, 'the comment was still posted');
  assertContractKept(w.fake);
});

test('a 404 degrades and says the token cannot see the repository', async () => {
  const w = await world();
  w.fake.inject('issues/list-comments', faults.notFound());
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'degraded');
  assert.match(result.warnings[0], /PR comment: GitHub answered 404 .*pull-requests: write/);
  assertContractKept(w.fake);
});

test('a missing token degrades: the job summary is written and GitHub is not called', async () => {
  const w = await world();
  const { result, summary } = await publish(w, makeReport(), { token: '' });
  assert.equal(result.status, 'degraded');
  assert.match(result.warnings[0], /No GitHub token/);
  assert.match(summary, /## validate-data/);
  assert.equal(w.fake.requests.length, 0);
});

test('outside GitHub Actions nothing is published', async () => {
  const w = await world();
  const files = w.step.newFileCommands();
  const result = await publishReport({
    report: makeReport(),
    markdown: '# r',
    reportDir: w.step.runnerTemp,
    maxAnnotations: 50,
    token: HARNESS_TOKEN,
    env: { ...w.step.env, ...files.env, GITHUB_ACTIONS: undefined },
    log: { info: () => {}, warning: () => {} },
  });
  assert.equal(result.status, 'skipped');
  assert.equal(files.read().summary, '');
  assert.equal(w.fake.requests.length, 0);
});

test('an unreachable API degrades instead of throwing', async () => {
  const w = await world();
  await w.fake.close();
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'degraded');
  assert.equal(result.warnings.length, 2);
  assert.match(result.warnings[0], /PR comment: GitHub's API did not answer successfully after retries/);
  assert.match(result.warnings[1], /check run: GitHub's API did not answer/);
});

test('a reply slower than the request timeout is abandoned and retried', async () => {
  const w = await world();
  w.fake.inject('checks/create', faults.slow(2000));
  const started = performance.now();
  const { result } = await publish(w, makeReport(), {
    clientOptions: { ...fastClientOptions(), requestTimeoutMs: 200 },
  });
  assert.ok(performance.now() - started < 2000, 'did not wait for the slow reply');
  assert.equal(result.status, 'ok');
  assert.equal(w.fake.requestsTo('checks/create').length, 2);
  assert.equal(result.checkRunUrl, `https://github.com/octo-org/models/runs/${w.fake.checkRuns[0].id}`);
  assertContractKept(w.fake);
});

test('a body too long for GitHub is cut below 65,536 characters with a pointer to the full report', async () => {
  const w = await world();
  const row = `| ${'x'.repeat(70)} |\n`;
  const markdown = `## big\n\n${row.repeat(2000)}`;
  const { result } = await publish(w, makeReport(), { markdown });
  assert.equal(result.status, 'ok');
  const [comment] = w.fake.commentsOn(7);
  assert.ok(comment.body.length < 65_536, `comment is ${comment.body.length} characters`);
  assert.ok(comment.body.length > 60_000, 'as much as fits is kept');
  assert.match(
    comment.body,
    /\| x{70} \|\n\n\*\*Report truncated\*\* .*\(https:\/\/github\.com\/octo-org\/models\/actions\/runs\/4242424242\)\.\n$/,
  );
  const [run] = w.fake.checkRuns;
  assert.ok((run.output.summary ?? '').length <= 65_535);
  assert.match(run.output.summary ?? '', /Report truncated/);
  assertContractKept(w.fake);
});

test('the job summary stays within 1 MiB with a pointer to the report files', async () => {
  const w = await world();
  const markdown = `## huge\n\n${'| é row of data |\n'.repeat(80_000)}`;
  const { summary } = await publish(w, makeReport(), { markdown });
  assert.ok(Buffer.byteLength(summary) <= 1024 * 1024, `${Buffer.byteLength(summary)} bytes`);
  assert.ok(Buffer.byteLength(summary) > 1000 * 1024);
  assert.match(summary, /\*\*Report truncated\*\* .* the full report is in .*report on the runner\.\n$/);
});

test('an uploaded artifact is linked from the truncation notice', async () => {
  const w = await world();
  const uploads: { name: string; files: string[]; root: string }[] = [];
  const uploader: ArtifactUploader = {
    uploadArtifact: async (name, files, root) => {
      uploads.push({ name, files, root });
      return { id: 777, size: 10 };
    },
  };
  const { result } = await publish(w, makeReport(), {
    artifactUploader: uploader,
    markdown: `## big\n${'line\n'.repeat(20_000)}`,
  });
  assert.equal(result.status, 'ok');
  assert.equal(result.artifactId, 777);
  const artifactUrl = 'https://github.com/octo-org/models/actions/runs/4242424242/artifacts/777';
  assert.equal(result.artifactUrl, artifactUrl);
  assert.equal(uploads.length, 1);
  assert.equal(uploads[0].name, 'validate-data-report');
  assert.deepEqual(uploads[0].files, [join(uploads[0].root, 'report.json')]);
  assert.deepEqual(readdirSync(uploads[0].root), ['report.json']);
  assert.ok(w.fake.commentsOn(7)[0].body.endsWith(`[validate-data-report](${artifactUrl}).\n`));
});

test('a failed artifact upload degrades', async () => {
  const w = await world();
  const uploader: ArtifactUploader = {
    uploadArtifact: async () => {
      throw new Error('Failed to CreateArtifact: Received non-retryable error');
    },
  };
  const { result } = await publish(w, makeReport(), { artifactUploader: uploader });
  assert.equal(result.status, 'degraded');
  assert.match(result.warnings[0], /Could not upload the report artifact: Failed to CreateArtifact/);
  assert.equal(w.fake.checkRuns.length, 1);
});

test('on GHES the API under /api/v3 is used and the artifact is skipped', async () => {
  const w = await world({ fake: { basePath: '/api/v3' }, serverUrl: 'https://ghe.example.com' });
  const { result } = await publish(w, makeReport());
  assert.equal(result.status, 'ok');
  assert.match(result.skipped.join('\n'), /artifacts are not supported on GitHub Enterprise Server/);
  assert.equal(w.fake.commentsOn(7).length, 1);
  assert.match(result.checkRunUrl ?? '', /\/runs\/\d+$/);
  assertContractKept(w.fake);
});
