/** The roster: every engineer has a manager to notify, and management chains end. */
import { fileOf } from '../model/kinds.js';
import { pending, type Person, type TodoField } from '../model/types.js';
import { defineRule, type Problem } from './rule.js';

export const managerRequired = defineRule({
  id: 'team/manager-required',
  severity: 'error',
  description: 'Every engineer names a manager: swaps notify the managers of both engineers.',
  needs: ['team'],
  check(p) {
    return p.team.people.flatMap((x, i) =>
      x.role === 'engineer' && x.manager === undefined && !pending(x, 'manager')
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

const STILL_TO_FILL: Record<TodoField, (x: Person) => string> = {
  github: (x) =>
    `"${x.id}" has no GitHub login yet (todo): add github: <login> (and github_id), which swap approvals, review requests and issues use.`,
  manager: (x) => `"${x.id}" has no manager yet (todo): add manager: <person id>; swaps notify the manager.`,
  training: (x) =>
    `"${x.id}"'s training record is still to be filled in (todo): record the "Before First Shift" and quarterly dates under training; until then being on call untrained is not reported.`,
};

const FILLED: Record<TodoField, (x: Person) => boolean> = {
  github: (x) => x.github !== undefined,
  manager: (x) => x.manager !== undefined,
  training: (x) => x.training !== undefined,
};

/**
 * What a person's record still lacks (`todo`, e.g. after an import from PagerDuty, which holds no
 * GitHub logins, managers or training): one warning per item, at its line, instead of the errors
 * the missing fields would be; and the person cannot consent to a swap until the list is gone.
 */
export const todoPending = defineRule({
  id: 'team/todo',
  severity: 'warning',
  description:
    'A person whose record lists what is still to be filled in (todo: github, manager, training) is reminded of each item; until none is left they cannot consent to a swap.',
  needs: ['team'],
  check(p) {
    return p.team.people.flatMap((x, i) =>
      (x.todo ?? []).map((field, j) => ({
        file: fileOf('team'),
        path: ['people', i, 'todo', j],
        message: FILLED[field](x)
          ? `"${x.id}" has ${field} filled in but todo still lists it: remove "${field}" from todo.`
          : `${STILL_TO_FILL[field](x)} Then remove "${field}" from todo; until todo is gone, ${x.id} cannot consent to a swap.`,
      })),
    );
  },
});
