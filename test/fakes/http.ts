/** Request plumbing both fakes share. */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

export function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

export interface RequestEcho {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** The request as it arrived, credentials included: what a debugging proxy or a careless error page sends back. */
export function requestEcho(req: IncomingMessage, base: string): RequestEcho {
  return { method: req.method ?? 'GET', url: new URL(req.url ?? '/', base).href, headers: req.headers };
}

/**
 * An error body with the request echoed into it: whole under `request`, and appended to the message a
 * client quotes (PagerDuty's `error.message`, GitHub's `message`, or a text body), because a client
 * that leaks does so by repeating the server's message. A body-less answer stays body-less.
 */
export function withRequestEcho(body: unknown, echo: RequestEcho): unknown {
  const quoted = ` (request: ${JSON.stringify(echo)})`;
  if (typeof body === 'string') return body + quoted;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const b = body as Record<string, unknown>;
  const error = b.error;
  if (typeof error === 'object' && error !== null && !Array.isArray(error)) {
    const e = error as Record<string, unknown>;
    return { ...b, error: { ...e, message: `${String(e.message ?? '')}${quoted}` }, request: echo };
  }
  return { ...b, message: `${String(b.message ?? '')}${quoted}`, request: echo };
}

/** Query parameters as a record; a repeated name becomes a list. */
export function queryRecord(q: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of q) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** Path parameters percent-decoded, leaving any that are not valid escapes as they came. */
export function decodeAll(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    try {
      out[k] = decodeURIComponent(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/** A seeded PRNG in [0, 1) (mulberry32): the same seed deals the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
