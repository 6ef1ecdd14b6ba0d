/**
 * Reads the policy files under a root. The only module of the loading path that touches the disk;
 * everything after it works on the bytes it returns.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, type Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { POLICY_DIR, POSTMORTEMS, SWAPS, TIME_OFF } from '../model/kinds.js';
import type { RawFile } from '../model/load.js';
import { maxBytesOf } from '../model/parse.js';

/** Files under oncall/ that are documentation or tooling, not policy. */
const IGNORED = /^(\..*|README(\.md)?|.*\.md)$/i;

/** `postmortems: false` for commands that only ask who is on call: postmortems have no say in it. */
export async function readPolicyFiles(root: string, options: { postmortems?: boolean } = {}): Promise<RawFile[]> {
  return [
    ...(await readFolder(root, POLICY_DIR)),
    ...(await readFolder(root, SWAPS.dir)),
    ...(await readFolder(root, TIME_OFF.dir)),
    // Any depth and any case: a postmortem filed under postmortems/2026/ or named *.MD is still checked.
    ...(options.postmortems === false ? [] : await readFolder(root, POSTMORTEMS.dir, /\.md$/i, true)),
    ...(await readFolder(root, 'docs', /^on-call\.md$/)),
    ...(await readAttributes(root)),
  ];
}

/** Every .gitattributes git applies to a file read above: the root's and any below those folders. */
async function readAttributes(root: string): Promise<RawFile[]> {
  const only = /^\.gitattributes$/;
  const nested = await Promise.all(
    [POLICY_DIR, POSTMORTEMS.dir, 'docs'].map((folder) => readFolder(root, folder, only, true)),
  );
  const top = (await readFolder(root, '.', only)).map((f) => ({ ...f, path: f.path.replace(/^\.\//, '') }));
  return [...top, ...nested.flat()];
}

async function readFolder(root: string, folder: string, only?: RegExp, recursive = false): Promise<RawFile[]> {
  let entries: Dirent[];
  const base = join(root, folder);
  try {
    entries = await readdir(base, { withFileTypes: true, recursive });
  } catch {
    return [];
  }
  // Symlinks could point outside the repository; policy is plain files only (a Dirent is not followed,
  // and a recursive listing does not descend into a linked folder).
  const names = entries
    .filter((e) => e.isFile() && (only ? only.test(e.name) : !IGNORED.test(e.name)))
    .map((e) => relative(base, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  const files: RawFile[] = new Array(names.length);
  // A few reads in flight at once keep the disk busy without opening thousands of handles.
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < names.length; i = next++)
      files[i] = {
        path: `${folder}/${names[i]}`,
        bytes: await readCapped(join(root, folder, names[i]!), maxBytesOf(`${folder}/${names[i]}`)),
      };
  };
  await Promise.all(Array.from({ length: Math.min(16, names.length) }, reader));
  return files;
}

/** Reads at most one byte past the size limit, so a huge file costs no more than a large one. */
async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
    let length = 0;
    // A file may grow or shrink between stat and read: read until the buffer is full or the file ends.
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      length += bytesRead;
      if (bytesRead === 0 || length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** The nearest directory at or above `from` that holds oncall/: where a user most likely means. */
export async function findPolicyRoot(from: string): Promise<string> {
  let dir = resolve(from);
  for (;;) {
    try {
      if ((await lstat(join(dir, POLICY_DIR))).isDirectory()) return dir;
    } catch {
      // keep looking upward
    }
    const parent = resolve(dir, '..');
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

/** Whether a repository path exists under root (for links in postmortems). */
export function repoPathExists(root: string): (path: string) => boolean {
  return (path) => !path.startsWith('..') && existsSync(join(root, path));
}

/**
 * When each postmortem was first committed, from one `git log` over postmortems/ (local runs; a
 * file not committed yet has no time and is not judged late).
 */
export function firstCommitTimes(root: string): (file: string) => number | undefined {
  let added: Map<string, number> | undefined;
  return (file) => {
    if (!added) {
      added = new Map();
      try {
        const out = execFileSync(
          'git',
          ['log', '--diff-filter=A', '--name-only', '--format=%x00%cI', '--', POSTMORTEMS.dir],
          { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
        );
        for (const entry of out.split('\0').slice(1)) {
          const [date, ...paths] = entry.trim().split('\n');
          for (const p of paths.filter(Boolean)) added.set(p, Math.min(added.get(p) ?? Infinity, Date.parse(date!)));
        }
      } catch {
        // not a git checkout: no history to judge by
      }
    }
    return added.get(file);
  };
}
