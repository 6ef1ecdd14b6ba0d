import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  POLICY_DIR,
  SWAPS
} from "./chunk-IV27TOSN.js";

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

export {
  readPolicyFiles,
  findPolicyRoot
};
