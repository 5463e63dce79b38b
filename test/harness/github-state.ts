/**
 * What the fake GitHub server stores and how each operation changes it: issue comments, check runs with
 * their annotations, deployments and their statuses, repository_dispatch events and the pull requests a test
 * opened. Answers carry the fields clients read, shaped as GitHub's; rules GitHub enforces beyond its
 * OpenAPI description (comment length, a conclusion for completed check runs, ...) are enforced here.
 */
import type { Operation } from './contract.ts';
import { fakeSha, type PullRequestOptions, pullRequestEvent, type RunnerEvent } from './events.ts';
import { actionsAppJson, authenticatedUserJson, repositoryJson, userJson, WEB } from './github-objects.ts';

export interface User {
  login: string;
  id: number;
  type: 'Bot' | 'User' | 'Organization';
}

export interface IssueComment {
  id: number;
  repository: string;
  issueNumber: number;
  body: string;
  user: User;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  repository: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl?: string;
  externalId?: string;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: CheckRunAnnotation[];
  /** Requests that touched it: the create and each update. */
  writes: number;
}

export interface Deployment {
  id: number;
  repository: string;
  ref: string;
  sha: string;
  task: string;
  environment: string;
  payload: unknown;
  description: string | null;
  createdAt: string;
  statuses: DeploymentStatus[];
}

export interface DeploymentStatus {
  id: number;
  state: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: string;
}

export interface Dispatch {
  repository: string;
  eventType: string;
  clientPayload: unknown;
}

export interface PullRequest {
  repository: string;
  number: number;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  headRepository: string;
}

export const ACTIONS_BOT: User = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
/** Who opened the pull requests a test opens. */
const PULL_AUTHOR: User = { login: 'contributor', id: 7001, type: 'User' };
export const DOCS = 'https://docs.github.com/rest';

export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.body = { message, documentation_url: DOCS, ...extra, status: String(status) };
  }
}

