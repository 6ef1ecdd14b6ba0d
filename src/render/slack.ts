/**
 * Slack mrkdwn, as an incoming webhook reads it: untrusted text escaped as Slack documents (&, <, >),
 * so `<!channel>`, `<@U…>` and `<url|label>` stay text; `@here` and bare addresses are broken with
 * invisible characters, because Slack links and mentions those by itself.
 */
import { oneLine } from './plain.js';

export function slackText(text: string, max = 200): string {
  return (
    oneLine(text, max)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@/g, '@\u200d')
      .replace(/(https?|ftp|mailto|www)([:.])/gi, '$1\u200d$2')
      // "evil.example" links itself; a one-dot leader between letters reads the same and links nothing.
      .replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '\u2024')
  );
}

/** The tool's own link, to an address it built. */
export function slackLink(url: string, label: string): string {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${slackText(label, 80)}>`;
}
