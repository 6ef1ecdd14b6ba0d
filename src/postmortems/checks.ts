/**
 * What a postmortem must say, checked with positions: the template's sections in order and filled,
 * instants that agree with the duration, a timeline in order, an action items table a machine can
 * file issues from, and names, severities and services that exist in the policy.
 */
import { posix } from 'node:path';
import type { Root } from 'mdast';
import remarkLint from 'remark-lint';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../model/load.js';
import type { Finding, Severity } from '../render/finding.js';
import { HOUR_MS } from '../util/time.js';
import { SECTIONS } from './parse.js';
import type { Position, Postmortem } from './types.js';

export interface PostmortemContext {
  policy: Policy;
  /** Whether a repository path (forward slashes, from the root) exists. */
  fileExists: (path: string) => boolean;
  /** When the postmortem was first proposed (its PR opened, or locally its first commit). */
  proposedAt?: number;
}

const STATUS = new Set(['⬜', '✅', 'open', 'done']);
const LATE_HOURS = 24;
const lint = unified().use(remarkLint).use(remarkPresetLintRecommended);

/** Ids and names of team.yaml, indexed once per policy: thousands of postmortems ask. */
const lookups = new WeakMap<Policy, (who: string) => boolean>();
function personLookup(policy: Policy): (who: string) => boolean {
  let known = lookups.get(policy);
  if (!known) {
    const names = new Set((policy.team?.people ?? []).flatMap((p) => [p.id, p.name]));
    lookups.set(policy, (known = (who) => names.has(who)));
  }
  return known;
}

