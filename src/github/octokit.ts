/**
 * The one way this project talks to GitHub: @octokit/rest with the retry and throttling plugins,
 * against GITHUB_API_URL (github.com, GitHub Enterprise Server, or a test's fake on 127.0.0.1).
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export const GitHub = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHub>;

export interface GitHubOptions {
  token: string;
  /** REST root; GITHUB_API_URL on the runner. */
  baseUrl?: string;
  /**
   * Base of the retry back-off in ms (retry n waits n² × base). ONCALL_HTTP_RETRY_BASE_MS overrides
   * it, so tests against a local fake need not wait seconds.
   */
  retryBaseMs?: number;
  log?: (message: string) => void;
}

export function createGitHub(options: GitHubOptions): GitHubClient {
  const retryBase = options.retryBaseMs ?? (Number(process.env.ONCALL_HTTP_RETRY_BASE_MS) || 1000);
  const log = options.log ?? (() => {});
  return new GitHub({
    auth: options.token,
    baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'oncall-as-code',
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retryAfterBaseValue: retryBase },
    throttle: {
      // Primary limit: wait once for the reset GitHub names; secondary limit: once, as GitHub asks.
      onRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${after} s`);
        return retryCount < 1;
      },
      onSecondaryRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${after} s`);
        return retryCount < 1;
      },
      ...(retryBase < 1000 ? { fallbackSecondaryRateRetryAfter: 0, minimumSecondaryRateRetryAfter: 0 } : {}),
    },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
  });
}
