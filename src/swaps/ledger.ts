/**
 * When was a swap, as it now reads, first proposed? Commit dates can be set by anyone, so the
 * answer comes from GitHub's own timestamps: the pull request's creation, and the commit statuses
 * this check posts (created by the workflow's token, stamped by GitHub, never editable), whose
 * description lists the hashes of the swaps the check saw.
 */
export const SWAP_STATUS_CONTEXT = 'oncall/swap-policy';
const SEEN = / · seen ([0-9a-f]{12}(?:,[0-9a-f]{12})*)$/;
const MAX_DESCRIPTION = 140;

export interface LedgerStatus {
  createdAt: number;
  description: string;
}

export interface Ledger {
  /** Earliest sighting of each swap hash. */
  seen: Map<string, number>;
  /** Hashes in the check's first status on the PR: present since it was opened. */
  fromStart: Set<string>;
}

export function ledgerFrom(statuses: readonly LedgerStatus[]): Ledger {
  const seen = new Map<string, number>();
  let first: LedgerStatus | undefined;
  for (const s of statuses) {
    const hashes = SEEN.exec(s.description)?.[1]?.split(',') ?? [];
    for (const h of hashes) seen.set(h, Math.min(seen.get(h) ?? Infinity, s.createdAt));
    if (!first || s.createdAt < first.createdAt) first = s;
  }
  return { seen, fromStart: new Set(first ? (SEEN.exec(first.description)?.[1]?.split(',') ?? []) : []) };
}

/**
 * The instant each swap hash was first proposed: the PR's creation for swaps there from the start
 * (or on the run for the `opened` event itself), the first status that saw it otherwise, and now
 * for a swap this run sees first.
 */
export function proposedAt(ledger: Ledger, prCreatedAt: number, now: number, openedEvent: boolean): (hash: string) => number {
  return (hash) => {
    if (openedEvent || ledger.fromStart.has(hash)) return prCreatedAt;
    return ledger.seen.get(hash) ?? now;
  };
}

/** A status description within GitHub's 140 characters that still records every hash seen. */
export function statusDescription(summary: string, hashes: readonly string[]): string {
  const tail = hashes.length ? ` · seen ${hashes.join(',')}` : '';
  const room = MAX_DESCRIPTION - tail.length;
  const text = summary.length > room ? `${summary.slice(0, Math.max(0, room - 1))}…` : summary;
  return `${text}${tail}`;
}
