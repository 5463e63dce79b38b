import type { GitHubClient } from './client.ts';
import { truncateMarkdown } from './truncate.ts';

/** GitHub refuses comment bodies over 65,536 characters; stay below. */
export const COMMENT_BODY_LIMIT = 65_535;

/**
 * The hidden line that keys a sticky comment: one per action and report name, so a new push edits the
 * comment it made before and two uses of an action with different report names keep two comments.
 */
export function commentMarker(action: string, reportName: string): string {
  // encodeURIComponent escapes '>' so no name can end the HTML comment early.
  return `<!-- modelgate:${encodeURIComponent(action)}:${encodeURIComponent(reportName)} -->`;
}

export interface StickyCommentInput {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  markdown: string;
  /** Ends the body when it had to be cut, saying where the full report is. */
  truncationNotice: string;
}

export interface StickyComment {
  id: number;
  url: string;
  created: boolean;
  truncated: boolean;
}

/** Edits the comment that carries `marker` on the issue or PR, or creates it. */
export async function upsertStickyComment(
  octokit: GitHubClient,
  input: StickyCommentInput,
): Promise<StickyComment> {
  const { owner, repo, issueNumber, marker } = input;
  const { text: body, truncated } = truncateMarkdown(
    `${marker}\n${input.markdown}`,
    COMMENT_BODY_LIMIT,
    input.truncationNotice,
  );
  const existing = await findComment(octokit, owner, repo, issueNumber, marker);
  if (existing !== undefined) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
    return { id: data.id, url: data.html_url, created: false, truncated };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { id: data.id, url: data.html_url, created: true, truncated };
}

async function findComment(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  issueNumber: number,
  marker: string,
): Promise<number | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find((comment) => comment.body?.startsWith(marker));
    if (found) return found.id;
  }
  return undefined;
}
