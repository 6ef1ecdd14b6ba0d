/**
 * A deterministic synthetic organisation for benchmarks: schedules with weekly and daily layers in
 * several time zones, and swaps that each relieve the person who really holds the period.
 */
import type { SwapEntry } from '../src/model/load.js';
import type { Schedule } from '../src/model/types.js';
import { rotationShifts } from '../src/schedule/rotation.js';
import type { Interval } from '../src/schedule/types.js';
import { isoUtc } from '../src/util/time.js';
import { mulberry32 } from '../test/fakes/http.js';

const ZONES = [
  'Etc/UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Asia/Tokyo',
];

/** A small deterministic PRNG, so every run measures the same organisation. */
export const random = mulberry32;

export interface SyntheticOrg {
  rotations: { schedules: Schedule[] };
  swaps: SwapEntry[];
  window: Interval;
}

export function syntheticOrg(schedules: number, swaps: number, seed = 1): SyntheticOrg {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const window = { start: Date.parse('2027-01-01T00:00:00Z'), end: Date.parse('2028-01-01T00:00:00Z') };
  const list: Schedule[] = [];
  for (let i = 0; i < schedules; i++) {
    const members = Array.from(
      { length: 4 + Math.floor(rnd() * 6) },
      (_, m) => `person-${(i * 7 + m) % (schedules * 10)}`,
    );
    const daily = rnd() < 0.5;
    const layers: Schedule['layers'] = [
      {
        id: 'base',
        time_zone: pick(ZONES),
        start: '2026-06-07T09:00',
        turn_length: daily ? { days: 1 } : { weeks: 1 },
        members,
      },
    ];
    if (rnd() < 0.3)
      layers.push({
        id: 'business-hours',
        time_zone: pick(ZONES),
        start: '2026-06-01T09:00',
        turn_length: { weeks: 1 },
        members: [...members].reverse(),
        restrictions: [
          { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' },
        ],
      });
    list.push({ id: `schedule-${i}`, layers });
  }
  // Swaps relieve whoever holds a random stretch of a random shift, so they all apply.
  const rotation = new Map(list.map((s) => [s.id, rotationShifts(s, window)]));
  const out: SwapEntry[] = [];
  const used = new Set<string>();
  while (out.length < swaps) {
    const schedule = pick(list).id;
    const shifts = rotation.get(schedule)!;
    const index = Math.floor(rnd() * shifts.length);
    const key = `${schedule}#${index}`;
    if (used.has(key)) continue;
    used.add(key);
    const s = shifts[index]!;
    const hour = 3_600_000;
    const length = Math.max(hour, Math.floor(((s.end - s.start) * rnd()) / hour) * hour);
    const start = s.start + Math.floor(((s.end - s.start - length) * rnd()) / hour) * hour;
    out.push({
      id: `${isoUtc(start).slice(0, 10)}-${schedule}-${s.person}-${out.length}`,
      file: `oncall/swaps/${out.length}.yaml`,
      data: {
        schedule,
        start: isoUtc(start),
        end: isoUtc(start + length),
        relieved: s.person,
        covering: `cover-${out.length % 97}`,
        reason: 'benchmark',
      },
    });
  }
  return { rotations: { schedules: list }, swaps: out, window };
}
