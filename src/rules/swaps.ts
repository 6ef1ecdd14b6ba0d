/** Swap files: a real period, held by the person relieved, named after what it does. */
import { isoUtc, instantMs, WEEK_MS } from '../util/time.js';
import { defineRule, type Problem } from './rule.js';

export const swapHeld = defineRule({
  id: 'swap/not-held',
  severity: 'error',
  description:
    'A swap that has not ended names a period the relieved person holds on that schedule, counting the other swaps.',
  needs: ['rotations'],
  check(p, ctx) {
    const out: Problem[] = [];
    for (const o of ctx.timeline().swaps) {
      if (o.status !== 'not-held' || (o.end ?? o.start) <= ctx.now) continue;
      const { relieved } = o.swap.data;
      const parts = o.others.map((h) =>
        h.person === undefined
          ? `nobody holds ${isoUtc(h.start)} to ${isoUtc(h.end)}`
          : `${h.person} holds ${isoUtc(h.start)} to ${isoUtc(h.end)}${h.swap ? ` (by swap ${h.swap})` : ''}`,
      );
      out.push({
        file: o.swap.file,
        path: ['relieved'],
        message:
          `${relieved} does not hold "${o.swap.data.schedule}" for the whole period${o.end !== undefined ? ` ${isoUtc(o.start)} to ${isoUtc(o.end)}` : ''}: ${parts.join('; ')}. ` +
          'Change the period to one of their shifts (split a swap that crosses a handoff into one per holder), or the relieved person.',
      });
    }
    return out;
  },
});

export const swapPeriod = defineRule({
  id: 'swap/period',
  severity: 'error',
  description: 'A swap ends after it starts, on whole minutes, and hands the shift to someone else.',
  needs: [],
  check(p) {
    const out: Problem[] = [];
    for (const s of p.swaps) {
      if (s.data.end !== undefined && instantMs(s.data.end) <= instantMs(s.data.start))
        out.push({
          file: s.file,
          path: ['end'],
          message: `The swap ends (${s.data.end}) before it starts (${s.data.start}). Set end after start, or omit it to cover the rest of the shift.`,
        });
      for (const field of ['start', 'end'] as const) {
        const value = s.data[field];
        if (value !== undefined && instantMs(value) % 60_000 !== 0)
          out.push({
            file: s.file,
            path: [field],
            message: `${field} ${value} is not on a whole minute; PagerDuty drops seconds, so the override would never match it. Use a time on the minute.`,
          });
      }
      if (s.data.relieved === s.data.covering)
        out.push({
          file: s.file,
          path: ['covering'],
          message: `${s.data.covering} would cover their own shift. Name the colleague who covers it.`,
        });
    }
    return out;
  },
});

export const swapPayback = defineRule({
  id: 'swap/payback',
  severity: 'error',
  description: 'A payback names another swap file that returns the favour (covering and relieved reversed).',
  needs: [],
  check(p) {
    const out: Problem[] = [];
    const byId = new Map(p.swaps.map((s) => [s.id, s]));
    for (const s of p.swaps) {
      const ref = s.data.payback;
      if (ref === undefined) continue;
      const other = byId.get(ref.replace(/\.yaml$/, ''));
      if (!other && p.brokenSwaps.length === 0)
        out.push({
          file: s.file,
          path: ['payback'],
          message: `No swap file oncall/swaps/${ref.replace(/\.yaml$/, '')}.yaml exists. Name the file (without .yaml) of the swap that pays this one back.`,
        });
      else if (other && (other.data.relieved !== s.data.covering || other.data.covering !== s.data.relieved))
        out.push({
          file: s.file,
          path: ['payback'],
          message: `Swap ${other.id} relieves ${other.data.relieved} and is covered by ${other.data.covering}; a payback of this swap must relieve ${s.data.covering} and be covered by ${s.data.relieved}.`,
        });
    }
    return out;
  },
});

export const swapFileName = defineRule({
  id: 'swap/file-name',
  severity: 'warning',
  description: 'A swap file is named <start date, UTC>-<schedule>-<relieved>.yaml, so the folder reads as a log.',
  needs: [],
  check(p) {
    const out: Problem[] = [];
    for (const s of p.swaps) {
      const expected = `${isoUtc(instantMs(s.data.start)).slice(0, 10)}-${s.data.schedule}-${s.data.relieved}`;
      if (s.id !== expected && !s.id.startsWith(`${expected}-`))
        out.push({
          file: s.file,
          path: [],
          message: `Name this file ${expected}.yaml (a suffix such as -2 may follow), after its start date, schedule and relieved person.`,
        });
    }
    return out;
  },
});

/** How far ahead a swap may start: two years, well past any rota anyone plans. */
export const SWAP_AHEAD_WEEKS = 104;

export const swapTooFarAhead = defineRule({
  id: 'swap/too-far-ahead',
  severity: 'error',
  description: `A swap starts at most ${SWAP_AHEAD_WEEKS} weeks (two years) ahead: the rotation will have changed before then, and checking it would mean computing every shift until it.`,
  needs: [],
  check(p, ctx) {
    const limit = ctx.now + SWAP_AHEAD_WEEKS * WEEK_MS;
    return p.swaps
      .filter((s) => instantMs(s.data.start) > limit)
      .map((s) => ({
        file: s.file,
        path: ['start'],
        message: `The swap starts ${s.data.start}, more than two years ahead (after ${isoUtc(limit)}). Swap shifts in the rota you can see; check the date.`,
      }));
  },
});
