/** Turns a failed GitHub call into a warning that says what happened and what the user can do about it. */

/**
 * A call to GitHub that publishes something: what it makes (for the message) and the `permissions:`
 * entry the job's token needs for it. Any gate's call (a deployment status, a repository dispatch, an
 * attestation) is described this way and degrades the same way when it fails.
 */
export interface GitHubCall {
  /** What the call makes, as the warning names it: 'PR comment', 'deployment status', ... */
  what: string;
  /** The `permissions:` entry it needs, e.g. 'deployments: write'. */
  permission: string;
  /** The verb of the warning, "Could not <verb> the <what>"; default 'post'. */
  verb?: string;
}

export const PR_COMMENT: GitHubCall = { what: 'PR comment', permission: 'pull-requests: write' };
export const CHECK_RUN: GitHubCall = { what: 'check run', permission: 'checks: write' };

export interface FailureFacts {
  status?: number;
  message: string;
}

/** Status and GitHub's own message from an Octokit RequestError, or the message of any other error. */
export function failureFacts(error: unknown): FailureFacts {
  const err = error as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } };
  const status = typeof err?.status === 'number' ? err.status : undefined;
  const apiMessage = err?.response?.data?.message;
  const message =
    typeof apiMessage === 'string'
      ? apiMessage
      : typeof err?.message === 'string'
        ? err.message
        : String(error);
  return { status, message };
}

export function isRateLimit(facts: FailureFacts): boolean {
  return (facts.status === 403 || facts.status === 429) && /rate limit/i.test(facts.message);
}

export function explainFailure(call: GitHubCall, facts: FailureFacts, fromFork: boolean): string {
  const { status, message } = facts;
  const prefix = `Could not ${call.verb ?? 'post'} the ${call.what}`;
  const permission = call.permission;
  if (isRateLimit(facts)) {
    return `${prefix}: GitHub's API rate limit is used up (${status}: ${message}). The job summary has the report.`;
  }
  if (status === 401) {
    return `${prefix}: GitHub rejected the token (401: ${message}). Pass a valid one, e.g. \`token: \${{ github.token }}\`.`;
  }
  if (status === 403 && fromFork) {
    return (
      `${prefix}: this pull request comes from a fork, and GitHub gives workflows run for forks a read-only ` +
      'token. The job summary has the report; a workflow triggered by `workflow_run` can post it.'
    );
  }
  if (status === 403) {
    return `${prefix}: the token may not do this (403: ${message}). Give the job \`permissions:\` with \`${permission}\`.`;
  }
  if (status === 404) {
    return (
      `${prefix}: GitHub answered 404 (${message}); the token cannot see the repository or pull request. ` +
      `Check the token and the job's \`permissions:\` (\`${permission}\`).`
    );
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return `${prefix}: GitHub rejected the request (${status}: ${message}).`;
  }
  const what = status !== undefined ? `HTTP ${status}: ${message}` : message;
  return `${prefix}: GitHub's API did not answer successfully after retries (${what}).`;
}
