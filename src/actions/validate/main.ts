/**
 * The validate action: annotations on the PR's lines (GitHub shows 10 per severity), every finding
 * in the job summary, outputs for later steps, and a failed step when the policy has errors.
 */
import * as core from '@actions/core';
import { posix, relative, resolve } from 'node:path';
import { blobUrl, readRunContext } from '../../github/context.js';
import { validateRepository } from '../../io/validate-repository.js';
import type { RunContext } from '../../github/context.js';
import { emitAnnotations } from '../../render/annotations.js';
import { countFindings } from '../../render/finding.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderText } from '../../render/text.js';

const ANNOTATIONS_PER_SEVERITY = 10;

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    // Masked whether or not this event uses it: every step given the token tells the runner.
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const root = resolve(ctx.workspace, core.getInput('root') || '.');
    const prefix = relative(ctx.workspace, root).split(/[\\/]/).filter(Boolean).join('/');
    const inRepo = (file: string) => (prefix ? posix.join(prefix, file) : file);

    const proposedAt = await proposedByPullRequest(ctx);
    const result = await validateRepository(root, proposedAt ? { proposedAt } : {});
    const counts = countFindings(result.findings);

    core.info(renderText(result.findings, { color: false, files: result.files }));
    const omitted = emitAnnotations(result.findings, {
      pathPrefix: prefix,
      limitPerSeverity: ANNOTATIONS_PER_SEVERITY,
    });
    if (omitted > 0)
      core.info(`${omitted} more findings than GitHub shows as annotations: all are in the job summary.`);

    if (process.env.GITHUB_STEP_SUMMARY) {
      const markdown = renderMarkdown(result.findings, {
        title: 'On-call policy',
        files: result.files,
        link: (f) => blobUrl(ctx, inRepo(f.file), f.line),
      });
      await core.summary.addRaw(markdown).write();
    }
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    if (counts.error > 0)
      core.setFailed(
        `The on-call policy has ${counts.error} error${counts.error === 1 ? '' : 's'}; see the annotations and the job summary.`,
      );
  } catch (error) {
    core.setFailed(`oncall validate could not run: ${(error as Error).message}`);
  }
}

/**
 * The 24-hour rule on a pull request: postmortems the PR adds were proposed when it was opened.
 * (Commit dates can be set by anyone; the PR's creation time cannot.)
 */
async function proposedByPullRequest(ctx: RunContext): Promise<((file: string) => number | undefined) | undefined> {
  const pr = ctx.event.pull_request as { number?: number; created_at?: string } | undefined;
  const token = core.getInput('github-token');
  if (!pr?.number || !pr.created_at || !token || !ctx.repository) return undefined;
  const [owner, repo] = ctx.repository.split('/');
  try {
    // Loaded only here: most runs have no pull request to ask about, and Octokit is slow to load.
    const { createGitHub } = await import('../../github/octokit.js');
    const octokit = createGitHub({ token, baseUrl: ctx.apiUrl });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: owner!,
      repo: repo!,
      pull_number: pr.number,
      per_page: 100,
    });
    const added = new Set(
      files.filter((f) => f.status === 'added' && f.filename.startsWith('postmortems/')).map((f) => f.filename),
    );
    const opened = Date.parse(pr.created_at);
    return (file) => (added.has(file) ? opened : undefined);
  } catch (error) {
    core.warning(
      `Could not list the pull request's files (${(error as Error).message}); the 24-hour rule for postmortems is skipped.`,
    );
    return undefined;
  }
}
