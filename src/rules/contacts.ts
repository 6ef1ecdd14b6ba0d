/** The escalation path people read in contacts.yaml says what the pager actually does. */
import { fileOf } from '../model/kinds.js';
import type { Target } from '../model/types.js';
import { defineRule, type Problem } from './rule.js';

const show = (t: Target) => (t.schedule !== undefined ? `schedule ${t.schedule}` : `person ${t.person}`);
const same = (a: Target, b: Target) => a.schedule === b.schedule && a.person === b.person;

export const pathMatchesPolicy = defineRule({
  id: 'contacts/path-matches-policy',
  severity: 'error',
  description: 'The escalation path in contacts.yaml lists, level by level, the targets of its escalation policy.',
  needs: ['contacts', 'escalation'],
  check(p) {
    const path = p.contacts.escalation_path;
    const policy = p.escalation.policies.find((x) => x.id === path.policy);
    if (!policy) return []; // reference/unknown-policy reports it
    const file = fileOf('contacts');
    const out: Problem[] = [];
    const levels = [...path.levels].sort((a, b) => a.level - b.level);
    levels.forEach((level, n) => {
      const index = path.levels.indexOf(level);
      if (level.level !== n + 1) {
        out.push({
          file,
          path: ['escalation_path', 'levels', index, 'level'],
          message: `Levels must be numbered 1, 2, 3… without gaps; expected ${n + 1} here, found ${level.level}.`,
        });
        return;
      }
      const rule = policy.rules[n];
      if (!rule) {
        out.push({
          file,
          path: ['escalation_path', 'levels', index],
          message: `Level ${level.level} has no matching rule: policy "${policy.id}" has only ${policy.rules.length} rules. Remove the level or add a rule to escalation.yaml.`,
        });
      } else if (!rule.targets.some((t) => same(t, level.contact))) {
        out.push({
          file,
          path: ['escalation_path', 'levels', index, 'contact'],
          message: `Level ${level.level} names ${show(level.contact)}, but rule ${n + 1} of policy "${policy.id}" pages ${rule.targets.map(show).join(', ')}. Make the two agree.`,
        });
      }
    });
    if (levels.length < policy.rules.length)
      out.push({
        file,
        path: ['escalation_path', 'levels'],
        key: true,
        message: `The path lists ${levels.length} levels but policy "${policy.id}" has ${policy.rules.length} rules. Add the missing levels.`,
      });
    return out;
  },
});
