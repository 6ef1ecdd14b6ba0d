/** Escalation policies: delays PagerDuty accepts, and delays that honour the response targets. */
import { fileOf } from '../model/kinds.js';
import { defineRule, type Problem } from './rule.js';

export const minimumDelay = defineRule({
  id: 'escalation/minimum-delay',
  severity: 'error',
  description: 'Every escalation rule waits at least 1 minute before the next (PagerDuty rejects less).',
  needs: ['escalation'],
  check(p) {
    const out: Problem[] = [];
    p.escalation.policies.forEach((pol, pi) =>
      pol.rules.forEach((r, ri) => {
        if (r.escalation_delay_minutes < 1)
          out.push({
            file: fileOf('escalation'),
            path: ['policies', pi, 'rules', ri, 'escalation_delay_minutes'],
            message: `Rule ${ri + 1} of policy "${pol.id}" escalates after ${r.escalation_delay_minutes} minutes; PagerDuty needs at least 1. Set escalation_delay_minutes to 1 or more.`,
          });
      }),
    );
    return out;
  },
});

export const firstDelayWithinTarget = defineRule({
  id: 'escalation/first-delay-within-target',
  severity: 'error',
  description:
    'The first rule of a policy escalates no later than the strictest response target of the severities its services carry, so a missed page reaches the next person in time.',
  needs: ['escalation', 'services', 'coverage'],
  check(p) {
    const out: Problem[] = [];
    p.escalation.policies.forEach((pol, pi) => {
      const first = pol.rules[0];
      if (!first) return;
      let strictest: { minutes: number; severity: string; window: string; service: string } | undefined;
      for (const service of p.services.services) {
        if (service.escalation_policy !== pol.id) continue;
        for (const severity of Object.keys(service.urgency)) {
          const target = p.coverage.response_minutes[severity];
          if (!target) continue;
          for (const [window, minutes] of [
            ['business hours', target.business_hours],
            ['after hours', target.after_hours],
          ] as const) {
            if (!strictest || minutes < strictest.minutes)
              strictest = { minutes, severity, window, service: service.id };
          }
        }
      }
      if (strictest && first.escalation_delay_minutes > strictest.minutes)
        out.push({
          file: fileOf('escalation'),
          path: ['policies', pi, 'rules', 0, 'escalation_delay_minutes'],
          message:
            `Policy "${pol.id}" waits ${first.escalation_delay_minutes} minutes before escalating, but service "${strictest.service}" carries ` +
            `${strictest.severity}, which must be acknowledged within ${strictest.minutes} minutes ${strictest.window} (coverage.yaml). ` +
            `Lower the first escalation_delay_minutes to ${strictest.minutes} or less.`,
        });
    });
    return out;
  },
});

export const policyUsed = defineRule({
  id: 'escalation/unused-policy',
  severity: 'warning',
  description: 'Every escalation policy is used by at least one service.',
  needs: ['escalation', 'services'],
  check(p) {
    const used = new Set(p.services.services.map((s) => s.escalation_policy));
    return p.escalation.policies.flatMap((pol, pi) =>
      used.has(pol.id)
        ? []
        : [
            {
              file: fileOf('escalation'),
              path: ['policies', pi, 'id'],
              message: `No service in services.yaml uses policy "${pol.id}", so it never pages anyone. Point a service at it or remove it.`,
            },
          ],
    );
  },
});

export const scheduleUsed = defineRule({
  id: 'escalation/unused-schedule',
  severity: 'warning',
  description: 'Every schedule is paged by some escalation rule.',
  needs: ['escalation', 'rotations'],
  check(p) {
    const used = new Set(
      p.escalation.policies.flatMap((pol) => pol.rules.flatMap((r) => r.targets.map((t) => t.schedule))),
    );
    return p.rotations.schedules.flatMap((s, si) =>
      used.has(s.id)
        ? []
        : [
            {
              file: fileOf('rotations'),
              path: ['schedules', si, 'id'],
              message: `No escalation rule pages schedule "${s.id}", so whoever holds it is never alerted. Add it to a policy in escalation.yaml or remove it.`,
            },
          ],
    );
  },
});
