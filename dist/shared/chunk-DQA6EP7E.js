import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-RWRK4OFQ.js";
import {
  __toESM
} from "./chunk-HPB5NIOG.js";

// src/model/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/model/source.ts
var import_yaml = __toESM(require_dist(), 1);
function spanAt(file, offset, endOffset = offset + 1) {
  const start = file.lineCounter.linePos(offset);
  const end = file.lineCounter.linePos(Math.max(offset, endOffset));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function locate(file, path, options = {}) {
  const root = file.doc?.contents;
  if (!root) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let node = root;
  let pair;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next.node;
    pair = next.pair;
  }
  const target = options.key && pair && (0, import_yaml.isScalar)(pair.key) ? pair.key : node;
  const range = target.range ?? [0, 0, 0];
  if (range[1] > range[0]) return spanAt(file, range[0], range[1]);
  let at = range[0];
  while (at < file.text.length && (file.text[at] === " " || file.text[at] === "	")) at++;
  return spanAt(file, at, at + 1);
}
var pairsByKey = /* @__PURE__ */ new WeakMap();
function pairOf(map, key) {
  let index = pairsByKey.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const item of map.items)
      if ((0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key)) {
        const k = String(item.key.value ?? "");
        if (!index.has(k)) index.set(k, item);
      }
    pairsByKey.set(map, index);
  }
  return index.get(key);
}
function child(node, segment) {
  if ((0, import_yaml.isMap)(node)) {
    const item = pairOf(node, String(segment));
    if (!item) return void 0;
    const value = item.value;
    const empty = !value || !value.range || (0, import_yaml.isScalar)(value) && value.value === null && value.range[0] === value.range[1];
    return { node: empty ? item.key : value, pair: item };
  }
  if ((0, import_yaml.isSeq)(node)) {
    const item = node.items[Number(segment)];
    return item && item.range ? { node: item } : void 0;
  }
  return void 0;
}

