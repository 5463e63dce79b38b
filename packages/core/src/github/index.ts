export {
  type ArtifactInput,
  type ArtifactOutcome,
  type ArtifactUploader,
  uploadReportArtifact,
} from './artifact.ts';
export {
  ANNOTATIONS_PER_REQUEST,
  type Annotation,
  type AnnotationLevel,
  type AnnotationPlan,
  annotationsFor,
  CHECK_RUN_TEXT_LIMIT,
  type CheckRunInput,
  type Conclusion,
  type CreatedCheckRun,
  conclusionOf,
  createCheckRun,
  workspacePath,
} from './check-run.ts';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './client.ts';
export {
  COMMENT_BODY_LIMIT,
  commentMarker,
  type StickyComment,
  type StickyCommentInput,
  upsertStickyComment,
} from './comment.ts';
export {
  isGhesUrl,
  loadRunContext,
  type PullRequestContext,
  type RunContext,
  runContextFrom,
} from './context.ts';
export {
  CHECK_RUN,
  explainFailure,
  type FailureFacts,
  failureFacts,
  type GitHubCall,
  PR_COMMENT,
} from './failure.ts';
export {
  type PublishInput,
  type PublishLog,
  type PublishResult,
  type PublishStatus,
  publishReport,
} from './publish.ts';
export { type AttemptOptions, publishing } from './publishing.ts';
export { JOB_SUMMARY_LIMIT_BYTES, type WrittenSummary, writeJobSummary } from './summary.ts';
export { type Measure, type Truncated, truncateMarkdown } from './truncate.ts';
