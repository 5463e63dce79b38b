import { appendFileSync, existsSync, statSync } from 'node:fs';
import { truncateMarkdown } from './truncate.ts';

/** GitHub shows at most 1 MiB of job summary per step and drops a step's summary that is larger. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface WrittenSummary {
  bytes: number;
  truncated: boolean;
}

/**
 * Appends markdown to the step's summary file (GITHUB_STEP_SUMMARY), cut so that the whole file, including
 * whatever the step wrote before, stays within the limit.
 */
export function writeJobSummary(
  path: string,
  markdown: string,
  truncationNotice: string,
  limitBytes = JOB_SUMMARY_LIMIT_BYTES,
): WrittenSummary {
  const already = existsSync(path) ? statSync(path).size : 0;
  const { text, truncated } = truncateMarkdown(
    `${markdown}\n`,
    limitBytes - already,
    truncationNotice,
    'utf8-bytes',
  );
  appendFileSync(path, text, 'utf8');
  return { bytes: Buffer.byteLength(text, 'utf8'), truncated };
}
