/**
 * A contract checker for the fakes: is this HTTP request one that the official OpenAPI 3.0 description
 * allows (and, optionally, is this response one it describes)? Generic over any OpenAPI 3.0 document; used
 * with GitHub's (13 MB) and PagerDuty's descriptions from ../shared/specs/.
 *
 * - `loadOpenApi(path)` parses a description once per process and applies the documented fixes in
 *   `KNOWN_SPEC_FIXES` (places where the description is known to be wrong, each narrowly replaced).
 * - `matchOperation(spec, method, pathname)` finds the operation by its templated path, literal
 *   segments beating templated ones (`/issues/comments` beats `/issues/{issue_number}`).
 * - `checkRequest(op, request)` / `checkResponse(op, response)` return human-readable violations; an
 *   empty list means the description allows it.
 *
 * Schemas are compiled with ajv (draft-07 semantics, which is what OpenAPI 3.0's schema dialect is
 * closest to) LAZILY: an operation's parameters and body are compiled the first time that operation is
 * checked, and each component schema it reaches is added to ajv once and shared by every later
 * operation. Before ajv sees a schema it is rewritten: `nullable` → null allowed; `$ref`s (including
 * JSON pointers into the middle of other schemas, as PagerDuty's `#/components/schemas/Tag/allOf/0`)
 * → ids of schemas added on demand; OpenAPI-only keywords dropped; boolean `exclusiveMinimum/Maximum`
 * → draft-07 numbers; in requests, `readOnly` properties are not required (in responses, `writeOnly`
 * ones are not); formats ajv-formats does not know are registered as permissive.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { Ajv, type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

type Obj = Record<string, unknown>;
type Direction = 'request' | 'response';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
const MAX_VIOLATIONS = 20;

// ---------------------------------------------------------------------------------------------------
// Known errors in the descriptions

/**
 * Places where a description is known to disagree with the real API and with real clients. Each fix
 * names the document (by `info.title`), a JSON pointer, a guard that the spot still looks as it did
 * when the fix was written (when the publisher corrects it, the guard fails and the fix is reported in
 * `spec.warnings` instead of applied), and the replacement. Add to this list rather than weakening
 * the checker.
 */
export interface SpecFix {
  title: string;
  pointer: string;
  reason: string;
  applies: (current: unknown) => boolean;
  replace: (current: unknown) => unknown;
}

export const KNOWN_SPEC_FIXES: readonly SpecFix[] = [
  {
    title: 'PagerDuty API',
    pointer: '/components/schemas/EscalationRule/properties/escalation_rule_assignment_strategy',
    reason:
      'typed as a string enum, but the API and its own request examples use an object {"type": "round_robin" | "assign_to_everyone"}; both are accepted',
    applies: (cur) => isObj(cur) && cur.type === 'string' && Array.isArray(cur.enum),
    replace: (cur) => {
      const c = cur as Obj;
      return {
        description: c.description,
        anyOf: [
          { type: 'string', enum: c.enum },
          {
            type: 'object',
            properties: { type: { type: 'string', enum: c.enum } },
            required: ['type'],
          },
        ],
      };
    },
  },
  {
    title: "GitHub's official OpenAPI spec + Octokit extension",
    pointer: '/components/schemas/pull-request-simple/properties/labels/items/properties/description',
    reason:
      'a label without a description has description null (the `label` and `pull-request` schemas say nullable; pull-request-simple alone says string)',
    applies: (cur) => isObj(cur) && cur.type === 'string' && cur.nullable !== true,
    replace: (cur) => ({ ...(cur as Obj), nullable: true }),
  },
];

// ---------------------------------------------------------------------------------------------------
// Loading

export interface OpenApiSpec {
  readonly path: string;
  readonly title: string;
  readonly version: string;
  readonly openapi: string;
  readonly doc: Obj;
  /** Fixes from KNOWN_SPEC_FIXES applied to this document. */
  readonly fixesApplied: string[];
  /** Things the checker could not honour (unresolvable `$ref`s, fixes that no longer apply, …). */
  readonly warnings: string[];
  /** Milliseconds spent parsing the file. */
  readonly loadMs: number;
  /** Operations compiled so far, and the total time spent compiling them. */
  readonly stats: { compiledOperations: number; compileMs: number };
}

const specs = new Map<string, Spec>();

