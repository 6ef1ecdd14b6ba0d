/** A PagerDuty plan for people (like terraform's) and for scripts. */
import type { Change, Plan } from '../pagerduty/plan.js';
import { fenced } from './fence.js';
import { oneLine } from './plain.js';

const ITEM_MAX = 2000;

const SIGN: Record<Change['kind'], string> = {
  'create-schedule': '+',
  'update-schedule': '~',
  'create-override': '+',
  'delete-override': '-',
  'create-policy': '+',
  'update-policy': '~',
  'create-service': '+',
  'update-service': '~',
};

export function describeChange(c: Change): string {
  switch (c.kind) {
    case 'create-schedule':
      return `schedule "${c.desired.id}" (${c.desired.layers.map((l) => `layer "${l.name}": ${l.members.join(', ')} every ${l.rotation_turn_length_seconds} s from ${l.rotation_virtual_start}`).join('; ')})`;
    case 'update-schedule':
      return `schedule "${c.desired.id}": ${c.details.join('; ')}`;
    case 'create-override':
      return `override on "${c.desired.schedule}": ${c.desired.person} ${new Date(c.desired.start).toISOString()} → ${new Date(c.desired.end).toISOString()} (swap ${c.desired.swap})`;
    case 'delete-override':
      return `override ${c.override.id} on "${c.schedule}" ${c.override.start} → ${c.override.end}: ${c.why}`;
    case 'create-policy':
      return `escalation policy "${c.desired.name}" (${c.desired.rules.map((r) => `${r.delay} min`).join(' → ')})`;
    case 'update-policy':
      return `escalation policy "${c.desired.name}": ${c.details.join('; ')}`;
    case 'create-service':
      return `service "${c.desired.id}" → policy ${c.desired.policy}, urgency ${c.desired.urgency.type === 'constant' ? c.desired.urgency.urgency : 'by support hours'}`;
    case 'update-service':
      return `service "${c.desired.id}": ${c.details.join('; ')}`;
  }
}

export function counts(p: Plan): { create: number; update: number; delete: number } {
  return {
    create: p.changes.filter((c) => SIGN[c.kind] === '+').length,
    update: p.changes.filter((c) => SIGN[c.kind] === '~').length,
    delete: p.changes.filter((c) => SIGN[c.kind] === '-').length,
  };
}

export function renderPlanText(p: Plan, target: string): string {
  const n = counts(p);
  const lines = [`PagerDuty plan for ${target}: ${n.create} to create, ${n.update} to update, ${n.delete} to delete.`];
  if (p.changes.length === 0 && p.errors.length === 0 && p.blocked.length === 0)
    lines.push('', 'No changes. PagerDuty matches the policy.');
  // Names come from PagerDuty and the policy: each item stays on its own line, so none can pose as another.
  const item = (sign: string, text: string) => `  ${sign} ${oneLine(text, ITEM_MAX)}`;
  if (p.changes.length) lines.push('', ...p.changes.map((c) => item(SIGN[c.kind], describeChange(c))));
  for (const c of p.changes)
    if (c.kind === 'update-schedule' && c.asEdited)
      lines.push(
        '',
        `Layers of "${c.desired.id}" as edited in PagerDuty; to keep them, write these as its layers in oncall/rotations.yaml:`,
        ...c.asEdited.split('\n').map((l) => `    ${l}`),
      );
  if (p.warnings.length) lines.push('', ...p.warnings.map((w) => item('!', w)));
  if (p.blocked.length) lines.push('', 'Not synced (the rest is):', ...p.blocked.map((b) => item('✖', b)));
  if (p.errors.length) lines.push('', 'Errors (nothing will be written):', ...p.errors.map((e) => item('✖', e)));
  return lines.join('\n') + '\n';
}

export function renderPlanMarkdown(p: Plan, target: string): string {
  const text = renderPlanText(p, target).replace(/^ {2}([+~!✖-]) /gm, '$1 ');
  return ['## PagerDuty plan', '', fenced(withinComment(text), 'diff'), ''].join('\n');
}

export function planJson(p: Plan): object {
  return {
    ...counts(p),
    changes: p.changes.map((c) => ({
      action: c.kind,
      sign: SIGN[c.kind],
      summary: describeChange(c),
      ...(c.kind === 'update-schedule' && c.asEdited ? { layers_as_edited: c.asEdited } : {}),
    })),
    warnings: p.warnings,
    blocked: p.blocked,
    errors: p.errors,
  };
}

/** The action's outputs: how many changes the plan holds, by kind. */
export function planOutputs(p: Plan): Record<string, number> {
  const n = counts(p);
  return { changes: p.changes.length, creates: n.create, updates: n.update, deletes: n.delete };
}

/** The job summary of a sync: the plan, what was applied (when it was), and the requests it took. */
export function renderSyncSummary(
  planMarkdown: string,
  applied: readonly string[] | undefined,
  requests: { reads: number; writes: number },
): string {
  const done = applied
    ? `\n**Applied:** ${applied.length} write(s).\n\n${fenced(applied.map((d) => `✅ ${oneLine(d, ITEM_MAX)}`).join('\n'))}\n`
    : '';
  return `${planMarkdown}${done}\nRequests: ${requests.reads} reads, ${requests.writes} writes.\n`;
}

/** GitHub refuses a comment or issue body over 65,536 characters: the plan keeps to 60,000. */
const MAX_PLAN_CHARS = 60_000;

function withinComment(text: string): string {
  if (text.length <= MAX_PLAN_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_PLAN_CHARS);
  const rest = text
    .slice(cut + 1)
    .split('\n')
    .filter(Boolean).length;
  return `${text.slice(0, cut)}\n… ${rest} more line(s): \`oncall pagerduty plan\` prints them all.`;
}

/** Why a sync step fails, if it does: the policy's errors, the plan's, or objects it held back. */
export function planFailure(policyErrors: number, p?: Plan): string | undefined {
  if (policyErrors)
    return `The policy does not validate (${policyErrors} errors); nothing was read from or written to PagerDuty.`;
  if (p?.errors.length) return `The plan has ${p.errors.length} error(s); nothing was written to PagerDuty.`;
  if (p?.blocked.length) return `${p.blocked.length} object(s) could not be synced; see the plan.`;
  return undefined;
}
