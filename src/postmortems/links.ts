/**
 * Links into the repository resolve — inline links, images, autolinks and reference definitions
 * alike. A target that is not a readable path (a broken percent-escape) is a finding, not a crash.
 */
import { posix } from 'node:path';
import type { Finding } from '../render/finding.js';
import type { Postmortem } from './types.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function checkLinks(pm: Postmortem, fileExists: (path: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const add = (message: string, at: { line: number; column: number }) =>
    out.push({ ruleId: 'postmortem/link', severity: 'error', message, file: pm.file, ...at });
  for (const l of pm.links) {
    if (SCHEME.test(l.url) || l.url.startsWith('#') || l.url.startsWith('//')) continue;
    const path = l.url.split(/[#?]/)[0]!;
    if (path === '') continue;
    let decoded: string;
    try {
      decoded = decodeURI(path);
    } catch {
      add(
        `The link ${quoted(l.source)} has a percent-escape that is not a whole UTF-8 character (as %C3%A9 is). Fix the escape, or write a literal % as %25.`,
        l.at,
      );
      continue;
    }
    // A leading / is the repository's root, as GitHub renders it.
    const target = decoded.startsWith('/')
      ? posix.normalize(decoded.slice(1))
      : posix.normalize(posix.join(posix.dirname(pm.file), decoded));
    if (!fileExists(target.replace(/\/$/, '')))
      add(`The link ${quoted(l.source)} points to ${target}, which is not in the repository.`, l.at);
  }
  return out;
}

/** The link as written, kept to one short line. */
function quoted(source: string): string {
  const line = source.replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
