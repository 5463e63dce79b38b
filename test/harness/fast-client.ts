/**
 * Client options for in-process tests: retry waits of a few milliseconds per second GitHub asks for, and
 * no one-second spacing between writes (plugin-throttling's default, right for GitHub, slow for a fake).
 */
import Bottleneck from 'bottleneck';
import type { GitHubClientOptions } from '../../packages/core/src/github/index.ts';

export const TEST_DELAY_SCALE_MS = 10;

export function fastClientOptions(): Omit<GitHubClientOptions, 'baseUrl'> {
  return {
    retryDelayScaleMs: TEST_DELAY_SCALE_MS,
    throttle: {
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    },
  };
}
