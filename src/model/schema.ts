/**
 * JSON Schema checks with ajv, and the translation of ajv's errors into Findings that point at the
 * offending YAML node and say how to fix it.
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Finding } from '../render/finding.js';
import { isLocalDateTime, isTimeZone } from '../util/time.js';
import { KINDS, POSTMORTEMS, SWAPS, TIME_OFF, type SchemaName } from './kinds.js';
import { locate, type Path, type SourceFile } from './source.js';
import createValidators from './validators.generated.js';
import { closest, describePath, quoteList } from './wording.js';
import { ONE_LINE_PATTERN } from './limits.js';

let validators: Map<SchemaName, ValidateFunction> | undefined;

/**
 * The schemas' validators, compiled at build time by scripts/gen-validators.mjs (ajv's compiler
 * costs more than everything else at start-up); instantiated once per process, on first use.
 */
export function validatorFor(kind: SchemaName): ValidateFunction {
  if (!validators) {
    const byFile = createValidators({
      ...fullFormats,
      'iana-time-zone': { type: 'string', validate: isTimeZone },
      'local-date-time': { type: 'string', validate: isLocalDateTime },
    });
    validators = new Map([...KINDS, SWAPS, TIME_OFF, POSTMORTEMS].map((k) => [k.kind, byFile[k.schemaFile]!]));
  }
  const v = validators.get(kind);
  if (!v) throw new Error(`no schema for ${kind}`);
  return v;
}

export function checkSchema(file: SourceFile, kind: SchemaName, data: unknown): Finding[] {
  const validate = validatorFor(kind);
  if (validate(data)) return [];
  const errors = simplify(validate.errors ?? []);
  return errors.map((e) => toFinding(file, e));
}

/** ajv reports a bad property name twice (the name's own check and propertyNames); keep the first. */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'propertyNames') continue;
    if (e.keyword === 'if') continue;
    const key = `${e.instancePath}|${e.keyword}|${e.propertyName ?? ''}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function toFinding(file: SourceFile, e: ErrorObject): Finding {
  let path: Path = pointerToPath(e.instancePath);
  let key = false;
  const where = describePath(path);
  const desc = (e.parentSchema as { description?: string } | undefined)?.description;
  let ruleId = `schema/${e.keyword}`;
  let message: string;
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String((e.params as { additionalProperty: string }).additionalProperty);
      path = [...path, prop];
      key = true;
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const guess = closest(prop, allowed);
      message =
        `Unknown property "${prop}" in ${where}` +
        (guess ? `: did you mean "${guess}"?` : allowed.length ? `. Allowed here: ${quoteList(allowed)}.` : '.') +
        ' Remove it or correct its name.';
      ruleId = 'schema/unknown-property';
      break;
    }
    case 'required': {
      const prop = (e.params as { missingProperty: string }).missingProperty;
      message = `${where} is missing the required property "${prop}". Add it.`;
      break;
    }
    case 'type': {
      const expected = (e.params as { type: string | string[] }).type;
      message = `${where} must be ${article(expected)}, not ${describeValue(e.data)}.`;
      break;
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      message =
        `${where} is ${describeValue(e.data)}; it must be one of ${quoteList(allowed)}.` +
        (guess ? ` Did you mean "${guess}"?` : '');
      break;
    }
    case 'format':
      message = formatMessage(where, e);
      break;
    case 'pattern':
      if (e.schema === ONE_LINE_PATTERN && typeof e.data === 'string') {
        message = `${where} holds ${controlAt(e.data)}. Write it on one line of plain text.`;
      } else if (e.propertyName !== undefined) {
        path = [...path, e.propertyName];
        key = true;
        message = `The key "${e.propertyName}" in ${where} is not a valid name.` + (desc ? ` ${desc}` : '');
      } else {
        message = `${where} is ${describeValue(e.data)}, which is not valid.` + (desc ? ` ${desc}` : '');
      }
      break;
    case 'minItems':
      message = `${where} needs at least ${(e.params as { limit: number }).limit} item(s).`;
      break;
    case 'maxItems':
      message = `${where} may have at most ${(e.params as { limit: number }).limit} items.`;
      break;
    case 'minProperties':
    case 'maxProperties': {
      const props = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const limit = (e.params as { limit: number }).limit;
      message =
        limit === 1 && (e.parentSchema as { maxProperties?: number }).maxProperties === 1
          ? `${where} must set exactly one of ${quoteList(props)}.`
          : `${where} must have ${e.keyword === 'minProperties' ? 'at least' : 'at most'} ${limit} entr${limit === 1 ? 'y' : 'ies'}.`;
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      message = `${where} is ${describeValue(e.data)}; it ${e.message ?? 'is out of range'}.`;
      break;
    case 'minLength':
      message = `${where} must not be empty.`;
      break;
    case 'maxLength': {
      const limit = (e.params as { limit: number }).limit;
      const length = typeof e.data === 'string' ? [...e.data].length : 0;
      message = `${where} is ${length} characters long; at most ${limit} are allowed. Shorten it.`;
      break;
    }
    case 'uniqueItems':
      message = `${where} lists the same value twice (items ${(e.params as { j: number; i: number }).j + 1} and ${(e.params as { i: number }).i + 1}). Remove the repeat.`;
      break;
    default:
      message = `${where} ${e.message ?? 'is invalid'}.`;
  }
  const span = locate(file, path, { key });
  return { ruleId, severity: 'error', message, file: file.path, ...span };
}

function formatMessage(where: string, e: ErrorObject): string {
  const format = (e.params as { format: string }).format;
  const value = describeValue(e.data);
  switch (format) {
    case 'date':
      return `${where} is ${value}, which is not a real calendar date. Write YYYY-MM-DD, e.g. 2026-01-04.`;
    case 'iana-time-zone':
      return `${where} is ${value}, which is not an IANA time zone. Use a name such as Etc/UTC, Europe/London or America/New_York, spelt exactly.`;
    case 'local-date-time':
      return `${where} is ${value}, which is not a real date and time. Write YYYY-MM-DDTHH:MM, e.g. 2026-01-04T10:00.`;
    case 'date-time':
      return `${where} is ${value}, which is not an instant. Write the date, time and UTC offset, e.g. 2026-12-13T10:00:00Z.`;
    case 'email':
      return `${where} is ${value}, which is not an email address.`;
    case 'uri':
      return `${where} is ${value}, which is not an absolute URL. Write it with its scheme, e.g. https://….`;
    default:
      return `${where} is ${value}, which is not a valid ${format}.`;
  }
}

function article(type: string | string[]): string {
  const t = Array.isArray(type) ? type.join(' or ') : type;
  const names: Record<string, string> = {
    object: 'a mapping (key: value)',
    array: 'a list',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[t] ?? `a ${t}`;
}

/** The first character the one-line pattern refuses, named and placed, since it is often invisible. */
function controlAt(text: string): string {
  const chars = [...text];
  const i = chars.findIndex((c) => !new RegExp(ONE_LINE_PATTERN, 'u').test(c));
  const c = chars[i] ?? '';
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = c === '\n' || c === '\r' ? 'a line break' : c === '\t' ? 'a tab' : `the invisible character ${code}`;
  return `${what} at character ${i + 1}`;
}

function describeValue(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  return String(v);
}
