/**
 * Secrets out of text this process did not write: a server's error body may echo the request,
 * Authorization included, and fetch quotes a header value or URL it refuses. The runner masks what it
 * was told with `::add-mask::`, but only in the log, and only the forms it knows; redacting before
 * printing also covers the job summary, outputs and local runs.
 */

const REDACTED = '***';
/** Shorter than this, a "secret" is a test stand-in, and replacing it would mangle every message. */
const MIN_LENGTH = 6;

/**
 * The forms a secret travels in: as is, each of its lines (the runner masks the log line by line),
 * percent-encoded, JSON-escaped, and inside base64 at each of the three byte alignments (a Basic
 * header encodes `user:token`), keeping only the characters that depend on the secret alone.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set([
    secret,
    ...secret.split(/\r?\n|\r/),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ]);
  const bytes = Buffer.from(secret, 'utf8');
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const inner = encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
    forms.add(inner);
    forms.add(inner.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...forms].filter((f) => f.trim().length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
}

export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets)
    if (secret) for (const form of secretForms(secret)) out = out.split(form).join(REDACTED);
  return out;
}

/**
 * The error, with the secrets taken out of everything a caller might print or inspect: its message
 * and stack, its cause (fetch's TypeError quoting the header), and whatever else it carries (the
 * request and response of an Octokit error, which redacts a one-line Authorization header only; the
 * `input` of Node's URL error). Changed in place, so the error keeps its class and status.
 */
export function redactError<T>(error: T, secrets: readonly (string | undefined)[]): T {
  if (!(error instanceof Error)) return error;
  for (const key of new Set(['message', 'stack', ...Object.getOwnPropertyNames(error)])) {
    const value: unknown = (error as unknown as Record<string, unknown>)[key];
    if (value instanceof Error) {
      if (value !== error) redactError(value, secrets);
      continue;
    }
    const clean =
      typeof value === 'string'
        ? redact(value, secrets)
        : typeof value === 'object' && value !== null
          ? redactJson(value, secrets)
          : value;
    if (clean === value) continue;
    const enumerable = Object.getOwnPropertyDescriptor(error, key)?.enumerable ?? false;
    Object.defineProperty(error, key, { value: clean, writable: true, configurable: true, enumerable });
  }
  return error;
}

/** The value itself when it holds no secret (most do), else a redacted copy of its data. */
function redactJson(value: unknown, secrets: readonly (string | undefined)[]): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return value; // not data (a cycle): left as it is
  }
  if (text === undefined || redact(text, secrets) === text) return value;
  try {
    return JSON.parse(redact(text, secrets)) as unknown;
  } catch {
    return redact(text, secrets);
  }
}
