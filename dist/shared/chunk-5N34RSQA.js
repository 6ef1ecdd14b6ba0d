import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  maxBytesOf
} from "./chunk-DQA6EP7E.js";
import {
  POLICY_DIR,
  POSTMORTEMS,
  SWAPS,
  TIME_OFF
} from "./chunk-RWRK4OFQ.js";

// src/io/read-policy.ts
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
var IGNORED = /^(\..*|README(\.md)?|.*\.md)$/i;
async function readPolicyFiles(root, options = {}) {
  return [
    ...await readFolder(root, POLICY_DIR),
    ...await readFolder(root, SWAPS.dir),
    ...await readFolder(root, TIME_OFF.dir),
    // Any depth and any case: a postmortem filed under postmortems/2026/ or named *.MD is still checked.
    ...options.postmortems === false ? [] : await readFolder(root, POSTMORTEMS.dir, /\.md$/i, true),
    ...await readFolder(root, "docs", /^on-call\.md$/),
    ...await readAttributes(root)
  ];
}
async function readAttributes(root) {
  const only = /^\.gitattributes$/;
  const nested = await Promise.all(
    [POLICY_DIR, POSTMORTEMS.dir, "docs"].map((folder) => readFolder(root, folder, only, true))
  );
  const top = (await readFolder(root, ".", only)).map((f) => ({ ...f, path: f.path.replace(/^\.\//, "") }));
  return [...top, ...nested.flat()];
}
async function readFolder(root, folder, only, recursive = false) {
  let entries;
  const base = join(root, folder);
  try {
    entries = await readdir(base, { withFileTypes: true, recursive });
  } catch {
    return [];
  }
  const names = entries.filter((e) => e.isFile() && (only ? only.test(e.name) : !IGNORED.test(e.name))).map((e) => relative(base, join(e.parentPath, e.name)).split(sep).join("/")).sort();
  const files = new Array(names.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < names.length; i = next++)
      files[i] = {
        path: `${folder}/${names[i]}`,
        bytes: await readCapped(join(root, folder, names[i]), maxBytesOf(`${folder}/${names[i]}`))
      };
  };
  await Promise.all(Array.from({ length: Math.min(16, names.length) }, reader));
  return files;
}
async function readCapped(path, limit) {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      length += bytesRead;
      if (bytesRead === 0 || length === buffer.length) break;
    }
    return buffer.subarray(0, length);
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
function repoPathExists(root) {
  return (path) => !path.startsWith("..") && existsSync(join(root, path));
}
function firstCommitTimes(root) {
  let added;
  return (file) => {
    if (!added) {
      added = /* @__PURE__ */ new Map();
      try {
        const out = execFileSync(
          "git",
          ["log", "--diff-filter=A", "--name-only", "--format=%x00%cI", "--", POSTMORTEMS.dir],
          { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 }
        );
        for (const entry of out.split("\0").slice(1)) {
          const [date, ...paths] = entry.trim().split("\n");
          for (const p of paths.filter(Boolean)) added.set(p, Math.min(added.get(p) ?? Infinity, Date.parse(date)));
        }
      } catch {
      }
    }
    return added.get(file);
  };
}

export {
  readPolicyFiles,
  findPolicyRoot,
  repoPathExists,
  firstCommitTimes
};
