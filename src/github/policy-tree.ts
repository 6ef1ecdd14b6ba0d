/**
 * The policy files of a commit, read as data through the Git Trees and Blobs APIs: one recursive
 * tree per commit, and each blob once by its sha, however many commits share it. Fails closed where
 * GitHub would silently answer less than the whole (a truncated tree), and bounds the work a PR can
 * cause (junk files under oncall/ cost one request each). A blob the workspace already holds (the
 * default branch, as actions/checkout leaves it) is taken from there when its git blob id matches
 * the tree's, so only what a PR changes is read through the API: a folder of a thousand archived
 * swaps costs nothing, and the hash makes the copy on disk exactly the blob the tree names.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_DIR } from '../model/kinds.js';
import type { RawFile } from '../model/load.js';
import { maxBytesOf } from '../model/parse.js';
import type { GitHubClient, RepoRef } from './octokit.js';

/** Blob reads one run may make; beyond, the check fails rather than spend the repository's hourly budget. */
export const MAX_BLOB_READS = 200;
/**
 * Bytes of changed policy one run reads and parses: a YAML parse takes hundreds of times a file's
 * size in memory, so this, not the file count, is what keeps a privileged runner alive.
 */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

export class Unreadable extends Error {}

export class PolicyTreeReader {
  private readonly blobs = new Map<string, Promise<Uint8Array>>();
  private reads = 0;
  private bytesRead = 0;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly where: RepoRef,
    /** A checkout whose files may stand in for blobs with the same id (GITHUB_WORKSPACE). */
    private readonly workspace?: string,
  ) {}

  async at(sha: string): Promise<RawFile[]> {
    const { data } = await this.octokit.rest.git.getTree({ ...this.where, tree_sha: sha, recursive: 'true' });
    if (data.truncated)
      throw new Unreadable(
        `GitHub truncated the file tree of ${sha.slice(0, 7)} (over 100,000 entries), so the policy cannot be read whole.`,
      );
    const entries = data.tree.filter(
      (e) =>
        e.type === 'blob' &&
        e.path !== undefined &&
        e.sha !== undefined &&
        e.path.startsWith(`${POLICY_DIR}/`) &&
        !e.path.endsWith('.md') &&
        !e.path.split('/').some((part) => part.startsWith('.')),
    );
    const files = entries.map((e) => {
      const limit = maxBytesOf(e.path!);
      const oversized = (e.size ?? 0) > limit;
      const bytes = oversized ? new Uint8Array(limit + 1) : this.local(e.path!, e.sha!, e.size);
      return { path: e.path!, sha: e.sha!, size: e.size ?? 0, bytes };
    });
    // Counted before the first request: a PR over the budget costs no read at all, not the budget.
    const needed = new Map(files.filter((f) => !f.bytes && !this.blobs.has(f.sha)).map((f) => [f.sha, f.size]));
    if (this.reads + needed.size > MAX_BLOB_READS)
      throw new Unreadable(
        `the PR's policy files need ${this.reads + needed.size} file reads, more than the ${MAX_BLOB_READS} one run may make; split it, or archive old swap files.`,
      );
    const bytes = [...needed.values()].reduce((a, b) => a + b, this.bytesRead);
    if (bytes > MAX_READ_BYTES)
      throw new Unreadable(
        `the PR's policy files come to ${Math.ceil(bytes / 1024)} KiB to read, more than the ${MAX_READ_BYTES / 1024} KiB one run may parse; split it.`,
      );
    this.bytesRead = bytes;
    return Promise.all(files.map(async (f) => ({ path: f.path, bytes: f.bytes ?? (await this.blob(f.sha)) })));
  }

  /** The workspace's file at `path` when it is exactly the blob `sha` (a regular file, same git id). */
  private local(path: string, sha: string, size: number | undefined): Uint8Array | undefined {
    if (!this.workspace || path.split('/').some((part) => part === '..' || part === '')) return undefined;
    try {
      const file = join(this.workspace, path);
      const stat = lstatSync(file);
      if (!stat.isFile() || (size !== undefined && stat.size !== size)) return undefined;
      const bytes = readFileSync(file);
      const id = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
      return id === sha.toLowerCase() ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  private blob(sha: string): Promise<Uint8Array> {
    let pending = this.blobs.get(sha);
    if (!pending) {
      this.reads++;
      pending = this.octokit.rest.git
        .getBlob({ ...this.where, file_sha: sha })
        .then(({ data }) => Buffer.from(data.content, (data.encoding as BufferEncoding) || 'base64'));
      this.blobs.set(sha, pending);
    }
    return pending;
  }
}
