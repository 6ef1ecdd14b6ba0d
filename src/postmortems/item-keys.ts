/**
 * An action item's GitHub issue is filed under its key — the incident's date and the item's id —
 * so two postmortems of one day must not share an id: filing would refuse both as a conflict. The
 * check needs every postmortem at once, so each file yields its keys and the run compares them.
 */
import type { Finding } from '../render/finding.js';
import type { Postmortem } from './types.js';

export interface ItemKey {
  key: string;
  file: string;
  line: number;
  column: number;
}

export function itemKeysOf(pm: Postmortem): ItemKey[] {
  const date = pm.fields?.date;
  const entries = Array.isArray(pm.fields?.action_items) ? pm.fields.action_items : [];
  if (pm.unread || typeof date !== 'string') return [];
  // An id repeated within one file is that file's own finding (postmortem/action-items).
  const seen = new Set<string>();
  return entries.flatMap((entry, i) => {
    if (typeof entry?.id !== 'string' || seen.has(entry.id)) return [];
    seen.add(entry.id);
    const at = pm.fieldAt(['action_items', i, 'id']);
    return [{ key: `${date}/${entry.id}`, file: pm.file, line: at.line, column: at.column }];
  });
}

/** The rule `postmortem/item-key`: at the id in each file after the first (by path) that shares a key. */
export function checkItemKeys(keys: readonly ItemKey[]): Finding[] {
  const byKey = new Map<string, ItemKey[]>();
  for (const k of keys) byKey.set(k.key, [...(byKey.get(k.key) ?? []), k]);
  return [...byKey.values()].flatMap((group) => {
    if (group.length < 2) return [];
    const [first, ...rest] = [...group].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    return rest.map((k) => ({
      ruleId: 'postmortem/item-key',
      severity: 'error' as const,
      message: `The action item "${k.key.slice(k.key.indexOf('/') + 1)}" has the same date and id as one in ${first!.file} (line ${first!.line}), and its GitHub issue is filed under both: give it an id of its own.`,
      file: k.file,
      line: k.line,
      column: k.column,
    }));
  });
}
