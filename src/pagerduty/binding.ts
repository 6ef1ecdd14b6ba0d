/**
 * Which PagerDuty objects are the policy's, decided by marks only the sync's apply can make. Anyone
 * who can edit a PagerDuty object can write its name and description, so neither proves anything:
 * a mark is an Ed25519 signature, by a private key only the apply holds (PAGERDUTY_MARK_KEY, in the
 * `pagerduty` environment), over the object's kind, its policy id and its PagerDuty id; plan and
 * drift check it with the public key in the repository. A mark copied onto another object does not
 * verify, and none can be made without the private key. The ledger of a schedule's overrides is
 * signed whole, for that schedule. An object the policy names by `pagerduty_id` is bound by that id
 * (a reviewed change) and marked at the next apply. Pure.
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export type BoundKind = 'schedule' | 'escalation_policy' | 'service';

/** What the desired descriptions carry until an object's id is known and the mark can be made. */
export const MARKER = '[managed by oncall-as-code]';

const SIG = '[A-Za-z0-9_-]{86}';
const SEALS = new RegExp(`\\[managed by oncall-as-code #(${SIG})\\]`, 'g');
const LEDGER = / ?overrides: ([^\s#]*(?: #\S*)?)$/;
const SIGNED_LEDGER = new RegExp(`^([A-Z0-9,]*) #(${SIG})$`);

/** The mark keys are missing, malformed or do not belong together: nothing is read or written. */
export class MarkKeyError extends Error {}

const pem = (text: string) => text.replace(/\\n/g, '\n').trim();

/**
 * The sealer of a run: with the private key (apply) it marks and checks; with the public key alone
 * (plan, drift) it only checks. Given both, they must be one pair.
 */
export function sealerFor(privateKey: string | undefined, publicKey?: string): Sealer {
  const how =
    "PAGERDUTY_MARK_KEY (the apply's mark-key input) holds an Ed25519 private key in PEM, made with `openssl genpkey -algorithm ed25519`; PAGERDUTY_MARK_PUBLIC_KEY (mark-public-key) its public key, from `openssl pkey -pubout`";
  let priv: KeyObject | undefined;
  let pub: KeyObject | undefined;
  try {
    if (privateKey) priv = createPrivateKey(pem(privateKey));
    if (publicKey) pub = createPublicKey(pem(publicKey));
  } catch (error) {
    throw new MarkKeyError(`a mark key does not read as a PEM key (${(error as Error).message}). ${how}.`);
  }
  if (priv && priv.asymmetricKeyType !== 'ed25519')
    throw new MarkKeyError(`the mark key is not an Ed25519 key. ${how}.`);
  if (!priv && !pub) throw new MarkKeyError(`no mark key: ${how}.`);
  const derived = priv ? createPublicKey(priv) : undefined;
  const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' }).toString('base64');
  if (derived && pub && spki(derived) !== spki(pub))
    throw new MarkKeyError("the mark public key is not the private key's: correct one, or marks would not verify.");
  if (pub && pub.asymmetricKeyType !== 'ed25519')
    throw new MarkKeyError(`the mark public key is not an Ed25519 key. ${how}.`);
  return new Sealer((derived ?? pub)!, priv);
}

export class Sealer {
  constructor(
    private readonly publicKey: KeyObject,
    private readonly privateKey?: KeyObject,
  ) {}

  get canSign(): boolean {
    return this.privateKey !== undefined;
  }

  /** The mark of one object: it names the kind, the policy id and the PagerDuty id it was made for. */
  seal(kind: BoundKind, policyId: string, objectId: string): string {
    return `[managed by oncall-as-code #${this.signed(`${kind}\n${policyId}\n${objectId}`)}]`;
  }

  /**
   * A desired description with its marker replaced by the object's own mark. Without the private
   * key (a plan), the mark the object already carries stands in: a signature is deterministic, so
   * it is the one the apply would write; an object without one is unmarked, which the plan says.
   */
  sealed(description: string, kind: BoundKind, policyId: string, objectId: string, current?: string | null): string {
    // The last marker is the tool's own: the text before it is the policy's, and may quote one.
    const at = description.lastIndexOf(MARKER);
    if (at < 0) return description;
    const mark = this.canSign
      ? this.seal(kind, policyId, objectId)
      : [...(current ?? '').matchAll(SEALS)].find((m) => this.valid(`${kind}\n${policyId}\n${objectId}`, m[1]!))?.[0];
    return mark ? description.slice(0, at) + mark + description.slice(at + MARKER.length) : description;
  }

  carries(kind: BoundKind, policyId: string, object: { id: string; description?: string | null }): boolean {
    const text = `${kind}\n${policyId}\n${object.id}`;
    return [...(object.description ?? '').matchAll(SEALS)].some((m) => this.valid(text, m[1]!));
  }

  /**
   * The override ids a managed schedule's description records, when the ledger is signed for this
   * schedule; otherwise none, and what it lists is reported: only a hand in PagerDuty writes one.
   */
  ledger(schedule: { id: string; description?: string | null }): { ids: string[]; forged: string[] } {
    const raw = LEDGER.exec(schedule.description ?? '')?.[1];
    if (raw === undefined) return { ids: [], forged: [] };
    const m = SIGNED_LEDGER.exec(raw);
    const ids = m?.[1]?.split(',').filter(Boolean) ?? [];
    if (m && this.valid(ledgerText(schedule.id, ids), m[2]!)) return { ids, forged: [] };
    return {
      ids: [],
      forged: raw
        .replace(/ #\S*$/, '')
        .split(',')
        .filter(Boolean),
    };
  }

  /** The description with its ledger: the override ids, signed together for this schedule. */
  withLedger(description: string, scheduleId: string, ids: readonly string[]): string {
    const sorted = [...ids].sort();
    const base = withoutLedger(description);
    return sorted.length
      ? `${base} overrides: ${sorted.join(',')} #${this.signed(ledgerText(scheduleId, sorted))}`
      : base;
  }

  private signed(text: string): string {
    if (!this.privateKey) throw new Error('a mark can only be made with the private mark key (apply).');
    return sign(null, Buffer.from(text), this.privateKey).toString('base64url');
  }

  private valid(text: string, signature: string): boolean {
    return verify(null, Buffer.from(text), this.publicKey, Buffer.from(signature, 'base64url'));
  }
}

const ledgerText = (scheduleId: string, ids: readonly string[]) =>
  `overrides\n${scheduleId}\n${[...ids].sort().join(',')}`;

export function withoutLedger(description: string): string {
  return description.replace(LEDGER, '');
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
