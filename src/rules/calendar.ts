/** Times and calendars: windows that end after they start, pay periods that can be computed. */
import { Temporal } from 'temporal-polyfill';
import { fileOf } from '../model/kinds.js';
import type { Path } from '../model/source.js';
import type { HolidayDates } from '../model/types.js';
import { clockMinutes, parseLocalDateTime } from '../util/time.js';
import { defineRule, indexBy, type Problem } from './rule.js';

export const layerEndsAfterStart = defineRule({
  id: 'rotation/end-after-start',
  severity: 'error',
  description: 'A layer that ends does so after it starts.',
  needs: ['rotations'],
  check(p) {
    const out: Problem[] = [];
    p.rotations.schedules.forEach((s, si) =>
      s.layers.forEach((l, li) => {
        if (
          l.end !== undefined &&
          Temporal.PlainDateTime.compare(parseLocalDateTime(l.end), parseLocalDateTime(l.start)) <= 0
        )
          out.push({
            file: fileOf('rotations'),
            path: ['schedules', si, 'layers', li, 'end'],
            message: `Layer "${l.id}" of schedule "${s.id}" ends (${l.end}) before it starts (${l.start}). Move end after start or remove it.`,
          });
      }),
    );
    return out;
  },
});

export const businessHoursOrder = defineRule({
  id: 'coverage/business-hours-order',
  severity: 'error',
  description: 'Business hours end after they start on the same day.',
  needs: ['coverage'],
  check(p) {
    const { start, end } = p.coverage.business_hours;
    return clockMinutes(end) > clockMinutes(start)
      ? []
      : [
          {
            file: fileOf('coverage'),
            path: ['business_hours', 'end'],
            message: `Business hours end at ${end}, not after they start at ${start}. After hours is derived as "all other times", so business hours must be one daytime window.`,
          },
        ];
  },
});

export const incidentTargets = defineRule({
  id: 'coverage/response-target',
  severity: 'error',
  description: 'Every severity that opens an incident has a response target in coverage.yaml.',
  needs: ['coverage', 'severities'],
  check(p) {
    return p.severities.severities.flatMap((s, i) =>
      s.incident && !p.coverage.response_minutes[s.id]
        ? [
            {
              file: fileOf('severities'),
              path: ['severities', i, 'id'],
              message: `Severity ${s.id} opens an incident but has no response target. Add response_minutes.${s.id} (business_hours and after_hours) to coverage.yaml.`,
            },
          ]
        : [],
    );
  },
});

export const payPeriodAnchor = defineRule({
  id: 'compensation/pay-period-anchor',
  severity: 'error',
  description: 'Weekly and biweekly pay periods name the date one of them starts.',
  needs: ['compensation'],
  check(p) {
    const pp = p.compensation.pay_periods;
    const anchored = pp.kind === 'weekly' || pp.kind === 'biweekly';
    if (anchored && pp.anchor === undefined)
      return [
        {
          file: fileOf('compensation'),
          path: ['pay_periods'],
          message: `A ${pp.kind} pay period needs anchor: <a date one period starts>.`,
        },
      ];
    if (!anchored && pp.anchor !== undefined)
      return [
        {
          file: fileOf('compensation'),
          path: ['pay_periods', 'anchor'],
          key: true,
          message: `A ${pp.kind} pay period follows the calendar; anchor is only for weekly and biweekly periods. Remove it.`,
        },
      ];
    return [];
  },
});

export const uniqueHolidays = defineRule({
  id: 'compensation/duplicate-holiday',
  severity: 'warning',
  description: 'Each holiday date is listed once in its calendar.',
  needs: ['compensation'],
  check(p) {
    const calendars: [Path, HolidayDates][] = [
      [['holidays'], p.compensation.holidays],
      ...Object.entries(p.compensation.holiday_calendars ?? {}).map(([id, c]): [Path, HolidayDates] => [
        ['holiday_calendars', id],
        c,
      ]),
    ];
    return calendars.flatMap(([at, calendar]) =>
      indexBy(calendar.dates, (d) => d.date).duplicates.map(([d, i]) => ({
        file: fileOf('compensation'),
        path: [...at, 'dates', i, 'date'],
        message: `${d.date} is listed as a holiday twice${at.length > 1 ? ` in holiday calendar "${at[1]}"` : ''}. Remove the repeat.`,
      })),
    );
  },
});
