/**
 * The roster's identities checked against GitHub (src/rota/identities.ts judges them), with one
 * issue kept open while any login no longer leads to its person. Every read that fails other than
 * "no such account" stops the run: a half-checked roster must not close the issue.
 */
import type { Person } from '../model/types.js';
import {
  IDENTITY_LABEL,
  identityIssueBody,
  identityProblems,
  type Account,
  type IdentityLookup,
} from '../rota/identities.js';
import type { GitHubClient, RepoRef } from './octokit.js';
import { reconcileSingletonIssue } from './singleton-issue.js';

/** People looked up per run (one or two requests each). */
export const MAX_PEOPLE = 300;

export async function reconcileIdentityIssue(
  octokit: GitHubClient,
  where: RepoRef,
  people: readonly Person[],
): Promise<string> {
  if (people.length > MAX_PEOPLE)
    throw new Error(`team.yaml lists ${people.length} people; the identity check reads at most ${MAX_PEOPLE}.`);
  const lookups: IdentityLookup[] = [];
  for (const person of people) {
    // A login still to be filled in (todo) has nothing to look up; validate warns about it.
    if (person.github === undefined) continue;
    const byLogin = await found(octokit.rest.users.getByUsername({ username: person.github }));
    const id = person.github_id;
    const lookup: IdentityLookup = { person, byLogin };
    if (id !== undefined && byLogin?.id !== id)
      lookup.byId = await found(octokit.request('GET /user/{account_id}', { account_id: id }));
    lookups.push(lookup);
  }
  const problems = identityProblems(lookups);
  return reconcileSingletonIssue(octokit, where, {
    label: IDENTITY_LABEL,
    key: 'roster-identity',
    title: 'GitHub logins in team.yaml no longer match their people',
    body: identityIssueBody(problems),
    closingComment: 'Every login in team.yaml leads to its person again; closing.',
  });
}

async function found(request: Promise<{ data: { id: number | bigint; login: string } }>): Promise<Account | null> {
  try {
    const { data } = await request;
    return { id: Number(data.id), login: data.login };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