export function checkPostmortem(pm: Postmortem, ctx: PostmortemContext): Finding[] {
  if (pm.unread) return [];
  const out: Finding[] = [];
  const add = (ruleId: string, severity: Severity, message: string, at: Position) =>
    out.push({ ruleId, severity, message, file: pm.file, line: at.line, column: at.column });
  const f = pm.fields ?? {};
  const isPerson = personLookup(ctx.policy);

  // Title and sections, as the procedures' template has them.
  if (!pm.title)
    add(
      'postmortem/sections',
      'error',
      'The postmortem has no "# Incident Postmortem: <title>" heading. Add it after the front matter.',
      { line: 1, column: 1 },
    );
  else if (!/^Incident Postmortem: .+/.test(pm.title.text))
    add(
      'postmortem/sections',
      'error',
      `The title must read "Incident Postmortem: <title>", not "${pm.title.text}".`,
      pm.title.at,
    );
  else if (f.title && pm.title.text !== `Incident Postmortem: ${f.title}`)
    add(
      'postmortem/sections',
      'warning',
      `The heading says "${pm.title.text}" but the front matter title is "${f.title}". Make them agree.`,
      pm.title.at,
    );
  let expected = 0;
  for (const s of pm.sections) {
    const i = SECTIONS.indexOf(s.name as (typeof SECTIONS)[number]);
    if (i < 0) continue; // extra sections are welcome
    if (i < expected)
      add(
        'postmortem/sections',
        'error',
        `"${s.name}" comes after "${SECTIONS[expected - 1]}"; the template's order is ${SECTIONS.join(', ')}.`,
        s.at,
      );
    if (s.empty)
      add(
        'postmortem/sections',
        'error',
        `The section "${s.name}" is empty. Fill it in, or write "None" if there is truly nothing to say.`,
        s.at,
      );
    expected = Math.max(expected, i + 1);
  }
  for (const name of SECTIONS)
    if (!pm.sections.some((s) => s.name === name)) {
      const before = pm.sections
        .filter((s) => SECTIONS.indexOf(s.name as (typeof SECTIONS)[number]) < SECTIONS.indexOf(name))
        .pop();
      add(
        'postmortem/sections',
        'error',
        `The section "## ${name}" is missing. Add it${before ? ` after "${before.name}"` : ''}, as in postmortems/TEMPLATE.md.`,
        before?.at ?? { line: 1, column: 1 },
      );
    }

  // Instants and the duration the template asks for.
  const instant = (field: 'started' | 'detected' | 'resolved') => {
    const value = f[field];
    if (!value) return undefined;
    const ms = Date.parse(value);
    // RFC 3339, and so the schema, allow a leap second (23:59:60Z), which Date cannot read.
    if (Number.isNaN(ms))
      add(
        'postmortem/instants',
        'error',
        `${field} (${value}) is not an instant this tool can compare; write the second before it, e.g. 23:59:59Z.`,
        pm.fieldAt(field),
      );
    return Number.isNaN(ms) ? undefined : ms;
  };
  const [started, detected, resolved] = [instant('started'), instant('detected'), instant('resolved')];
  if (started !== undefined && detected !== undefined && detected < started)
    add(
      'postmortem/instants',
      'error',
      `detected (${f.detected}) is before started (${f.started}).`,
      pm.fieldAt('detected'),
    );
  if (detected !== undefined && resolved !== undefined && resolved < detected)
    add(
      'postmortem/instants',
      'error',
      `resolved (${f.resolved}) is before detected (${f.detected}).`,
      pm.fieldAt('resolved'),
    );
  if (started !== undefined && f.date && new Date(started).toISOString().slice(0, 10) !== f.date)
    add(
      'postmortem/instants',
      'warning',
      `date is ${f.date} but the incident started on ${new Date(started).toISOString().slice(0, 10)} (UTC).`,
      pm.fieldAt('date'),
    );
  if (started !== undefined && resolved !== undefined && f.duration !== undefined) {
    const minutes = Math.round((resolved - started) / 60_000);
    const m = /^(?:(\d+) hours?)? ?(?:(\d+) minutes?)?$/.exec(f.duration.trim());
    const stated = m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : NaN;
    if (stated !== minutes)
      add(
        'postmortem/duration',
        'error',
        `duration says "${f.duration}" but resolved − started is ${Math.floor(minutes / 60)} hours ${minutes % 60} minutes. Correct one of them.`,
        pm.fieldAt('duration'),
      );
  }
  if (resolved !== undefined && ctx.proposedAt !== undefined && ctx.proposedAt - resolved > LATE_HOURS * HOUR_MS)
    add(
      'postmortem/late',
      'warning',
      `Proposed ${Math.round((ctx.proposedAt - resolved) / HOUR_MS)} h after the incident was resolved; the procedures ask for a postmortem within ${LATE_HOURS} hours. Late is noted, not blocked.`,
      pm.fieldAt('resolved'),
    );

  // Timeline entries in order (an incident that crosses midnight may wrap once).
  let previous: number | undefined;
  let wraps = 0;
  for (const t of pm.timeline) {
    const minutes =
      /\d{1,2}:\d{2}$/.test(t.time) && !/\d{4}-/.test(t.time)
        ? Number(t.time.split(':')[0]) * 60 + Number(t.time.split(':')[1])
        : Date.parse(t.time.replace(' ', 'T') + 'Z') / 60_000;
    if (previous !== undefined && minutes < previous) {
      const crossesMidnight =
        started !== undefined &&
        resolved !== undefined &&
        new Date(started).getUTCDate() !== new Date(resolved).getUTCDate();
      if (!crossesMidnight || ++wraps > 1)
        add(
          'postmortem/timeline-order',
          'error',
          `Timeline entry ${t.time} comes after a later time; list events in the order they happened.`,
          t.at,
        );
    }
    previous = minutes;
  }

  // Action items: the table issues are filed from.
  const items = pm.actionItems;
  const meta = f.action_items ?? [];
  if (pm.fields && meta.length !== items.length)
    add(
      'postmortem/action-items',
      'error',
      `The front matter lists ${meta.length} action item(s) but the table has ${items.length} row(s). Give each row an entry (id, type, priority), in the same order.`,
      pm.fieldAt('action_items'),
    );
  const ids = meta.map((m) => m.id);
  ids.forEach(
    (id, i) =>
      ids.indexOf(id) !== i &&
      add(
        'postmortem/action-items',
        'error',
        `The action item id "${id}" is used twice; ids must be unique within a postmortem.`,
        pm.fieldAt('action_items'),
      ),
  );
  // From the procedures' **Date**: style, f.date is whatever text followed the label; that style has its own finding.
  let incident: Temporal.PlainDate | undefined;
  try {
    if (f.date) incident = Temporal.PlainDate.from(f.date);
  } catch {
    incident = undefined;
  }
  for (const item of items) {
    const cell = (i: number) => item.cells[i] ?? item.at;
    if (!item.action) add('postmortem/action-items', 'error', `Row ${item.index + 1} has no action.`, cell(0));
    if (!isPerson(item.owner))
      add(
        'postmortem/action-items',
        'error',
        `Owner "${item.owner}" of "${item.action}" is not in team.yaml (by id or name). Name a person on the team.`,
        cell(1),
      );
    let due: Temporal.PlainDate | undefined;
    try {
      due = Temporal.PlainDate.from(item.due, { overflow: 'reject' });
    } catch {
      add(
        'postmortem/action-items',
        'error',
        `Due date "${item.due}" of "${item.action}" is not a real date; write YYYY-MM-DD.`,
        cell(2),
      );
    }
    if (due && incident && Temporal.PlainDate.compare(due, incident) <= 0)
      add(
        'postmortem/action-items',
        'error',
        `Due date ${item.due} of "${item.action}" is not after the incident (${f.date}).`,
        cell(2),
      );
    if (!STATUS.has(item.status))
      add(
        'postmortem/action-items',
        'error',
        `Status "${item.status}" of "${item.action}" must be ⬜ or ✅ (or open / done).`,
        cell(3),
      );
  }

  // Names and ids the policy knows.
  if (f.severity && ctx.policy.severities && !ctx.policy.severities.severities.some((s) => s.id === f.severity))
    add(
      'postmortem/severity',
      'error',
      `Severity "${f.severity}" is not in severities.yaml (${ctx.policy.severities.severities.map((s) => s.id).join(', ')}).`,
      pm.fieldAt('severity'),
    );
  if (f.author && ctx.policy.team && !isPerson(f.author))
    add(
      'postmortem/author',
      'error',
      `Author "${f.author}" is not in team.yaml (by id or name).`,
      pm.fieldAt('author'),
    );
  if (ctx.policy.services)
    for (const s of f.services ?? [])
      if (!ctx.policy.services.services.some((x) => x.id === s))
        add('postmortem/services', 'error', `Service "${s}" is not in services.yaml.`, pm.fieldAt('services'));

  // Links into the repository resolve.
  for (const l of pm.links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(l.url) || l.url.startsWith('#')) continue;
    const target = posix.normalize(posix.join(posix.dirname(pm.file), decodeURI(l.url.split('#')[0]!)));
    if (!ctx.fileExists(target))
      add('postmortem/link', 'error', `The link ${l.url} points to ${target}, which is not in the repository.`, l.at);
  }

  return out;
}

/**
 * Style: remark-lint's recommended preset, as warnings. Apart from the checks above because it needs
 * no policy, so a worker can run it while the policy is still loading.
 */
export function lintPostmortem(file: string, tree: Root, text: string): Finding[] {
  const vfile = new VFile({ path: file, value: text });
  try {
    lint.runSync(tree, vfile);
  } catch (error) {
    // A lint rule can trip over input the parser accepted (a task item ending in CR and NUL fails an
    // internal assertion of remark's message control); style is advice, so say so and go on.
    return [
      {
        ruleId: 'postmortem/lint/style',
        severity: 'warning',
        message: `remark-lint could not check this file's style (${(error as Error).message}).`,
        file,
        line: 1,
        column: 1,
      },
    ];
  }
  return vfile.messages.map((m) => ({
    ruleId: `postmortem/lint/${m.ruleId ?? 'style'}`,
    severity: 'warning' as const,
    message: m.reason,
    file,
    line: m.line ?? 1,
    column: m.column ?? 1,
  }));
}
