import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, Severity, Verdict } from '../report/model.ts';
import { truncateForDisplay } from '../report/truncate.ts';
import type { GitHubClient } from './client.ts';
import { truncateMarkdown } from './truncate.ts';

/** The checks API's caps: output.summary and output.text up to 65,535 characters, 50 annotations a request. */
export const CHECK_RUN_TEXT_LIMIT = 65_535;
export const ANNOTATIONS_PER_REQUEST = 50;
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 60_000; // "64 KB" for message; stay clear of it whatever the bytes per character

export type Conclusion = 'success' | 'neutral' | 'failure';
export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
}

export function conclusionOf(verdict: Verdict): Conclusion {
  return verdict === 'pass' ? 'success' : verdict === 'warn' ? 'neutral' : 'failure';
}

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'failure', warning: 'warning', notice: 'notice' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export interface AnnotationPlan {
  /** At most maxAnnotations, the most severe first. */
  annotations: Annotation[];
  /** Locations in files outside the workspace, which GitHub cannot show in a diff. */
  outsideWorkspace: number;
  /** Annotations left out by the maxAnnotations cap. */
  overCap: number;
}

/**
 * One annotation per finding location whose file lies inside the workspace, with its path made relative to
 * the workspace (relative locations are taken as relative to it too). A row of a binary file has no line
 * to point at, so it is annotated on the file's first line and the row is named in the title.
 */
export function annotationsFor(
  findings: readonly Finding[],
  workspace: string,
  maxAnnotations: number,
): AnnotationPlan {
  const all: Annotation[] = [];
  let outsideWorkspace = 0;
  const bySeverity = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  for (const finding of bySeverity) {
    for (const location of finding.locations ?? []) {
      const path = workspacePath(workspace, location.file);
      if (path === undefined) {
        outsideWorkspace++;
        continue;
      }
      const isRow = location.unit === 'row';
      const line =
        !isRow && location.line !== undefined && location.line >= 1 ? Math.floor(location.line) : 1;
      const column = location.column ?? finding.column;
      const where = [
        column !== undefined ? `column ${truncateForDisplay(column)}` : undefined,
        isRow && location.line !== undefined ? `row ${location.line}` : undefined,
      ].filter(Boolean);
      all.push({
        path,
        start_line: line,
        end_line: line,
        annotation_level: LEVEL[finding.severity],
        message: truncateForDisplay(finding.message, MESSAGE_LIMIT - 100),
        title: clip([finding.check, ...where].join(' · '), TITLE_LIMIT),
      });
    }
  }
  const cap = Math.max(0, Math.floor(maxAnnotations));
  return { annotations: all.slice(0, cap), outsideWorkspace, overCap: Math.max(0, all.length - cap) };
}

/** The file's path relative to the workspace with '/' separators, or undefined when it lies outside. */
export function workspacePath(workspace: string, file: string): string | undefined {
  const path = relative(resolve(workspace), resolve(workspace, file));
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

export interface CheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: Conclusion;
  title: string;
  /** Markdown for output.summary; cut to the limit with truncationNotice when longer. */
  summary: string;
  truncationNotice: string;
  /** Markdown for output.text, shown below the summary. */
  text?: string;
  annotations: readonly Annotation[];
  detailsUrl?: string;
  externalId?: string;
}

export interface CreatedCheckRun {
  id: number;
  url: string;
  /** Requests that carried annotations: the create plus one update per further 50. */
  annotationRequests: number;
  truncated: boolean;
}

/**
 * Creates a completed check run with the first 50 annotations, then appends the rest 50 per update:
 * GitHub adds each update's annotations to the ones the run already has.
 */
export async function createCheckRun(octokit: GitHubClient, input: CheckRunInput): Promise<CreatedCheckRun> {
  const { owner, repo } = input;
  const summary = truncateMarkdown(input.summary, CHECK_RUN_TEXT_LIMIT, input.truncationNotice);
  const output = {
    title: clip(input.title, TITLE_LIMIT),
    summary: summary.text,
    ...(input.text
      ? { text: truncateMarkdown(input.text, CHECK_RUN_TEXT_LIMIT, input.truncationNotice).text }
      : {}),
  };
  const batches: Annotation[][] = [];
  for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const { data } = await octokit.rest.checks.create({
    owner,
    repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    ...(input.externalId ? { external_id: input.externalId } : {}),
    output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
  });
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: data.id,
      output: { ...output, annotations: batch },
    });
  }
  return {
    id: data.id,
    url: data.html_url ?? '',
    annotationRequests: batches.length,
    truncated: summary.truncated,
  };
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
