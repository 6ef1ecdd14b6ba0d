/**
 * Action items → the GitHub issues they should be, and what to change to get there. Pure: an
 * issue's identity is a hidden marker with the postmortem's path and the item's stable id, so a
 * reworded item keeps its issue and a rerun finds every issue it filed.
 */
import type { Policy } from '../model/load.js';
import type { Postmortem } from './types.js';

export const ITEM_LABEL = 'postmortem';
export const REMOVED_LABEL = 'removed-from-postmortem';

export interface ItemIssue {
  key: string;
  postmortem: string;
  title: string;
  body: string;
  labels: string[];
  /** The owner's GitHub login, to be checked as assignable. */
  assignee?: string;
  owner: string;
  due: string;
}

export interface ExistingIssue {
  number: number;
  title: string;
  state: string;
  body: string;
  labels: string[];
}

export const markerOf = (key: string) => `<!-- oncall-as-code:action-item ${key} -->`;
const MARKER = /<!-- oncall-as-code:action-item (\S+) -->/;

export function keyOf(body: string | null | undefined): string | undefined {
  return body ? MARKER.exec(body)?.[1] : undefined;
}

export interface IssueContext {
  policy: Policy;
  /** https://github.com/owner/repo/blob/<sha> — the permalink base at the merge commit. */
  blobBase: string;
}

export function itemIssues(postmortems: readonly Postmortem[], ctx: IssueContext): ItemIssue[] {
  const people = ctx.policy.team?.people ?? [];
  return postmortems.flatMap((pm) =>
    pm.actionItems
      .filter((item) => item.id)
      .map((item) => {
        const person = people.find((p) => p.id === item.owner || p.name === item.owner);
        const key = `${pm.file}#${item.id}`;
        const severity = pm.fields?.severity ?? '';
        const body = [
          markerOf(key),
          `Action item from the postmortem [${pm.fields?.title ?? pm.file}](${ctx.blobBase}/${pm.file}).`,
          '',
          `- **Action**: ${item.action}`,
          `- **Owner**: ${person ? `${person.name} (@${person.github})` : item.owner}`,
          `- **Due**: ${item.due}`,
          `- **Severity**: ${severity}`,
          `- **Type**: ${item.type ?? ''}`,
          `- **Priority**: ${item.priority ?? ''}`,
        ].join('\n');
        return {
          key,
          postmortem: pm.file,
          title: item.action,
          body,
          labels: [ITEM_LABEL, ...(severity ? [severity] : []), ...(item.type ? [item.type] : [])],
          ...(person ? { assignee: person.github } : {}),
          owner: item.owner,
          due: item.due,
        };
      }),
  );
}

export interface IssuePlan {
  create: ItemIssue[];
  retitle: { number: number; title: string }[];
  /** Issues whose item left the postmortem: commented on once, and labelled so. */
  removed: number[];
  /** Open duplicates of one item (two runs at once): the newer ones, to close. */
  duplicates: number[];
}

/** Only postmortems listed in `scope` lose items: a postmortem file deleted from the repo keeps its issues. */
export function planIssues(
  wanted: readonly ItemIssue[],
  existing: readonly ExistingIssue[],
  scope: ReadonlySet<string>,
): IssuePlan {
  const byKey = new Map<string, ExistingIssue[]>();
  for (const e of existing) {
    const key = keyOf(e.body);
    if (key)
      byKey.set(
        key,
        [...(byKey.get(key) ?? []), e].sort((a, b) => a.number - b.number),
      );
  }
  const plan: IssuePlan = { create: [], retitle: [], removed: [], duplicates: [] };
  for (const w of wanted) {
    const [first, ...rest] = byKey.get(w.key) ?? [];
    if (!first) plan.create.push(w);
    else if (first.title !== w.title) plan.retitle.push({ number: first.number, title: w.title });
    plan.duplicates.push(...rest.filter((r) => r.state === 'open').map((r) => r.number));
  }
  const keys = new Set(wanted.map((w) => w.key));
  for (const [key, issues] of byKey)
    if (!keys.has(key) && scope.has(key.split('#')[0]!)) {
      const first = issues[0]!;
      if (!first.labels.includes(REMOVED_LABEL)) plan.removed.push(first.number);
    }
  return plan;
}

/** Open action-item issues past their due date, by owner, as the weekly digest's body (or nothing). */
export function overdueDigest(
  open: readonly ExistingIssue[],
  today: string,
  link: (n: number) => string,
): string | undefined {
  const overdue = open
    .map((i) => ({
      i,
      due: /- \*\*Due\*\*: (\d{4}-\d{2}-\d{2})/.exec(i.body)?.[1],
      owner: /- \*\*Owner\*\*: (.+)/.exec(i.body)?.[1] ?? 'nobody',
    }))
    .filter((x) => x.due && x.due < today && x.i.state === 'open');
  if (overdue.length === 0) return undefined;
  const owners = [...new Set(overdue.map((x) => x.owner))].sort();
  return [
    `${overdue.length} postmortem action item(s) are past their due date (as of ${today}).`,
    '',
    ...owners.flatMap((o) => [
      `### ${o}`,
      '',
      ...overdue
        .filter((x) => x.owner === o)
        .map((x) => `- [ ] [#${x.i.number} ${x.i.title}](${link(x.i.number)}) — due ${x.due}`),
      '',
    ]),
  ].join('\n');
}
