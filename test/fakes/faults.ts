/** Fault injection both fakes share: a queue of faults, each for a method and path, a number of times. */
import { compilePathTemplate, type PathTemplate } from './openapi.js';

export interface BaseFault {
  /** Only requests with this method (any when absent). */
  method?: string;
  /** Only this path: exact, a template ("/repos/{owner}/{repo}/issues"), or a RegExp. */
  path?: string | RegExp;
  /** How many matching requests it applies to; default 1 (Infinity allowed). */
  times?: number;
}

/** A fault that answers in place of the handler, later than it would, or not at all. */
export interface ReplyFault extends BaseFault {
  /** Answer with this status (and `body`, `headers`) instead of handling the request. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (to outlast a client's timeout). */
  delayMs?: number;
  /** Handle the request (the write happens), then destroy the socket instead of answering. */
  drop?: boolean;
}

export interface InjectedFault<F extends BaseFault> {
  readonly fault: F;
  /** Requests it has applied to so far. */
  readonly hits: number;
  readonly remaining: number;
  cancel(): void;
}

interface Entry<F> {
  fault: F;
  hits: number;
  remaining: number;
  template?: PathTemplate;
}

/** A string path with `{…}` is a template; the compiled matcher is kept with it. */
export function pathTemplateOf(path: string | RegExp | undefined): PathTemplate | undefined {
  return typeof path === 'string' && path.includes('{') ? compilePathTemplate(path) : undefined;
}

export function pathMatches(p: string | RegExp | undefined, template: PathTemplate | undefined, pathname: string) {
  if (p === undefined) return true;
  if (p instanceof RegExp) return p.test(pathname);
  if (template) return template.match(pathname) !== undefined;
  return p.replace(/\/$/, '') === pathname.replace(/\/$/, '');
}

export class FaultQueue<F extends BaseFault> {
  private readonly entries: Entry<F>[] = [];

  inject(fault: F): InjectedFault<F> {
    const entry: Entry<F> = { fault, hits: 0, remaining: fault.times ?? 1, template: pathTemplateOf(fault.path) };
    this.entries.push(entry);
    return {
      fault,
      get hits() {
        return entry.hits;
      },
      get remaining() {
        return entry.remaining;
      },
      cancel() {
        entry.remaining = 0;
      },
    };
  }

  /** The first fault still due for this request, counted as applied. */
  take(method: string, pathname: string): F | undefined {
    for (const e of this.entries) {
      if (e.remaining <= 0) continue;
      if (e.fault.method && e.fault.method.toUpperCase() !== method) continue;
      if (!pathMatches(e.fault.path, e.template, pathname)) continue;
      e.remaining--;
      e.hits++;
      return e.fault;
    }
    return undefined;
  }
}
