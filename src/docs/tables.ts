/**
 * The tables of docs/on-call.md, generated from the policy, so the document people read says what
 * the pager does. Each table sits between `<!-- oncall:generated NAME -->` and `<!-- oncall:end -->`.
 */
import type { Policy } from '../model/load.js';
import { buildTimeline } from '../schedule/timeline.js';
import { isoUtc, WEEK_MS, zoned } from '../util/time.js';

export const DOC_PATH = 'docs/on-call.md';
const BLOCK = /(<!-- oncall:generated ([a-z-]+) -->\n)([\s\S]*?)(<!-- oncall:end -->)/g;

type Table = (policy: Policy) => string;

const row = (cells: readonly (string | number)[]) =>
  `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n') + '\n';
const name = (policy: Policy, id: string) => policy.team?.people.find((p) => p.id === id)?.name ?? id;

const TABLES: Record<string, Table> = {
  rotation(policy) {
    const schedules = policy.rotations?.schedules ?? [];
    const first = schedules[0]?.layers[0];
    if (!first) return '';
    // One cycle of the first layer's weekly turns, as the procedures' table shows it.
    const start = zoned(first.start, first.time_zone).epochMilliseconds;
    const weeks = Math.max(...schedules.map((s) => s.layers[0]?.members.length ?? 1));
    const timeline = buildTimeline({ rotations: policy.rotations, swaps: [] }, { start, end: start + weeks * WEEK_MS });
    const rows = Array.from({ length: weeks }, (_, w) => {
      const t = start + w * WEEK_MS + 1;
      return [
        `Week ${w + 1}`,
        ...schedules.map((s) =>
          name(policy, timeline.schedules.get(s.id)?.find((x) => x.start <= t && t < x.end)?.person ?? '–'),
        ),
      ];
    });
    return (
      table(['Week', ...schedules.map((s) => s.name ?? s.id)], rows) +
      `\nWeek 1 begins ${isoUtc(start)}; the rotation repeats. Swaps are in \`oncall/swaps/\`; \`npx oncall who\` says who is on call now.\n`
    );
  },
  coverage(policy) {
    const c = policy.coverage;
    if (!c) return '';
    const days = c.business_hours.days.map((d) => d.slice(0, 3).replace(/^./, (x) => x.toUpperCase())).join(', ');
    const targets = (window: 'business_hours' | 'after_hours') =>
      Object.entries(c.response_minutes)
        .map(
          ([sev, t]) =>
            `${t[window] >= 60 && t[window] % 60 === 0 ? `${t[window] / 60} hour${t[window] === 60 ? '' : 's'}` : `${t[window]} minutes`} (${sev})`,
        )
        .join(', ');
    return table(
      ['Type', 'Hours', 'Response Time'],
      [
        [
          'Business Hours',
          `${days} ${c.business_hours.start}–${c.business_hours.end} (${c.time_zone})`,
          targets('business_hours'),
        ],
        ['After Hours', 'All other times', targets('after_hours')],
      ],
    );
  },
  services(policy) {
    return table(
      ['Service', 'Description', 'Severity', 'Escalation policy'],
      (policy.services?.services ?? []).map((s) => [
        s.id,
        s.description,
        Object.keys(s.urgency).join('/'),
        s.escalation_policy,
      ]),
    );
  },
  severities(policy) {
    return table(
      ['Severity', 'Criteria', 'Action'],
      (policy.severities?.severities ?? []).map((s) => [`**${s.id}**`, s.criteria, s.action]),
    );
  },
  escalation(policy) {
    const p = policy.escalation?.policies[0];
    if (!p) return '';
    let elapsed = 0;
    const rows = p.rules.map((r, i) => {
      const who = r.targets
        .map((t) =>
          t.schedule !== undefined
            ? `${policy.rotations?.schedules.find((s) => s.id === t.schedule)?.name ?? t.schedule}`
            : name(policy, t.person!),
        )
        .join(', ');
      const when = i === 0 ? 'First responder' : `${elapsed} min no response`;
      elapsed += r.escalation_delay_minutes;
      return [i + 1, who, when];
    });
    return (
      table(['Level', 'Contact', 'When'], rows) +
      `\nAfter the last level the policy starts again, ${p.num_loops ?? 0} more time(s).\n`
    );
  },
  contacts(policy) {
    return table(
      ['Service', 'Contact', 'Issue Type'],
      (policy.contacts?.external ?? []).map((e) => [e.name, e.contact, e.issue_type]),
    );
  },
};

/** The document with every generated table brought up to date (unknown names are left alone). */
export function renderDoc(text: string, policy: Policy): string {
  return text.replace(BLOCK, (whole, open: string, key: string, _body: string, close: string) => {
    const make = TABLES[key];
    return make ? `${open}\n${make(policy)}\n${close}` : whole;
  });
}

/** The names of the tables that differ from what the policy generates. */
export function staleTables(text: string, policy: Policy): { key: string; offset: number }[] {
  const out: { key: string; offset: number }[] = [];
  for (const m of text.matchAll(BLOCK)) {
    const make = TABLES[m[2]!];
    if (make && m[3] !== `\n${make(policy)}\n`) out.push({ key: m[2]!, offset: m.index! });
  }
  return out;
}
