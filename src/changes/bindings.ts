/**
 * A `pagerduty_id` hands a PagerDuty object to the policy: the next apply renames it, rewrites it
 * and marks it as the tool's. Anyone can name any id in a PR, so binding (or rebinding) one needs
 * more than an ordinary approval — it needs an approver of the escalation chain above the
 * engineers (an engineering manager or the CTO, from the base branch's roster), by a review of a
 * head that carries the binding as it now reads. Unbinding needs nothing: the object is then left
 * alone, and a policy object of the same name is held back as a name clash.
 */
import type { Policy } from '../model/load.js';
import { boundObjects, type BoundObject } from '../model/pagerduty-ids.js';
import type { Person } from '../model/types.js';
import type { Check } from './checks.js';
import { who } from './checks.js';
import { isPerson, type ReviewFact } from './evidence.js';

export interface BindingChange extends BoundObject {
  /** The PagerDuty id it was bound to on the base branch, if any. */
  was?: string;
}

const APPROVER_ROLES: ReadonlySet<string> = new Set(['engineering-manager', 'cto']);

/** The objects the head binds to a PagerDuty id the base did not bind them to. */
export function bindingChanges(base: Policy, head: Policy): BindingChange[] {
  const before = new Map(boundObjects(base).map((b) => [b.what, b.pagerdutyId]));
  return boundObjects(head).flatMap((b) => {
    const was = before.get(b.what);
    if (was === b.pagerdutyId) return [];
    return [{ ...b, ...(was !== undefined ? { was } : {}) }];
  });
}

/** The bindings as one comparable value: whether an earlier head held the same ones. */
export const bindingsKey = (changes: readonly BindingChange[]): string =>
  changes
    .map((c) => `${c.what}=${c.pagerdutyId}`)
    .sort()
    .join('\n');

export function bindingCheck(
  change: BindingChange,
  approvals: readonly ReviewFact[],
  people: ReadonlyMap<string, Person>,
): Check {
  const approvers = [...people.values()].filter((p) => APPROVER_ROLES.has(p.role));
  const by = approvers.find((p) => approvals.some((r) => isPerson(r, p)));
  const what = `${change.what} ${change.was ? `from PagerDuty ${change.was} to ${change.pagerdutyId}` : `to PagerDuty ${change.pagerdutyId}`}`;
  if (by)
    return {
      id: 'binding',
      ok: true,
      message: `Binds ${what}; approved by ${who(by)}.`,
    };
  return {
    id: 'binding',
    ok: false,
    message: `Binds ${what}, which the next apply renames and rewrites: it needs an approval from an engineering manager or the CTO (${approvers.map((p) => who(p)).join(' or ') || 'none on the roster'}) of a head with this binding, after it last changed.`,
  };
}
