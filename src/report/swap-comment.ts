/** The swap check's verdict for people: the sticky PR comment and the job summary. */
import type { SwapReport, Verdict } from '../swaps/verdict.js';
import type { Shift } from '../schedule/types.js';
import { isoUtc } from '../util/time.js';
import { renderShiftsGantt, renderShiftsMarkdown, type People } from './schedule.js';

const ICON = { true: '✅', false: '❌', null: 'ℹ️' } as const;
const LABEL = {
  trust: 'Trusted change',
  notice: '48-hour notice',
  consent: 'Both engineers agree',
  managers: 'Managers notified',
  compensation: 'Compensation',
  policy: 'Policy still holds',
} as const;

export interface SwapView {
  report: SwapReport;
  before: Shift[];
  after: Shift[];
}

export function renderSwapComment(verdict: Verdict, views: readonly SwapView[], people: People): string {
  const out = [`## On-call swap check: ${verdict.ok ? '✅ passes' : '❌ does not pass'}`, '', verdict.summary, ''];
  for (const { report, before, after } of views) {
    const s = report.swap.data;
    const name = (id: string) => people.get(id)?.name ?? id;
    const when = report.period ? `${isoUtc(report.period.start)} → ${isoUtc(report.period.end)}` : `from ${s.start}`;
    out.push(`### \`${report.swap.file}\` (${report.change.kind}${report.emergency ? ', emergency' : ''})`, '');
    out.push(`**${s.schedule}**, ${when}: ${name(s.relieved)} → ${name(s.covering)}. Reason: ${escape(s.reason)}`, '');
    out.push('| | Rule | Detail |', '| --- | --- | --- |');
    for (const c of report.checks)
      out.push(`| ${ICON[String(c.ok) as 'true' | 'false' | 'null']} | ${LABEL[c.id]} | ${escape(c.message)} |`);
    out.push('');
    if (report.compensation) {
      const h = report.compensation.hours;
      out.push(
        '| Covering engineer | Time trade (h) | Overtime (h) | Holiday rate (h) |',
        '| --- | --- | --- | --- |',
        `| ${name(s.covering)} | ${num(h.time_trade)} | ${num(h.overtime)} | ${num(h.holiday)} |`,
        '',
      );
    }
    out.push(
      '<details><summary>Before and after</summary>',
      '',
      '**Before**',
      '',
      renderShiftsMarkdown(before, people),
      '**After**',
      '',
      renderShiftsMarkdown(after, people),
    );
    out.push(renderShiftsGantt(after, people, `${s.schedule} after this change`), '</details>', '');
  }
  if (verdict.protectedChanges.length)
    out.push(
      `⚠️ This PR changes ${verdict.protectedChanges.map((f) => `\`${f}\``).join(', ')}, so its swaps cannot pass: send the swap in a PR of its own.`,
      '',
    );
  return out.join('\n');
}

function num(h: number): string {
  return Number.isInteger(h) ? String(h) : h.toFixed(2);
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}
