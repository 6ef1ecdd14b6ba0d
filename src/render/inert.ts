/**
 * Text from people the bot does not trust (swap reasons, names, file names), made inert before it
 * goes into markdown the bot posts: no mention, link, image, HTML, heading, table cell or fence can
 * come out of it, and it stays one line of bounded length.
 */
const MAX = 200;

export function inert(text: string, max = MAX): string {
  const line = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return (
    cut
      // Markdown and HTML punctuation, escaped so it renders as itself.
      .replace(/[\\`*_{}[\]()#+!|<>~=:-]/g, (c) => `\\${c}`)
      // A zero-width joiner after @ keeps "@team" from pinging anyone.
      .replace(/@/g, '@\u200d')
      // Bare URLs autolink in GFM even without brackets; break the scheme.
      .replace(/(https?|ftp|mailto|www)(\\?[:.])/gi, '$1\u200d$2')
  );
}
