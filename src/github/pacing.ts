/**
 * Writes paced under GitHub's documented content-creation limits (REST API rate limits, "About
 * secondary rate limits": no more than 80 content-generating requests per minute and 500 per hour;
 * "Best practices": at least one second between POST, PATCH, PUT and DELETE requests). A run that
 * would pass a cap stops before the write with `WriteCapReached`, so nothing is half done and the
 * next run resumes; GitHub's own secondary-limit answer is reported the same way.
 */
import type { GitHubClient } from './octokit.js';

export interface PaceLimits {
  /** Least time between the starts of two writes. */
  intervalMs: number;
  perMinute: number;
  perHour: number;
  /** A wait longer than this (for the minute's window to free a slot) stops the run instead. */
  maxWaitMs: number;
}

/** ONCALL_WRITE_INTERVAL_MS overrides the interval: tests against the local fake set it to a few ms. */
export function githubContentLimits(env: NodeJS.ProcessEnv = process.env): PaceLimits {
  const interval = env.ONCALL_WRITE_INTERVAL_MS ? Number(env.ONCALL_WRITE_INTERVAL_MS) : NaN;
  return {
    intervalMs: interval >= 0 ? interval : 1000,
    perMinute: 80,
    perHour: 500,
    maxWaitMs: 65_000,
  };
}

export class WriteCapReached extends Error {
  constructor(
    message: string,
    /** When GitHub named one: seconds until a write may succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'WriteCapReached';
  }
}

export interface Clock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export class WritePacer {
  /** Start times of this run's writes in the last hour. */
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly limits: PaceLimits,
    private readonly clock: Clock = realClock,
  ) {}

  get writes(): number {
    return this.starts.length;
  }

  /** Waits until the next write may start, or throws WriteCapReached. Writes are let through one at a time. */
  beforeWrite(): Promise<void> {
    const turn = this.queue.then(() => this.admit());
    this.queue = turn.catch(() => {});
    return turn;
  }

  private async admit(): Promise<void> {
    const { intervalMs, perMinute, perHour, maxWaitMs } = this.limits;
    const now = this.clock.now();
    while (this.starts.length && this.starts[0]! <= now - 3_600_000) this.starts.shift();
    if (this.starts.length >= perHour)
      throw new WriteCapReached(
        `this run made ${perHour} writes in an hour, GitHub's content-creation limit; it stops here`,
      );
    const inMinute = this.starts.filter((t) => t > now - 60_000);
    const last = this.starts.at(-1);
    const at = Math.max(
      last === undefined ? now : last + intervalMs,
      inMinute.length >= perMinute ? inMinute[inMinute.length - perMinute]! + 60_000 : now,
    );
    if (at - now > maxWaitMs)
      throw new WriteCapReached(`the next write would wait ${Math.ceil((at - now) / 1000)} s for GitHub's limits`);
    if (at > now) await this.clock.sleep(at - now);
    this.starts.push(Math.max(at, now));
  }
}

/** Every write of `octokit` goes through the pacer first (reads are not content creation). */
export function paceWrites(octokit: GitHubClient, pacer: WritePacer): void {
  octokit.hook.before('request', async (options) => {
    if (!['GET', 'HEAD'].includes(String(options.method).toUpperCase())) await pacer.beforeWrite();
  });
}

/** Whether GitHub refused a request for its secondary rate limit (403 or 429, as documented). */
export function secondaryLimitOf(error: unknown): WriteCapReached | undefined {
  const e = error as { status?: number; message?: string; response?: { headers?: Record<string, string> } };
  if (e?.status !== 403 && e?.status !== 429) return undefined;
  const retryAfter = Number(e.response?.headers?.['retry-after']);
  if (e.status === 403 && !/secondary rate limit/i.test(e.message ?? '') && !Number.isFinite(retryAfter))
    return undefined;
  return new WriteCapReached(
    `GitHub's secondary rate limit refused a write${Number.isFinite(retryAfter) ? ` (retry after ${retryAfter} s)` : ''}`,
    Number.isFinite(retryAfter) ? retryAfter : undefined,
  );
}