export interface Call {
  /** Path below the API root, for Link headers. */
  path: string;
  repository: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown>;
  user?: User;
  /** Records something GitHub accepts but a careful client would not send. */
  note(problem: string): void;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class GitHubState {
  readonly comments: IssueComment[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly deployments: Deployment[] = [];
  readonly dispatches: Dispatch[] = [];
  /** Artifact attestations stored: the Sigstore bundle as posted. */
  readonly attestations: { id: number; repository: string; bundle: unknown }[] = [];
  readonly pullRequests: PullRequest[] = [];
  /** Repositories served, as lower-case owner/name. */
  readonly repositories: Set<string>;
  /** The API root that URLs in answers point at; the server sets it once it listens. */
  apiUrl = '';
  #nextId = 1;

  constructor(repositories: string[]) {
    this.repositories = new Set(repositories.map((name) => name.toLowerCase()));
  }

  #id(): number {
    return this.#nextId++;
  }

  openPullRequest(options: PullRequestOptions = {}): RunnerEvent {
    const event = pullRequestEvent(options);
    const pr = event.payload.pull_request as {
      number: number;
      head: { sha: string; ref: string; repo: { full_name: string } };
      base: { sha: string; ref: string; repo: { full_name: string } };
    };
    const repository = pr.base.repo.full_name.toLowerCase();
    if (!this.repositories.has(repository)) throw new Error(`FakeGitHub does not serve ${repository}`);
    this.pullRequests.push({
      repository,
      number: pr.number,
      headSha: pr.head.sha,
      baseSha: pr.base.sha,
      headRef: pr.head.ref,
      baseRef: pr.base.ref,
      headRepository: pr.head.repo.full_name,
    });
    return event;
  }

  /** Puts a comment on an issue or PR as someone else, e.g. a reviewer. */
  addComment(
    issueNumber: number,
    body: string,
    user: User,
    repository = this.defaultRepository(),
  ): IssueComment {
    const now = new Date().toISOString();
    const comment = {
      id: this.#id(),
      repository: repository.toLowerCase(),
      issueNumber,
      body,
      user,
      createdAt: now,
      updatedAt: now,
    };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number, repository = this.defaultRepository()): IssueComment[] {
    return this.comments.filter(
      (c) => c.issueNumber === issueNumber && c.repository === repository.toLowerCase(),
    );
  }

  defaultRepository(): string {
    return [...this.repositories][0];
  }

  /** Carries out one operation; throws HttpError for what GitHub would refuse. */
  serve(operation: Operation, call: Call): Answer {
    const ok = (body?: unknown, headers?: Record<string, string>): Answer => ({
      status: operation.successStatus,
      body,
      headers,
    });
    switch (operation.operationId) {
      case 'repos/get':
        return ok(this.#repositoryJson(call.repository));
      case 'pulls/get':
        return ok(this.#pullJson(this.#pull(call.repository, Number(call.params.pull_number))));
      case 'issues/list-comments': {
        const issue = Number(call.params.issue_number);
        this.#pull(call.repository, issue);
        const all = this.comments.filter((c) => c.repository === call.repository && c.issueNumber === issue);
        return this.#page(all, call, (c) => this.#commentJson(c));
      }
      case 'issues/create-comment': {
        const comment = this.#createComment(call);
        return ok(comment, { location: comment.url as string });
      }
      case 'issues/update-comment':
        return ok(this.#updateComment(call));
      case 'checks/create':
        return ok(this.#checkRunJson(this.#createCheckRun(call)));
      case 'checks/update':
        return ok(this.#checkRunJson(this.#updateCheckRun(call)));
      case 'checks/get':
        return ok(this.#checkRunJson(this.#checkRun(call)));
      case 'checks/list-annotations': {
        const run = this.#checkRun(call);
        return this.#page(run.annotations, call, (a) => ({
          start_column: null,
          end_column: null,
          title: null,
          raw_details: null,
          ...a,
          blob_href: `${WEB}/${run.repository}/blob/${run.headSha}/${a.path}`,
        }));
      }
      case 'repos/create-deployment':
        return ok(this.#deploymentJson(this.#createDeployment(call)));
      case 'repos/list-deployments': {
        const { sha, ref, task, environment } = call.query;
        const matching = this.deployments.filter(
          (d) =>
            d.repository === call.repository &&
            (sha === undefined || d.sha === sha) &&
            (ref === undefined || d.ref === ref) &&
            (task === undefined || d.task === task) &&
            (environment === undefined || d.environment === environment),
        );
        return this.#page([...matching].reverse(), call, (d) => this.#deploymentJson(d));
      }
      case 'repos/create-deployment-status': {
        const deployment = this.#deployment(call);
        return ok(this.#statusJson(deployment, this.#createStatus(deployment, call.body)));
      }
      case 'repos/list-deployment-statuses': {
        const deployment = this.#deployment(call);
        return this.#page([...deployment.statuses].reverse(), call, (s) => this.#statusJson(deployment, s));
      }
      case 'repos/create-dispatch-event':
        this.dispatches.push({
          repository: call.repository,
          eventType: call.body.event_type as string,
          clientPayload: call.body.client_payload ?? {},
        });
        return ok();
      case 'repos/create-attestation': {
        const id = this.#nextId++;
        this.attestations.push({ id, repository: call.repository, bundle: call.body.bundle });
        return ok({ id });
      }
      default:
        throw new HttpError(501, `FakeGitHub does not implement ${operation.operationId} yet`);
    }
  }

  /** GitHub's pagination: per_page (default 30, at most 100), page from 1, and a Link header. */
  #page<T>(items: T[], call: Call, toJson: (item: T) => unknown): Answer {
    const perPage = Math.min(Number(call.query.per_page ?? 30), 100);
    const page = Number(call.query.page ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const params = new URLSearchParams({ ...call.query, per_page: String(perPage), page: String(n) });
      return `<${this.apiUrl}${call.path}?${params}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage).map(toJson),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  #pull(repository: string, number: number): PullRequest {
    const pr = this.pullRequests.find((p) => p.repository === repository && p.number === number);
    if (!pr) throw new HttpError(404, 'Not Found');
    return pr;
  }

  #createComment(call: Call): Record<string, unknown> {
    const issueNumber = Number(call.params.issue_number);
    this.#pull(call.repository, issueNumber);
    const body = call.body.body as string;
    checkCommentLength(body);
    const now = new Date().toISOString();
    const comment: IssueComment = {
      id: this.#id(),
      repository: call.repository,
      issueNumber,
      body,
      user: call.user ?? ACTIONS_BOT,
      createdAt: now,
      updatedAt: now,
    };
    this.comments.push(comment);
    return this.#commentJson(comment);
  }

  #updateComment(call: Call): Record<string, unknown> {
    const id = Number(call.params.comment_id);
    const comment = this.comments.find((c) => c.id === id && c.repository === call.repository);
    if (!comment) throw new HttpError(404, 'Not Found');
    if (comment.user.login !== call.user?.login)
      throw new HttpError(403, 'Resource not accessible by integration');
    const body = call.body.body as string;
    checkCommentLength(body);
    comment.body = body;
    comment.updatedAt = new Date().toISOString();
    return this.#commentJson(comment);
  }

  #commentJson(c: IssueComment): Record<string, unknown> {
    const api = `${this.apiUrl}/repos/${c.repository}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api}/issues/comments/${c.id}`,
      html_url: `${WEB}/${c.repository}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${api}/issues/${c.issueNumber}`,
      body: c.body,
      user: userJson(c.user, this.apiUrl),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  #createCheckRun(call: Call): CheckRun {
    const body = call.body;
    checkCheckRunRules(body, call.note);
    const headSha = body.head_sha as string;
    if (!/^[0-9a-f]{40}$/.test(headSha)) {
      throw new HttpError(422, `No commit found for SHA: ${headSha}`);
    }
    const conclusion = (body.conclusion as string | undefined) ?? null;
    const output = (body.output ?? {}) as Record<string, unknown>;
    const now = new Date().toISOString();
    const run: CheckRun = {
      id: this.#id(),
      repository: call.repository,
      name: body.name as string,
      headSha,
      // GitHub: "Providing conclusion will automatically set the status parameter to completed."
      status: conclusion ? 'completed' : ((body.status as string | undefined) ?? 'queued'),
      conclusion,
      startedAt: (body.started_at as string | undefined) ?? now,
      completedAt: conclusion ? ((body.completed_at as string | undefined) ?? now) : null,
      detailsUrl: body.details_url as string | undefined,
      externalId: body.external_id as string | undefined,
      output: {
        title: (output.title as string | undefined) ?? null,
        summary: (output.summary as string | undefined) ?? null,
        text: (output.text as string | undefined) ?? null,
      },
      annotations: [...((output.annotations as CheckRunAnnotation[] | undefined) ?? [])],
      writes: 1,
    };
    this.checkRuns.push(run);
    return run;
  }

  #updateCheckRun(call: Call): CheckRun {
    const run = this.#checkRun(call);
    const body = call.body;
    checkCheckRunRules(body, call.note);
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed';
      run.completedAt = (body.completed_at as string | undefined) ?? new Date().toISOString();
    } else if (typeof body.status === 'string') {
      run.status = body.status;
    }
    const output = body.output as Record<string, unknown> | undefined;
    if (output) {
      run.output = {
        title: (output.title as string | undefined) ?? run.output.title,
        summary: (output.summary as string | undefined) ?? run.output.summary,
        text: (output.text as string | undefined) ?? run.output.text,
      };
      // "Each time you update the check run, annotations are appended to the list of annotations."
      run.annotations.push(...((output.annotations as CheckRunAnnotation[] | undefined) ?? []));
    }
    run.writes++;
    return run;
  }

  #checkRun(call: Call): CheckRun {
    const id = Number(call.params.check_run_id);
    const run = this.checkRuns.find((r) => r.id === id && r.repository === call.repository);
    if (!run) throw new HttpError(404, 'Not Found');
    return run;
  }

  #checkRunJson(run: CheckRun): Record<string, unknown> {
    const api = `${this.apiUrl}/repos/${run.repository}`;
    return {
      id: run.id,
      node_id: `CR_${run.id}`,
      head_sha: run.headSha,
      external_id: run.externalId ?? '',
      url: `${api}/check-runs/${run.id}`,
      html_url: `${WEB}/${run.repository}/runs/${run.id}`,
      details_url: run.detailsUrl ?? `${WEB}/${run.repository}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      name: run.name,
      output: {
        ...run.output,
        annotations_count: run.annotations.length,
        annotations_url: `${api}/check-runs/${run.id}/annotations`,
      },
      check_suite: { id: 900_000 + run.id },
      app: actionsAppJson(this.apiUrl),
      pull_requests: this.pullRequests
        .filter((pr) => pr.repository === run.repository && pr.headSha === run.headSha)
        .map((pr) => {
          const repo = (fullName: string) => {
            const { id, url, name } = repositoryJson(fullName, this.apiUrl);
            return { id, url, name };
          };
          return {
            id: 1_000_000 + pr.number,
            number: pr.number,
            url: `${api}/pulls/${pr.number}`,
            head: { sha: pr.headSha, ref: pr.headRef, repo: repo(pr.headRepository) },
            base: { sha: pr.baseSha, ref: pr.baseRef, repo: repo(pr.repository) },
          };
        }),
    };
  }

  #createDeployment(call: Call): Deployment {
    const body = call.body;
    const ref = body.ref as string;
    const deployment: Deployment = {
      id: this.#id(),
      repository: call.repository,
      ref,
      // GitHub resolves a branch or tag to its commit; here every name maps to a stable made-up sha.
      sha: /^[0-9a-f]{40}$/.test(ref) ? ref : fakeSha(ref),
      task: (body.task as string | undefined) ?? 'deploy',
      environment: (body.environment as string | undefined) ?? 'production',
      payload: body.payload ?? {},
      description: (body.description as string | undefined) ?? null,
      createdAt: new Date().toISOString(),
      statuses: [],
    };
    this.deployments.push(deployment);
    return deployment;
  }

  #deployment(call: Call): Deployment {
    const id = Number(call.params.deployment_id);
    const deployment = this.deployments.find((d) => d.id === id && d.repository === call.repository);
    if (!deployment) throw new HttpError(404, 'Not Found');
    return deployment;
  }

  #createStatus(deployment: Deployment, body: Record<string, unknown>): DeploymentStatus {
    const status: DeploymentStatus = {
      id: this.#id(),
      state: body.state as string,
      description: (body.description as string | undefined) ?? '',
      environment: (body.environment as string | undefined) ?? deployment.environment,
      // "log_url ... replaces target_url": GitHub fills each from the other; "" when neither is given.
      targetUrl: (body.target_url as string | undefined) ?? (body.log_url as string | undefined) ?? '',
      logUrl: (body.log_url as string | undefined) ?? (body.target_url as string | undefined) ?? '',
      environmentUrl: (body.environment_url as string | undefined) ?? '',
      createdAt: new Date().toISOString(),
    };
    deployment.statuses.push(status);
    return status;
  }

  #deploymentJson(d: Deployment): Record<string, unknown> {
    const api = `${this.apiUrl}/repos/${d.repository}`;
    return {
      id: d.id,
      node_id: `DE_${d.id}`,
      url: `${api}/deployments/${d.id}`,
      statuses_url: `${api}/deployments/${d.id}/statuses`,
      repository_url: api,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      environment: d.environment,
      original_environment: d.environment,
      description: d.description,
      creator: userJson(ACTIONS_BOT, this.apiUrl),
      created_at: d.createdAt,
      updated_at: d.createdAt,
    };
  }

