/** The template's way of writing a duration, "X hours Y minutes", both ways. */

/** Minutes in "1 hour 50 minutes", "2 hours", "45 minutes"; undefined when it is not in that form. */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+) hours?)? ?(?:(\d+) minutes?)?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (hours === 0) return part(rest, 'minute');
  return rest === 0 ? part(hours, 'hour') : `${part(hours, 'hour')} ${part(rest, 'minute')}`;
}
