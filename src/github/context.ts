/**
 * What the runner tells an action about where it runs, read from the environment GitHub sets
 * (and tests set the same way), so actions behave alike on github.com, GHES and in tests.
 */
import { readFileSync } from 'node:fs';

export interface RunContext {
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  repository?: string;
  /** The commit the files came from: the PR head for pull requests, else GITHUB_SHA. */
  sha?: string;
  eventName?: string;
  event: Record<string, unknown>;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = event.pull_request as { head?: { sha?: string } } | undefined;
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY || undefined,
    sha: pr?.head?.sha ?? (env.GITHUB_SHA || undefined),
    eventName: env.GITHUB_EVENT_NAME || undefined,
    event,
  };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A link to a line of a file at the run's commit, when the run knows its repository. */
export function blobUrl(ctx: RunContext, file: string, line: number): string | undefined {
  if (!ctx.repository || !ctx.sha) return undefined;
  return `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}