  #statusJson(d: Deployment, s: DeploymentStatus): Record<string, unknown> {
    const api = `${this.apiUrl}/repos/${d.repository}`;
    return {
      id: s.id,
      node_id: `DES_${s.id}`,
      url: `${api}/deployments/${d.id}/statuses/${s.id}`,
      deployment_url: `${api}/deployments/${d.id}`,
      repository_url: api,
      state: s.state,
      description: s.description,
      environment: s.environment,
      target_url: s.targetUrl,
      log_url: s.logUrl,
      environment_url: s.environmentUrl,
      creator: userJson(ACTIONS_BOT, this.apiUrl),
      created_at: s.createdAt,
      updated_at: s.createdAt,
    };
  }

  #repositoryJson(repository: string): Record<string, unknown> {
    return repositoryJson(repository, this.apiUrl, true);
  }

  #pullJson(pr: PullRequest): Record<string, unknown> {
    const api = `${this.apiUrl}/repos/${pr.repository}`;
    const url = `${api}/pulls/${pr.number}`;
    const html = `${WEB}/${pr.repository}/pull/${pr.number}`;
    const author = userJson(PULL_AUTHOR, this.apiUrl);
    const side = (fullName: string, ref: string, sha: string) => {
      const repo = repositoryJson(fullName, this.apiUrl);
      if (fullName.toLowerCase() !== pr.repository) repo.fork = true;
      return { label: `${fullName.split('/')[0]}:${ref}`, ref, sha, user: repo.owner, repo };
    };
    const link = (href: string) => ({ href });
    const created = '2024-01-02T00:00:00Z';
    return {
      id: 1_000_000 + pr.number,
      node_id: `PR_${pr.number}`,
      number: pr.number,
      state: 'open',
      locked: false,
      title: `Pull request #${pr.number}`,
      body: null,
      user: author,
      labels: [],
      milestone: null,
      assignee: null,
      url,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${pr.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${pr.number}/comments`,
      statuses_url: `${api}/statuses/${pr.headSha}`,
      created_at: created,
      updated_at: created,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      head: side(pr.headRepository, pr.headRef, pr.headSha),
      base: side(pr.repository, pr.baseRef, pr.baseSha),
      _links: {
        self: link(url),
        html: link(html),
        issue: link(`${api}/issues/${pr.number}`),
        comments: link(`${api}/issues/${pr.number}/comments`),
        review_comments: link(`${url}/comments`),
        review_comment: link(`${api}/pulls/comments{/number}`),
        commits: link(`${url}/commits`),
        statuses: link(`${api}/statuses/${pr.headSha}`),
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      merged: false,
      mergeable: true,
      mergeable_state: 'clean',
      merged_by: null,
      maintainer_can_modify: false,
      comments: 0,
      review_comments: 0,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: 1,
    };
  }

  /** GET /user for a person's token. */
  authenticatedUserJson(user: User): Record<string, unknown> {
    return authenticatedUserJson(user, this.apiUrl);
  }
}

/** GitHub: "Body is too long (maximum is 65536 characters)"; the description does not say so. */
function checkCommentLength(body: string): void {
  const length = [...body].length;
  if (length > 65_536) {
    throw new HttpError(
      422,
      `Validation Failed: body is too long (maximum is 65536 characters, got ${length})`,
    );
  }
}

/** Rules GitHub applies to check runs beyond what the description's schema says. */
function checkCheckRunRules(body: Record<string, unknown>, note: (problem: string) => void): void {
  if ((body.status === 'completed' || body.completed_at !== undefined) && body.conclusion === undefined) {
    throw new HttpError(422, 'Validation Failed: conclusion is required when status is completed');
  }
  const output = body.output as { annotations?: CheckRunAnnotation[] } | undefined;
  for (const annotation of output?.annotations ?? []) {
    const columns = annotation.start_column !== undefined || annotation.end_column !== undefined;
    if (columns && annotation.start_line !== annotation.end_line) {
      throw new HttpError(422, 'Validation Failed: start_column and end_column need start_line == end_line');
    }
    if (annotation.start_line < 1 || annotation.end_line < annotation.start_line) {
      throw new HttpError(
        422,
        `Validation Failed: bad annotation lines ${annotation.start_line}-${annotation.end_line}`,
      );
    }
    // GitHub stores such a path, but no diff can show it.
    if (/^([a-z]:)?[\\/]/i.test(annotation.path) || annotation.path.split(/[\\/]/).includes('..')) {
      note(`annotation path ${annotation.path} is not relative to the repository root`);
    }
  }
}
