import { readFileSync } from 'node:fs';

/** What a reporter needs to know about the workflow run it is part of. */
export interface RunContext {
  /** True inside a GitHub Actions job (GITHUB_ACTIONS=true). */
  inActions: boolean;
  /** From GITHUB_REPOSITORY, else the event's repository; undefined when neither says. */
  owner?: string;
  repo?: string;
  eventName?: string;
  /**
   * The commit a check run belongs on: the PR head for pull-request events (GITHUB_SHA is then a
   * temporary merge commit that the PR page never shows), else GITHUB_SHA.
   */
  sha?: string;
  pullRequest?: PullRequestContext;
  serverUrl: string;
  apiUrl: string;
  /** GitHub Enterprise Server, where @actions/artifact does not work. */
  isGhes: boolean;
  runId?: string;
  /** Link to the run's page, where the job summary is shown. */
  runUrl?: string;
  /** Repository root on the runner (GITHUB_WORKSPACE); annotation paths are relative to it. */
  workspace?: string;
}

export interface PullRequestContext {
  number: number;
  headSha: string;
  /** The head branch lives in another repository (or one since deleted): GITHUB_TOKEN is read-only then. */
  isFork: boolean;
}

type Json = Record<string, unknown>;

/** Reads the run context from the runner's environment and the event payload. Pure. */
export function runContextFrom(env: NodeJS.ProcessEnv, event: Json): RunContext {
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
  const [owner, repo] = repositoryOf(env, event);
  const pullRequest = pullRequestOf(event);
  const runId = env.GITHUB_RUN_ID || undefined;
  return {
    inActions: env.GITHUB_ACTIONS === 'true',
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    sha: pullRequest?.headSha ?? (env.GITHUB_SHA || undefined),
    pullRequest,
    serverUrl,
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    isGhes: isGhesUrl(serverUrl),
    runId,
    runUrl: owner && repo && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
  };
}

/** runContextFrom on the process's environment and the payload file GITHUB_EVENT_PATH names. */
export function loadRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return runContextFrom(env, readEvent(env.GITHUB_EVENT_PATH));
}

function readEvent(path: string | undefined): Json {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : {};
  } catch (error) {
    throw new Error(`The event payload ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function repositoryOf(env: NodeJS.ProcessEnv, event: Json): [string?, string?] {
  const fullName = env.GITHUB_REPOSITORY || stringAt(event, 'repository', 'full_name');
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName ?? '');
  return match ? [match[1], match[2]] : [];
}

// pull_request, pull_request_target and the review events all carry the PR as `pull_request`.
function pullRequestOf(event: Json): PullRequestContext | undefined {
  const pr = event.pull_request;
  if (!isObject(pr) || typeof pr.number !== 'number') return undefined;
  const headSha = stringAt(pr, 'head', 'sha');
  if (!headSha) return undefined;
  const headRepo = stringAt(pr, 'head', 'repo', 'full_name');
  const baseRepo = stringAt(pr, 'base', 'repo', 'full_name');
  return { number: pr.number, headSha, isFork: !headRepo || headRepo !== baseRepo };
}

/** The rule @actions/artifact applies: anything but github.com, *.ghe.com (data residency) and *.localhost. */
export function isGhesUrl(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

function stringAt(value: unknown, ...keys: string[]): string | undefined {
  let at = value;
  for (const key of keys) {
    if (!isObject(at)) return undefined;
    at = at[key];
  }
  return typeof at === 'string' && at !== '' ? at : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
