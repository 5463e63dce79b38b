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

/**
 * Edits the comment that carries `marker` and was written by the token's own account, or creates it. The
 * author matters: anyone can post a comment that starts with the marker, and editing theirs would put the
 * report under their name (or fail, with a token that may not edit it).
 */
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
  const isOurs = await authorTest(octokit);
  const existing = await findComment(octokit, owner, repo, issueNumber, marker, isOurs);
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
  isOurs: (author: CommentAuthor | null | undefined) => boolean,
): Promise<number | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find((comment) => comment.body?.startsWith(marker) && isOurs(comment.user));
    if (found) return found.id;
  }
  return undefined;
}

interface CommentAuthor {
  login: string;
  type: string;
}

/**
 * Which comments the token wrote. A personal token's account is GET /user's login. An installation token
 * (the GITHUB_TOKEN, or a GitHub App's) may not read GET /user - GitHub answers 403 - and comments as the
 * app's bot account (github-actions[bot] for the GITHUB_TOKEN); only an app can post as a Bot, never a
 * person, so a Bot's comment is taken as ours.
 */
async function authorTest(
  octokit: GitHubClient,
): Promise<(author: CommentAuthor | null | undefined) => boolean> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return (author) => author?.login === data.login;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 403 && status !== 401) throw error;
    return (author) => author?.type === 'Bot';
  }
}
