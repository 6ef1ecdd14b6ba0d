/**
 * A thin typed client for PagerDuty's REST API v2 on fetch: the versioned Accept header, token auth,
 * offset pagination to its 10,000 cap, bounded retries with jittered back-off, 429s waited out by
 * `ratelimit-reset`, a sliding-window pace under 960 requests a minute, a timeout on every request,
 * and errors that name the operation and PagerDuty's own code and message — never the token.
 */
import { redact } from '../util/redact.js';

export interface PagerDutyOptions {
  token: string;
  /** PAGERDUTY_API_URL; EU accounts use https://api.eu.pagerduty.com. */
  baseUrl?: string;
  /** Per-request timeout in ms (default 30 s; ONCALL_HTTP_TIMEOUT_MS overrides it). */
  timeoutMs?: number;
  /** Attempts after the first for idempotent requests (GET, PUT, DELETE). */
  retries?: number;
  /** Back-off base in ms; ONCALL_HTTP_RETRY_BASE_MS overrides it (tests). */
  retryBaseMs?: number;
  /** Wait when a 429 carries no ratelimit-reset header, in ms. */
  defaultRateLimitWaitMs?: number;
  requestsPerMinute?: number;
  /** The window the budget applies to; a minute, as PagerDuty counts (shorter only in tests). */
  paceWindowMs?: number;
  log?: (message: string) => void;
}

export class PagerDutyError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    readonly code: number | undefined,
    detail: string,
  ) {
    super(
      `PagerDuty ${method} ${path} failed${status ? ` with HTTP ${status}` : ''}${code !== undefined ? ` (error code ${code})` : ''}: ${detail}`,
    );
  }
}

export interface RequestCounts {
  reads: number;
  writes: number;
}

type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE']);
export const MAX_OFFSET = 10_000;

export class PagerDutyClient {
  readonly counts: RequestCounts = { reads: 0, writes: 0 };
  private readonly baseUrl: string;
  private readonly sent: number[] = [];

  constructor(private readonly options: PagerDutyOptions) {
    this.baseUrl = (options.baseUrl ?? process.env.PAGERDUTY_API_URL ?? 'https://api.pagerduty.com').replace(
      /\/+$/,
      '',
    );
  }

  async request<T>(method: string, path: string, init: { query?: Query; body?: unknown } = {}): Promise<T> {
    const url = `${this.baseUrl}${path}${queryString(init.query)}`;
    const retries = IDEMPOTENT.has(method) ? (this.options.retries ?? 4) : 0;
    const base = this.options.retryBaseMs ?? (Number(process.env.ONCALL_HTTP_RETRY_BASE_MS) || 500);
    for (let attempt = 0; ; attempt++) {
      await this.pace();
      if (method === 'GET') this.counts.reads++;
      else this.counts.writes++;
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            authorization: `Token token=${this.options.token}`,
            accept: 'application/vnd.pagerduty+json;version=2',
            // The description lists Content-Type as required on every operation, GETs included.
            'content-type': 'application/json',
          },
          body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? (Number(process.env.ONCALL_HTTP_TIMEOUT_MS) || 30_000)),
        });
      } catch (error) {
        // A write whose answer was lost may have happened: never repeat it blindly. The next run
        // reads the account again and converges instead of duplicating. fetch quotes a header value
        // it refuses, so the reason is logged and thrown only without the token.
        const reason =
          (error as Error).name === 'TimeoutError'
            ? 'timed out'
            : `network error (${redact((error as Error).message, [this.options.token])})`;
        if (attempt < retries) {
          await this.wait(backoff(base, attempt), `${method} ${path} ${reason}`);
          continue;
        }
        throw new PagerDutyError(method, path, undefined, undefined, reason);
      }
      if (response.status === 429) {
        // Rejected before it was applied, so even a POST may be sent again, after the window resets.
        const reset = Number(response.headers.get('ratelimit-reset'));
        const waitMs =
          Number.isFinite(reset) && reset > 0 ? reset * 1000 : (this.options.defaultRateLimitWaitMs ?? 5_000);
        await response.body?.cancel();
        if (attempt < Math.max(retries, 4)) {
          await this.wait(waitMs + Math.random() * Math.min(waitMs, 500), `${method} ${path} rate limited`);
          continue;
        }
      } else if (response.status >= 500 && attempt < retries) {
        await response.body?.cancel();
        await this.wait(backoff(base, attempt), `${method} ${path} answered HTTP ${response.status}`);
        continue;
      }
      const text = await response.text();
      // An error body may echo the request, headers included: never let the token through.
      if (!response.ok) throw errorOf(method, path, response.status, redact(text, [this.options.token]));
      return (text ? JSON.parse(text) : undefined) as T;
    }
  }

  /** Every item of an offset-paginated collection (limit 100, until `more` is false or the 10,000 cap). */
  async list<T>(path: string, key: string, query: Query = {}): Promise<T[]> {
    const out: T[] = [];
    for (let offset = 0; offset + 100 <= MAX_OFFSET; offset += 100) {
      const page = await this.request<Record<string, unknown>>('GET', path, {
        query: { ...query, limit: 100, offset },
      });
      out.push(...((page[key] as T[] | undefined) ?? []));
      if (!page.more) return out;
    }
    throw new PagerDutyError('GET', path, undefined, undefined, `more than ${MAX_OFFSET} results; narrow the query`);
  }

  /** Stays under the per-minute budget without slowing small runs: waits only when a minute is full. */
  private async pace(): Promise<void> {
    const limit = this.options.requestsPerMinute ?? 900;
    const window = this.options.paceWindowMs ?? 60_000;
    const now = Date.now();
    while (this.sent.length && this.sent[0]! <= now - window) this.sent.shift();
    if (this.sent.length >= limit) await this.wait(this.sent[0]! + window - now, 'pacing under the per-minute limit');
    this.sent.push(Date.now());
  }

  private async wait(ms: number, why: string): Promise<void> {
    this.options.log?.(`${why}; retrying in ${Math.round(ms)} ms`);
    await new Promise((r) => setTimeout(r, ms));
  }
}

function backoff(base: number, attempt: number): number {
  const ms = base * 2 ** attempt;
  return ms / 2 + Math.random() * (ms / 2);
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const item of v) params.append(k, item);
    else params.append(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function errorOf(method: string, path: string, status: number, text: string): PagerDutyError {
  try {
    const body = JSON.parse(text) as { error?: { message?: string; code?: number; errors?: string[] } };
    const e = body.error;
    if (e)
      return new PagerDutyError(
        method,
        path,
        status,
        e.code,
        [e.message, ...(e.errors ?? [])].filter(Boolean).join('; '),
      );
  } catch {
    // not JSON: fall through
  }
  return new PagerDutyError(method, path, status, undefined, text.slice(0, 200) || 'no details');
}
