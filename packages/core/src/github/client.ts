import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import { logInfo } from '../action/log.ts';
import { debug } from '../action/workflow-commands.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** REST API root; GHES serves it at https://HOST/api/v3, which the runner puts in GITHUB_API_URL. */
  baseUrl?: string;
  /** Retries after a 5xx, a network error or a rate limit, on top of the first try. */
  retries?: number;
  /**
   * Milliseconds per second of back-off: 1000 in production. Both plugins count their waits in seconds
   * (retry-after, x-ratelimit-reset, plugin-retry's 1 s, 4 s, 9 s ...); tests pass a few ms.
   */
  retryDelayScaleMs?: number;
  /** A rate limit that lifts later than this is not waited for: a CI job should not idle for an hour. */
  maxRetryAfterSeconds?: number;
  /** Abandon one attempt after this long; the attempt is then retried like a 5xx. */
  requestTimeoutMs?: number;
  userAgent?: string;
  /** Further @octokit/plugin-throttling options (for example a test's own Bottleneck groups). */
  throttle?: Partial<ThrottlingOptions>;
}

const DEFAULTS = {
  retries: 2,
  retryDelayScaleMs: 1000,
  maxRetryAfterSeconds: 60,
  requestTimeoutMs: 30_000,
};

/**
 * An authenticated Octokit for the REST API that retries what is worth retrying: 5xx answers and network
 * failures (plugin-retry), and primary or secondary rate limits after the wait GitHub asks for through
 * retry-after or x-ratelimit-reset (plugin-throttling). 4xx answers other than rate limits fail at once.
 */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const retries = options.retries ?? DEFAULTS.retries;
  const scale = options.retryDelayScaleMs ?? DEFAULTS.retryDelayScaleMs;
  const maxWait = options.maxRetryAfterSeconds ?? DEFAULTS.maxRetryAfterSeconds;
  const timeoutMs = options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: Octokit, retryCount: number) => {
      const willRetry = retryCount < retries && retryAfter <= maxWait;
      logInfo(
        `GitHub ${kind} on ${request.method} ${request.url}: ` +
          (willRetry ? `retrying in ${retryAfter} s` : `not retrying (asked to wait ${retryAfter} s)`),
      );
      return willRetry;
    };

  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      userAgent: options.userAgent ?? 'modelgate',
      log: { debug, info: debug, warn: logInfo, error: logInfo },
      // Rate limits (403/429) are plugin-throttling's, so plugin-retry does not retry them a second time.
      retry: { retries, retryAfterBaseValue: scale, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: scale,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...options.throttle,
      } as ThrottlingOptions,
    },
    // The timeout plugin comes first so that its hook sits innermost and arms a fresh timer per attempt.
    attemptTimeout(timeoutMs),
    retry,
    throttling,
  );
}

function attemptTimeout(ms: number) {
  return (octokit: Octokit) => {
    octokit.hook.before('request', (options) => {
      options.request = { ...options.request, signal: AbortSignal.timeout(ms) };
    });
  };
}
