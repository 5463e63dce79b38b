/**
 * Webhook event payloads as the runner writes them to GITHUB_EVENT_PATH, trimmed to the fields actions
 * read, and the environment variables that go with them.
 */
import { createHash } from 'node:crypto';

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME */
  name: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA: for a pull request, the temporary merge commit, not the PR head. */
  sha: string;
  /** GITHUB_REF */
  ref: string;
}

export interface PullRequestOptions {
  owner?: string;
  repo?: string;
  number?: number;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  /** The head branch lives in a fork: another owner's copy of the repository. */
  fork?: boolean;
  /** pull_request (default) or pull_request_target. */
  eventName?: 'pull_request' | 'pull_request_target';
  action?: string;
}

export const DEFAULT_OWNER = 'octo-org';
export const DEFAULT_REPO = 'models';

/** A 40-hex-digit commit sha derived from a label, so tests get distinct and stable shas. */
export function fakeSha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

export function pullRequestEvent(options: PullRequestOptions = {}): RunnerEvent {
  const owner = options.owner ?? DEFAULT_OWNER;
  const repo = options.repo ?? DEFAULT_REPO;
  const number = options.number ?? 7;
  const headSha = options.headSha ?? fakeSha(`head-${number}`);
  const baseSha = options.baseSha ?? fakeSha(`base-${number}`);
  const base = repository(owner, repo, false);
  const head = options.fork ? repository('outside-contributor', repo, true) : base;
  const headRef = options.headRef ?? `feature-${number}`;
  const baseRef = options.baseRef ?? 'main';
  const pullRequest = {
    url: `https://api.github.com/repos/${owner}/${repo}/pulls/${number}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
    id: 1_000_000 + number,
    number,
    state: 'open',
    title: `Change ${number}`,
    user: { login: options.fork ? 'outside-contributor' : 'octocat', id: 583231, type: 'User' },
    head: { label: `${head.owner.login}:${headRef}`, ref: headRef, sha: headSha, repo: head },
    base: { label: `${owner}:${baseRef}`, ref: baseRef, sha: baseSha, repo: base },
  };
  return {
    name: options.eventName ?? 'pull_request',
    payload: {
      action: options.action ?? 'synchronize',
      number,
      pull_request: pullRequest,
      repository: base,
      sender: pullRequest.user,
    },
    sha: fakeSha(`merge-${number}-${headSha}`),
    ref: `refs/pull/${number}/merge`,
  };
}

export function pushEvent(
  options: { owner?: string; repo?: string; sha?: string; ref?: string } = {},
): RunnerEvent {
  const owner = options.owner ?? DEFAULT_OWNER;
  const repo = options.repo ?? DEFAULT_REPO;
  const sha = options.sha ?? fakeSha('push');
  const ref = options.ref ?? 'refs/heads/main';
  return {
    name: 'push',
    payload: { ref, after: sha, repository: repository(owner, repo, false), head_commit: { id: sha } },
    sha,
    ref,
  };
}

function repository(owner: string, repo: string, fork: boolean) {
  return {
    id: fork ? 2002 : 1001,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { login: owner, id: fork ? 22 : 11, type: fork ? 'User' : 'Organization' },
    private: false,
    fork,
    html_url: `https://github.com/${owner}/${repo}`,
    default_branch: 'main',
  };
}