/** Parses the description at `path` once per process (cached by absolute path). */
export function loadOpenApi(path: string): OpenApiSpec {
  const key = resolvePath(path);
  let spec = specs.get(key);
  if (!spec) {
    const t0 = performance.now();
    const doc = JSON.parse(readFileSync(key, 'utf8')) as Obj;
    spec = new Spec(key, doc, performance.now() - t0);
    specs.set(key, spec);
  }
  return spec;
}

// ---------------------------------------------------------------------------------------------------
// Path templates (also used by the fakes to route their own handlers)

export interface PathTemplate {
  readonly template: string;
  /** Names of the template's parameters, in order. */
  readonly names: string[];
  /** Per segment: 0 literal, 1 partly templated, 2 one whole segment, 3 several segments. */
  readonly rank: number[];
  /** Path parameters as sent (still percent-encoded), or undefined when `pathname` does not fit. */
  match(pathname: string): Record<string, string> | undefined;
}

/**
 * Compiles `/repos/{owner}/{repo}/contents/{path}` into a matcher. Parameters named in `multiSegment`
 * (OpenAPI extension `x-multi-segment`) may span several `/`-separated segments; a trailing one may
 * also be empty (`/contents` lists the root).
 */
export function compilePathTemplate(template: string, multiSegment: ReadonlySet<string> = new Set()): PathTemplate {
  const names: string[] = [];
  const rank: number[] = [];
  const segments = template.split('/').slice(1);
  let source = '^';
  segments.forEach((seg, i) => {
    const whole = /^\{([^{}]+)\}$/.exec(seg);
    if (whole) {
      const name = whole[1] as string;
      names.push(name);
      if (multiSegment.has(name)) {
        rank.push(3);
        source += i === segments.length - 1 ? '(?:/(.*))?' : '/(.+)';
      } else {
        rank.push(2);
        source += '/([^/]+)';
      }
    } else if (seg.includes('{')) {
      rank.push(1);
      source += '/';
      let rest = seg;
      for (let m = /\{([^{}]+)\}/.exec(rest); m; m = /\{([^{}]+)\}/.exec(rest)) {
        source += escapeRegExp(rest.slice(0, m.index)) + '([^/]+?)';
        names.push(m[1] as string);
        rest = rest.slice(m.index + m[0].length);
      }
      source += escapeRegExp(rest);
    } else {
      rank.push(0);
      source += '/' + escapeRegExp(seg);
    }
  });
  const re = new RegExp(source + '/?$');
  return {
    template,
    names,
    rank,
    match(pathname) {
      const m = re.exec(pathname);
      if (!m) return undefined;
      const out: Record<string, string> = {};
      names.forEach((n, i) => (out[n] = m[i + 1] ?? ''));
      return out;
    },
  };
}

/** Sort order: the template whose first differing segment is more literal wins. */
export function compareSpecificity(a: PathTemplate, b: PathTemplate): number {
  const n = Math.min(a.rank.length, b.rank.length);
  for (let i = 0; i < n; i++) {
    const d = (a.rank[i] as number) - (b.rank[i] as number);
    if (d !== 0) return d;
  }
  return b.rank.length - a.rank.length;
}

// ---------------------------------------------------------------------------------------------------
// Operations

export interface OperationRef {
  readonly spec: OpenApiSpec;
  readonly method: string;
  /** The templated path, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  readonly template: string;
  readonly operationId: string;
  /** Path parameters, percent-decoded. */
  readonly params: Record<string, string>;
}

/** The operation for `method` and `pathname` (query string ignored), or undefined. */
export function matchOperation(spec: OpenApiSpec, method: string, pathname: string): OperationRef | undefined {
  return asSpec(spec).match(method, pathname);
}

/** Templated paths that fit `pathname`, most specific first, with the methods each allows. */
export function matchPath(spec: OpenApiSpec, pathname: string): { template: string; methods: string[] }[] {
  return asSpec(spec).matchPaths(pathname);
}

export interface RequestToCheck {
  method: string;
  pathname: string;
  /** A query string (with or without `?`), URLSearchParams, or a parsed record. */
  query?: string | URLSearchParams | Record<string, string | string[] | undefined>;
  /** Header names in any case. */
  headers?: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; undefined when the request has none. */
  body?: unknown;
}

export interface ResponseToCheck {
  status: number;
  headers?: Record<string, string | string[] | number | undefined>;
  /** The parsed JSON body; undefined when the response has none. */
  body?: unknown;
}

/** Everything about `request` that the description forbids; [] when it is allowed. */
export function checkRequest(op: OperationRef, request: RequestToCheck): string[] {
  return asSpec(op.spec).checkRequest(op, request);
}

