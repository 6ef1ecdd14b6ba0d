/**
 * What a postmortem must say, checked with positions: the template's sections in order and filled,
 * instants that agree with the duration, a timeline in order, an action items table a machine can
 * file issues from, and names, severities and services that exist in the policy.
 */
import type { Root } from 'mdast';
import remarkLint from 'remark-lint';
import remarkLintNoUndefinedReferences from 'remark-lint-no-undefined-references';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../model/load.js';
import type { Finding, Severity } from '../render/finding.js';
import { HOUR_MS } from '../util/time.js';
import { formatDuration, parseDuration } from './duration.js';
import { checkHeader } from './header.js';
import { checkLinks } from './links.js';
import { checkStructure } from './structure.js';
import type { Template } from './template.js';
import type { Position, Postmortem } from './types.js';

export interface PostmortemContext {
  policy: Policy;
  /** Whether a repository path (forward slashes, from the root) exists. */
  fileExists: (path: string) => boolean;
  /** When the postmortem was first proposed (its PR opened, or locally its first commit). */
  proposedAt?: number;
  /** The template the structure is checked against; without one, postmortem/template says why not. */
  template?: Template;
}

const STATUS = new Set(['⬜', '✅', 'open', 'done']);
const LATE_HOURS = 24;

/** Ids and names of team.yaml → the person's id, indexed once per policy: thousands of postmortems ask. */
const lookups = new WeakMap<Policy, (who: string) => string | undefined>();
function personLookup(policy: Policy): ((who: string) => string | undefined) | undefined {
  if (!policy.team) return undefined;
  let known = lookups.get(policy);
  if (!known) {
    const names = new Map((policy.team.people ?? []).flatMap((p) => [[p.name, p.id] as const, [p.id, p.id] as const]));
    lookups.set(policy, (known = (who) => names.get(who)));
  }
  return known;
}

/** A status as its code points too, when it is not plain ASCII: ⬛ and ⬜ can look alike. */
function shownStatus(status: string): string {
  if (/^[\x20-\x7e]*$/.test(status)) return `"${status}"`;
  const points = [...status].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `"${status}" (${points.join(' ')})`;
}

/** A timeline time of day, or a date and time, → minutes on one scale; undefined when it is not one. */
function timelineMinutes(time: string): number | undefined {
  const [date, clock] = /\d{4}-/.test(time) ? [time.slice(0, 10), time.slice(11)] : [undefined, time];
  const [h, m] = clock.split(':');
  try {
    const plain = Temporal.PlainTime.from(`${h!.padStart(2, '0')}:${m}`, { overflow: 'reject' });
    if (date === undefined) return plain.hour * 60 + plain.minute;
    return (
      Temporal.PlainDate.from(date, { overflow: 'reject' }).toZonedDateTime({ timeZone: 'UTC', plainTime: plain })
        .epochMilliseconds / 60_000
    );
  } catch {
    return undefined;
  }
}

