/**
 * Code fences: a block of text (a plan, a log, a chart) shown exactly as it is. The fence is longer
 * than any run of backticks inside, so no line of the text can close it, and nothing inside renders.
 */
import { withoutControls } from './plain.js';

export function fenced(text: string, info = ''): string {
  const body = withoutControls(text).replace(/\n+$/, '');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}
