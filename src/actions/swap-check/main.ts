/**
 * The swap-check action: gathers the PR's facts through the API (never its code), lets
 * src/swaps/verdict.ts decide, and reports through a sticky comment, a commit status branch
 * protection can require, annotations, the job summary and the exit code.
 */
import * as core from '@actions/core';
import { readRunContext } from '../../github/context.js';
import { createGitHub, type GitHubClient } from '../../github/octokit.js';
import { readPolicyAt, type RepoRef } from '../../github/policy-files.js';
import { changedFiles, getPullRequest, ledgerStatuses, reviewersAsked, reviewsOf } from '../../github/pull-request.js';
import { findSticky, readState, upsertSticky, writeState } from '../../github/sticky-comment.js';
import { postSwapToChannel } from '../../notify/slack.js';
import { emitAnnotations } from '../../report/annotations.js';
import { renderSwapComment } from '../../report/swap-comment.js';
import type { RawFile } from '../../model/load.js';
import { diffSwaps } from '../../swaps/diff.js';
import { evaluateSwapPr } from '../../swaps/evaluate.js';
import { statusDescription, SWAP_STATUS_CONTEXT } from '../../swaps/ledger.js';
import { validatePolicy } from '../../validate.js';
import { pullRequestNumber } from './event.js';

interface State {
  notified: string[];
  shas: string[];
  announced: string[];
}

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    const token = core.getInput('github-token') || process.env.GITHUB_TOKEN || '';
    if (!token) throw new Error('no GitHub token: pass github-token (the default is the workflow token).');
    core.setSecret(token);
    // Masked whatever the event: the runner should know it before anything could print it.
    const webhook = core.getInput('slack-webhook-url');
    if (webhook) core.setSecret(webhook);
    const botLogin = core.getInput('bot-login') || 'github-actions[bot]';
    const [owner, repo] = (ctx.repository ?? '').split('/');
    if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set.');
    const where: RepoRef = { owner, repo };
    const octokit = createGitHub({ token, baseUrl: ctx.apiUrl, log: (m) => core.warning(m) });

    const number = await pullRequestNumber(octokit, where, ctx);
    if (number === undefined) {
      core.info('This event concerns no open pull request; nothing to check.');
      return;
    }
    const now = Date.now();
    const pr = await getPullRequest(octokit, where, number);
    const [baseFiles, headFiles, files, reviews, sticky] = await Promise.all([
      readPolicyAt(octokit, where, pr.baseSha),
      readPolicyAt(octokit, where, pr.headSha),
      changedFiles(octokit, where, number),
      reviewsOf(octokit, where, number),
      findSticky(octokit, where, number, 'swap-check', botLogin),
    ]);
    const state = readState<State>(sticky?.body);

    if (pr.merged) {
      await announce(octokit, where, pr, headFiles, baseFiles, state, sticky, number, now);
      return;
    }

    const ledger = await ledgerStatuses(octokit, where, number, state.shas ?? [], botLogin);
    const asked = await reviewersAsked(octokit, where, number, reviews);
    const { verdict, changes, views, people, headFindings, checkFindings } = evaluateSwapPr({
      number,
      author: pr.author,
      createdAt: pr.createdAt,
      labels: pr.labels,
      changedFiles: files,
      reviews,
      baseFiles,
      headFiles,
      statuses: ledger.statuses,
      openedEvent: ctx.eventName?.startsWith('pull_request') === true && ctx.event.action === 'opened',
      notified: new Set([...(state.notified ?? []).map((l) => l.toLowerCase()), ...asked]),
      now,
    });

    // Managers are asked for review once per PR; a token that may not (fork PRs) only warns.
    const newlyNotified = await requestReviews(octokit, where, number, verdict.notify);
    const body = renderSwapComment(verdict, views, people);

    core.info(verdict.summary);
    emitAnnotations([...checkFindings, ...headFindings.filter((f) => f.severity === 'error')], {
      limitPerSeverity: 10,
    });
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(body).write();

    const hashes = changes.map((c) => c.hash);
    await tolerate('post the commit status', () =>
      octokit.rest.repos.createCommitStatus({
        ...where,
        sha: pr.headSha,
        state: verdict.ok ? 'success' : 'failure',
        context: SWAP_STATUS_CONTEXT,
        description: statusDescription(verdict.summary, hashes),
        target_url: pr.htmlUrl,
      }),
    );
    if (changes.length > 0 || sticky) {
      const nextState: State = {
        notified: [...new Set([...(state.notified ?? []), ...newlyNotified])],
        shas: [...new Set([...(state.shas ?? []), ...ledger.shas, pr.headSha])].slice(-50),
        announced: state.announced ?? [],
      };
      const mention = newlyNotified.length
        ? `\n\ncc ${newlyNotified.map((l) => `@${l}`).join(' ')}: a swap between your reports needs your awareness.`
        : '';
      await tolerate('update the PR comment', () =>
        upsertSticky(octokit, where, number, 'swap-check', sticky, `${body}${mention}\n${writeState(nextState)}`),
      );
    }
    core.setOutput('ok', String(verdict.ok));
    if (!verdict.ok) core.setFailed(verdict.summary);
  } catch (error) {
    core.setFailed(`swap check could not run: ${(error as Error).message}`);
  }
}

async function requestReviews(
  octokit: GitHubClient,
  where: RepoRef,
  number: number,
  logins: readonly string[],
): Promise<string[]> {
  if (logins.length === 0) return [];
  await tolerate('ask managers for review', () =>
    octokit.rest.pulls.requestReviewers({ ...where, pull_number: number, reviewers: [...logins] }),
  );
  // Where a review cannot be requested, the mention in the comment still tells them, once.
  return [...logins];
}

/** Writes that a read-only token (fork PRs) cannot make: warn, and let the verdict stand. */
async function tolerate(what: string, write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      core.warning(
        `Could not ${what} (HTTP ${status}: the token may be read-only, as on pull requests from forks); the verdict is in the job summary and the exit code.`,
      );
      return false;
    }
    throw error;
  }
}

async function announce(
  octokit: GitHubClient,
  where: RepoRef,
  pr: { htmlUrl: string },
  headFiles: RawFile[],
  baseFiles: RawFile[],
  state: Partial<State>,
  sticky: Awaited<ReturnType<typeof findSticky>>,
  number: number,
  now: number,
): Promise<void> {
  const webhook = core.getInput('slack-webhook-url');
  const head = validatePolicy(headFiles, { now });
  const added = diffSwaps(validatePolicy(baseFiles, { now }).policy.swaps, head.policy.swaps).filter(
    (c) => c.head && !(state.announced ?? []).includes(c.hash),
  );
  if (!webhook || added.length === 0) {
    core.info(
      webhook ? 'Merged: every swap was already announced.' : 'Merged: no slack-webhook-url, nothing to announce.',
    );
    return;
  }
  const announced = [...(state.announced ?? [])];
  for (const c of added) {
    await postSwapToChannel(webhook, c.head!, head.policy, pr.htmlUrl);
    announced.push(c.hash);
  }
  const body = (sticky?.body ?? '')
    .replace(/<!-- oncall-state .*? -->/s, '')
    .replace(/^<!-- oncall-as-code:swap-check -->\n/, '');
  await tolerate('record the announcement', () =>
    upsertSticky(octokit, where, number, 'swap-check', sticky, `${body}\n${writeState({ ...state, announced })}`),
  );
}
