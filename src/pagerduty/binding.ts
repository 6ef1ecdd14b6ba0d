/**
 * Which PagerDuty objects are the policy's, decided by marks only the sync can make. Anyone who can
 * edit a PagerDuty object can write its name and description, so neither proves anything: a mark is
 * an HMAC, under a key the sync holds (PAGERDUTY_MARK_KEY), of the object's kind, its policy id and
 * its PagerDuty id. A mark copied onto another object, or a ledger entry copied from another
 * schedule, does not verify; one cannot be made without the key. An object the policy names by
 * `pagerduty_id` is bound by that id (a reviewed change) and sealed at the next apply. Pure.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type BoundKind = 'schedule' | 'escalation_policy' | 'service';

/** What the desired descriptions carry until an object's id is known and the mark can be made. */
export const MARKER = '[managed by oncall-as-code]';

/** Keys shorter than this are refused: a mark is only as hard to forge as its key is to guess. */
export const MIN_KEY_LENGTH = 32;

const SEALS = /\[managed by oncall-as-code #([A-Za-z0-9_-]{22})\]/g;
const LEDGER = / ?overrides: ([A-Za-z0-9.,_-]*)$/;
const ENTRY = /^([A-Z0-9]+)\.([A-Za-z0-9_-]{12})$/;

/** The mark key is missing or too short to trust: nothing is read or written without it. */
export class MarkKeyError extends Error {}

export function sealerFor(key: string | undefined): Sealer {
  if (!key)
    throw new MarkKeyError(
      `no mark key: set PAGERDUTY_MARK_KEY (the action's mark-key input) to a random secret of at least ${MIN_KEY_LENGTH} characters, the same for plan, apply and drift (e.g. \`openssl rand -base64 33\`). It signs the marks that bind PagerDuty objects to this policy.`,
    );
  if (key.length < MIN_KEY_LENGTH)
    throw new MarkKeyError(
      `the mark key (PAGERDUTY_MARK_KEY) has ${key.length} characters; use a random secret of at least ${MIN_KEY_LENGTH}.`,
    );
  return new Sealer(key);
}

export class Sealer {
  constructor(private readonly key: string) {}

  /** The mark of one object: it names the kind, the policy id and the PagerDuty id it was made for. */
  seal(kind: BoundKind, policyId: string, objectId: string): string {
    return `[managed by oncall-as-code #${this.mac(`${kind}\n${policyId}\n${objectId}`, 22)}]`;
  }

  /** A desired description with its marker replaced by the object's own mark. */
  sealed(description: string, kind: BoundKind, policyId: string, objectId: string): string {
    // The last marker is the tool's own: the text before it is the policy's, and may quote one.
    const at = description.lastIndexOf(MARKER);
    if (at < 0) return description;
    return description.slice(0, at) + this.seal(kind, policyId, objectId) + description.slice(at + MARKER.length);
  }

  carries(kind: BoundKind, policyId: string, object: { id: string; description?: string | null }): boolean {
    const want = this.seal(kind, policyId, object.id);
    return [...(object.description ?? '').matchAll(SEALS)].some((m) => same(m[0], want));
  }

  /**
   * The override ids a managed schedule's description records, kept only where the entry was made
   * for this schedule with this key; the others are reported, since only someone editing the
   * description by hand (or with another key) writes one.
   */
  ledger(schedule: { id: string; description?: string | null }): { ids: string[]; forged: string[] } {
    const ids: string[] = [];
    const forged: string[] = [];
    for (const entry of LEDGER.exec(schedule.description ?? '')?.[1]
      ?.split(',')
      .filter(Boolean) ?? []) {
      const m = ENTRY.exec(entry);
      if (m && same(m[2]!, this.mac(`override\n${schedule.id}\n${m[1]}`, 12))) ids.push(m[1]!);
      else forged.push(entry);
    }
    return { ids, forged };
  }

  /** The description with its ledger: each override id with the mark that binds it to this schedule. */
  withLedger(description: string, scheduleId: string, ids: readonly string[]): string {
    const entries = [...ids].sort().map((id) => `${id}.${this.mac(`override\n${scheduleId}\n${id}`, 12)}`);
    return entries.length ? `${withoutLedger(description)} overrides: ${entries.join(',')}` : description;
  }

  private mac(text: string, length: number): string {
    return createHmac('sha256', this.key).update(text).digest('base64url').slice(0, length);
  }
}

export function withoutLedger(description: string): string {
  return description.replace(LEDGER, '');
}

function same(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

/** How a policy object finds its PagerDuty object, or why it cannot be synced. */
export type Bound<T> =
  { kind: 'bound'; object: T; sealed: boolean } | { kind: 'create' } | { kind: 'blocked'; why: string };

/**
 * The one object a policy object is: the one its `pagerduty_id` names; else the one carrying its
 * mark; else none, and it is created — unless an object that is not the policy's has its name,
 * which would be a second one people confuse with it: that object is reported and this one waits.
 */
export function bindObject<T extends { id: string; name: string; description?: string | null }>(
  sealer: Sealer,
  kind: BoundKind,
  want: { id: string; name: string; pagerdutyId?: string },
  candidates: readonly T[],
  /** The policy's other ids of this kind: an object marked as one of them is theirs, not to adopt. */
  others: readonly string[] = [],
): Bound<T> {
  const label = `${kind.replace('_', ' ')} "${want.name}"`;
  const what = kind.replace('_', ' ');
  // The name the object must end up with: held by another object, the rename PagerDuty refuses
  // would stop the apply midway. Names are compared as PagerDuty might, without case.
  const taken = (object: T | undefined) =>
    kind === 'schedule'
      ? undefined // schedule names need not be unique in PagerDuty
      : candidates.find((c) => c !== object && c.name.toLowerCase() === want.name.toLowerCase());
  const renameBlocked = (object: T, other: T): Bound<T> => ({
    kind: 'blocked',
    why: `The ${label} is ${object.id} in PagerDuty, now called "${object.name}", and another ${what} (${other.id}) has taken the name "${want.name}": PagerDuty would refuse the rename. Rename or delete ${other.id}.`,
  });
  if (want.pagerdutyId) {
    const named = candidates.find((c) => c.id === want.pagerdutyId);
    if (!named)
      return {
        kind: 'blocked',
        why: `The ${label} names pagerduty_id ${want.pagerdutyId}, which this account has no ${what} of. Correct the id, or remove it to create one.`,
      };
    const owner = others.find((id) => sealer.carries(kind, id, named));
    if (owner)
      return {
        kind: 'blocked',
        why: `The ${label} names pagerduty_id ${want.pagerdutyId}, which is marked as the policy's ${what} "${owner}": one PagerDuty object cannot be two. Correct the id.`,
      };
    const other = named.name === want.name ? undefined : taken(named);
    if (other) return renameBlocked(named, other);
    return { kind: 'bound', object: named, sealed: sealer.carries(kind, want.id, named) };
  }
  const sealed = candidates.filter((c) => sealer.carries(kind, want.id, c));
  if (sealed.length > 1)
    return {
      kind: 'blocked',
      why: `PagerDuty has ${sealed.length} objects marked as the ${label} (${sealed.map((c) => c.id).join(', ')}): delete all but one, or name the one to keep with pagerduty_id.`,
    };
  if (sealed.length === 1) {
    const other = sealed[0]!.name === want.name ? undefined : taken(sealed[0]);
    if (other) return renameBlocked(sealed[0]!, other);
    return { kind: 'bound', object: sealed[0]!, sealed: true };
  }
  const clash = candidates.filter((c) => c.name.toLowerCase() === want.name.toLowerCase());
  if (clash.length)
    return {
      kind: 'blocked',
      why: `PagerDuty already has a ${kind.replace('_', ' ')} named "${want.name}" (${clash.map((c) => c.id).join(', ')}) that this policy did not create; a mark in its description does not make it so. Rename or delete it in PagerDuty, or adopt it by setting pagerduty_id: ${clash[0]!.id} in the policy.`,
    };
  return { kind: 'create' };
}
