/**
 * A local stand-in for GitHub's REST API on 127.0.0.1. Every request is checked against GitHub's OpenAPI
 * description (see contract.ts); one the description rejects gets the 4xx GitHub would send and is kept in
 * `violations`, which tests assert is empty. Its own answers are held to the description too, so a test
 * also fails when the fake drifts from what GitHub sends. It keeps the state a test asserts on (issue comments, check
 * runs with their annotations, deployments and their statuses, repository_dispatch events), answers with
 * GitHub's status codes and headers (Link pagination, rate-limit headers) and plays scripted faults.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Contract } from './contract.ts';
import { DEFAULT_OWNER, DEFAULT_REPO, type PullRequestOptions, type RunnerEvent } from './events.ts';
import {
  ACTIONS_BOT,
  type Answer,
  type CheckRun,
  type Deployment,
  type Dispatch,
  DOCS,
  GitHubState,
  HttpError,
  type IssueComment,
  type PullRequest,
  type User,
} from './github-state.ts';

export type {
  CheckRun,
  CheckRunAnnotation,
  Deployment,
  DeploymentStatus,
  Dispatch,
  IssueComment,
  PullRequest,
  User,
} from './github-state.ts';

export interface FakeGitHubOptions {
  /** Repositories it serves, as owner/name; others answer 404. Default: octo-org/models. */
  repositories?: string[];
  /** Where the API lives on the server: '' like api.github.com, '/api/v3' like GHES. */
  basePath?: string;
  /** Tokens it knows and what they may do; unset: any token may write. */
  tokens?: Record<string, 'write' | 'read'>;
  /**
   * Tokens that belong to a person (a personal access token): GET /user answers with that account and
   * their comments are theirs. Any other token is an installation token, which acts as
   * github-actions[bot] and gets 403 from GET /user, as on GitHub.
   */
  people?: Record<string, User>;
  contract?: Contract;
}

/** A scripted answer: a status with GitHub's body and headers, or only a delay before the real answer. */
export interface Fault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path below the API root, without the query. */
  path: string;
  operationId?: string;
  query: Record<string, string>;
  body?: unknown;
  headers: Record<string, string | undefined>;
  status: number;
  faulted: boolean;
  /** performance.now() when the request arrived. */
  at: number;
}

export interface Violation {
  method: string;
  path: string;
  operationId?: string;
  problems: string[];
  /** true: GitHub would have refused it; false: GitHub ignores it, but the client should not send it. */
  rejected: boolean;
}

