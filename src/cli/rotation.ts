/**
 * `oncall rotation change`: ends a layer at a handoff and starts the new roster there (see
 * src/rota/roster-change.ts for who takes which turn), edits rotations.yaml in place, checks the
 * policy with the change, and shows each affected person's shifts before and after.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NOTICE_HOURS } from '../changes/checks.js';
import { boundedTimeline, changeWindow, shiftChanges } from '../changes/shift-changes.js';
import { readPolicyFiles } from '../io/read-policy.js';
import type { Policy, RawFile } from '../model/load.js';
import type { Finding } from '../render/finding.js';
import { toJsonReport } from '../render/json.js';
import { displayName, renderShiftsText, shiftJson } from '../render/schedule.js';
import { renderText } from '../render/text.js';
import {
  planRosterChange,
  RosterChangeError,
  type Effective,
  type RosterChange,
  type RosterEdit,
} from '../rota/roster-change.js';
import { rosterEffect } from '../rota/roster-effect.js';
import { writeRosterChange } from '../rota/roster-yaml.js';
import { isoUtc } from '../util/time.js';
import { checkPolicy } from '../validate/policy.js';
import { UsageError, wantsColor, writeOutput, type CliIO } from './io.js';
import { parseInstant } from './policy.js';

const ROTATIONS = 'oncall/rotations.yaml';

export interface OutputOptions {
  dryRun?: boolean;
  json?: boolean;
}

export interface RotationChangeOptions extends OutputOptions {
  schedule: string;
  layer?: string;
  add: string[];
  remove: string[];
  order?: string;
  effective: string;
}

function edits(o: RotationChangeOptions): RosterEdit[] {
  const adds = o.add.map((text): RosterEdit => {
    const m = /^([^@]+)(?:@(\d+))?$/.exec(text);
    if (!m)
      throw new UsageError(
        `--add takes a person id, optionally with a place: engineer-e or engineer-e@2 (got "${text}").`,
      );
    return { kind: 'add', person: m[1]!, ...(m[2] ? { position: Number(m[2]) } : {}) };
  });
  const order: RosterEdit[] = o.order ? [{ kind: 'order', members: o.order.split(',').map((p) => p.trim()) }] : [];
  return [...o.remove.map((person): RosterEdit => ({ kind: 'remove', person })), ...adds, ...order];
}

function effective(text: string, now: number): Effective {
  if (text === 'next-handoff' || text === 'after-rotation') return { kind: text };
  return { kind: 'instant', at: parseInstant(text, '--effective', now) };
}

/** The planned change; the planner's word for bad input is the usage error's. */
function plan(policy: Policy, o: RotationChangeOptions, now: number): RosterChange {
  try {
    return planRosterChange(policy.rotations?.schedules ?? [], new Set((policy.team?.people ?? []).map((p) => p.id)), {
      schedule: o.schedule,
      ...(o.layer ? { layer: o.layer } : {}),
      edits: edits(o),
      effective: effective(o.effective, now),
      now,
    });
  } catch (error) {
    if (error instanceof RosterChangeError) throw new UsageError(error.message);
    throw error;
  }
}

export async function runRotationChange(root: string, o: RotationChangeOptions, io: CliIO): Promise<number> {
  const now = Date.now();
  const files = await readPolicyFiles(root, { postmortems: false });
  const before = checkPolicy(files, { now });
  if (errorsOf(before.findings).length) return refuseBroken(before.findings, files.length, o, io);
  return landChange(root, { files, policy: before.policy, change: plan(before.policy, o, now), now }, o, io);
}

export interface ChangeToLand {
  files: RawFile[];
  policy: Policy;
  change: RosterChange;
  now: number;
  /** What the command adds in front: text for people, fields for --json. */
  preface?: { text: string; json: Record<string, unknown> };
}

const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');

export function refuseBroken(findings: readonly Finding[], files: number, o: OutputOptions, io: CliIO): number {
  return refuse(
    'The policy has errors already; nothing was written. Fix them first (oncall validate).',
    findings,
    files,
    o,
    io,
  );
}

/**
 * Writes a planned roster change into rotations.yaml when the policy with it still validates, and
 * shows who it moves, the notice it gives and whose consent the swap check will ask for.
 */
