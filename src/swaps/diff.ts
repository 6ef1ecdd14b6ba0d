/**
 * What a pull request does to the swaps: compare base and head by content, not by file name alone,
 * so a renamed file is no new swap and an edited one is.
 */
import { createHash } from 'node:crypto';
import type { SwapEntry } from '../model/load.js';
import type { SwapFile } from '../model/types.js';

export type SwapChangeKind = 'added' | 'changed' | 'removed';

export interface SwapChange {
  kind: SwapChangeKind;
  /** The swap as the head branch has it (absent for a removal). */
  head?: SwapEntry;
  /** The swap as the base branch has it (absent for an addition). */
  base?: SwapEntry;
  /** Content hash of the swap as it now reads (the base's, for a removal). */
  hash: string;
}

/** A short, stable hash of what a swap says (field order and file name do not matter). */
export function swapHash(data: SwapFile): string {
  const canonical = JSON.stringify(
    Object.keys(data)
      .sort()
      .map((k) => [k, (data as unknown as Record<string, unknown>)[k]]),
  );
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

export function diffSwaps(base: readonly SwapEntry[], head: readonly SwapEntry[]): SwapChange[] {
  const baseByHash = new Map(base.map((s) => [swapHash(s.data), s]));
  const headByHash = new Map(head.map((s) => [swapHash(s.data), s]));
  const baseByFile = new Map(base.map((s) => [s.file, s]));
  const changes: SwapChange[] = [];
  const matchedBase = new Set<SwapEntry>();
  for (const [hash, s] of headByHash) {
    const same = baseByHash.get(hash);
    if (same) {
      matchedBase.add(same); // unchanged, or only renamed
      continue;
    }
    const previous = baseByFile.get(s.file);
    if (previous && !headByHash.has(swapHash(previous.data))) {
      matchedBase.add(previous);
      changes.push({ kind: 'changed', head: s, base: previous, hash });
    } else changes.push({ kind: 'added', head: s, hash });
  }
  for (const s of base) if (!matchedBase.has(s)) changes.push({ kind: 'removed', base: s, hash: swapHash(s.data) });
  return changes;
}