export function checkPostmortem(pm: Postmortem, ctx: PostmortemContext): Finding[] {
  if (pm.unread) return [];
  const out: Finding[] = [];
  const add = (ruleId: string, severity: Severity, message: string, at: Position) =>
    out.push({ ruleId, severity, message, file: pm.file, line: at.line, column: at.column });
  const f = pm.fields ?? {};
  // Undefined when team.yaml did not load: postmortem/unchecked says so once for every postmortem.
  const personOf = personLookup(ctx.policy);
  const placeholders = new Set(ctx.template?.placeholders ?? []);
  const isPlaceholder = (value: string) => [...placeholders].some((p) => value.includes(p));

  if (ctx.template) for (const x of checkStructure(pm, ctx.template)) out.push(x);
  for (const p of pm.placeholders)
    add(
      'postmortem/placeholder',
      'warning',
      `Fill in ${p.texts.map((t) => `"${t}"`).join(' and ')}: the template's placeholder${p.texts.length > 1 ? 's are' : ' is'} still here.`,
      p.at,
    );

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
  const minutes =
    started !== undefined && resolved !== undefined ? Math.round((resolved - started) / 60_000) : undefined;
  if (minutes !== undefined && f.duration !== undefined && parseDuration(f.duration) !== minutes)
    add(
      'postmortem/duration',
      'error',
      `duration says "${f.duration}" but resolved − started is ${formatDuration(minutes)}. Correct one of them.`,
      pm.fieldAt('duration'),
    );
  for (const x of checkHeader(pm, { ...(minutes !== undefined ? { minutes } : {}), personOf, isPlaceholder }))
    out.push(x);
  if (resolved !== undefined && ctx.proposedAt !== undefined && ctx.proposedAt - resolved > LATE_HOURS * HOUR_MS)
    add(
      'postmortem/late',
      'warning',
      `Proposed ${Math.round((ctx.proposedAt - resolved) / HOUR_MS)} h after the incident was resolved; the procedures ask for a postmortem within ${LATE_HOURS} hours. Late is noted, not blocked.`,
      pm.fieldAt('resolved'),
    );

  // Timeline entries in order (an incident that crosses midnight may wrap once). An entry that is not
  // a time is reported on itself and left out of the order, so the next, correct entry is not blamed.
  let previous: number | undefined;
  let wraps = 0;
  for (const t of pm.timeline) {
    const at = timelineMinutes(t.time);
    if (at === undefined) {
      add(
        'postmortem/timeline-time',
        'error',
        `"${t.time}" is not a time of day (00:00 to 23:59) or a real date and time. Correct this entry.`,
        t.at,
      );
      continue;
    }
    if (previous !== undefined && at < previous) {
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
    previous = at;
  }

  // Action items: the table issues are filed from.
  const items = pm.actionItems;
  const meta = f.action_items ?? [];
  if (pm.fields && meta.length !== items.length)
    add(
      'postmortem/action-items',
      'error',
      `The front matter lists ${meta.length} action item(s) but the table has ${items.length} row(s). Give each row one entry (id, action, type, priority).`,
      pm.fieldAt('action_items'),
    );
  const firstOf = new Map<string, number>();
  meta.forEach((m, i) => {
    const first = firstOf.get(m.id);
    if (first === undefined) firstOf.set(m.id, i);
    else
      add(
        'postmortem/action-items',
        'error',
        `The action item id "${m.id}" is used again here (item ${i + 1}; item ${first + 1} has it); ids must be unique within a postmortem.`,
        pm.fieldAt(['action_items', i, 'id']),
      );
  });
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
    if (personOf && !placeholders.has(item.owner) && personOf(item.owner) === undefined)
      add(
        'postmortem/action-items',
        'error',
        `Owner "${item.owner}" of "${item.action}" is not in team.yaml (by id or name). Name a person on the team.`,
        cell(1),
      );
    let due: Temporal.PlainDate | undefined;
    if (!placeholders.has(item.due))
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
    if (!STATUS.has(item.status) && !placeholders.has(item.status))
      add(
        'postmortem/action-items',
        'error',
        `Status ${shownStatus(item.status)} of "${item.action}" must be ⬜ (U+2B1C, open) or ✅ (U+2705, done), or the words open / done.`,
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
  if (f.author && personOf && personOf(f.author) === undefined)
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

  for (const x of checkLinks(pm, ctx.fileExists)) out.push(x);
  return out;
}

/**
 * The recommended preset, with the template's placeholders allowed between brackets: `[Event]` is
 * text to replace, which postmortem/placeholder says, not a reference whose definition is missing.
 */
const linters = new Map<string, Processor<Root, Root, Root>>();
function linter(placeholders: readonly string[]): Processor<Root, Root, Root> {
  const key = placeholders.join('\n');
  let lint = linters.get(key);
  if (!lint) {
    const allow = placeholders.filter((p) => p.startsWith('[')).map((p) => p.slice(1, -1));
    lint = unified()
      .use(remarkLint)
      .use(remarkPresetLintRecommended)
      .use(remarkLintNoUndefinedReferences, { allow }) as unknown as Processor<Root, Root, Root>;
    linters.set(key, lint);
  }
  return lint;
}

/**
 * Style: remark-lint's recommended preset, as warnings. Apart from the checks above because it needs
 * no policy, so a worker can run it while the policy is still loading.
 */
export function lintPostmortem(file: string, tree: Root, text: string, template?: Template): Finding[] {
  const vfile = new VFile({ path: file, value: text });
  const lint = linter(template?.placeholders ?? []);
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
