/**
 * The runner-contract harness itself: the OpenAPI subset is current, the fake GitHub server refuses what
 * GitHub refuses and records it, faults play as scripted, and runBundledAction gives a bundle the environment the
 * Actions runner gives it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createGitHubClient } from '../packages/core/src/github/index.ts';
import { extractSubset, OPERATIONS } from '../scripts/extract-openapi.ts';
import { Contract, SUBSET_PATH, toJsonSchema } from './harness/contract.ts';
import { fakeSha } from './harness/events.ts';
import { FakeGitHub, faults } from './harness/fake-github.ts';
import { fastClientOptions } from './harness/fast-client.ts';
import {
  inputVariable,
  parseFileCommand,
  parseWorkflowCommands,
  runBundledAction,
} from './harness/runner.ts';

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
});

async function startFake(options?: ConstructorParameters<typeof FakeGitHub>[0]): Promise<FakeGitHub> {
  const fake = await FakeGitHub.start(options);
  fakes.push(fake);
  return fake;
}

function send(
  fake: FakeGitHub,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${fake.url}${path}`, {
    method,
    body,
    headers: { 'user-agent': 'harness-test', authorization: 'token t', ...headers },
  });
}

test('the committed OpenAPI subset is what the installed @octokit/openapi gives', () => {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@octokit/openapi/package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  const spec = JSON.parse(readFileSync(join(dirname(packageJson), 'generated/api.github.com.json'), 'utf8'));
  const fresh = extractSubset(spec, OPERATIONS, `@octokit/openapi@${version} generated/api.github.com.json`);
  const committed = JSON.parse(readFileSync(SUBSET_PATH, 'utf8'));
  assert.deepEqual(committed, fresh, 'run: npx node scripts/extract-openapi.ts');
  assert.equal(JSON.stringify(committed).includes('$ref'), false, 'every $ref is resolved');
});

test('OpenAPI 3.0 nullable becomes a JSON Schema null type', () => {
  assert.deepEqual(toJsonSchema({ type: 'string', nullable: true, description: 'd' }, false), {
    type: ['string', 'null'],
  });
  assert.deepEqual(toJsonSchema({ type: 'string', enum: ['a'], nullable: true }, false), {
    type: ['string', 'null'],
    enum: ['a', null],
  });
  assert.deepEqual(toJsonSchema({ allOf: [{ type: 'object' }], nullable: true }, false), {
    anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }],
  });
  assert.deepEqual(toJsonSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true }, false), {
    type: 'integer',
    exclusiveMinimum: 0,
  });
  assert.deepEqual(toJsonSchema({ type: 'object', properties: { a: { type: 'string' } } }, true), {
    type: 'object',
    properties: { a: { type: 'string' } },
    additionalProperties: false,
  });
});

test('a body the description rejects gets 422 and is recorded as a violation', async () => {
  const fake = await startFake();
  const body = JSON.stringify({ name: 'x', status: 'done', output: { title: 't', summary: 1 } });
  const response = await send(fake, 'POST', '/repos/octo-org/models/check-runs', body, {
    'content-type': 'application/json',
  });
  assert.equal(response.status, 422);
  assert.match(((await response.json()) as { message: string }).message, /Invalid request/);
  assert.equal(fake.checkRuns.length, 0);
  const [violation] = fake.violations;
  assert.equal(violation.operationId, 'checks/create');
  assert.equal(violation.rejected, true);
  assert.deepEqual(violation.problems, [
    "body: must have required property 'head_sha'",
    'body.status: must be equal to one of the allowed values (queued, in_progress, completed)',
    'body.output.summary: must be string',
  ]);
});

test('unknown routes, wrong content types, bad JSON, bad parameters and missing User-Agent are refused', async () => {
  const fake = await startFake();
  const json = { 'content-type': 'application/json' };
  const comments = '/repos/octo-org/models/issues/7/comments';
  const cases: [() => Promise<Response>, number, RegExp][] = [
    [() => send(fake, 'GET', '/repos/octo-org/models/nonsense'), 404, /no operation .* matches GET/],
    [
      () => send(fake, 'POST', comments, 'body=x', { 'content-type': 'text/plain' }),
      415,
      /content-type is text\/plain/,
    ],
    [() => send(fake, 'POST', comments, '{"body": ', json), 400, /not valid JSON/],
    [
      () => send(fake, 'GET', '/repos/octo-org/models/issues/seven/comments'),
      422,
      /path.issue_number: must be integer/,
    ],
    [() => send(fake, 'GET', `${comments}?per_page=many`), 422, /query.per_page: must be integer/],
    [
      () => fetch(`${fake.url}/repos/octo-org/models`, { headers: { 'user-agent': '' } }),
      403,
      /no User-Agent/,
    ],
  ];
  for (const [request, status, problem] of cases) {
    assert.equal((await request()).status, status);
    assert.match(fake.violations.at(-1)?.problems.join('\n') ?? '', problem);
  }
  assert.equal(fake.violations.length, cases.length);
});

test('a body property GitHub would ignore is served but recorded', async () => {
  const fake = await startFake();
  fake.openPullRequest();
  const response = await send(
    fake,
    'POST',
    '/repos/octo-org/models/issues/7/comments',
    '{"body":"hi","bdy":"x"}',
    {
      'content-type': 'application/json; charset=utf-8',
    },
  );
  assert.equal(response.status, 201);
  assert.deepEqual(fake.violations, [
    {
      method: 'POST',
      path: '/repos/octo-org/models/issues/7/comments',
      operationId: 'issues/create-comment',
      problems: ['body: unknown property "bdy"'],
      rejected: false,
    },
  ]);
});

test('GitHub rules beyond the schema: comment length, conclusion, annotation columns, commit sha', async () => {
  const fake = await startFake();
  fake.openPullRequest();
  const json = { 'content-type': 'application/json' };
  const long = await send(
    fake,
    'POST',
    '/repos/octo-org/models/issues/7/comments',
    JSON.stringify({ body: 'x'.repeat(65_537) }),
    json,
  );
  assert.equal(long.status, 422);
  const runs = [
    { name: 'n', head_sha: fakeSha('a'), status: 'completed' },
    { name: 'n', head_sha: 'main' },
    {
      name: 'n',
      head_sha: fakeSha('a'),
      output: {
        title: 't',
        summary: 's',
        annotations: [
          {
            path: 'a',
            start_line: 1,
            end_line: 2,
            start_column: 1,
            annotation_level: 'notice',
            message: 'm',
          },
        ],
      },
    },
  ];
  for (const run of runs) {
    assert.equal(
      (await send(fake, 'POST', '/repos/octo-org/models/check-runs', JSON.stringify(run), json)).status,
      422,
    );
  }
  assert.deepEqual(
    fake.violations.map((v) => v.problems[0].replace(/\(.*$/, '')),
    [
      'Validation Failed: body is too long ',
      'Validation Failed: conclusion is required when status is completed',
      'No commit found for SHA: main',
      'Validation Failed: start_column and end_column need start_line == end_line',
    ],
  );
});

test('tokens: a read-only token may read but not write, an unknown one is refused', async () => {
  const fake = await startFake({ tokens: { ro: 'read', rw: 'write' } });
  fake.openPullRequest();
  const as = (token: string, method: string, body?: string) =>
    fetch(`${fake.url}/repos/octo-org/models/issues/7/comments`, {
      method,
      body,
      headers: { 'user-agent': 'x', authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
  assert.equal((await as('ro', 'GET')).status, 200);
  assert.equal((await as('ro', 'POST', '{"body":"b"}')).status, 403);
  assert.equal((await as('nope', 'GET')).status, 401);
  assert.equal((await as('rw', 'POST', '{"body":"b"}')).status, 201);
  assert.deepEqual(fake.violations, []);
});

test("the fake's answers are checked against GitHub's described answers", async () => {
  const contract = Contract.load();
  const user = {
    login: 'octocat',
    id: 1,
    node_id: 'U_1',
    avatar_url: 'https://github.com/images/error/octocat_happy.gif',
    gravatar_id: '',
    url: 'https://api.github.com/users/octocat',
    html_url: 'https://github.com/octocat',
    followers_url: 'https://api.github.com/users/octocat/followers',
    following_url: 'https://api.github.com/users/octocat/following{/other_user}',
    gists_url: 'https://api.github.com/users/octocat/gists{/gist_id}',
    starred_url: 'https://api.github.com/users/octocat/starred{/owner}{/repo}',
    subscriptions_url: 'https://api.github.com/users/octocat/subscriptions',
    organizations_url: 'https://api.github.com/users/octocat/orgs',
    repos_url: 'https://api.github.com/users/octocat/repos',
    events_url: 'https://api.github.com/users/octocat/events{/privacy}',
    received_events_url: 'https://api.github.com/users/octocat/received_events',
    type: 'User',
    site_admin: false,
  };
  const comment = {
    id: 1,
    node_id: 'IC_1',
    url: 'https://api.github.com/repos/o/r/issues/comments/1',
    html_url: 'https://github.com/o/r/pull/7#issuecomment-1',
    issue_url: 'https://api.github.com/repos/o/r/issues/7',
    body: 'b',
    user,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    author_association: 'OWNER',
  };
  assert.deepEqual(contract.checkResponse('issues/create-comment', 201, comment), []);
  const { user: _dropped, ...withoutUser } = comment;
  assert.match(
    contract.checkResponse('issues/create-comment', 201, withoutUser).join('\n'),
    /required property 'user'/,
  );
  const badAssociation = { ...comment, author_association: 'STRANGER' };
  assert.match(
    contract.checkResponse('issues/create-comment', 201, badAssociation).join('\n'),
    /author_association/,
  );
  assert.deepEqual(
    contract.checkResponse('issues/create-comment', 403, { message: 'x' }),
    [],
    'errors are not checked',
  );
});

test("the fake's answers to every operation it serves pass GitHub's description", async () => {
  const person = { login: 'model-owner', id: 77, type: 'User' as const };
  const fake = await startFake({ people: { pat: person } });
  const event = fake.openPullRequest({ number: 7, fork: true });
  const headSha = (event.payload.pull_request as { head: { sha: string } }).head.sha;
  const json = { 'content-type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown, token = 'ghs_x') => {
    const response = await send(fake, method, path, body === undefined ? undefined : JSON.stringify(body), {
      ...json,
      authorization: `token ${token}`,
    });
    assert.ok(response.status < 300, `${method} ${path}: ${response.status}`);
    const text = await response.text();
    return text === '' ? undefined : (JSON.parse(text) as { id: number });
  };
  const repo = '/repos/octo-org/models';
  await call('GET', repo);
  await call('GET', `${repo}/pulls/7`);
  const comment = await call('POST', `${repo}/issues/7/comments`, { body: 'b' });
  await call('PATCH', `${repo}/issues/comments/${comment?.id}`, { body: 'c' });
  await call('GET', `${repo}/issues/7/comments`);
  const run = await call('POST', `${repo}/check-runs`, {
    name: 'gate',
    head_sha: headSha,
    status: 'in_progress',
    output: {
      title: 't',
      summary: 's',
      annotations: [{ path: 'a.csv', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' }],
    },
  });
  await call('PATCH', `${repo}/check-runs/${run?.id}`, { conclusion: 'success' });
  await call('GET', `${repo}/check-runs/${run?.id}`);
  await call('GET', `${repo}/check-runs/${run?.id}/annotations`);
  const deployment = await call('POST', `${repo}/deployments`, { ref: 'main', required_contexts: [] });
  await call('GET', `${repo}/deployments`);
  await call('POST', `${repo}/deployments/${deployment?.id}/statuses`, { state: 'in_progress' });
  await call('POST', `${repo}/deployments/${deployment?.id}/statuses`, {
    state: 'success',
    log_url: 'https://github.com/octo-org/models/actions/runs/1',
  });
  await call('GET', `${repo}/deployments/${deployment?.id}/statuses`);
  await call('POST', `${repo}/dispatches`, { event_type: 'retrain', client_payload: {} });
  await call('GET', '/user', undefined, 'pat');
  assert.equal(fake.requests.length, 16);
  assert.deepEqual(fake.violations, []);
});

test("an answer of the fake's that strays from GitHub's description is a violation", async () => {
  const fake = await startFake();
  fake.openPullRequest({ number: 7 });
  const serve = fake.state.serve.bind(fake.state);
  // As the fake answered before its objects were complete: a comment without its author.
  fake.state.serve = (operation, call) => {
    const answer = serve(operation, call);
    const { user: _dropped, ...abridged } = answer.body as Record<string, unknown>;
    return { ...answer, body: abridged };
  };
  await send(fake, 'POST', '/repos/octo-org/models/issues/7/comments', '{"body":"b"}', {
    'content-type': 'application/json',
  });
  const [violation] = fake.violations;
  assert.equal(violation?.operationId, 'issues/create-comment');
  assert.match(
    violation.problems.join('\n'),
    /the fake's own answer: response 201: must have required property 'user'/,
  );
});

test('GET /user: a personal token gets its account, an installation token 403', async () => {
  const person = { login: 'model-owner', id: 77, type: 'User' as const };
  const fake = await startFake({ people: { pat: person } });
  const as = (token: string) =>
    fetch(`${fake.url}/user`, { headers: { 'user-agent': 'x', authorization: `Bearer ${token}` } });
  const mine = await as('pat');
  assert.equal(mine.status, 200);
  assert.equal(((await mine.json()) as { login: string }).login, 'model-owner');
  const installation = await as('ghs_installation');
  assert.equal(installation.status, 403);
  assert.match(((await installation.json()) as { message: string }).message, /not accessible by integration/);
  assert.deepEqual(fake.violations, []);
});

test('faults play in order, once each, then requests are served', async () => {
  const fake = await startFake();
  fake.inject('GET /repos/{owner}/{repo}', faults.serverError(502), faults.tooManyRequests(7));
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push(await send(fake, 'GET', '/repos/octo-org/models'));
  assert.deepEqual(
    statuses.map((r) => r.status),
    [502, 429, 200],
  );
  assert.equal(statuses[1].headers.get('retry-after'), '7');
  assert.match(((await statuses[1].json()) as { message: string }).message, /secondary rate limit/);
  assert.equal(((await statuses[2].json()) as { full_name: string }).full_name, 'octo-org/models');
  assert.equal(fake.pendingFaults(), 0);
  assert.throws(() => fake.inject('repos/nonexistent'), /No operation repos\/nonexistent/);
});

test('lists are paginated with a Link header as GitHub does', async () => {
  const fake = await startFake();
  fake.openPullRequest();
  for (let i = 0; i < 5; i++) fake.addComment(7, `c${i}`, { login: 'u', id: 1, type: 'User' });
  const response = await send(fake, 'GET', '/repos/octo-org/models/issues/7/comments?per_page=2&page=2');
  const bodies = ((await response.json()) as { body: string }[]).map((c) => c.body);
  assert.deepEqual(bodies, ['c2', 'c3']);
  const link = response.headers.get('link') ?? '';
  assert.match(link, /[?&]page=3>; rel="next"/);
  assert.match(link, /[?&]page=3>; rel="last"/);
  assert.match(link, /[?&]page=1>; rel="first"/);
  assert.match(link, /[?&]page=1>; rel="prev"/);
});

test('deployments, their statuses and repository_dispatch keep state through Octokit', async () => {
  const fake = await startFake();
  fake.openPullRequest();
  const octokit = createGitHubClient('t', { ...fastClientOptions(), baseUrl: fake.url });
  const owner = 'octo-org';
  const repo = 'models';
  const { data: deployment } = await octokit.rest.repos.createDeployment({
    owner,
    repo,
    ref: fakeSha('canary'),
    environment: 'canary',
    auto_merge: false,
    required_contexts: [],
    payload: { weight: 10 },
  });
  assert.ok('id' in deployment);
  await octokit.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: deployment.id,
    state: 'in_progress',
  });
  await octokit.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: deployment.id,
    state: 'success',
  });
  const { data: listed } = await octokit.rest.repos.listDeployments({ owner, repo, environment: 'canary' });
  assert.deepEqual(
    listed.map((d) => d.id),
    [deployment.id],
  );
  const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({
    owner,
    repo,
    deployment_id: deployment.id,
  });
  assert.deepEqual(
    statuses.map((s) => s.state),
    ['success', 'in_progress'],
  );
  await octokit.rest.repos.createDispatchEvent({
    owner,
    repo,
    event_type: 'promote',
    client_payload: { model: 'm' },
  });
  assert.deepEqual(fake.dispatches, [
    { repository: 'octo-org/models', eventType: 'promote', clientPayload: { model: 'm' } },
  ]);
  const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: 7 });
  assert.equal(pr.head.sha, fakeSha('head-7'));
  assert.equal((await octokit.rest.repos.get({ owner, repo })).data.default_branch, 'main');
  assert.equal(fake.deployments[0].payload && (fake.deployments[0].payload as { weight: number }).weight, 10);
  assert.deepEqual(fake.violations, []);
});

test('file commands: name=value and heredoc forms', () => {
  const text = 'a=1\nreport<<ghadelimiter_1\nline one\nline=two\nghadelimiter_1\r\nb=x=y\n\n';
  assert.deepEqual(parseFileCommand(text), { a: '1', report: 'line one\nline=two', b: 'x=y' });
  assert.throws(() => parseFileCommand('x<<EOF\nno end\n'), /no closing delimiter EOF for x/);
  assert.throws(() => parseFileCommand('just text\n'), /line 1: neither name=value nor name<<DELIMITER/);
});

test('workflow commands are parsed with their escapes undone', () => {
  const stdout = 'plain line\n::warning title=a%3Ab%2Cc::first%0Asecond 100%25\n::add-mask::s3cr3t\n';
  assert.deepEqual(parseWorkflowCommands(stdout), [
    { command: 'warning', properties: { title: 'a:b,c' }, message: 'first\nsecond 100%' },
    { command: 'add-mask', properties: {}, message: 's3cr3t' },
  ]);
});

test('input names become INPUT_ variables: upper case, spaces to _, hyphens kept', () => {
  assert.equal(inputVariable('max-annotations'), 'INPUT_MAX-ANNOTATIONS');
  assert.equal(inputVariable('report name'), 'INPUT_REPORT_NAME');
});

test('runBundledAction gives the bundle the runner environment, inputs with defaults, and reads what it wrote', async () => {
  const actionDir = fileURLToPath(new URL('./harness/probe-action', import.meta.url));
  process.env.PROBE_LEAK = 'from the test process';
  try {
    const run = await runBundledAction({ actionDir, inputs: { 'given-one': 'v1' }, token: 'tok' });
    assert.equal(run.exitCode, 3);
    const seen = JSON.parse(run.outputs.seen);
    const { INPUT_WHERE: where, ...inputs } = seen.inputs;
    assert.deepEqual(inputs, {
      'INPUT_GIVEN-ONE': 'v1',
      INPUT_TOKEN: 'tok',
      INPUT_HEAD: fakeSha('head-7'),
      INPUT_QUOTED: "it's",
    });
    assert.match(where, /runner-temp\/out$/);
    assert.equal(seen.leaked, null, 'the test process environment does not leak into the step');
    assert.equal(seen.runtimeToken, null);
    assert.equal(seen.event, 'pull_request');
    assert.notEqual(seen.sha, fakeSha('head-7'), 'GITHUB_SHA is the merge commit');
    assert.equal(seen.cwd, seen.workspace);
    assert.equal(run.outputs.simple, 'yes');
    assert.equal(run.summary, '# main\npost saw main\n');
    assert.deepEqual(run.state, { phase: 'main' });
    assert.deepEqual(run.exportedEnv, { NEXT: '1' });
    assert.deepEqual(run.commands, [{ command: 'notice', properties: {}, message: 'hello' }]);
    await assert.rejects(
      runBundledAction({ actionDir, inputs: { nope: 1 } }),
      /Unexpected input\(s\) 'nope'/,
    );
  } finally {
    delete process.env.PROBE_LEAK;
  }
});