/**
 * Everything about `response` that the description contradicts. Statuses the operation does not list
 * are accepted unless `strictStatus` (GitHub's description omits many real 403/404/422 answers).
 */
export function checkResponse(
  op: OperationRef,
  response: ResponseToCheck,
  options: { strictStatus?: boolean } = {},
): string[] {
  return asSpec(op.spec).checkResponse(op, response, options.strictStatus ?? false);
}

// ---------------------------------------------------------------------------------------------------
// Implementation

interface Route {
  /** Segment counts this route can match: fixed, or from `min` up when it has a multi-segment parameter. */
  minSegments: number;
  maxSegments: number;
  path: PathTemplate;
  methods: Map<string, OperationEntry>;
}

interface OperationEntry {
  method: string;
  template: string;
  path: PathTemplate;
  operationId: string;
  operation: Obj;
  pathItem: Obj;
  compiled?: CompiledOperation;
}

interface ParamCheck {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** The parameter's schema as written (refs resolved at the top), for coercing strings. */
  schema: Obj;
  array: boolean;
  itemType: string | undefined;
  type: string | undefined;
  explode: boolean;
  separator: string;
  validate: ValidateFunction | undefined;
  /** For a Content-Type header with an enum: the allowed media types. */
  mediaTypes?: string[];
}

interface CompiledOperation {
  params: ParamCheck[];
  query: Map<string, ParamCheck>;
  body?: {
    required: boolean;
    mediaTypes: string[];
    json?: ValidateFunction;
  };
  responses: Map<string, ValidateFunction | null>;
  compileError?: string;
}

function asSpec(spec: OpenApiSpec): Spec {
  if (!(spec instanceof Spec)) throw new TypeError('not a description loaded with loadOpenApi()');
  return spec;
}

class Spec implements OpenApiSpec {
  readonly title: string;
  readonly version: string;
  readonly openapi: string;
  readonly fixesApplied: string[] = [];
  readonly warnings: string[] = [];
  readonly stats = { compiledOperations: 0, compileMs: 0 };

  private readonly buckets = new Map<string, Route[]>();
  private readonly wildcard: Route[] = [];
  private readonly byTemplate = new Map<string, Route>();
  private readonly ajv: Ajv;
  /** (direction + $ref) → ajv id */
  private readonly refIds = new Map<string, string>();
  private readonly pending: { id: string; ref: string; dir: Direction }[] = [];

