/**
 * The policy files of a commit, read through the contents API as data: the swap check never checks
 * out or runs a pull request's code, it only reads its YAML.
 */
import { POLICY_DIR, SWAPS } from '../model/kinds.js';
import type { RawFile } from '../model/load.js';
import { MAX_FILE_BYTES } from '../model/parse.js';
import type { GitHubClient } from './octokit.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export async function readPolicyAt(octokit: GitHubClient, where: RepoRef, ref: string): Promise<RawFile[]> {
  const files: RawFile[] = [];
  for (const dir of [POLICY_DIR, SWAPS.dir]) {
    for (const entry of await listDir(octokit, where, dir, ref)) {
      if (entry.type !== 'file' || entry.name.startsWith('.') || entry.name.endsWith('.md')) continue;
      if (entry.size > MAX_FILE_BYTES) {
        // Too large to be a policy file: hand the parser enough bytes to say so, no more.
        files.push({ path: entry.path, bytes: new Uint8Array(MAX_FILE_BYTES + 1) });
        continue;
      }
      const { data } = await octokit.rest.repos.getContent({ ...where, path: entry.path, ref });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) continue;
      files.push({ path: entry.path, bytes: Buffer.from(data.content, 'base64') });
    }
  }
  return files;
}

async function listDir(
  octokit: GitHubClient,
  where: RepoRef,
  path: string,
  ref: string,
): Promise<{ type: string; name: string; path: string; size: number }[]> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...where, path, ref });
    return Array.isArray(data) ? data : [];
  } catch (error) {
    if ((error as { status?: number }).status === 404) return [];
    throw error;
  }
}
