/** The roster: every engineer has a manager to notify, and management chains end. */
import { fileOf } from '../model/kinds.js';
import { defineRule, type Problem } from './rule.js';

export const managerRequired = defineRule({
  id: 'team/manager-required',
  severity: 'error',
  description: 'Every engineer names a manager: swaps notify the managers of both engineers.',
  needs: ['team'],
  check(p) {
    return p.team.people.flatMap((x, i) =>
      x.role === 'engineer' && x.manager === undefined
        ? [
            {
              file: fileOf('team'),
              path: ['people', i],
              message: `Engineer "${x.id}" has no manager; swap requests must notify one. Add manager: <person id>.`,
            },
          ]
        : [],
    );
  },
});

export const managerChain = defineRule({
  id: 'team/manager-cycle',
  severity: 'error',
  description: 'Following managers upward always ends; nobody manages themselves, directly or in a loop.',
  needs: ['team'],
  check(p) {
    const managerOf = new Map(p.team.people.map((x) => [x.id, x.manager]));
    const out: Problem[] = [];
    p.team.people.forEach((x, i) => {
      const seen = [x.id];
      let next = x.manager;
      while (next !== undefined && managerOf.has(next)) {
        if (next === x.id) {
          out.push({
            file: fileOf('team'),
            path: ['people', i, 'manager'],
            message: `Managers loop back to "${x.id}" (${[...seen, next].join(' → ')}). Someone at the top must have no manager.`,
          });
          break;
        }
        if (seen.includes(next)) break; // a loop above this person; reported on its own members
        seen.push(next);
        next = managerOf.get(next);
      }
    });
    return out;
  },
});
