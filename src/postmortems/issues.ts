/**
 * Action items → the GitHub issues they should be, and what to change to get there. Pure.
 *
 * An item's identity is its key: the incident's date (front matter) and the item's id, written in a
 * hidden marker in the issue body. Neither the file name nor the row's position is part of it, so a
 * renamed postmortem keeps its issues (the permalink is updated) and reordered rows keep theirs
 * (rows are bound to entries by src/postmortems/item-rows.ts). The marker also records the path,
 * so an issue whose date was corrected in place is still found, as are issues filed before keys
 * had a date (marker v1: path#id).
 */
import type { Policy } from '../model/load.js';
import { inert, inertCode } from '../render/inert.js';
import { oneLine } from '../render/plain.js';
import { bindItems } from './item-rows.js';
import type { Postmortem } from './types.js';

export const ITEM_LABEL = 'postmortem';
export const REMOVED_LABEL = 'removed-from-postmortem';
/** GitHub answers a longer title with 422 "title is too long (maximum is 256 characters)". */
export const TITLE_MAX = 256;
/** Action text in a body is bounded only by the postmortem's own size (16 KiB). */
const BODY_TEXT_MAX = 16 * 1024;
/** What the run appends about assignment (it depends on the repository, not the postmortem). */
export const NOTE_MARKER = '<!-- oncall-as-code:note -->';

export interface ItemIssue {
  /** `<date>/<id>`: the identity the marker carries. */
  key: string;
  id: string;
  postmortem: string;
  title: string;
  /** The body without the assignment note. */
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

interface Marker {
  /** Absent in markers written before keys had a date. */
  key?: string;
  path: string;
  id: string;
}

export const markerOf = (item: Pick<ItemIssue, 'key' | 'postmortem'>) =>
  `<!-- oncall-as-code:action-item v2 key=${item.key} path=${encodeURIComponent(item.postmortem)} -->`;
// Only at the very start of the body, where the tool writes it: anywhere else it is quoted text
// (a PagerDuty name in a drift issue's plan), and every workflow's token is the same bot.
const MARKER_V2 = /^<!-- oncall-as-code:action-item v2 key=(\S+) path=(\S+) -->/;
const MARKER_V1 = /^<!-- oncall-as-code:action-item (\S+)#(\S+) -->/;

export function markerIn(body: string | null | undefined): Marker | undefined {
  if (!body) return undefined;
  const v2 = MARKER_V2.exec(body);
  if (v2) {
    let path: string;
    try {
      path = decodeURIComponent(v2[2]!);
    } catch {
      return undefined;
    }
    return { key: v2[1]!, path, id: v2[1]!.slice(v2[1]!.indexOf('/') + 1) };
  }
  const v1 = MARKER_V1.exec(body);
  return v1 ? { path: v1[1]!, id: v1[2]! } : undefined;
}

/** The body as the postmortem decides it: what is compared to tell whether an issue is current. */
export const coreOf = (body: string) => body.split(`\n\n${NOTE_MARKER}`)[0]!.trimEnd();
const ownerLine = (body: string) => /^- \*\*Owner\*\*: (.*)$/m.exec(body)?.[1];

export function withNote(body: string, note: string | undefined): string {
  return note ? `${body}\n\n${NOTE_MARKER}\n${note}` : body;
}

export interface IssueContext {
  policy: Policy;
  /** https://github.com/owner/repo/blob/<sha> — the permalink base at the merge commit. */
  blobBase: string;
}

/** A login as GitHub allows it: anything else from team.yaml is written inert, never as a mention. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function itemIssues(postmortems: readonly Postmortem[], ctx: IssueContext): ItemIssue[] {
  const people = ctx.policy.team?.people ?? [];
  return postmortems.flatMap((pm) => {
    const date = pm.fields?.date;
    if (!date) return [];
    return bindItems(pm).bound.map(({ row: item, id, type, priority }) => {
      const person = people.find((p) => p.id === item.owner || p.name === item.owner);
      const login = person?.github && LOGIN.test(person.github) ? person.github : undefined;
      const severity = pm.fields?.severity ?? '';
      const link = `${ctx.blobBase}/${pm.file.split('/').map(encodeURIComponent).join('/')}`;
      const key = `${date}/${id}`;
      const body = [
        markerOf({ key, postmortem: pm.file }),
        `Action item ${inertCode(id)} of the postmortem [${inert(pm.fields?.title ?? pm.file)}](${link}) (${inertCode(pm.file)}).`,
        '',
        `- **Action**: ${inert(item.action, BODY_TEXT_MAX)}`,
        // The owner's mention is the tool's own, from team.yaml: the only live one in the body.
        `- **Owner**: ${person ? `${inert(person.name)}${login ? ` (@${login})` : ''}` : inert(item.owner)}`,
        `- **Due**: ${/^\d{4}-\d{2}-\d{2}$/.test(item.due) ? item.due : inert(item.due)}`,
        `- **Severity**: ${inert(severity)}`,
        `- **Type**: ${inert(type ?? '')}`,
        `- **Priority**: ${inert(priority ?? '')}`,
      ].join('\n');
      return {
        key,
        id,
        postmortem: pm.file,
        // Titles render as plain text; GitHub limits their length, the body has the whole action.
        title: oneLine(item.action, TITLE_MAX),
        body,
        labels: [ITEM_LABEL, ...(severity ? [severity] : []), ...(type ? [type] : [])],
        ...(login ? { assignee: login } : {}),
        owner: item.owner,
        due: item.due,
      };
    });
  });
}

export interface IssueUpdate {
  number: number;
  item: ItemIssue;
  title?: string;
  /** The body is rewritten (a new permalink, a reworded action, another owner). */
  body?: true;
  /** The owner changed: the issue is assigned to the new one. */
  reassign?: true;
}