  constructor(
    readonly path: string,
    readonly doc: Obj,
    readonly loadMs: number,
  ) {
    const info = isObj(doc.info) ? doc.info : {};
    this.title = String(info.title ?? '');
    this.version = String(info.version ?? '');
    this.openapi = String(doc.openapi ?? '');
    if (!this.openapi.startsWith('3.0'))
      this.warnings.push(`written for OpenAPI 3.0; this document is ${this.openapi || 'not OpenAPI 3'}`);
    this.applyFixes();
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      // Shared components are compiled once and called, not copied into every operation: faster compiles.
      inlineRefs: false,
      unicodeRegExp: false,
    });
    addFormats(this.ajv);
    // OpenAPI `time` in practice (PagerDuty support hours) is a time of day without an offset.
    this.ajv.addFormat('time', /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i);
    this.ajv.addFormat('partial-time', /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?$/);
    // OpenAPI `url` (PagerDuty's self/html_url) is just an absolute URL; ajv-formats' own `url` refuses
    // loopback and private hosts, so every link a fake on 127.0.0.1 hands out would fail it.
    this.ajv.addFormat('url', (s: string) => {
      try {
        new URL(s);
        return true;
      } catch {
        return false;
      }
    });
    this.buildRoutes();
  }

  // ----- fixes and routes

  private applyFixes(): void {
    for (const fix of KNOWN_SPEC_FIXES) {
      if (fix.title !== this.title) continue;
      const parts = fix.pointer.split('/').slice(1).map(unescapePointer);
      const last = parts.pop() as string;
      let parent: unknown = this.doc;
      for (const p of parts) parent = isObj(parent) || Array.isArray(parent) ? (parent as Obj)[p] : undefined;
      const current = isObj(parent) ? parent[last] : undefined;
      if (isObj(parent) && fix.applies(current)) {
        parent[last] = fix.replace(current);
        this.fixesApplied.push(`${fix.pointer}: ${fix.reason}`);
      } else {
        this.warnings.push(
          `fix for ${fix.pointer} no longer applies (the description changed): review KNOWN_SPEC_FIXES`,
        );
      }
    }
  }

  private buildRoutes(): void {
    const paths = isObj(this.doc.paths) ? this.doc.paths : {};
    for (const [template, rawItem] of Object.entries(paths)) {
      const item = this.deref(rawItem);
      if (!isObj(item)) continue;
      const multi = new Set<string>();
      const entries: [string, Obj][] = [];
      for (const m of HTTP_METHODS) {
        const op = item[m];
        if (!isObj(op)) continue;
        entries.push([m.toUpperCase(), op]);
        for (const p of [...asArray(item.parameters), ...asArray(op.parameters)]) {
          const param = this.deref(p);
          if (isObj(param) && param.in === 'path' && param['x-multi-segment'] === true) multi.add(String(param.name));
        }
      }
      const path = compilePathTemplate(template, multi);
      const segments = path.rank.length;
      const multiAt = path.rank.indexOf(3);
      const route: Route = {
        path,
        methods: new Map(),
        minSegments: multiAt === segments - 1 ? segments - 1 : segments,
        maxSegments: multiAt >= 0 ? Infinity : segments,
      };
      this.byTemplate.set(template, route);
      for (const [method, op] of entries) {
        route.methods.set(method, {
          method,
          template,
          path,
          operationId: typeof op.operationId === 'string' ? op.operationId : `${method} ${template}`,
          operation: op,
          pathItem: item,
        });
      }
      const first = template.split('/')[1] ?? '';
      if (first.includes('{')) this.wildcard.push(route);
      else {
        let bucket = this.buckets.get(first);
        if (!bucket) this.buckets.set(first, (bucket = []));
        bucket.push(route);
      }
    }
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => compareSpecificity(a.path, b.path));
    this.wildcard.sort((a, b) => compareSpecificity(a.path, b.path));
  }

  private *candidates(pathname: string): Generator<[Route, Record<string, string>]> {
    const clean = pathname.split('?')[0] as string;
    const parts = clean.replace(/\/$/, '').split('/');
    const first = parts[1] ?? '';
    const count = parts.length - 1;
    for (const list of [this.buckets.get(first) ?? [], this.wildcard]) {
      for (const route of list) {
        if (count < route.minSegments || count > route.maxSegments) continue;
        const params = route.path.match(clean);
        if (params) yield [route, params];
      }
    }
  }

  match(method: string, pathname: string): OperationRef | undefined {
    const m = method.toUpperCase();
    for (const [route, raw] of this.candidates(pathname)) {
      const entry = route.methods.get(m);
      if (entry)
        return {
          spec: this,
          method: m,
          template: entry.template,
          operationId: entry.operationId,
          params: decodeParams(raw),
        };
    }
    return undefined;
  }

  matchPaths(pathname: string): { template: string; methods: string[] }[] {
    return [...this.candidates(pathname)].map(([r]) => ({ template: r.path.template, methods: [...r.methods.keys()] }));
  }

  // ----- checking

  checkRequest(op: OperationRef, req: RequestToCheck): string[] {
    const entry = this.entryCache(op);
    const c = this.compile(entry);
    const out: string[] = [];
    if (c.compileError) out.push(`checker: ${c.compileError}`);
    if (req.method.toUpperCase() !== entry.method)
      out.push(`method ${req.method.toUpperCase()} is not ${entry.method}`);

    const rawPath = entry.path.match(req.pathname.split('?')[0] as string);
    if (!rawPath) out.push(`path ${req.pathname} does not fit ${entry.template}`);
    const pathParams = rawPath ? decodeParams(rawPath) : op.params;
    const query = toQueryMap(req.query);
    const headers = lowerHeaders(req.headers);

    for (const key of query.keys()) {
      if (!c.query.has(key)) out.push(`unknown query parameter "${key}"`);
    }
    for (const p of c.params) {
      let values: string[] | undefined;
      if (p.in === 'path') values = pathParams[p.name] === undefined ? undefined : [pathParams[p.name] as string];
      else if (p.in === 'query') values = query.get(p.name);
      else if (p.in === 'header') {
        const h = headers.get(p.name.toLowerCase());
        values = h === undefined ? undefined : [h];
      } else continue; // cookies: neither API uses them
      const where = `${p.in} parameter "${p.name}"`;
      // A trailing multi-segment parameter may be empty: GET /repos/o/r/contents lists the root, and is
      // what Octokit sends for getContent({ path: '' }).
      if (p.in === 'path' && values?.[0] === '' && entry.path.rank.at(-1) === 3 && entry.path.names.at(-1) === p.name)
        continue;
      if (values === undefined || (p.in === 'path' && values[0] === '')) {
        if (p.required) out.push(`missing required ${where}`);
        continue;
      }
      if (p.mediaTypes) {
        const t = mediaType(values[0]);
        if (!t || !p.mediaTypes.includes(t))
          out.push(`${where} must be ${p.mediaTypes.join(' or ')} (got ${show(values[0])})`);
        continue;
      }
      const coerced = coerceParam(p, values);
      if ('error' in coerced) {
        out.push(`${where} ${coerced.error}`);
        continue;
      }
      if (p.validate && !p.validate(coerced.value))
        out.push(...formatErrors(where, p.validate.errors ?? [], coerced.value));
    }

    const body = c.body;
    if (req.body === undefined) {
      if (body?.required) out.push('missing required request body');
    } else if (!body) {
      out.push(`${entry.method} ${entry.template} takes no request body`);
    } else {
      const ct = mediaType(headers.get('content-type'));
      if (ct && !body.mediaTypes.some((m) => mediaTypeMatches(m, ct))) {
        out.push(`request content-type ${ct} is not one of ${body.mediaTypes.join(', ')}`);
      } else if (body.json && (!ct || isJsonMediaType(ct))) {
        if (!body.json(req.body)) out.push(...formatErrors('request body', body.json.errors ?? [], req.body));
      }
    }
    return out.length > MAX_VIOLATIONS
      ? [...out.slice(0, MAX_VIOLATIONS), `… and ${out.length - MAX_VIOLATIONS} more`]
      : out;
  }

  checkResponse(op: OperationRef, res: ResponseToCheck, strictStatus: boolean): string[] {
    const entry = this.entryCache(op);
    const responses = isObj(entry.operation.responses) ? entry.operation.responses : {};
    const status = String(res.status);
    const key = [status, `${status[0]}XX`, `${status[0]}xx`, 'default'].find((k) => k in responses);
    if (key === undefined)
      return strictStatus ? [`status ${status} is not described for ${entry.method} ${entry.template}`] : [];
    const c = this.compile(entry);
    let validate = c.responses.get(key);
    if (validate === undefined) {
      validate = this.compileResponse(responses[key]);
      c.responses.set(key, validate);
    }
    const ct = mediaType(firstHeader(res.headers?.['content-type'] ?? res.headers?.['Content-Type']));
    if (res.body === undefined || validate === null || (ct && !isJsonMediaType(ct))) return [];
    if (validate(res.body)) return [];
    const out = formatErrors(`response ${status} body`, validate.errors ?? [], res.body);
    return out.length > MAX_VIOLATIONS
      ? [...out.slice(0, MAX_VIOLATIONS), `… and ${out.length - MAX_VIOLATIONS} more`]
      : out;
  }

  private entryCache(op: OperationRef): OperationEntry {
    const entry = this.byTemplate.get(op.template)?.methods.get(op.method.toUpperCase());
    if (!entry) throw new Error(`no operation ${op.method} ${op.template} in ${this.title}`);
    return entry;
  }

  // ----- compiling one operation

  private compile(entry: OperationEntry): CompiledOperation {
    if (entry.compiled) return entry.compiled;
    const t0 = performance.now();
    const c: CompiledOperation = { params: [], query: new Map(), responses: new Map() };
    try {
      const byKey = new Map<string, Obj>();
      for (const p of [...asArray(entry.pathItem.parameters), ...asArray(entry.operation.parameters)]) {
        const param = this.deref(p);
        if (isObj(param) && typeof param.name === 'string' && typeof param.in === 'string')
          byKey.set(`${param.in}:${param.name}`, param);
      }
      for (const param of byKey.values()) {
        const where = param.in as ParamCheck['in'];
        let schema = this.deref(param.schema);
        if (!isObj(schema) && isObj(param.content)) {
          const first = Object.values(param.content)[0];
          schema = isObj(first) ? this.deref(first.schema) : undefined;
        }
        let s = isObj(schema) ? schema : {};
        // Rails-style "name[]" parameters are arrays even where the description types them as one value
        // (PagerDuty's include[] on GET /oncalls): each repetition is checked against that type.
        if (String(param.name).endsWith('[]') && schemaType(s, (x) => this.deref(x)) !== 'array')
          s = { type: 'array', items: s };
        const type = schemaType(s, (x) => this.deref(x));
        const items = type === 'array' ? this.deref(s.items) : undefined;
        const style =
          typeof param.style === 'string' ? param.style : where === 'query' || where === 'cookie' ? 'form' : 'simple';
        const check: ParamCheck = {
          name: param.name as string,
          in: where,
          required: param.required === true || where === 'path',
          schema: s,
          array: type === 'array',
          itemType: isObj(items) ? schemaType(items, (x) => this.deref(x)) : undefined,
          type,
          explode: typeof param.explode === 'boolean' ? param.explode : style === 'form',
          separator: style === 'pipeDelimited' ? '|' : style === 'spaceDelimited' ? ' ' : ',',
          validate: undefined,
        };
        if (where === 'header' && check.name.toLowerCase() === 'content-type' && Array.isArray(s.enum)) {
          // Compared by media type: "application/json; charset=utf-8" is application/json.
          check.mediaTypes = s.enum.map((x) => String(x).toLowerCase());
        } else {
          const converted = this.convertTop(s, 'request');
          if (converted !== true && !(isObj(converted) && Object.keys(converted).length === 0))
            check.validate = this.ajv.compile(converted);
        }
        c.params.push(check);
        if (where === 'query') c.query.set(check.name, check);
      }
      const rb = this.deref(entry.operation.requestBody);
      if (isObj(rb)) {
        const content = isObj(rb.content) ? rb.content : {};
        const mediaTypes = Object.keys(content);
        const jsonType = mediaTypes.find(isJsonMediaType);
        const media = jsonType ? content[jsonType] : undefined;
        const schema = isObj(media) ? media.schema : undefined;
        c.body = { required: rb.required === true, mediaTypes };
        if (schema !== undefined) c.body.json = this.ajv.compile(this.convertTop(schema, 'request'));
      }
    } catch (e) {
      c.compileError = `could not compile ${entry.method} ${entry.template}: ${(e as Error).message}`;
      this.warnings.push(c.compileError);
    }
    entry.compiled = c;
    this.stats.compiledOperations++;
    this.stats.compileMs += performance.now() - t0;
    return c;
  }

  private compileResponse(raw: unknown): ValidateFunction | null {
    const t0 = performance.now();
    try {
      const res = this.deref(raw);
      const content = isObj(res) && isObj(res.content) ? res.content : {};
      const jsonType = Object.keys(content).find(isJsonMediaType);
      const media = jsonType ? content[jsonType] : undefined;
      if (!isObj(media) || media.schema === undefined) return null;
      return this.ajv.compile(this.convertTop(media.schema, 'response'));
    } catch (e) {
      this.warnings.push(`could not compile a response schema: ${(e as Error).message}`);
      return null;
    } finally {
      this.stats.compileMs += performance.now() - t0;
    }
  }

  // ----- schema conversion

  /** Converts a schema and adds every component it reaches to ajv (once per direction). */
  private convertTop(schema: unknown, dir: Direction): AnySchema {
    const out = this.convert(schema, dir);
    while (this.pending.length > 0) {
      const { id, ref, dir: d } = this.pending.pop() as { id: string; ref: string; dir: Direction };
      const target = this.resolveRef(ref);
      let converted: AnySchema;
      if (target === undefined) {
        this.warnings.push(`unresolvable $ref ${ref}: anything is accepted there`);
        converted = true;
      } else {
        converted = this.convert(target, d);
      }
      this.ajv.addSchema(converted, id);
    }
    return out;
  }

  private refId(ref: string, dir: Direction): string {
    const key = `${dir} ${ref}`;
    let id = this.refIds.get(key);
    if (!id) {
      id = `https://openapi.invalid/${dir}/${this.refIds.size}`;
      this.refIds.set(key, id);
      this.pending.push({ id, ref, dir });
    }
    return id;
  }

  private convert(node: unknown, dir: Direction): AnySchema {
    if (typeof node === 'boolean') return node;
    if (!isObj(node)) return true;
    if (typeof node.$ref === 'string') {
      if (!node.$ref.startsWith('#')) {
        this.warnings.push(`external $ref ${node.$ref}: anything is accepted there`);
        return true;
      }
      const ref: AnySchema = { $ref: this.refId(node.$ref, dir) };
      // OpenAPI 3.0 ignores siblings of $ref; `nullable` beside one is honoured as the obvious intent.
      return node.nullable === true ? { anyOf: [{ type: 'null' }, ref] } : ref;
    }
    const out: Obj = {};
    for (const [k, v] of Object.entries(node)) {
      switch (k) {
        case 'type':
          if (typeof v === 'string' && JSON_TYPES.has(v)) out.type = v;
          else if (Array.isArray(v) && v.every((t) => typeof t === 'string' && JSON_TYPES.has(t))) out.type = v;
          else this.warnings.push(`ignored invalid type ${JSON.stringify(v)}`);
          break;
        case 'format':
          if (typeof v === 'string') {
            if (!this.ajv.formats[v]) this.ajv.addFormat(v, true);
            out.format = v;
          }
          break;
        case 'pattern':
          if (typeof v === 'string' && compiles(v)) out.pattern = v;
          break;
        case 'enum':
        case 'const':
        case 'multipleOf':
        case 'maxLength':
        case 'minLength':
        case 'maxItems':
        case 'minItems':
        case 'uniqueItems':
        case 'maxProperties':
        case 'minProperties':
          out[k] = v;
          break;
        case 'maximum':
        case 'minimum':
          if (typeof v === 'number') out[k] = v;
          break;
        case 'properties':
        case 'patternProperties':
          if (isObj(v)) out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, this.convert(s, dir)]));
          break;
        case 'additionalProperties':
        case 'not':
          out[k] = typeof v === 'boolean' ? v : this.convert(v, dir);
          break;
        case 'items':
          out.items = Array.isArray(v) ? v.map((s) => this.convert(s, dir)) : this.convert(v, dir);
          break;
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
          if (Array.isArray(v)) out[k] = v.map((s) => this.convert(s, dir));
          break;
        case 'required':
          if (Array.isArray(v)) out.required = v.filter((name) => !this.excluded(node, String(name), dir));
          break;
        default:
        // description, title, default, example(s), xml, discriminator, externalDocs, deprecated,
        // readOnly, writeOnly, nullable (below), x-*: not validation keywords for ajv.
      }
    }
    // OpenAPI 3.0's boolean exclusive bounds → draft-07's numeric ones.
    for (const [ex, bound] of [
      ['exclusiveMaximum', 'maximum'],
      ['exclusiveMinimum', 'minimum'],
    ] as const) {
      const v = node[ex];
      if (v === true && typeof node[bound] === 'number') {
        out[ex] = node[bound];
        delete out[bound];
      } else if (typeof v === 'number') out[ex] = v;
    }
    if (node.nullable === true) {
      if (out.allOf || out.anyOf || out.oneOf || out.not) return { anyOf: [{ type: 'null' }, out] };
      if (typeof out.type === 'string') out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    }
    return out as AnySchema;
  }

  /** In requests, readOnly properties are never required; in responses, writeOnly ones. */
  private excluded(node: Obj, name: string, dir: Direction): boolean {
    const props = isObj(node.properties) ? node.properties : undefined;
    let prop: unknown = props?.[name];
    const flag = dir === 'request' ? 'readOnly' : 'writeOnly';
    for (let hops = 0; hops < 8 && isObj(prop); hops++) {
      if (prop[flag] === true) return true;
      if (typeof prop.$ref !== 'string') return false;
      prop = this.resolveRef(prop.$ref);
    }
    return false;
  }

  /** Follows `$ref`s (top-level only) to the object they name; cycles end in undefined. */
  private deref(node: unknown): unknown {
    const seen = new Set<string>();
    while (isObj(node) && typeof node.$ref === 'string') {
      if (seen.has(node.$ref)) return undefined;
      seen.add(node.$ref);
      node = this.resolveRef(node.$ref);
    }
    return node;
  }

  /**
   * Resolves a local reference by JSON pointer, including pointers into the middle of other schemas
   * (`#/components/schemas/Tag/allOf/0`); `$ref`s met on the way are followed. Undefined when missing
   * or cyclic.
   */
  private resolveRef(ref: string, seen: Set<string> = new Set()): unknown {
    if (seen.has(ref) || seen.size > 32) return undefined;
    seen.add(ref);
    const hash = ref.indexOf('#');
    const pointer = hash >= 0 ? ref.slice(hash + 1) : ref;
    let node: unknown = this.doc;
    for (const raw of pointer.split('/').slice(1)) {
      const key = unescapePointer(safeDecode(raw));
      if (isObj(node) && typeof node.$ref === 'string') node = this.resolveRef(node.$ref, seen);
      if (Array.isArray(node)) node = node[Number(key)];
      else if (isObj(node)) node = node[key];
      else return undefined;
    }
    return node;
  }
}