export async function landChange(root: string, land: ChangeToLand, o: OutputOptions, io: CliIO): Promise<number> {
  const { files, change, now } = land;
  const old = await readFile(join(root, ROTATIONS), 'utf8');
  const text = writeRosterChange(old, change);
  const withChange = [...files.filter((f) => f.path !== ROTATIONS), { path: ROTATIONS, bytes: Buffer.from(text) }];
  const after = checkPolicy(withChange, { now });
  if (canonical(after.policy.rotations?.schedules) !== canonical(change.schedules))
    throw new Error('the rewritten rotations.yaml does not read back as the planned change');
  if (errorsOf(after.findings).length)
    return refuse('The change would break the policy; nothing was written.', after.findings, withChange.length, o, io);

  const people = rosterEffect(land.policy, after.policy, change);
  const moved = movedPeople(land.policy, after.policy, now);
  const noticeHours = Math.floor((change.effective - now) / 3_600_000);
  if (!o.dryRun) await writeOutput(ROTATIONS, () => writeFile(join(root, ROTATIONS), text));
  const summary = {
    ...land.preface?.json,
    written: !o.dryRun,
    file: ROTATIONS,
    schedule: change.schedule,
    effective: isoUtc(change.effective),
    ended: change.ended,
    added: change.added,
    notice_hours: noticeHours,
    consent: moved ?? null,
  };
  if (o.json) {
    const effect = people.map((e) => ({ ...e, before: e.before.map(shiftJson), after: e.after.map(shiftJson) }));
    io.stdout(JSON.stringify({ ...summary, people: effect, content: text }, null, 2) + '\n');
    return 0;
  }
  const names = new Map((after.policy.team?.people ?? []).map((p) => [p.id, p]));
  const color = wantsColor(io);
  if (land.preface) io.stdout(land.preface.text + '\n');
  io.stdout(
    `Layer "${change.ended.id}" of ${change.schedule} ends at ${isoUtc(change.effective)}; ` +
      `layer "${change.added.id}" (${change.added.members.join(', ')}) starts there.\n`,
  );
  if (people.length === 0) io.stdout('\nNobody’s turns move in the first cycle of the new layer.\n');
  for (const e of people) {
    io.stdout(`\n${displayName(names, e.person)}\n  before:\n`);
    io.stdout(indent(renderShiftsText(e.before, names, { color })));
    io.stdout('  after:\n');
    io.stdout(indent(renderShiftsText(e.after, names, { color })));
  }
  io.stdout(`\n${ROTATIONS} with the change:\n${changedLines(old, text)}`);
  io.stdout(
    `\n${noticeHours < NOTICE_HOURS ? '⚠ ' : ''}${noticeHours} h notice (${NOTICE_HOURS} h required). ` +
      (moved
        ? `The swap check asks for the approval of everyone whose turns move in the next two years: ${moved.join(', ') || 'nobody'}.\n`
        : 'The layers have too many turns for the swap check to compare; it will refuse the pull request.\n'),
  );
  io.stdout(o.dryRun ? `\n--dry-run: would write ${ROTATIONS}.\n` : `\nWrote ${ROTATIONS}.\n`);
  return 0;
}

/**
 * Who the swap check will ask to consent: everyone who loses or gains a stretch over its horizon;
 * undefined where the layers have more turns than it compares.
 */
function movedPeople(base: Policy, head: Policy, now: number): string[] | undefined {
  const window = changeWindow(now);
  const [b, h] = [boundedTimeline(base, window), boundedTimeline(head, window)];
  if (!b || !h) return undefined;
  const changes = shiftChanges(b, h, window);
  return [...new Set(changes.flatMap((c) => [c.loses, c.gains]).filter((p): p is string => p !== undefined))].sort();
}

/** JSON with keys sorted: the loaded policy and the plan list a layer's keys in different orders. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The stretch of lines the change touched, numbered as in the new file: the YAML to review. */
function changedLines(before: string, after: string): string {
  const [a, b] = [before.split('\n'), after.split('\n')];
  let top = 0;
  while (top < a.length && a[top] === b[top]) top++;
  let tail = 0;
  while (tail < a.length - top && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const lines = b.slice(top, b.length - tail);
  const width = String(b.length - tail).length;
  return lines.map((line, i) => `  ${String(top + i + 1).padStart(width)} | ${line}\n`).join('');
}

function indent(text: string): string {
  return text.replace(/^(?=.)/gm, '    ');
}

function refuse(why: string, findings: readonly Finding[], files: number, o: OutputOptions, io: CliIO): number {
  const found = findings.filter((f) => f.severity === 'error');
  if (o.json) io.stdout(JSON.stringify({ written: false, reason: why, ...toJsonReport(found, files) }, null, 2) + '\n');
  else io.stderr(`${why}\n\n${renderText(found, { color: wantsColor(io), files })}`);
  return 1;
}
