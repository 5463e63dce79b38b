import { logInfo } from '../action/log.ts';
import { warning } from '../action/workflow-commands.ts';
import type { Report } from '../report/model.ts';
import { type ArtifactOutcome, type ArtifactUploader, uploadReportArtifact } from './artifact.ts';
import { annotationsFor, conclusionOf, createCheckRun } from './check-run.ts';
import type { GitHubClient, GitHubClientOptions } from './client.ts';
import { commentMarker, upsertStickyComment } from './comment.ts';
import { loadRunContext, type RunContext, runContextFrom } from './context.ts';
import { CHECK_RUN, explainFailure, failureFacts, type GitHubCall, PR_COMMENT } from './failure.ts';
import { writeJobSummary } from './summary.ts';

export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface PublishInput {
  report: Report;
  /** The report rendered as markdown: the job summary, the PR comment and the check run summary. */
  markdown: string;
  /** Folder holding report.json, report.md, report.html: uploaded as the artifact. */
  reportDir: string;
  /** Most check-run annotations to send; the most severe findings come first. */
  maxAnnotations: number;
  token?: string;
  /** The runner's environment; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Defaults to `<report-name>-report`. */
  artifactName?: string;
  clientOptions?: Omit<GitHubClientOptions, 'baseUrl'>;
  artifactUploader?: ArtifactUploader;
  /** Defaults to the step log (logInfo) and warning annotations. */
  log?: PublishLog;
}

export type PublishStatus = 'ok' | 'degraded' | 'skipped';

export interface PublishResult {
  /** ok: every place that applies got the report; degraded: some did not (see warnings); skipped: not in Actions. */
  status: PublishStatus;
  warnings: string[];
  /** Places left out by design, each with the reason (not a pull request, no artifact service, ...). */
  skipped: string[];
  commentUrl?: string;
  checkRunUrl?: string;
  artifactId?: number;
  artifactUrl?: string;
}

const VERDICT_LABEL = { pass: 'Passed', warn: 'Passed with warnings', fail: 'Failed' } as const;

/**
 * Puts a report where people look: the artifact, the job summary, a sticky PR comment and a check run
 * with annotations. It never throws for a reporting problem: a missing token, a fork's read-only token, a
 * 403 or 404, a 5xx after retries or a network error each become a warning and status 'degraded'. Outside
 * GitHub Actions it does nothing and returns 'skipped'. The gate's verdict, not this, decides the exit code.
 */
