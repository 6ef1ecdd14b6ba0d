/** The change check's verdict for people: the sticky PR comment and the job summary. */
import { MAX_ADVISED } from '../changes/cover-advice.js';
import type { BindingReport, ChangeReport, PersonImpact, Verdict } from '../changes/evaluate.js';
import type { Person } from '../model/types.js';
import type { Candidate } from '../reports/cover.js';
import type { HoursByKind } from '../reports/hours.js';
import { isoUtc } from '../util/time.js';
import { fenced } from './fence.js';
import { inert, inertCode } from './inert.js';
import { renderShiftsGantt, renderShiftsMarkdown } from './schedule.js';
import type { Shift } from '../schedule/types.js';

const ICON = { true: '✅', false: '❌', null: 'ℹ️' } as const;
/**
 * GitHub refuses a comment over 65,536 characters (422), which would leave the PR with no
 * explanation at all: changes get a section each while the sections fit in SECTIONS, the rest one
 * row each while the body fits in BODY, and any left over are counted.
 */
const SECTIONS = 40_000;
const BODY = 60_000;
const LABEL = {
  trust: 'Trusted change',
  binding: 'Binding approved',
  notice: '48-hour notice',
  consent: 'Everyone moved agrees',
  managers: 'Managers notified',
  compensation: 'Compensation',
  policy: 'Policy still holds',
} as const;

export function renderChangeComment(
  verdict: Verdict,
  people: ReadonlyMap<string, Person>,
  mention: readonly Person[] = [],
): string {
  const name = (id: string | undefined) => (id === undefined ? 'nobody' : inert(people.get(id)?.name ?? id));
  const out = [
    `## On-call swap check: ${verdict.ok ? '✅ passes' : '❌ does not pass'}`,
    '',
    inert(verdict.summary, 400),
    '',
  ];
  if (verdict.refusal) out.push(`❌ ${inert(verdict.refusal, 400)}`, '');
  if (verdict.impact.length) out.push(...renderImpact(verdict.impact, name), '');
  const tail = renderTail(verdict, mention);
  let size = out.join('\n').length;
  // What follows the changes is already written: the rows make room for it.
  const rowsEnd = BODY - tail.join('\n').length;
  const rows: string[] = [];
  let omitted = 0;
  for (const r of verdict.reports) {
    const section = rows.length || omitted ? [] : renderReport(r, name);
    const length = section.join('\n').length + 1;
    if (section.length && size + length <= Math.min(SECTIONS, rowsEnd)) {
      out.push(...section);
      size += length;
      continue;
    }
    const row = renderRow(r, name);
    if (size + row.length + 1 <= rowsEnd) {
      rows.push(row);
      size += row.length + 1;
    } else omitted += 1;
  }
  if (rows.length || omitted)
    out.push(
      '### More shift changes',
      '',
      '| Schedule | Stretch (UTC) | Moves | Rules not met |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
      ...(omitted
        ? [`…and ${omitted} more, not listed here: the comment would exceed GitHub's length limit.`, '']
        : []),
    );
  out.push(...tail);
  return out.join('\n');
}

/** Lists each bounded, so no PR can push the body past GitHub's limit with them. */
const MAX_IMPACT_ROWS = 50;
const MAX_BINDING_ROWS = 30;
const MAX_FILES_NAMED = 10;
const MAX_MENTIONS = 20;
const more = (n: number, what: string) => (n > 0 ? [`…and ${n} more ${what}.`] : []);

/** Everything after the shift changes: cover advice not compared, bindings, errors, protected files, mentions. */
function renderTail(verdict: Verdict, mention: readonly Person[]): string[] {
  const out: string[] = [];
  if (verdict.coverUnchecked)
    out.push(
      `Cover advice compares the first ${MAX_ADVISED} handoffs with \`oncall cover\`; …and ${verdict.coverUnchecked} more were not compared.`,
      '',
    );
  if (verdict.bindings.length) out.push(...renderBindings(verdict.bindings), '');
  if (verdict.policyErrors.length)
    out.push(
      `❌ **Policy still holds**: the policy has ${verdict.policyErrors.length} error(s) with this PR; see the annotations or run \`npx oncall validate\`.`,
      '',
    );
  const files = verdict.protectedChanges;
  if (files.length) {
    const named = files.slice(0, MAX_FILES_NAMED).map((f) => inertCode(f, 100));
    const rest = files.length - named.length;
    out.push(
      `⚠️ This PR changes ${named.join(', ')}${rest ? ` and ${rest} more files` : ''}, so the shifts it moves cannot pass: move them in a PR of its own.`,
      '',
    );
  }
  if (mention.length) {
    const cc = mention.slice(0, MAX_MENTIONS).map((p) => `@${p.github}`);
    out.push(
      `cc ${cc.join(' ')}: this PR changes who is on call; see above.`,
      ...more(mention.length - cc.length, 'people moved, not mentioned here'),
      '',
    );
  }
  return out;
}

/** Few by nature (one per schedule, policy or service); bounded all the same. */
function renderBindings(bindings: readonly BindingReport[]): string[] {
  const rows = bindings.flatMap((b) =>
    b.checks.map(
      (k) => `| ${ICON[String(k.ok) as 'true' | 'false' | 'null']} | ${LABEL[k.id]} | ${inert(k.message, 600)} |`,
    ),
  );
  return [
    '### PagerDuty bindings',
    '',
    'A `pagerduty_id` hands that PagerDuty object to this policy: the next apply renames and rewrites it.',
    '',
    '| | Rule | Detail |',
    '| --- | --- | --- |',
    ...rows.slice(0, MAX_BINDING_ROWS),
    ...more(rows.length - MAX_BINDING_ROWS, 'binding rules, not listed here'),
  ];
}

