/**
 * What counts as evidence of when a change was proposed and who agreed to it: only records GitHub
 * stamps itself and that neither the PR author nor a workflow on some branch can write or backdate.
 * - A sighting is "the PR's head was this commit at this instant": a push GitHub recorded on the
 *   head branch (repository activity), or a `pull_request` workflow run GitHub created for that head
 *   (its `created_at`, which a re-run keeps). Commit dates, commit statuses and comments never count.
 * - A review counts by its `commit_id` (the content the reviewer saw) and `submitted_at`.
 */
import type { Person } from '../model/types.js';

export interface Sighting {
  sha: string;
  at: number;
  /** Where GitHub recorded it, for the comment's explanation. */
  source: 'push' | 'run' | 'now';
  /** Who pushed it (the push's actor, or the run's triggering actor), as GitHub recorded it. */
  actor?: Actor;
}

export interface ReviewFact {
  login: string;
  /** GitHub's numeric user id: a login can be renamed and taken by someone else, an id cannot. */
  userId?: number;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING, as GitHub reports it. */
  state: string;
  submittedAt: number;
  /** The head the reviewer reviewed. */
  commitId: string;
}

export interface Actor {
  login: string;
  userId?: number;
}

/** Whether a GitHub account is this person: by id where team.yaml records one, by login otherwise. */
export function isPerson(actor: Actor, person: Person): boolean {
  // A record with something still to fill in (`todo`) names no account anyone can trust yet: an
  // imported person's login has not been checked by anyone, so nobody can consent as them.
  if (person.todo?.length || person.github === undefined) return false;
  if (person.github_id !== undefined) return actor.userId === person.github_id;
  return actor.login.toLowerCase() === person.github.toLowerCase();
}

/**
 * The sightings a change has stood through, newest first: walking back from the current head as
 * long as each head held the change. A head that could not be read ends the walk (fail closed: the
 * change is taken as newer, never older).
 */
export function streakOf(
  sightings: readonly Sighting[],
  held: (sha: string) => boolean | undefined,
  now: number,
): Sighting[] {
  const streak: Sighting[] = [];
  for (const s of [...sightings].sort((a, b) => b.at - a.at)) {
    if (s.at > now) continue;
    if (held(s.sha) !== true) break;
    streak.push(s);
  }
  return streak;
}

/**
 * Since when a change, as it now reads, has been in the pull request without a break: the oldest
 * sighting of its streak, or now. Never before the PR was opened: a branch pushed days earlier
 * was not proposed to anyone.
 */
export function standingSince(
  sightings: readonly Sighting[],
  held: (sha: string) => boolean | undefined,
  prCreatedAt: number,
  now: number,
): number {
  const streak = streakOf(sightings, held, now);
  const since = streak.length ? streak[streak.length - 1]!.at : now;
  return Math.max(since, Math.min(prCreatedAt, now));
}

/**
 * The approvals that stand for a change: a reviewer's standing review is their latest that is not a
 * mere comment (a comment does not withdraw an approval; a dismissal does), and it counts when it
 * approved a head that held the change, submitted after the change last changed.
 */
export function standingApprovals(
  reviews: readonly ReviewFact[],
  since: number,
  held: (sha: string) => boolean | undefined,
): ReviewFact[] {
  const latest = new Map<string, ReviewFact>();
  for (const r of reviews) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    const who = r.userId !== undefined ? `#${r.userId}` : r.login.toLowerCase();
    const prior = latest.get(who);
    if (!prior || r.submittedAt >= prior.submittedAt) latest.set(who, r);
  }
  return [...latest.values()].filter((r) => r.state === 'APPROVED' && r.submittedAt >= since && held(r.commitId));
}

export function sameAccount(a: Actor, b: Actor): boolean {
  if (a.userId !== undefined && b.userId !== undefined) return a.userId === b.userId;
  return a.login.toLowerCase() === b.login.toLowerCase();
}

/**
 * Whether the author pushed every head of the change's streak. A head GitHub records no pusher
 * for, or no sighting at all, counts as someone else's: fail closed.
 */
export function pushedOnlyBy(
  sightings: readonly Sighting[],
  held: (sha: string) => boolean | undefined,
  author: Actor,
  now: number,
): boolean {
  const streak = streakOf(sightings, held, now);
  return streak.length > 0 && streak.every((s) => s.actor !== undefined && sameAccount(s.actor, author));
}

/** The commits whose policy the verdict needs: every sighted head and every reviewed one. */
export function commitsToRead(sightings: readonly Sighting[], reviews: readonly ReviewFact[], limit: number): string[] {
  const newestFirst = [...sightings].sort((a, b) => b.at - a.at).map((s) => s.sha);
  const shas = [...new Set([...newestFirst, ...reviews.map((r) => r.commitId)])];
  // The newest first: dropping old heads only makes changes look newer, which fails closed.
  return shas.slice(0, limit);
}