/** Answers as GitHub sends them. */
export const faults = {
  forbidden: (message = 'Resource not accessible by integration'): Fault => ({
    status: 403,
    body: { message, documentation_url: DOCS, status: '403' },
  }),
  notFound: (): Fault => ({
    status: 404,
    body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
  }),
  unauthorized: (): Fault => ({
    status: 401,
    body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' },
  }),
  validationFailed: (message = 'Validation Failed'): Fault => ({
    status: 422,
    body: { message, errors: [], documentation_url: DOCS, status: '422' },
  }),
  /** GitHub's secondary rate limit: 403 or 429, its message, and retry-after when it knows the wait. */
  secondaryRateLimit: (retryAfterSeconds?: number, status: 403 | 429 = 403): Fault => ({
    status,
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        'If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.',
      documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      status: String(status),
    },
  }),
  /** 429 Too Many Requests with retry-after, as GitHub sends it for a secondary rate limit. */
  tooManyRequests: (retryAfterSeconds: number): Fault => faults.secondaryRateLimit(retryAfterSeconds, 429),
  /** The primary (hourly) rate limit: x-ratelimit-remaining 0 and the reset time. */
  primaryRateLimit: (resetInSeconds: number, status: 403 | 429 = 403): Fault => ({
    status,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000 + resetInSeconds)),
    },
    body: {
      message: 'API rate limit exceeded for installation ID 4242.',
      documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit`,
      status: String(status),
    },
  }),
  serverError: (status: 500 | 502 | 503 | 504 = 500): Fault => ({
    status,
    body: { message: status === 500 ? 'Server Error' : 'Bad Gateway' },
  }),
  /** The real answer, after a delay. */
  slow: (delayMs: number): Fault => ({ delayMs }),
};

let defaultContract: Contract | undefined;

/** Compiling the validators takes ~100 ms; servers in one process share them (they hold no state). */
function sharedContract(): Contract {
  defaultContract ??= Contract.load();
  return defaultContract;
}

export class FakeGitHub {
  readonly contract: Contract;
  readonly basePath: string;
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  /** What GitHub would now hold: comments, check runs, deployments, dispatches, pull requests. */
  readonly state: GitHubState;
  readonly #tokens?: Record<string, 'write' | 'read'>;
  readonly #people: Record<string, User>;
  readonly #faults = new Map<string, Fault[]>();
  #server?: Server;
  #port?: number;
  /** Cut short slow replies still waiting when the server closes. */
  readonly #closing = new AbortController();

  constructor(options: FakeGitHubOptions = {}) {
    this.contract = options.contract ?? sharedContract();
    this.basePath = (options.basePath ?? '').replace(/\/+$/, '');
    this.state = new GitHubState(options.repositories ?? [`${DEFAULT_OWNER}/${DEFAULT_REPO}`]);
    this.#tokens = options.tokens;
    this.#people = options.people ?? {};
  }

  get comments(): IssueComment[] {
    return this.state.comments;
  }

  get checkRuns(): CheckRun[] {
    return this.state.checkRuns;
  }

  get deployments(): Deployment[] {
    return this.state.deployments;
  }

  get dispatches(): Dispatch[] {
    return this.state.dispatches;
  }

  get pullRequests(): PullRequest[] {
    return this.state.pullRequests;
  }

  /** Opens a pull request in the fake and returns the event a workflow run for it would get. */
  openPullRequest(options: PullRequestOptions = {}): RunnerEvent {
    return this.state.openPullRequest(options);
  }

  /** Puts a comment on an issue or PR as someone else, e.g. a reviewer. */
  addComment(issueNumber: number, body: string, user: User, repository?: string): IssueComment {
    return this.state.addComment(issueNumber, body, user, repository);
  }

  commentsOn(issueNumber: number, repository?: string): IssueComment[] {
    return this.state.commentsOn(issueNumber, repository);
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options);
    await fake.listen();
    return fake;
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        if (this.#closing.signal.aborted) return;
        // A bug in the fake itself: make it fail the test that hit it.
        const problem = `FakeGitHub crashed: ${error instanceof Error ? error.stack : String(error)}`;
        this.violations.push({
          method: req.method ?? '',
          path: req.url ?? '',
          problems: [problem],
          rejected: true,
        });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(problem);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.#server = server;
    this.#port = (server.address() as AddressInfo).port;
    this.state.apiUrl = this.url;
  }

  /** The API root to put in GITHUB_API_URL. */
  get url(): string {
    if (this.#port === undefined) throw new Error('FakeGitHub is not listening; call start()');
    return `http://127.0.0.1:${this.#port}${this.basePath}`;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    this.#closing.abort();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Queues answers for the next requests to one operation, named by operationId ('checks/create') or as
   * 'METHOD /template'. Each request takes the next fault; once they are used up, requests are served.
   */
  inject(route: string, ...queued: Fault[]): void {
    const key = this.#routeKey(route);
    this.#faults.set(key, [...(this.#faults.get(key) ?? []), ...queued]);
  }

  /** Faults injected but not yet played. */
  pendingFaults(): number {
    return [...this.#faults.values()].reduce((sum, queue) => sum + queue.length, 0);
  }

  /** Opens a pull request in the fake and returns the event a workflow run for it would get. */
  requestsTo(operationId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId);
  }

  #routeKey(route: string): string {
    const byId = this.contract.operations.find((op) => op.operationId === route);
    if (byId) return byId.operationId;
    const [method, template] = route.split(' ');
    const byTemplate = this.contract.operations.find(
      (op) => op.method === method && op.template === template,
    );
    if (!byTemplate) throw new Error(`No operation ${route} in the contract subset`);
    return byTemplate.operationId;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = url.pathname.startsWith(this.basePath)
      ? url.pathname.slice(this.basePath.length)
      : url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const recorded: RecordedRequest = {
      method,
      path,
      query,
      headers: {
        'content-type': req.headers['content-type'],
        accept: req.headers.accept,
        'user-agent': req.headers['user-agent'],
        authorization: req.headers.authorization,
      },
      status: 0,
      faulted: false,
      at,
    };
    this.requests.push(recorded);
    const answer = await this.#answer(req, method, path, url, query, raw, recorded);
    recorded.status = answer.status;
    // The fake's own answers are held to GitHub's description too, so it cannot drift from what GitHub sends.
    if (recorded.operationId && !recorded.faulted) {
      const problems = this.contract.checkResponse(recorded.operationId, answer.status, answer.body);
      if (problems.length > 0) {
        this.violations.push({
          method,
          path,
          operationId: recorded.operationId,
          problems: problems.map((problem) => `the fake's own answer: ${problem}`),
          rejected: false,
        });
      }
    }
    const headers = {
      'x-github-request-id': `FAKE:${this.requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-resource': 'core',
      ...(answer.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...answer.headers,
    };
    res.writeHead(answer.status, headers);
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  async #answer(
    req: IncomingMessage,
    method: string,
    path: string,
    url: URL,
    query: Record<string, string>,
    raw: string,
    recorded: RecordedRequest,
  ): Promise<Answer> {
    const matched = url.pathname.startsWith(this.basePath) ? this.contract.match(method, path) : undefined;
    if (!matched) {
      this.violations.push({
        method,
        path: url.pathname,
        rejected: true,
        problems: [`no operation in test/harness/openapi-subset.json matches ${method} ${url.pathname}`],
      });
      return { status: 404, body: new HttpError(404, 'Not Found').body };
    }
    const { operation, pathParams } = matched;
    recorded.operationId = operation.operationId;
    const checked = this.contract.check(operation.operationId, {
      method,
      pathParams,
      query,
      contentType: req.headers['content-type'],
      body: raw === '' ? undefined : raw,
    });
    recorded.body = checked.json;
    const problems = [...checked.rejected, ...checked.ignored];
    if (!req.headers['user-agent']) problems.unshift('no User-Agent header: GitHub refuses such requests');
    if (problems.length > 0) {
      const rejected = checked.rejected.length > 0 || !req.headers['user-agent'];
      this.violations.push({ method, path, operationId: operation.operationId, problems, rejected });
    }
    if (!req.headers['user-agent'])
      return { status: 403, body: new HttpError(403, 'Missing User-Agent').body };
    if (checked.status) {
      const message =
        checked.status === 400
          ? 'Problems parsing JSON'
          : `Invalid request.\n\n${checked.rejected.join('\n')}`;
      return { status: checked.status, body: new HttpError(checked.status, message).body };
    }

    const fault = this.#faults.get(operation.operationId)?.shift();
    if (fault?.delayMs) await sleep(fault.delayMs, undefined, { signal: this.#closing.signal });
    if (fault?.status !== undefined) {
      recorded.faulted = true;
      return { status: fault.status, body: fault.body, headers: fault.headers };
    }
    try {
      const user = this.#authorize(req.headers.authorization, method);
      if (operation.operationId === 'users/get-authenticated') return this.#authenticatedUser(user);
      const repository = `${pathParams.owner}/${pathParams.repo}`.toLowerCase();
      if (!this.state.repositories.has(repository)) throw new HttpError(404, 'Not Found');
      const body = (checked.json ?? {}) as Record<string, unknown>;
      const note = (problem: string) =>
        this.violations.push({
          method,
          path,
          operationId: operation.operationId,
          problems: [problem],
          rejected: false,
        });
      return this.state.serve(operation, { path, repository, params: pathParams, query, body, user, note });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (error.status === 422) {
        this.violations.push({
          method,
          path,
          operationId: operation.operationId,
          problems: [error.message],
          rejected: true,
        });
      }
      return { status: error.status, body: error.body };
    }
  }

  #authorize(header: string | undefined, method: string): User | undefined {
    const write = method !== 'GET' && method !== 'HEAD';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(header ?? '')?.[1];
    if (token === undefined) {
      if (write) throw new HttpError(401, 'Requires authentication');
      return undefined;
    }
    const access = this.#tokens ? this.#tokens[token] : 'write';
    if (access === undefined) throw new HttpError(401, 'Bad credentials');
    if (write && access === 'read') throw new HttpError(403, 'Resource not accessible by integration');
    return this.#people[token] ?? ACTIONS_BOT;
  }

  /** GET /user: a person's account; an installation token (the bot) may not ask. */
  #authenticatedUser(user: User | undefined): Answer {
    if (user === undefined) throw new HttpError(401, 'Requires authentication');
    if (user.type === 'Bot') throw new HttpError(403, 'Resource not accessible by integration');
    return {
      status: 200,
      body: this.state.authenticatedUserJson(user),
    };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