// ---------------------------------------------------------------------------------------------------
// Helpers

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function decodeParams(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) out[k] = safeDecode(v);
  return out;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** The JSON type a (possibly composed) schema expects, for turning query strings into values. */
function schemaType(s: Obj, deref: (x: unknown) => unknown, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') as string | undefined;
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const types = asArray(s[k]).map((sub) => {
      const d = deref(sub);
      return isObj(d) ? schemaType(d, deref, depth + 1) : undefined;
    });
    // "An id, or a file name" (oneOf integer, string): any text is one of them, so take it as text.
    if (k !== 'allOf' && types.includes('string')) return 'string';
    const t = types.find((x) => x !== undefined);
    if (t) return t;
  }
  return undefined;
}

function coerceScalar(raw: string, type: string | undefined): { value: unknown } | { error: string } {
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(raw.trim())
        ? { value: Number(raw) }
        : { error: `must be an integer (got ${JSON.stringify(raw)})` };
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw))
        ? { value: Number(raw) }
        : { error: `must be a number (got ${JSON.stringify(raw)})` };
    case 'boolean':
      return raw === 'true' || raw === 'false'
        ? { value: raw === 'true' }
        : { error: `must be true or false (got ${JSON.stringify(raw)})` };
    default:
      return { value: raw };
  }
}