// src/model/parse.ts
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_SWAP_BYTES = 64 * 1024;
function maxBytesOf(path) {
  return path.startsWith("oncall/swaps/") || path.startsWith("oncall/time-off/") ? MAX_SWAP_BYTES : MAX_FILE_BYTES;
}
var MAX_REPORTED = 100;
var MAX_ALIAS_COUNT = 100;
function parseYamlFile(path, bytes) {
  const lineCounter = new import_yaml2.LineCounter();
  const bare = { path, text: "", lineCounter };
  const at = (line) => ({ file: path, line, column: 1, endLine: line, endColumn: 1 });
  const limit = maxBytesOf(path);
  if (bytes.length > limit) {
    return {
      source: bare,
      findings: [
        {
          ruleId: "file/too-large",
          severity: "error",
          message: limit === MAX_FILE_BYTES ? `The file is larger than ${MAX_FILE_BYTES} bytes (1 MiB), the most a policy file may be. Split it or remove what does not belong.` : `The swap file is larger than ${limit} bytes (64 KiB); a swap is a few lines. Remove what does not belong.`,
          ...at(1)
        }
      ]
    };
  }
  const notText = notTextFinding(path, bytes);
  if (notText) return { source: bare, findings: [notText] };
  const text = new TextDecoder("utf-8").decode(bytes);
  const source = { path, text, lineCounter };
  let doc;
  try {
    doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: "error" });
  } catch (error) {
    return {
      source,
      findings: [
        {
          ruleId: "yaml/syntax",
          severity: "error",
          message: `The file cannot be parsed as YAML (${error.message}). Simplify its structure.`,
          ...at(1)
        }
      ]
    };
  }
  source.doc = doc;
  const { duplicates, complexKeys } = inspectKeys(doc);
  const errors = [...doc.errors, ...duplicates];
  const findings = [
    ...syntaxFindings(source, errors),
    ...reported(doc.warnings, (e) => yamlFinding(source, e, "warning"), "YAML warnings")
  ];
  if (errors.length > 0) return { source, findings };
  if (complexKeys.length > 0) {
    for (const offset of complexKeys.slice(0, MAX_REPORTED))
      findings.push({
        ruleId: "yaml/complex-key",
        severity: "error",
        message: "A key here is a list, a mapping or an alias; policy keys are plain names. Write the key as text.",
        file: path,
        ...spanAt(source, offset)
      });
    return { source, findings };
  }
  if (doc.contents === null) {
    findings.push({
      ruleId: "file/empty",
      severity: "error",
      message: "The file has no content. Fill it in (see its schema in schemas/) or delete it.",
      ...at(1)
    });
    return { source, findings };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { source, data, findings };
  } catch (error) {
    const alias = firstAliasOffset(doc);
    findings.push({
      ruleId: alias !== void 0 ? "yaml/alias-limit" : "yaml/syntax",
      severity: "error",
      message: alias !== void 0 ? `The file's aliases (*name) expand too far (${error.message}). Write the values out instead of nesting aliases.` : `The file cannot be read as data: ${error.message}.`,
      file: path,
      ...spanAt(source, alias ?? 0)
    });
    return { source, findings };
  }
}
function inspectKeys(doc) {
  const duplicates = [];
  const complexKeys = [];
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!(0, import_yaml2.isCollection)(node)) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const item of node.items) {
      if (!(0, import_yaml2.isPair)(item)) {
        stack.push(item);
        continue;
      }
      const key = item.key;
      if ((0, import_yaml2.isMap)(node) && (0, import_yaml2.isScalar)(key) && !Number.isNaN(key.value)) {
        const start = key.range?.[0] ?? 0;
        if (seen.has(key.value))
          duplicates.push(new import_yaml2.YAMLParseError([start, start + 1], "DUPLICATE_KEY", "Map keys must be unique"));
        seen.add(key.value);
      } else if ((0, import_yaml2.isCollection)(key) || (0, import_yaml2.isAlias)(key)) complexKeys.push(key.range?.[0] ?? 0);
      stack.push(item.key, item.value);
    }
  }
  return { duplicates: duplicates.sort((a, b) => a.pos[0] - b.pos[0]), complexKeys: complexKeys.sort((a, b) => a - b) };
}
function firstAliasOffset(doc) {
  let offset;
  (0, import_yaml2.visit)(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return import_yaml2.visit.BREAK;
    }
  });
  return offset;
}
function syntaxFindings(source, errors) {
  const syntax = errors.filter((e) => e.code !== "DUPLICATE_KEY");
  if (syntax.length === 0) return reported(errors, (e) => yamlFinding(source, e, "error"), "repeated keys");
  const first = [...syntax].sort((a, b) => a.pos[0] - b.pos[0])[0];
  const finding = yamlFinding(source, first, "error");
  if (errors.length > 1)
    finding.message += ` (${errors.length - 1} more YAML error${errors.length === 2 ? "" : "s"} may follow from this one: fix it first.)`;
  return [finding];
}
function reported(errors, toFinding, what) {
  const shown = errors.slice(0, MAX_REPORTED).map(toFinding);
  if (errors.length > MAX_REPORTED)
    shown[MAX_REPORTED - 1].message += ` (${errors.length - MAX_REPORTED} more ${what} follow in this file; only the first ${MAX_REPORTED} are listed.)`;
  return shown;
}
var YAML_HINTS = [
  [/^Map keys must be unique/, "Each key may appear once in a mapping; remove or rename the repeat."],
  [/tab/i, "YAML indents with spaces only; replace the tabs with spaces."],
  [/end with a [\]}]/, "The bracket opened here is never closed: add the closing bracket (or brace)."],
  [/^Missing closing .?quote/, "The quote opened here is never closed: add the closing quote."],
  [/Source contains multiple documents/, "A policy file holds one document; remove the extra `---` section."],
  [
    /Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/,
    "This line is indented further than its siblings, so YAML reads it as part of the value above. Align it with the keys above."
  ],
  [/Sequence item without - indicator/, "Check the indentation of this line against the list items above it."],
  [
    /Implicit map keys need to be followed by map values/,
    "A key needs a colon after it; check for a missing colon or a stray line."
  ],
  [/sufficiently indented|indentation|indent/i, "Check the indentation of this line against the lines above it."],
  [/Unexpected/, 'Check for a stray character, a missing colon, or an unquoted value with ": " in it.'],
  [/Maximum call stack/, "The data is nested far too deeply to be a policy; flatten it."]
];
function yamlFinding(source, e, severity) {
  const duplicate = e.code === "DUPLICATE_KEY";
  const message = e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, "").trim();
  const hint = YAML_HINTS.find(([re]) => re.test(message))?.[1];
  const [start, end] = wherePersonEdits(source.text, message, e.pos);
  return {
    ruleId: duplicate ? "yaml/duplicate-key" : severity === "warning" ? "yaml/warning" : "yaml/syntax",
    severity,
    message: `${message.replace(/\.$/, "")}.${hint ? ` ${hint}` : ""}`,
    file: source.path,
    ...spanAt(source, start, end)
  };
}
function wherePersonEdits(text, message, pos) {
  const bracket = /end with a ([\]}])/.exec(message);
  if (bracket) {
    const open = unclosedOpener(text, pos[0], bracket[1] === "]" ? "[" : "{", bracket[1]);
    if (open !== void 0) return [open, open + 1];
  }
  const quote = /^Missing closing (["'])?quote/.exec(message);
  if (quote) {
    const q = quote[1] ?? (message.includes("'") ? "'" : '"');
    const open = openingQuote(text, pos[0], q);
    if (open !== void 0) return [open, open + 1];
  }
  if (/Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/.test(message)) {
    const nextLine = text.indexOf("\n", pos[0]);
    const sameLine = text.slice(pos[0], nextLine < 0 ? void 0 : nextLine);
    if (nextLine >= 0 && !/:(\s|$)/.test(sameLine)) {
      const indent = /^[ \t]*/.exec(text.slice(nextLine + 1))[0].length;
      const lineStart = nextLine + 1 + indent;
      if (lineStart < text.length) return [lineStart, lineStart + 1];
    }
  }
  return pos;
}
function unclosedOpener(text, from, open, close) {
  let depth = 0;
  for (let i = Math.min(from, text.length) - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return void 0;
}
function openingQuote(text, from, quote) {
  for (let i = Math.min(from, text.length) - 1; i >= 0; i--) {
    if (text[i] === quote && (i === 0 || /[\s:\-[{,]/.test(text[i - 1]))) return i;
  }
  return void 0;
}
function notTextFinding(path, bytes) {
  const line = firstNonTextLine(bytes);
  if (line === void 0) return void 0;
  return {
    ruleId: "file/not-text",
    severity: "error",
    message: `Line ${line} holds bytes that are not UTF-8 text (binary data or a NUL byte). Policy files must be UTF-8 text; re-save it as UTF-8.`,
    file: path,
    line,
    column: 1,
    endLine: line,
    endColumn: 1
  };
}
function firstNonTextLine(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      const slice = bytes.subarray(start, i);
      if (slice.includes(0)) return line;
      try {
        decoder.decode(slice);
      } catch {
        return line;
      }
      line += 1;
      start = i + 1;
    }
  }
  return void 0;
}

export {
  locate,
  maxBytesOf,
  parseYamlFile,
  notTextFinding
};
