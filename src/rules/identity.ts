/** Ids, logins and emails name one thing each: a repeat would make every reference ambiguous. */
import { fileOf } from '../model/kinds.js';
import { boundObjects } from '../model/pagerduty-ids.js';
import type { Path } from '../model/source.js';
import { defineRule, indexBy, type Problem } from './rule.js';

function duplicates<T>(
  items: readonly T[],
  key: (t: T) => string,
  file: string,
  pathOf: (i: number) => Path,
  what: string,
): Problem[] {
  const { index, duplicates: dups } = indexBy(items, key);
  return dups.map(([item, i]) => ({
    file,
    path: pathOf(i),
    message: `${what} "${key(item)}" is used twice (first by item ${items.indexOf(index.get(key(item))!) + 1}). Give each its own.`,
  }));
}

export const uniqueIds = defineRule({
  id: 'identity/unique-id',
  severity: 'error',
  description: 'Ids of people, schedules, layers, policies, services, severities and contacts are unique.',
  needs: [],
  check(p) {
    const out: Problem[] = [];
    if (p.team)
      out.push(
        ...duplicates(
          p.team.people,
          (x) => x.id,
          fileOf('team'),
          (i) => ['people', i, 'id'],
          'The person id',
        ),
      );
    if (p.rotations) {
      const rot = fileOf('rotations');
      out.push(
        ...duplicates(
          p.rotations.schedules,
          (x) => x.id,
          rot,
          (i) => ['schedules', i, 'id'],
          'The schedule id',
        ),
      );
      p.rotations.schedules.forEach((s, si) =>
        out.push(
          ...duplicates(
            s.layers,
            (x) => x.id,
            rot,
            (i) => ['schedules', si, 'layers', i, 'id'],
            `In schedule "${s.id}", the layer id`,
          ),
        ),
      );
    }
    if (p.escalation)
      out.push(
        ...duplicates(
          p.escalation.policies,
          (x) => x.id,
          fileOf('escalation'),
          (i) => ['policies', i, 'id'],
          'The policy id',
        ),
      );
    if (p.services)
      out.push(
        ...duplicates(
          p.services.services,
          (x) => x.id,
          fileOf('services'),
          (i) => ['services', i, 'id'],
          'The service id',
        ),
      );
    if (p.severities)
      out.push(
        ...duplicates(
          p.severities.severities,
          (x) => x.id,
          fileOf('severities'),
          (i) => ['severities', i, 'id'],
          'The severity id',
        ),
      );
    if (p.contacts) {
      out.push(
        ...duplicates(
          p.contacts.external,
          (x) => x.id,
          fileOf('contacts'),
          (i) => ['external', i, 'id'],
          'The contact id',
        ),
      );
      out.push(
        ...duplicates(
          p.contacts.escalation_path.levels,
          (x) => String(x.level),
          fileOf('contacts'),
          (i) => ['escalation_path', 'levels', i, 'level'],
          'The level',
        ),
      );
    }
    return out;
  },
});

export const uniqueAccounts = defineRule({
  id: 'identity/unique-account',
  severity: 'error',
  description:
    'No two people share a GitHub login or an email (both compared case-insensitively, as GitHub and PagerDuty do).',
  needs: ['team'],
  check(p) {
    const people = p.team.people;
    const team = fileOf('team');
    return [
      ...duplicates(
        people,
        // A login still to be filled in clashes with nobody's.
        (x) => x.github?.toLowerCase() ?? `\u0000${x.id}`,
        team,
        (i) => ['people', i, 'github'],
        'The GitHub login',
      ),
      ...duplicates(
        people,
        (x) => x.email.toLowerCase(),
        team,
        (i) => ['people', i, 'email'],
        'The email',
      ),
    ];
  },
});

export const uniquePagerDutyIds = defineRule({
  id: 'identity/unique-pagerduty-id',
  severity: 'error',
  description:
    'A pagerduty_id binds one schedule, policy or service: two would have the sync write both into one object.',
  needs: [],
  check(p) {
    const bound = boundObjects(p);
    const first = new Map<string, string>();
    const out: Problem[] = [];
    for (const b of bound) {
      const earlier = first.get(b.pagerdutyId);
      if (earlier)
        out.push({
          file: b.file,
          path: b.path,
          message: `pagerduty_id ${b.pagerdutyId} of ${b.what} already binds ${earlier}. Each PagerDuty object is one policy object: correct one of the ids.`,
        });
      else first.set(b.pagerdutyId, b.what);
    }
    return out;
  },
});
