/** Every person, schedule, policy and severity named anywhere exists where it is defined. */
import { fileOf } from '../model/kinds.js';
import type { Path } from '../model/source.js';
import type { Target } from '../model/types.js';
import { closest } from '../model/wording.js';
import { defineRule, type Problem } from './rule.js';

function unknown(
  kind: string,
  id: string,
  known: Iterable<string>,
  definedIn: string,
  file: string,
  path: Path,
  key = false,
): Problem {
  const guess = closest(id, [...known]);
  return {
    file,
    path,
    key,
    message:
      `Unknown ${kind} "${id}": no ${kind} has that id in ${definedIn}.` +
      (guess ? ` Did you mean "${guess}"?` : ` Add it there or use one of its ids.`),
  };
}

export const knownPeople = defineRule({
  id: 'reference/unknown-person',
  severity: 'error',
  description: 'Managers, layer members, person targets and the people of swaps are people in team.yaml.',
  needs: ['team'],
  check(p) {
    const ids = new Set(p.team.people.map((x) => x.id));
    const team = fileOf('team');
    const out: Problem[] = [];
    const check = (id: string, file: string, path: Path) => {
      if (!ids.has(id)) out.push(unknown('person', id, ids, team, file, path));
    };
    p.team.people.forEach((x, i) => x.manager !== undefined && check(x.manager, team, ['people', i, 'manager']));
    p.rotations?.schedules.forEach((s, si) =>
      s.layers.forEach((l, li) =>
        l.members.forEach((m, mi) => check(m, fileOf('rotations'), ['schedules', si, 'layers', li, 'members', mi])),
      ),
    );
    p.escalation?.policies.forEach((pol, pi) =>
      pol.rules.forEach((r, ri) =>
        r.targets.forEach(
          (t, ti) =>
            t.person !== undefined &&
            check(t.person, fileOf('escalation'), ['policies', pi, 'rules', ri, 'targets', ti, 'person']),
        ),
      ),
    );
    p.contacts?.escalation_path.levels.forEach(
      (l, li) =>
        l.contact.person !== undefined &&
        check(l.contact.person, fileOf('contacts'), ['escalation_path', 'levels', li, 'contact', 'person']),
    );
    for (const s of p.swaps) {
      check(s.data.relieved, s.file, ['relieved']);
      check(s.data.covering, s.file, ['covering']);
    }
    return out;
  },
});

export const knownSchedules = defineRule({
  id: 'reference/unknown-schedule',
  severity: 'error',
  description: 'Schedules paged by escalation rules, listed as contacts or swapped exist in rotations.yaml.',
  needs: ['rotations'],
  check(p) {
    const ids = new Set(p.rotations.schedules.map((s) => s.id));
    const out: Problem[] = [];
    const check = (t: Target, file: string, path: Path) => {
      if (t.schedule !== undefined && !ids.has(t.schedule))
        out.push(unknown('schedule', t.schedule, ids, fileOf('rotations'), file, [...path, 'schedule']));
    };
    p.escalation?.policies.forEach((pol, pi) =>
      pol.rules.forEach((r, ri) =>
        r.targets.forEach((t, ti) => check(t, fileOf('escalation'), ['policies', pi, 'rules', ri, 'targets', ti])),
      ),
    );
    p.contacts?.escalation_path.levels.forEach((l, li) =>
      check(l.contact, fileOf('contacts'), ['escalation_path', 'levels', li, 'contact']),
    );
    for (const s of p.swaps) check({ schedule: s.data.schedule }, s.file, []);
    return out;
  },
});

export const knownPolicies = defineRule({
  id: 'reference/unknown-policy',
  severity: 'error',
  description: 'Every service, and the contacts escalation path, names an escalation policy that exists.',
  needs: ['escalation'],
  check(p) {
    const ids = new Set(p.escalation.policies.map((x) => x.id));
    const out: Problem[] = [];
    p.services?.services.forEach((s, i) => {
      if (!ids.has(s.escalation_policy))
        out.push(
          unknown('escalation policy', s.escalation_policy, ids, fileOf('escalation'), fileOf('services'), [
            'services',
            i,
            'escalation_policy',
          ]),
        );
    });
    const path = p.contacts?.escalation_path;
    if (path && !ids.has(path.policy))
      out.push(
        unknown('escalation policy', path.policy, ids, fileOf('escalation'), fileOf('contacts'), [
          'escalation_path',
          'policy',
        ]),
      );
    return out;
  },
});

export const knownSeverities = defineRule({
  id: 'reference/unknown-severity',
  severity: 'error',
  description: 'Severities in service urgencies and response targets exist in severities.yaml.',
  needs: ['severities'],
  check(p) {
    const ids = new Set(p.severities.severities.map((x) => x.id));
    const out: Problem[] = [];
    p.services?.services.forEach((s, i) => {
      for (const sev of Object.keys(s.urgency))
        if (!ids.has(sev))
          out.push(
            unknown(
              'severity',
              sev,
              ids,
              fileOf('severities'),
              fileOf('services'),
              ['services', i, 'urgency', sev],
              true,
            ),
          );
    });
    for (const sev of Object.keys(p.coverage?.response_minutes ?? {}))
      if (!ids.has(sev))
        out.push(
          unknown('severity', sev, ids, fileOf('severities'), fileOf('coverage'), ['response_minutes', sev], true),
        );
    return out;
  },
});

export const knownHolidayCalendars = defineRule({
  id: 'reference/unknown-holiday-calendar',
  severity: 'error',
  description: 'A person’s holiday_calendar is one that compensation.yaml defines in holiday_calendars.',
  needs: ['team', 'compensation'],
  check(p) {
    const ids = Object.keys(p.compensation.holiday_calendars ?? {});
    const company = p.compensation.holidays.calendar;
    const out: Problem[] = [];
    p.team.people.forEach((person, i) => {
      const id = person.holiday_calendar;
      if (id === undefined || ids.includes(id)) return;
      const guess = closest(id, ids);
      const known = ids.length
        ? `its ids are ${ids.map((x) => `"${x}"`).join(', ')}`
        : 'it defines no holiday_calendars';
      out.push({
        file: fileOf('team'),
        path: ['people', i, 'holiday_calendar'],
        message:
          `Unknown holiday calendar "${id}" for ${person.id}: ${fileOf('compensation')} has no holiday_calendars entry with that id (${known}).` +
          (guess ? ` Did you mean "${guess}"?` : '') +
          ` Add the calendar there, or remove holiday_calendar so ${person.id} has the company's holidays${company ? ` (${company})` : ''}.`,
      });
    });
    return out;
  },
});
