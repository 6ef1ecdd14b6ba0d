import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/util/redact.ts
var REDACTED = "***";
var MIN_LENGTH = 6;
function secretForms(secret) {
  const forms = /* @__PURE__ */ new Set([
    secret,
    ...secret.split(/\r?\n|\r/),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1)
  ]);
  const bytes = Buffer.from(secret, "utf8");
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    const inner = encoded.slice(Math.ceil(8 * shift / 6), Math.floor(8 * (shift + bytes.length) / 6));
    forms.add(inner);
    forms.add(inner.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...forms].filter((f) => f.trim().length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
}
function redact(text, secrets) {
  let out = text;
  for (const secret of secrets)
    if (secret) for (const form of secretForms(secret)) out = out.split(form).join(REDACTED);
  return out;
}
function redactError(error, secrets) {
  if (!(error instanceof Error)) return error;
  for (const key of /* @__PURE__ */ new Set(["message", "stack", ...Object.getOwnPropertyNames(error)])) {
    const value = error[key];
    if (value instanceof Error) {
      if (value !== error) redactError(value, secrets);
      continue;
    }
    const clean = typeof value === "string" ? redact(value, secrets) : typeof value === "object" && value !== null ? redactJson(value, secrets) : value;
    if (clean === value) continue;
    const enumerable = Object.getOwnPropertyDescriptor(error, key)?.enumerable ?? false;
    Object.defineProperty(error, key, { value: clean, writable: true, configurable: true, enumerable });
  }
  return error;
}
function redactJson(value, secrets) {
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    return value;
  }
  if (text === void 0 || redact(text, secrets) === text) return value;
  try {
    return JSON.parse(redact(text, secrets));
  } catch {
    return redact(text, secrets);
  }
}

export {
  redact,
  redactError
};
