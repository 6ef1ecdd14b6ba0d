/**
 * GitHub markdown: text from people the bot does not trust (swap reasons, names, file names,
 * PagerDuty names), made inert before it goes into a comment, an issue or a job summary: no mention,
 * link, image, HTML, heading, table cell or fence can come out of it, and it stays one line of
 * bounded length. The bot's own mentions are written beside it, never through it.
 */
import { oneLine } from './plain.js';

const MAX = 200;

/** Prose and table cells. */
export function inert(text: string, max = MAX): string {
  return (
    oneLine(text, max)
      // Markdown and HTML punctuation, escaped so it renders as itself.
      .replace(/[\\`*_{}[\]()#+!|<>~=:&-]/g, (c) => `\\${c}`)
      // A zero-width joiner after @ keeps "@team" from pinging anyone (and mail addresses from linking).
      .replace(/@/g, '@\u200d')
      // Bare URLs autolink in GFM even without brackets; break the scheme.
      .replace(/(https?|ftp|mailto|www)(\\?[:.])/gi, '$1\u200d$2')
  );
}

/**
 * Inline code (a file name, an id). Backslash escapes do not work inside a code span, so nothing is
 * escaped; what could end the span, or read as markup or a cell border in the raw body, is replaced.
 */
export function inertCode(text: string, max = MAX): string {
  const safe = oneLine(text, max).replace(/`/g, "'").replace(/</g, '‹').replace(/>/g, '›').replace(/\|/g, '¦');
  // An empty span is not a span: two backticks would show as themselves.
  return `\`${safe.trim() === '' ? '(empty)' : safe}\``;
}