export async function publishReport(input: PublishInput): Promise<PublishResult> {
  const log = input.log ?? { info: logInfo, warning };
  const result: PublishResult = { status: 'ok', warnings: [], skipped: [] };
  const warn = (message: string) => {
    result.warnings.push(message);
    log.warning(message);
  };
  const skip = (reason: string) => {
    result.skipped.push(reason);
    log.info(`Report: skipped ${reason}`);
  };
  try {
    await publish(input, result, { info: log.info, warn, skip });
  } catch (error) {
    // Each step catches its own failures; this is the net under a bug, so that reporting never fails a gate.
    warn(`Publishing the report failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (result.skipped.includes(NOT_IN_ACTIONS)) return { ...result, status: 'skipped' };
  return { ...result, status: result.warnings.length > 0 ? 'degraded' : 'ok' };
}

const NOT_IN_ACTIONS = 'publishing: not running in GitHub Actions';

interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  skip(reason: string): void;
}

async function publish(
  input: PublishInput,
  result: PublishResult,
  { info, warn, skip }: Reporter,
): Promise<void> {
  const env = input.env ?? process.env;

  if (env.GITHUB_ACTIONS !== 'true') {
    skip(NOT_IN_ACTIONS);
    return;
  }
  let context: RunContext;
  try {
    context = loadRunContext(env);
  } catch (error) {
    warn(`${(error as Error).message}; publishing without the event's pull request details.`);
    context = runContextFrom(env, {});
  }
  const { report } = input;

  const artifact = await attempt(
    () =>
      uploadReportArtifact({
        name: input.artifactName ?? `${report.reportName}-report`,
        reportDir: input.reportDir,
        context,
        env,
        uploader: input.artifactUploader,
      }),
    (error) => warn(`Could not upload the report artifact: ${failureFacts(error).message}`),
  );
  if (artifact?.uploaded) {
    result.artifactId = artifact.id;
    result.artifactUrl = artifact.url;
    info(`Report: uploaded the artifact ${artifact.name}${artifact.url ? ` (${artifact.url})` : ''}`);
  } else if (artifact) {
    skip(`the artifact: ${artifact.skipped}`);
  }
  const { runUrl } = context;
  const notice = truncationNotice(
    artifact,
    runUrl ? `the job summary of [the workflow run](${runUrl})` : 'the job summary of the workflow run',
  );

  if (env.GITHUB_STEP_SUMMARY) {
    const summaryNotice = truncationNotice(artifact, `${input.reportDir} on the runner`);
    await attempt(
      () => writeJobSummary(env.GITHUB_STEP_SUMMARY as string, input.markdown, summaryNotice),
      (error) => warn(`Could not write the job summary: ${failureFacts(error).message}`),
    );
  } else {
    skip('the job summary: GITHUB_STEP_SUMMARY is not set');
  }

  const octokit = await apiClient(input, context, warn);
  if (octokit && context.owner && context.repo) {
    const { owner, repo, pullRequest } = context;
    // pull_request_target runs get a write token even for forks, so a 403 there is a real permission problem.
    const fromFork = (pullRequest?.isFork ?? false) && context.eventName !== 'pull_request_target';
    let readOnly = false;
    const failed = (call: GitHubCall) => (error: unknown) => {
      const facts = failureFacts(error);
      readOnly ||= fromFork && facts.status === 403;
      warn(explainFailure(call, facts, fromFork));
    };

    if (pullRequest) {
      const comment = await attempt(
        () =>
          upsertStickyComment(octokit, {
            owner,
            repo,
            issueNumber: pullRequest.number,
            marker: commentMarker(report.action, report.reportName),
            markdown: input.markdown,
            truncationNotice: notice,
          }),
        failed(PR_COMMENT),
      );
      result.commentUrl = comment?.url;
      if (comment) info(`Report: ${comment.created ? 'posted' : 'updated'} the PR comment ${comment.url}`);
    } else {
      skip(`the PR comment: the ${context.eventName ?? 'unknown'} event is not about a pull request`);
    }

    if (readOnly) {
      skip('the check run: the token is read-only (see the PR comment warning)');
    } else if (!context.sha) {
      skip('the check run: no commit to attach it to (GITHUB_SHA is not set)');
    } else {
      const headSha = context.sha;
      const checkRun = await attempt(() => {
        const plan = annotationsFor(
          report.findings,
          context.workspace ?? process.cwd(),
          input.maxAnnotations,
        );
        return createCheckRun(octokit, {
          owner,
          repo,
          headSha,
          name: report.reportName,
          conclusion: conclusionOf(report.verdict),
          title: `${VERDICT_LABEL[report.verdict]}: ${report.summary}`,
          summary: input.markdown,
          text: annotationNotes(plan.outsideWorkspace, plan.overCap, plan.annotations.length),
          truncationNotice: notice,
          annotations: plan.annotations,
          detailsUrl: context.runUrl,
          externalId: context.runId,
        });
      }, failed(CHECK_RUN));
      result.checkRunUrl = checkRun?.url;
      if (checkRun) info(`Report: created the check run ${checkRun.url}`);
    }
  }
}

async function apiClient(
  input: PublishInput,
  context: RunContext,
  warn: (message: string) => void,
): Promise<GitHubClient | undefined> {
  if (!input.token) {
    warn(
      `No GitHub token, so no PR comment or check run: pass \`token: \${{ github.token }}\` ` +
        '(with `permissions: pull-requests: write, checks: write`).',
    );
    return undefined;
  }
  if (!context.owner || !context.repo) {
    warn('GITHUB_REPOSITORY is not set, so no PR comment or check run.');
    return undefined;
  }
  // Loaded only with a token to use: the REST client is much of the bundle.
  const { createGitHubClient } = await import('./client.ts');
  return createGitHubClient(input.token, { ...input.clientOptions, baseUrl: context.apiUrl });
}

async function attempt<T>(
  run: () => T | Promise<T>,
  onError: (error: unknown) => void,
): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    onError(error);
    return undefined;
  }
}

function truncationNotice(artifact: ArtifactOutcome | undefined, elsewhere: string): string {
  const head = "**Report truncated** to fit GitHub's size limit:";
  if (artifact?.uploaded && artifact.url) {
    return `${head} the full report is in the artifact [${artifact.name}](${artifact.url}).`;
  }
  if (artifact?.uploaded) {
    return `${head} the full report is in the artifact \`${artifact.name}\` of this run.`;
  }
  return `${head} the full report is in ${elsewhere}.`;
}

function annotationNotes(outsideWorkspace: number, overCap: number, shown: number): string | undefined {
  const notes: string[] = [];
  if (overCap > 0) {
    notes.push(
      `Annotated the first ${shown} locations (max-annotations); ${overCap} more are in the report.`,
    );
  }
  if (outsideWorkspace > 0) {
    notes.push(`${outsideWorkspace} locations are in files outside the repository and are not annotated.`);
  }
  return notes.length > 0 ? notes.join('\n\n') : undefined;
}