function coerceParam(p: ParamCheck, values: string[]): { value: unknown } | { error: string } {
  if (p.array) {
    const items = p.explode && p.in === 'query' ? values : values.flatMap((v) => v.split(p.separator));
    const out: unknown[] = [];
    for (const item of items) {
      const c = coerceScalar(item, p.itemType);
      if ('error' in c) return { error: `item ${c.error}` };
      out.push(c.value);
    }
    return { value: out };
  }
  if (values.length > 1) return { error: `is given ${values.length} times but takes one value` };
  return coerceScalar(values[0] as string, p.type);
}

function toQueryMap(q: RequestToCheck['query']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (k: string, v: string) => {
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  };
  if (q === undefined) return out;
  if (typeof q === 'string') q = new URLSearchParams(q.startsWith('?') ? q.slice(1) : q);
  if (q instanceof URLSearchParams) {
    for (const [k, v] of q) add(k, v);
    return out;
  }
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) add(k, x);
  }
  return out;
}

function firstHeader(v: string | string[] | number | undefined): string | undefined {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v[0] : String(v);
}

function lowerHeaders(h: RequestToCheck['headers']): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(h ?? {})) {
    const s = firstHeader(v);
    if (s !== undefined) out.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : s);
  }
  return out;
}

function mediaType(v: string | undefined): string | undefined {
  const t = v?.split(';')[0]?.trim().toLowerCase();
  return t ? t : undefined;
}