export interface IssuePlan {
  create: ItemIssue[];
  update: IssueUpdate[];
  /** Issues whose item left the postmortem: commented on once, and labelled so. */
  removed: number[];
  /** Open duplicates of one item (two runs at once): the newer ones, to close. */
  duplicates: number[];
  /** Keys two postmortems share (a copied file, a reused id on the same day): neither is filed. */
  conflicts: { key: string; postmortems: string[] }[];
  /** Each filed item's issue: the oldest with its marker. */
  filed: Map<string, number>;
}

interface Marked {
  issue: ExistingIssue;
  marker: Marker;
}

/** Each wanted item's issues, oldest first: by key, else by path and id (a date corrected in place, marker v1). */
function match(wanted: readonly ItemIssue[], existing: readonly ExistingIssue[]): Map<string, Marked[]> {
  const marked = existing
    .flatMap((issue) => {
      const marker = markerIn(issue.body);
      return marker ? [{ issue, marker }] : [];
    })
    .sort((a, b) => a.issue.number - b.issue.number);
  const keys = new Set(wanted.map((w) => w.key));
  const out = new Map<string, Marked[]>();
  for (const w of wanted) {
    const byKey = marked.filter((m) => m.marker.key === w.key);
    out.set(
      w.key,
      byKey.length
        ? byKey
        : marked.filter(
            (m) => m.marker.path === w.postmortem && m.marker.id === w.id && !(m.marker.key && keys.has(m.marker.key)),
          ),
    );
  }
  return out;
}

/** Only postmortems listed in `scope` lose items: a postmortem file deleted from the repo keeps its issues. */
export function planIssues(
  wanted: readonly ItemIssue[],
  existing: readonly ExistingIssue[],
  scope: ReadonlySet<string>,
): IssuePlan {
  const count = new Map<string, string[]>();
  for (const w of wanted) count.set(w.key, [...(count.get(w.key) ?? []), w.postmortem]);
  const conflicts = [...count]
    .filter(([, files]) => files.length > 1)
    .map(([key, postmortems]) => ({ key, postmortems }));
  const conflicted = new Set(conflicts.map((c) => c.key));
  const filable = wanted.filter((w) => !conflicted.has(w.key));
  const matched = match(filable, existing);
  const plan: IssuePlan = { create: [], update: [], removed: [], duplicates: [], conflicts, filed: new Map() };
  const claimed = new Set<number>();
  for (const w of filable) {
    const [first, ...rest] = matched.get(w.key) ?? [];
    for (const m of [first, ...rest]) if (m) claimed.add(m.issue.number);
    if (!first) {
      plan.create.push(w);
      continue;
    }
    plan.filed.set(w.key, first.issue.number);
    const update: IssueUpdate = { number: first.issue.number, item: w };
    if (first.issue.title !== w.title) update.title = w.title;
    if (coreOf(first.issue.body) !== w.body) update.body = true;
    if (ownerLine(first.issue.body) !== ownerLine(w.body)) update.reassign = true;
    if (update.title !== undefined || update.body || update.reassign) plan.update.push(update);
    plan.duplicates.push(...rest.filter((r) => r.issue.state === 'open').map((r) => r.issue.number));
  }
  // An item gone from a postmortem filed this run: its oldest issue, once. Issues of conflicting
  // items are not touched: their postmortems are not filed from until the conflict is resolved.
  const seen = new Set<string>();
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const marker = markerIn(issue.body);
    if (!marker || claimed.has(issue.number) || !scope.has(marker.path)) continue;
    if (marker.key && conflicted.has(marker.key)) continue;
    const identity = marker.key ?? `${marker.path}#${marker.id}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    if (!issue.labels.includes(REMOVED_LABEL)) plan.removed.push(issue.number);
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
        // A title may have been edited by anyone who can triage: it is inert here.
        .map((x) => `- [ ] [#${x.i.number} ${inert(x.i.title)}](${link(x.i.number)}) — due ${x.due}`),
      '',
    ]),
  ].join('\n');
}
