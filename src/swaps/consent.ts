/** Which reviews count as consent: GitHub's own rule for a reviewer's standing, plus freshness. */

export interface Review {
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING, as GitHub reports it. */
  state: string;
  submittedAt: number;
}

/**
 * Logins (lower case) whose standing review is an approval submitted after `since`. A reviewer's
 * standing review is their latest that is not a mere comment (a comment does not withdraw an
 * approval); a dismissed review stands as dismissed, so it never counts.
 */
export function approversSince(reviews: readonly Review[], since: number): Set<string> {
  const latest = new Map<string, Review>();
  for (const r of reviews) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    const login = r.login.toLowerCase();
    const prior = latest.get(login);
    if (!prior || r.submittedAt >= prior.submittedAt) latest.set(login, r);
  }
  const out = new Set<string>();
  for (const [login, r] of latest) if (r.state === 'APPROVED' && r.submittedAt > since) out.add(login);
  return out;
}
