/**
 * Every policy object bound to a PagerDuty object by `pagerduty_id`, with where it is written.
 * Validate checks that no PagerDuty object is bound twice; the change check, that a new binding
 * has an approver's consent (the next apply rewrites the object it binds).
 */
import type { Path } from './source.js';
import { fileOf } from './kinds.js';
import type { Policy } from './load.js';

export interface BoundObject {
  /** The PagerDuty object's id. */
  pagerdutyId: string;
  /** What it binds, as people read it: `schedule "primary"`. */
  what: string;
  file: string;
  path: Path;
}

export function boundObjects(p: Policy): BoundObject[] {
  const bound: BoundObject[] = [];
  const add = (pagerdutyId: string | undefined, what: string, file: string, path: Path) => {
    if (pagerdutyId) bound.push({ pagerdutyId, what, file, path });
  };
  p.rotations?.schedules.forEach((s, i) =>
    add(s.pagerduty_id, `schedule "${s.id}"`, fileOf('rotations'), ['schedules', i, 'pagerduty_id']),
  );
  p.escalation?.policies.forEach((x, i) =>
    add(x.pagerduty_id, `policy "${x.id}"`, fileOf('escalation'), ['policies', i, 'pagerduty_id']),
  );
  p.services?.services.forEach((x, i) =>
    add(x.pagerduty_id, `service "${x.id}"`, fileOf('services'), ['services', i, 'pagerduty_id']),
  );
  return bound;
}
