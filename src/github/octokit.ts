/**
 * The one way this project talks to GitHub: @octokit/rest with the retry and throttling plugins,
 * against GITHUB_API_URL (github.com, GitHub Enterprise Server, or a test's fake on 127.0.0.1).
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { redactError } from '../util/redact.js';

export const GitHub = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHub>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Stands in for the throttling plugin's Bottleneck groups that space writes apart (1 s, and 3 s for
 * comments and issues): in test mode the local fake has no secondary limits to respect. Rate-limit
 * answers (403/429 with retry-after) are still handled, by the plugin's own retry limiter.
 */
type ThrottleGroup =
  NonNullable<NonNullable<ConstructorParameters<typeof GitHub>[0]>['throttle']> extends infer T
    ? T extends { write?: infer G }
      ? G
      : never
    : never;
const UNSPACED = {
  key: () => ({ schedule: <T>(_options: unknown, job: () => Promise<T>) => job() }),
} as unknown as ThrottleGroup;

export interface GitHubOptions {
  token: string;
  /** REST root; GITHUB_API_URL on the runner. */
  baseUrl?: string;
  /**
   * Base of the retry back-off in ms (retry n waits n² × base). ONCALL_HTTP_RETRY_BASE_MS overrides
   * it, so tests against a local fake need not wait seconds. Below 1000 it is a test setting and
   * also turns off octokit's client-side spacing of writes (1 s, 3 s for comments), which exists for
   * github.com's secondary limits and only slows a local fake down.
   */
  retryBaseMs?: number;
  /** Per-request timeout in ms (default 30 s; ONCALL_HTTP_TIMEOUT_MS overrides it). */
  timeoutMs?: number;
  /** The client's own messages a person should see: rate-limit waits (a warning in an action). */
  log?: (message: string) => void;
  /**
   * Octokit's request log ("POST /repos/… - 422 with id … in 12ms") and deprecation notices: debug
   * output, never an annotation. A failed request is reported once, by the code that made it.
   */
  debug?: (message: string) => void;
}

/** GitHub may ask for a longer wait; a job with a 10-minute timeout stops and reports instead. */
const MAX_RETRY_AFTER_SECONDS = 60;

export function createGitHub(options: GitHubOptions): GitHubClient {
  const retryBase = options.retryBaseMs ?? (Number(process.env.ONCALL_HTTP_RETRY_BASE_MS) || 1000);
  const log = options.log ?? (() => {});
  const debug = options.debug ?? (() => {});
  const timeoutMs = options.timeoutMs ?? (Number(process.env.ONCALL_HTTP_TIMEOUT_MS) || 30_000);
  const octokit = new GitHub({
    auth: options.token,
    baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'oncall-as-code',
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retryAfterBaseValue: retryBase },
    throttle: {
      ...(retryBase < 1000 ? { write: UNSPACED, notifications: UNSPACED, retryAfterBaseValue: retryBase } : {}),
      // Primary limit: wait once for the reset GitHub names; secondary limit: once, as GitHub asks.
      onRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${after} s`);
        return retryCount < 1;
      },
      onSecondaryRateLimit: (
        after: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        if (after > MAX_RETRY_AFTER_SECONDS) return false;
        log(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${after} s`);
        return retryCount < 1;
      },
    },
    log: { debug, info: debug, warn: debug, error: debug },
  });
  // Every request gets its own deadline: a hung connection must not hang the run.
  octokit.hook.before('request', (request) => {
    if (!request.request?.signal) request.request = { ...request.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  // Registered last, so it sees each error as it leaves the client, after the retries: a server may
  // echo the request into its error and fetch quotes a header it refuses, the token with them.
  octokit.hook.error('request', (error) => {
    throw redactError(error, [options.token]);
  });
  return octokit;
}

/**
 * The client an action talks to GitHub with: its `github-token` input (default the workflow token),
 * masked before anything could print it, for the repository the run is in.
 */
export function actionGitHub(
  ctx: { repository?: string; apiUrl: string },
  token: string,
  warn: (message: string) => void,
  debug?: (message: string) => void,
): { octokit: GitHubClient; where: RepoRef } {
  if (!token) throw new Error('no GitHub token: pass github-token (the default is the workflow token).');
  const [owner, repo] = (ctx.repository ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set.');
  return {
    octokit: createGitHub({ token, baseUrl: ctx.apiUrl, log: warn, ...(debug ? { debug } : {}) }),
    where: { owner, repo },
  };
}

/**
 * A map function for `octokit.paginate` that stops after `pages` pages. `more` is called when
 * GitHub says there are more (a Link to the next page) and may throw, for lists where what is left
 * unread could change a verdict; otherwise the rest is left unread.
 */
export function firstPages(pages: number, more?: () => void) {
  let n = 0;
  return <R extends { data: unknown; headers: { link?: string } }>(response: R, done: () => void): R['data'] => {
    if (++n >= pages) {
      if (more && /rel="next"/.test(response.headers.link ?? '')) more();
      done();
    }
    return response.data;
  };
}
