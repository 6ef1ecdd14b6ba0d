/**
 * Whether each person's GitHub login in team.yaml is still their account. The swap check takes
 * consent from reviews by that account: a login renamed away and registered by someone else, or
 * never registered at all, lets a stranger consent for an engineer. `github_id` pins the account;
 * this compares what team.yaml says with what GitHub answers, and words what to fix.
 */
import type { Person } from '../model/types.js';
import { inert } from '../render/inert.js';

export interface Account {
  id: number;
  login: string;
}

export interface IdentityLookup {
  person: Person;
  /** GET /users/{login}; null when no account has that login. */
  byLogin: Account | null;
  /** GET /user/{github_id}, asked only when the login does not lead to it; null when gone. */
  byId?: Account | null;
}

export interface IdentityProblem {
  person: Person;
  problem: string;
  fix: string;
}

export const IDENTITY_LABEL = 'roster-identity';

export function identityProblems(lookups: readonly IdentityLookup[]): IdentityProblem[] {
  return lookups.flatMap((l): IdentityProblem[] => {
    const { person, byLogin, byId } = l;
    const id = person.github_id;
    const renamed = byId && byId.login.toLowerCase() !== (person.github ?? '').toLowerCase() ? byId : undefined;
    if (id === undefined) {
      if (!byLogin)
        return [{ person, problem: 'no GitHub account has this login', fix: 'correct `github` in team.yaml' }];
      return [
        {
          person,
          problem: 'no `github_id` is recorded, so the login alone is trusted',
          fix: `once you have checked that account ${byLogin.id} is theirs, add \`github_id: ${byLogin.id}\``,
        },
      ];
    }
    if (byLogin?.id === id) return [];
    const now = byLogin ? `the login now belongs to account ${byLogin.id}` : 'no account has this login any more';
    if (renamed)
      return [
        {
          person,
          problem: `${now}; their account ${id} is now called ${inert(renamed.login, 60)}`,
          fix: `set \`github: ${inert(renamed.login, 60)}\` in team.yaml`,
        },
      ];
    return [
      {
        person,
        problem: `${now}, and account ${id} ${byId === null ? 'no longer exists' : 'could not be found'}`,
        fix: 'ask them for their current account, then correct `github` and `github_id`',
      },
    ];
  });
}

/** The issue body while something is wrong; undefined when every login is the person's account. */
export function identityIssueBody(problems: readonly IdentityProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  const rows = problems.map(
    (p) => `| ${inert(p.person.name, 80)} | ${inert(p.person.github ?? '', 60)} | ${p.problem} | ${p.fix} |`,
  );
  return [
    'Some GitHub logins in `oncall/team.yaml` no longer lead to the person they name. The swap check takes',
    "consent from these accounts' reviews, so until this is fixed a stranger holding such a login could",
    'agree to a swap on their behalf (where `github_id` is recorded, the check refuses that account).',
    '',
    '| Person | Login in team.yaml | What GitHub says | Fix |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'This issue closes itself once every login matches.',
  ].join('\n');
}
