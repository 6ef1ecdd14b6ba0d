/** Roster identities, pure: what team.yaml says of each person against what GitHub answers. */
import { describe, expect, it } from 'vitest';
import type { Person } from '../src/model/types.js';
import { identityIssueBody, identityProblems } from '../src/rota/identities.js';

const person = (github: string, github_id?: number) =>
  ({ id: github, name: `Name of ${github}`, github, ...(github_id ? { github_id } : {}) }) as Person;

describe('identity problems', () => {
  it('a login that leads to its recorded account is fine', () => {
    expect(identityProblems([{ person: person('a', 1), byLogin: { id: 1, login: 'a' } }])).toEqual([]);
  });

  it('a login now held by another account, whose recorded account is gone, asks for the current account', () => {
    const [p] = identityProblems([{ person: person('a', 1), byLogin: { id: 9, login: 'a' }, byId: null }]);
    expect(p).toMatchObject({
      problem: 'the login now belongs to account 9, and account 1 no longer exists',
      fix: 'ask them for their current account, then correct `github` and `github_id`',
    });
  });

  it('a login nobody holds any more, whose account was renamed, names the new login', () => {
    const [p] = identityProblems([{ person: person('a', 1), byLogin: null, byId: { id: 1, login: 'a-new' } }]);
    expect(p!.problem).toBe('no account has this login any more; their account 1 is now called a\\-new');
  });

  it('the issue body is inert and absent when nothing is wrong', () => {
    expect(identityIssueBody([])).toBeUndefined();
    const body = identityIssueBody(identityProblems([{ person: person('@org/all'), byLogin: null }]))!;
    expect(body).toContain('| Name of @\u200dorg/all | @\u200dorg/all | no GitHub account has this login |');
  });
});
