/**
 * What a roster change does to people: each affected person's final shifts (after swaps) before
 * and after, over the new layer's first cycle. Pure, like the planner it reads.
 */
import { layerTurns } from '../schedule/layers.js';
import { buildTimeline, type SchedulePolicy } from '../schedule/timeline.js';
import type { Shift } from '../schedule/types.js';
import type { RosterChange } from './roster-change.js';

export interface PersonEffect {
  person: string;
  before: Shift[];
  after: Shift[];
}

/**
 * The final shifts (after swaps) of everyone whose turns differ over the new layer's first full
 * cycle: what a person asks of a roster change is "when am I on now". Later turns of a longer or
 * shorter cycle drift for everyone; the swap check judges those over its whole horizon.
 */
export function rosterEffect(before: SchedulePolicy, after: SchedulePolicy, change: RosterChange): PersonEffect[] {
  const cycle = Math.max(change.ended.members.length, change.added.members.length);
  const window = { start: change.effective, end: layerTurns(change.added).startOf(cycle) };
  const pick = (p: SchedulePolicy) =>
    (buildTimeline(p, window).schedules.get(change.schedule) ?? []).filter(
      (s) => s.end > window.start && s.start < window.end,
    );
  const [was, will] = [pick(before), pick(after)];
  const key = (s: Shift) => `${s.start}/${s.end}`;
  const people = [...new Set([...was, ...will].map((s) => s.person))];
  return people
    .map((person) => ({
      person,
      before: was.filter((s) => s.person === person),
      after: will.filter((s) => s.person === person),
    }))
    .filter((e) => e.before.map(key).join() !== e.after.map(key).join());
}
