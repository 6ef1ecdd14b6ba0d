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
  /** Hashes in the check's earliest status on the PR, and when it was posted. */
  first?: { createdAt: number; hashes: Set<string> };
}

/**
 * How soon after a PR is opened the check's first status must be posted to count as the `opened`
 * run. Without this bound, a PR opened with no swap, force-pushed days later, would pass its first
 * sighting off as present from the start.
 */
export const OPENED_RUN_WINDOW_MS = 10 * 60_000;

export function ledgerFrom(statuses: readonly LedgerStatus[]): Ledger {
  const seen = new Map<string, number>();
  let first: LedgerStatus | undefined;
  for (const s of statuses) {
    const hashes = SEEN.exec(s.description)?.[1]?.split(',') ?? [];
    for (const h of hashes) seen.set(h, Math.min(seen.get(h) ?? Infinity, s.createdAt));
    if (!first || s.createdAt < first.createdAt) first = s;
  }
  return {
    seen,
    ...(first
      ? { first: { createdAt: first.createdAt, hashes: new Set(SEEN.exec(first.description)?.[1]?.split(',') ?? []) } }
      : {}),
  };
}

/**
 * The instant each swap hash was first proposed: the PR's creation for swaps there from the start
 * (seen by the run for the `opened` event, or by a first status posted within minutes of it), the
 * first status that saw it otherwise, and now for a swap this run sees first.
 */
export function proposedAt(
  ledger: Ledger,
  prCreatedAt: number,
  now: number,
  openedEvent: boolean,
): (hash: string) => number {
  const openedRun =
    ledger.first && ledger.first.createdAt - prCreatedAt <= OPENED_RUN_WINDOW_MS
      ? ledger.first.hashes
      : new Set<string>();
  return (hash) => {
    if (openedEvent || openedRun.has(hash)) return prCreatedAt;
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
