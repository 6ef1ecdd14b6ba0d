/** Request plumbing both fakes share. */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { sharedFile } from '../helpers/shared.js';
import { compareSpecificity, compilePathTemplate, type PathTemplate } from './openapi.js';

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

export { mulberry32 } from '../../scripts/lib/prng.mjs';

export interface Loopback {
  readonly url: string;
  /** True once close() began: handlers stop answering. */
  readonly closed: boolean;
  /** A timer close() clears, so a delayed answer never outlives the fake. */
  sleep(ms: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A node:http server on 127.0.0.1 for a fake: an uncaught failure in a handler becomes a 500 with
 * `crashBody`, and close() ends every socket and timer at once so a test never waits on a fake.
 */
export async function serveLoopback(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  crashBody: (error: unknown) => unknown,
): Promise<Loopback> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(crashBody(e)));
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get closed() {
      return closed;
    },
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, ms);
        timers.add(t);
      }),
    async close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The request body as text, read whole. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The end of a fake's request: a fault that drops the response closes the connection after the
 * handler ran (the write happened, the client never hears of it); otherwise the reply is sent.
 */
export function deliver(
  req: IncomingMessage,
  record: { status: number; dropped?: boolean },
  drop: boolean | undefined,
  status: number,
  send: () => void,
): void {
  if (!drop) return send();
  record.status = status;
  record.dropped = true;
  req.socket.destroy();
}

/** What both fakes record of every request; each adds what its API identifies a caller by. */
export interface BaseRecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  /** The status sent (or that would have been sent, for a dropped response); 0 while in flight. */
  status: number;
  /** The operation's templated path, when the description or the fake knows it. */
  operation?: string;
  dropped?: boolean;
}

export interface RecordedViolation {
  method: string;
  path: string;
  operation?: string;
  violations: string[];
}

export interface Received<R extends BaseRecordedRequest> {
  method: string;
  url: URL;
  pathname: string;
  record: R;
  raw: string;
}

/** A request's first step in a fake: recorded (status 0 while in flight), then its body read whole. */
export async function receive<R extends BaseRecordedRequest>(
  req: IncomingMessage,
  base: string,
  requests: R[],
): Promise<Received<R>> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', base);
  const pathname = url.pathname;
  const record = { method, path: pathname, query: queryRecord(url.searchParams), body: undefined, status: 0 } as R;
  requests.push(record);
  return { method, url, pathname, record, raw: await readBody(req) };
}

/**
 * The body as JSON (undefined when empty), kept in the record. One that is not JSON is kept as text and
 * recorded as a violation; the caller answers 400 in its API's words.
 */
export function parseJsonBody(
  received: Received<BaseRecordedRequest>,
  violations: RecordedViolation[],
): { ok: true; body: unknown } | { ok: false } {
  const { raw, record, method, pathname } = received;
  if (raw.trim() === '') return { ok: true, body: undefined };
  try {
    record.body = JSON.parse(raw);
    return { ok: true, body: record.body };
  } catch {
    record.body = raw;
    violations.push({ method, path: pathname, violations: ['request body is not JSON'] });
    return { ok: false };
  }
}

/** A file under shared/, looked up (and its absence announced) once per process. */
export function sharedFileOnce(relative: string): () => string | undefined {
  let path: string | undefined | null = null;
  return () => {
    if (path === null) path = sharedFile(relative);
    return path;
  };
}

/** A fake's routes, tried most specific template first; path parameters come percent-decoded. */
export class RouteTable<H> {
  private readonly routes: { method: string; template: PathTemplate; handler: H }[] = [];

  add(method: string, template: string, handler: H, multiSegment: string[] = []): void {
    this.routes.push({ method, template: compilePathTemplate(template, new Set(multiSegment)), handler });
    this.routes.sort((a, b) => compareSpecificity(a.template, b.template));
  }

  find(method: string, pathname: string): { handler: H; template: string; params: Record<string, string> } | undefined {
    for (const r of this.routes) {
      if (r.method !== method) continue;
      const params = r.template.match(pathname);
      if (params) return { handler: r.handler, template: r.template.template, params: decodeAll(params) };
    }
    return undefined;
  }
}
