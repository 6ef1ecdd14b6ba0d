/**
 * What people read agrees with what machines read: the bold lines under the title (`**Date**`,
 * `**Duration**`, `**Severity**`, `**Author**`) against the front matter, reported at the bold line.
 */
import type { Finding } from '../render/finding.js';
import { formatDuration, parseDuration } from './duration.js';
import type { Postmortem } from './types.js';

export interface HeaderFacts {
  /** resolved − started, when both instants are readable. */
  minutes?: number;
  /** The team.yaml person an id or name names; undefined when team.yaml is not loaded. */
  personOf?: (who: string) => string | undefined;
  /** Whether a value is still the template's placeholder (its own finding says to fill it in). */
  isPlaceholder: (value: string) => boolean;
}

export function checkHeader(pm: Postmortem, facts: HeaderFacts): Finding[] {
  const f = pm.fields;
  if (!pm.frontMatter || !f) return [];
  const out: Finding[] = [];
  for (const { label, value, at } of pm.header) {
    const add = (message: string) =>
      out.push({ ruleId: 'postmortem/header', severity: 'error', message, file: pm.file, ...at });
    if (facts.isPlaceholder(value)) continue;
    const field = label.toLowerCase();
    if (field === 'date' && f.date !== undefined && value !== f.date)
      add(`**Date** says "${value}" but the front matter's date is ${f.date}. Make them agree.`);
    else if (field === 'severity' && f.severity !== undefined && value !== f.severity)
      add(`**Severity** says "${value}" but the front matter's severity is ${f.severity}. Make them agree.`);
    else if (field === 'duration') {
      const stated = parseDuration(value);
      const expected = facts.minutes ?? (f.duration !== undefined ? parseDuration(f.duration) : undefined);
      if (stated === undefined) add(`**Duration** "${value}" is not written as the template's "X hours Y minutes".`);
      else if (expected !== undefined && stated !== expected)
        add(
          `**Duration** says "${value}" but ${facts.minutes !== undefined ? 'resolved − started' : "the front matter's duration"} is ${formatDuration(expected)}. Correct one of them.`,
        );
    } else if (field === 'author' && f.author !== undefined && facts.personOf) {
      const person = facts.personOf(value);
      const author = facts.personOf(f.author);
      if (person === undefined) add(`**Author** "${value}" is not in team.yaml (by id or name).`);
      // An unknown front-matter author is postmortem/author's finding; comparing with it would repeat it.
      else if (author !== undefined && person !== author)
        add(`**Author** names ${value} but the front matter's author is ${f.author}. Make them the same person.`);
    }
  }
  return out;
}
