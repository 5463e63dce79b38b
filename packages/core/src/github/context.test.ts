import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isGhesUrl, loadRunContext, runContextFrom } from './context.ts';

const ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'octo-org/models',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_SHA: 'merge000',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '99',
  GITHUB_WORKSPACE: '/home/runner/work/models/models',
};

function pullRequest(headRepo: string | null) {
  return {
    pull_request: {
      number: 12,
      head: { sha: 'head111', repo: headRepo === null ? null : { full_name: headRepo } },
      base: { sha: 'base222', repo: { full_name: 'octo-org/models' } },
    },
  };
}

test('a pull request run: the check run goes on the PR head, not the merge commit', () => {
  const context = runContextFrom(ENV, pullRequest('octo-org/models'));
  assert.deepEqual(context, {
    inActions: true,
    owner: 'octo-org',
    repo: 'models',
    eventName: 'pull_request',
    sha: 'head111',
    pullRequest: { number: 12, headSha: 'head111', isFork: false },
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    isGhes: false,
    runId: '99',
    runUrl: 'https://github.com/octo-org/models/actions/runs/99',
    workspace: '/home/runner/work/models/models',
  });
});

test('a head branch in another repository, or in a deleted one, is a fork', () => {
  assert.equal(runContextFrom(ENV, pullRequest('someone/models')).pullRequest?.isFork, true);
  assert.equal(runContextFrom(ENV, pullRequest(null)).pullRequest?.isFork, true);
});

test('a push run has no pull request and uses GITHUB_SHA', () => {
  const context = runContextFrom({ ...ENV, GITHUB_EVENT_NAME: 'push' }, { ref: 'refs/heads/main' });
  assert.equal(context.pullRequest, undefined);
  assert.equal(context.sha, 'merge000');
});

test('outside Actions nothing is assumed', () => {
  const context = runContextFrom({}, {});
  assert.equal(context.inActions, false);
  assert.equal(context.owner, undefined);
  assert.equal(context.sha, undefined);
  assert.equal(context.runUrl, undefined);
  assert.equal(context.apiUrl, 'https://api.github.com');
});

test('the repository falls back to the event payload, and server URLs lose trailing slashes', () => {
  const context = runContextFrom(
    { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' },
    { repository: { full_name: 'team/repo' } },
  );
  assert.equal(context.owner, 'team');
  assert.equal(context.repo, 'repo');
  assert.equal(context.apiUrl, 'https://ghe.example.com/api/v3');
  assert.equal(context.isGhes, true);
});

test('GHES is any host but github.com, *.ghe.com and *.localhost', () => {
  assert.equal(isGhesUrl('https://github.com'), false);
  assert.equal(isGhesUrl('https://acme.ghe.com'), false);
  assert.equal(isGhesUrl('http://github.localhost'), false);
  assert.equal(isGhesUrl('https://git.acme.internal'), true);
});

test('loadRunContext reads the payload file and names it when it is not JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'context-'));
  const good = join(dir, 'event.json');
  writeFileSync(good, JSON.stringify(pullRequest('octo-org/models')));
  assert.equal(loadRunContext({ ...ENV, GITHUB_EVENT_PATH: good }).pullRequest?.number, 12);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"pull_request": ');
  assert.throws(() => loadRunContext({ ...ENV, GITHUB_EVENT_PATH: bad }), /bad\.json is not valid JSON/);
  assert.throws(() => loadRunContext({ ...ENV, GITHUB_EVENT_PATH: join(dir, 'none.json') }), /Cannot read/);
});