function isJsonMediaType(t: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json$/i.test(t.split(';')[0]?.trim() ?? '') || t === '*/*';
}

function mediaTypeMatches(declared: string, actual: string): boolean {
  const d = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  if (d === actual || d === '*/*') return true;
  const [dt, ds] = d.split('/');
  const [at] = actual.split('/');
  return ds === '*' && dt === at;
}

/** ajv's errors as sentences, without the noise of the null branch that `nullable` adds. */
function formatErrors(where: string, errors: ErrorObject[], root: unknown): string[] {
  const kept = errors.filter((e) => !(e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null'));
  const out = new Set<string>();
  for (const e of kept) {
    if (
      (e.keyword === 'anyOf' || e.keyword === 'oneOf') &&
      e.params &&
      kept.some(
        (o) => o !== e && o.instancePath.startsWith(e.instancePath) && o.keyword !== 'anyOf' && o.keyword !== 'oneOf',
      )
    ) {
      continue;
    }
    const at = e.instancePath ? `${where} ${e.instancePath}` : where;
    const p = e.params as Record<string, unknown>;
    const data = atPointer(root, e.instancePath);
    switch (e.keyword) {
      case 'required':
        out.add(`${at} is missing required property "${String(p.missingProperty)}"`);
        break;
      case 'additionalProperties':
        out.add(`${at} has unknown property "${String(p.additionalProperty)}"`);
        break;
      case 'enum':
        out.add(
          `${at} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${show(data)})`,
        );
        break;
      case 'type':
        out.add(`${at} must be ${String(p.type)} (got ${show(data)})`);
        break;
      case 'format':
        out.add(`${at} must be a valid ${String(p.format)} (got ${show(data)})`);
        break;
      default:
        out.add(
          `${at} ${e.message ?? e.keyword}${data !== undefined && typeof data !== 'object' ? ` (got ${show(data)})` : ''}`,
        );
    }
  }
  return [...out];
}

function atPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = unescapePointer(raw);
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObj(node)) node = node[key];
    else return undefined;
  }
  return node;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
