/**
 * The validate action: annotations on the PR's lines (GitHub shows 10 per severity), every finding
 * in the job summary, outputs for later steps, and a failed step when the policy has errors.
 */
import * as core from '@actions/core';
import { posix, relative, resolve } from 'node:path';
import { blobUrl, readRunContext } from '../../github/context.js';
import { validateRepository } from '../../io/validate-repository.js';
import { proposedByPullRequest } from '../../github/proposed-at.js';
import { emitAnnotations } from '../../render/annotations.js';
import { countFindings } from '../../render/finding.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderText } from '../../render/text.js';
import { secretInput } from '../secret-input.js';

const ANNOTATIONS_PER_SEVERITY = 10;

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    // Masked whether or not this event uses it: every step given the token tells the runner.
    const token = secretInput('github-token');
    const root = resolve(ctx.workspace, core.getInput('root') || '.');
    const prefix = relative(ctx.workspace, root).split(/[\\/]/).filter(Boolean).join('/');
    const inRepo = (file: string) => (prefix ? posix.join(prefix, file) : file);

    const proposedAt = await proposedByPullRequest(ctx, token, core.warning);
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