function renderImpact(impact: readonly PersonImpact[], name: (id: string) => string): string[] {
  const h = (k: HoursByKind) =>
    k.total
      ? `${num(k.total)} (${num(k.business)} / ${num(k.afterHours)} / ${num(k.weekend)} / ${num(k.holiday)})`
      : '—';
  return [
    '### Who is moved',
    '',
    'Hours as total (business / after hours / weekend / holiday).',
    '',
    '| Person | Gains | Loses | Time trade (h) | Overtime (h) | Holiday rate (h) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...impact
      .slice(0, MAX_IMPACT_ROWS)
      .map(
        (r) =>
          `| ${name(r.person)} | ${h(r.gained)} | ${h(r.lost)} | ${num(r.pay.time_trade)} | ${num(r.pay.overtime)} | ${num(r.pay.holiday)} |`,
      ),
    ...(impact.length > MAX_IMPACT_ROWS
      ? ['', ...more(impact.length - MAX_IMPACT_ROWS, 'people moved, not listed here')]
      : []),
  ];
}

function renderReport(r: ChangeReport, name: (id: string | undefined) => string): string[] {
  const c = r.change;
  const from = r.swapId ? `swap ${inertCode(r.swapId, 100)}` : 'rotation change';
  const out = [
    `### ${inert(c.schedule, 60)}: ${name(c.loses)} → ${name(c.gains)} (${from}${r.emergency ? ', emergency' : ''})`,
    '',
    `${isoUtc(c.start)} → ${isoUtc(c.end)}, standing in this PR since ${isoUtc(r.since)}.`,
    '',
    '| | Rule | Detail |',
    '| --- | --- | --- |',
    ...r.checks.map(
      (k) => `| ${ICON[String(k.ok) as 'true' | 'false' | 'null']} | ${LABEL[k.id]} | ${inert(k.message, 600)} |`,
    ),
    '',
    ...renderCover(r, name),
  ];
  const names = new Map(
    [...new Set([...r.before, ...r.after].map((s) => s.person))].map((id) => [id, { name: name(id) }]),
  );
  // A swap's id is its file name, which the PR author chooses: inert in the tables too.
  const shown = (shifts: readonly Shift[]) => shifts.map((s) => (s.swap ? { ...s, swap: inert(s.swap, 100) } : s));
  out.push(
    '<details><summary>Before and after</summary>',
    '',
    '**Before**',
    '',
    renderShiftsMarkdown(shown(r.before), names),
    '**After**',
    '',
    renderShiftsMarkdown(shown(r.after), names),
    renderShiftsGantt(r.after, names, `${c.schedule} after this change`),
    '</details>',
    '',
  );
  return out;
}

/**
 * `oncall cover`'s list when it ranks someone lighter first: advice beside the rules. Names are the
 * roster's, which a PR author can write: inert in prose and cells; the code block holds ids only.
 */
function renderCover(r: ChangeReport, name: (id: string | undefined) => string): string[] {
  const a = r.cover;
  if (!a) return [];
  const w = a.weights;
  const where =
    a.rank !== undefined
      ? `ranked ${a.rank} of the ${a.candidates} who can take it`
      : `\`oncall cover\` does not list them: ${inert(a.reason ?? '', 300)}`;
  const row = (c: Candidate, rank: number) =>
    `| ${rank} | ${name(c.person)}${c.person === a.chosen ? ' (chosen)' : ''} | ${num(c.weighted)} | ${num(c.weightedAfter)} | ${num(c.hoursAfter)} |`;
  // The chosen cover's own row when it ranks below those shown.
  const below =
    a.chosenCandidate && a.rank !== undefined && a.rank > a.best.length ? [row(a.chosenCandidate, a.rank)] : [];
  const more = a.candidates - a.best.length - below.length;
  const commands = [a.command, ...a.best.filter((c) => c.person !== a.chosen).map((c) => c.command)];
  return [
    `**Cover** (advice only: it does not change the verdict): ${name(a.chosen)} is not the lightest choice for this stretch; ${where}. Load is ${a.quarter}'s on-call hours on the base branch, weighted business ×${w.business}, after hours ×${w.afterHours}, weekend ×${w.weekend}, holiday ×${w.holiday}; this stretch weighs ${num(a.weighted)}. Best first:`,
    '',
    `| # | Who can take it | Weighted load | With this stretch | Hours in ${a.quarter} with it |`,
    '| --- | --- | --- | --- | --- |',
    ...a.best.map((c, i) => row(c, i + 1)),
    ...below,
    ...(more > 0 ? [`| | …and ${more} more | | | |`] : []),
    '',
    r.swapId
      ? 'To hand it to one of them instead, change `covering` in the swap file; from the base branch, the full list and each swap:'
      : 'From the base branch, the full list and the swap to each:',
    '',
    fenced(commands.join('\n'), 'sh'),
    '',
  ];
}

/** A change in one table row, for PRs that move more shifts than sections fit in a comment. */
function renderRow(r: ChangeReport, name: (id: string | undefined) => string): string {
  const c = r.change;
  const failing = r.checks.filter((k) => k.ok === false).map((k) => LABEL[k.id]);
  return `| ${inert(c.schedule, 60)} | ${isoUtc(c.start)} → ${isoUtc(c.end)} | ${name(c.loses)} → ${name(c.gains)}${r.swapId ? ` (swap ${inertCode(r.swapId, 60)})` : ''} | ${failing.join(', ') || '—'} |`;
}

function num(h: number): string {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}
