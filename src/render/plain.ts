/**
 * What every medium's escaping starts from: text from people the bot does not trust, with nothing
 * left in it that a terminal, a chat client or a browser acts on by itself (control characters,
 * line separators, bidirectional overrides that make text read differently from what it is).
 */
const CONTROLS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;
const CONTROLS_BUT_NEWLINE = /(?:(?!\n)[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069])+/gu;

/** One line of at most `max` characters: controls become one space, and a cut ends in "…". */
export function oneLine(text: string, max: number): string {
  return capped(text.replace(CONTROLS, ' ').trim(), max);
}

/** Lines as they were, with every other control character (carriage returns, escapes, tabs) removed. */
export function withoutControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_NEWLINE, (m) => (m.includes('\t') ? ' ' : ''));
}

export function capped(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
