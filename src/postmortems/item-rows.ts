/**
 * Which front-matter entry is which row of the Action Items table. An entry that names its row's
 * action (`action:`) is bound to that row wherever the row stands, so reordering the table moves
 * nothing; an entry without one is the row at its position. Filing reads this binding, and
 * validate reports every entry and row that do not pair up, at the row when it is the row's fault.
 */
import type { Finding } from '../render/finding.js';
import type { ActionItem, Position, Postmortem } from './types.js';

export interface BoundItem {
  row: ActionItem;
  id: string;
  type?: string;
  priority?: string;
}

interface Problem {
  message: string;
  at: Position;
  /** An entry bound by position only works, but a reorder would move its issue: a warning. */
  severity?: 'warning';
}

/** Cell text as remark gives it, compared with runs of whitespace as one space. */
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

export function bindItems(pm: Postmortem): { bound: BoundItem[]; problems: Problem[] } {
  const entries = Array.isArray(pm.fields?.action_items) ? pm.fields.action_items : [];
  const rows = pm.actionItems;
  const at = pm.fieldAt('action_items');
  const problems: Problem[] = [];
  const rowOf = new Map<number, { entry: number; id: string }>();
  const claim = (row: ActionItem, entry: number) => {
    const id = entries[entry]!.id;
    const other = rowOf.get(row.index);
    if (other)
      problems.push({
        message: `Row ${row.index + 1} ("${row.action}") is claimed by two front-matter entries, "${other.id}" and "${id}". Give each row exactly one entry.`,
        at: row.at,
      });
    else rowOf.set(row.index, { entry, id });
  };
  const named = new Set(entries.flatMap((e) => (e.action === undefined ? [] : [normal(e.action)])));
  entries.forEach((entry, i) => {
    if (entry.action !== undefined) {
      const matches = rows.filter((r) => normal(r.action) === normal(entry.action!));
      if (matches.length === 0)
        problems.push({
          message: `The front-matter entry "${entry.id}" names the action "${entry.action}", which no row of the Action Items table has${rows[i] ? ` (row ${i + 1} reads "${normal(rows[i].action)}", markup aside)` : ''}. Reword it to match its row (a reworded row needs its entry reworded too).`,
          at,
        });
      else if (matches.length > 1)
        problems.push({
          message: `Two rows read "${matches[1]!.action}", so the entry "${entry.id}" cannot tell them apart. Make each row's action distinct.`,
          at: matches[1]!.at,
        });
      else claim(matches[0]!, i);
      return;
    }
    const row = rows[i];
    // A row missing altogether is the count check's finding (postmortem/action-items).
    if (!row) return;
    if (named.has(normal(row.action)))
      problems.push({
        message: `The front-matter entry "${entry.id}" has no action, so it would be row ${i + 1}, but that row ("${row.action}") is named by another entry's action. Add action: to "${entry.id}" naming its row.`,
        at: row.at,
      });
    else {
      claim(row, i);
      problems.push({
        message: `The front-matter entry "${entry.id}" is row ${i + 1} ("${normal(row.action)}") by position only: reorder the table and its issue would follow another action. Add action: "${normal(row.action)}" to it.`,
        at: pm.fieldAt(['action_items', i, 'id']),
        severity: 'warning',
      });
    }
  });
  // Only when every entry names its row is it certain which row lacks one; otherwise the count
  // check already says an entry is missing.
  if (entries.length > 0 && entries.every((e) => e.action !== undefined))
    for (const row of rows)
      if (!rowOf.has(row.index) && rows.filter((r) => normal(r.action) === normal(row.action)).length === 1)
        problems.push({
          message: `Row ${row.index + 1} ("${row.action}") has no front-matter entry: add one to action_items with id, action: "${normal(row.action)}", type and priority.`,
          at: row.at,
        });
  const bound = rows.flatMap((row) => {
    const owner = rowOf.get(row.index);
    if (!owner) return [];
    const entry = entries[owner.entry]!;
    return [{ row, id: entry.id, type: entry.type, priority: entry.priority }];
  });
  return { bound, problems };
}

/** The rule `postmortem/action-rows`: rows and front-matter entries that do not pair up. */
export function checkItemRows(pm: Postmortem): Finding[] {
  if (pm.unread || !pm.fields) return [];
  return bindItems(pm).problems.map((p) => ({
    ruleId: 'postmortem/action-rows',
    severity: p.severity ?? 'error',
    message: p.message,
    file: pm.file,
    line: p.at.line,
    column: p.at.column,
  }));
}
