/**
 * `oncall rotation propose`: the next quarter's turn order that keeps people off their leave and
 * evens out the load (src/rota/propose.ts), written into rotations.yaml as a roster change — the
 * same path as `oncall rotation change`, so the swap check asks for notice and consent.
 */
import { readPolicyFiles } from '../io/read-policy.js';
import { proposeTurnOrder, type Proposal } from '../rota/propose.js';
import { isoUtc } from '../util/time.js';
import { UsageError, type CliIO } from './io.js';
import { landChange, refuseBroken, type OutputOptions } from './rotation.js';
import { checkPolicy } from '../validate/policy.js';

export interface RotationProposeOptions extends OutputOptions {
  schedule: string;
  quarter: string;
}

export async function runRotationPropose(root: string, o: RotationProposeOptions, io: CliIO): Promise<number> {
  const now = Date.now();
  const files = await readPolicyFiles(root, { postmortems: false });
  const { policy, findings } = checkPolicy(files, { now });
  if (findings.some((f) => f.severity === 'error')) return refuseBroken(findings, files.length, o, io);
  const result = proposeTurnOrder(policy, { schedule: o.schedule, quarter: o.quarter, now });
  if (!result.ok) throw new UsageError(result.message);
  const p = result.proposal;
  const preface = { text: renderProposal(p), json: { proposal: proposalJson(p) } };
  if (p.change) return landChange(root, { files, policy, change: p.change, now, preface }, o, io);
  const same = `The current order is already the best for ${p.quarter}; nothing to write.\n`;
  io.stdout(o.json ? `${JSON.stringify({ ...preface.json, written: false }, null, 2)}\n` : `${preface.text}\n${same}`);
  return 0;
}

const n = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));

export function renderProposal(p: Proposal): string {
  const w = p.weights;
  const width = Math.max(6, ...p.people.map((r) => r.person.length));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(14))).join('  ');
  const out = [
    `Proposed order for "${p.schedule}" (layer "${p.layer}") in ${p.quarter}: ${p.turns.length} turns from ${isoUtc(p.effective)}.`,
    `Load: weighted hours on every schedule in ${p.baseQuarter} and ${p.quarter} (business ×${w.business}, after hours ×${w.afterHours}, weekend ×${w.weekend}, holiday ×${w.holiday}; holidays by each person's calendar); a turn counts whole for whoever starts it.`,
    '',
    row(['person', 'already', 'current order', 'proposed']),
    ...p.people.map((r) =>
      row([r.person, n(r.base), `${n(r.before)} (${r.turnsBefore})`, `${n(r.after)} (${r.turnsAfter})`]),
    ),
    row(['spread', '', n(p.spreadBefore), n(p.spreadAfter)]),
  ];
  if (p.conflictsBefore.length) {
    out.push('', 'The current order gives turns to people who may not take them:');
    for (const c of p.conflictsBefore)
      out.push(`  turn from ${isoUtc(p.turns[c.turn]!.start)}: ${c.person}, ${c.reason}`);
  }
  const moved = p.turns.filter((t) => t.before !== t.after);
  if (moved.length) {
    out.push('', 'Turns that change hands:');
    for (const t of moved) {
      const weight = t.weightedBefore === t.weighted ? n(t.weighted) : `${n(t.weightedBefore)} → ${n(t.weighted)}`;
      out.push(`  ${isoUtc(t.start)} to ${isoUtc(t.end)} (${weight}): ${t.before} → ${t.after}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** JSON for scripts is snake_case, as the policy files are. */
export function proposalJson(p: Proposal) {
  const w = p.weights;
  return {
    schedule: p.schedule,
    layer: p.layer,
    quarter: p.quarter,
    base_quarter: p.baseQuarter,
    effective: isoUtc(p.effective),
    weights: { business: w.business, after_hours: w.afterHours, weekend: w.weekend, holiday: w.holiday },
    spread_before: p.spreadBefore,
    spread_after: p.spreadAfter,
    people: p.people.map((r) => ({
      person: r.person,
      base: r.base,
      before: r.before,
      after: r.after,
      turns_before: r.turnsBefore,
      turns_after: r.turnsAfter,
    })),
    turns: p.turns.map((t) => ({
      start: isoUtc(t.start),
      end: isoUtc(t.end),
      weighted: t.weighted,
      weighted_before: t.weightedBefore,
      before: t.before,
      after: t.after,
    })),
    conflicts_before: p.conflictsBefore.map((c) => ({
      start: isoUtc(p.turns[c.turn]!.start),
      person: c.person,
      reason: c.reason,
    })),
  };
}
