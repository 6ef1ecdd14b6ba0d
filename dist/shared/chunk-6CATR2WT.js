import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  POLICY_DIR,
  SWAPS,
  __toESM,
  countFindings,
  require_picocolors
} from "./chunk-VZ6FXTHJ.js";

// src/io/read-policy.ts
import { lstat, open, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
var IGNORED = /^(\..*|README(\.md)?|.*\.md)$/i;
async function readPolicyFiles(root) {
  return [...await readFolder(root, POLICY_DIR), ...await readFolder(root, SWAPS.dir)];
}
async function readFolder(root, folder) {
  let names;
  try {
    names = (await readdir(join(root, folder))).sort();
  } catch {
    return [];
  }
  const files = [];
  for (const name of names) {
    if (IGNORED.test(name)) continue;
    const full = join(root, folder, name);
    const info = await lstat(full);
    if (!info.isFile()) continue;
    files.push({ path: `${folder}/${name}`, bytes: await readCapped(full) });
  }
  return files;
}
async function readCapped(path) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function findPolicyRoot(from) {
  let dir = resolve(from);
  for (; ; ) {
    try {
      if ((await lstat(join(dir, POLICY_DIR))).isDirectory()) return dir;
    } catch {
    }
    const parent = resolve(dir, "..");
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

// src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function renderText(findings, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const lines = [];
  let current;
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== void 0) lines.push("");
      lines.push(c.underline(f.file));
      current = f.file;
    }
    const where = `${f.line}:${f.column}`.padEnd(7);
    const severity = f.severity === "error" ? c.red("error  ") : f.severity === "warning" ? c.yellow("warning") : c.blue("notice ");
    lines.push(`  ${c.dim(where)} ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
  }
  const counts = countFindings(findings);
  const checked = `${options.files} file${options.files === 1 ? "" : "s"} checked`;
  if (findings.length === 0) {
    lines.push(c.green(`\u2714 ${checked}: no problems.`));
  } else {
    if (lines.length) lines.push("");
    const parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
    if (counts.notice) parts.push(plural(counts.notice, "notice"));
    const mark = counts.error ? c.red("\u2716") : c.yellow("\u26A0");
    lines.push(`${mark} ${plural(findings.length, "problem")} (${parts.join(", ")}) in ${checked}.`);
  }
  return lines.join("\n") + "\n";
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export {
  readPolicyFiles,
  findPolicyRoot,
  renderText
};
