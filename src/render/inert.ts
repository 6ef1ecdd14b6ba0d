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
      // GitHub links references after rendering, escapes or not: #12, org/repo#12, GH-12 and commit
      // ids become links (and backlinks in the target). A joiner inside each keeps it text.
      .replace(/#(?=\d)/g, '#\u200d')
      .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200d-`)
      .replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gi, (hex) => hex.match(/.{1,3}/g)!.join('\u200d'))
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
