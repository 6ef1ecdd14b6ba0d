/**
 * The postmortem against its template: the title, the header lines under it, and the sections — each
 * present, in the template's order, and not empty. A section that moved is reported where it now
 * stands, not the sections it pushed past.
 */
import type { Finding } from '../render/finding.js';
import type { Template } from './template.js';
import type { Position, Postmortem } from './types.js';

export function checkStructure(pm: Postmortem, template: Template): Finding[] {
  const out: Finding[] = [];
  const add = (severity: Finding['severity'], message: string, at: Position) =>
    out.push({ ruleId: 'postmortem/sections', severity, message, file: pm.file, line: at.line, column: at.column });
  const f = pm.fields ?? {};
  const prefix = template.titlePrefix;

  if (!pm.title)
    add('error', `The postmortem has no "# ${prefix}<title>" heading. Add it after the front matter.`, {
      line: 1,
      column: 1,
    });
  else if (!pm.title.text.startsWith(prefix) || pm.title.text.length === prefix.length)
    add(
      'error',
      `The title must read "${prefix}<title>", as in ${template.file}, not "${pm.title.text}".`,
      pm.title.at,
    );
  else if (f.title && pm.title.text !== `${prefix}${f.title}`)
    add(
      'warning',
      `The heading says "${pm.title.text}" but the front matter title is "${f.title}". Make them agree.`,
      pm.title.at,
    );

  const labels = new Set(pm.header.map((h) => h.label));
  for (const label of template.headers)
    if (!labels.has(label))
      out.push({
        ruleId: 'postmortem/header',
        severity: 'error',
        message: `The header line "**${label}**: …" is missing; ${template.file} has ${template.headers.map((h) => `**${h}**`).join(', ')} under the title.`,
        file: pm.file,
        ...(pm.title?.at ?? { line: 1, column: 1 }),
      });

  // The template's sections as they appear, by their place in the template; a repeat is its own finding.
  const seen = new Set<string>();
  const placed: { index: number; at: Position; name: string }[] = [];
  for (const s of pm.sections) {
    const index = template.sections.indexOf(s.name);
    if (index < 0) continue; // extra sections are welcome
    if (seen.has(s.name)) {
      add('error', `The section "${s.name}" appears a second time here. Merge it into the first.`, s.at);
      continue;
    }
    seen.add(s.name);
    placed.push({ index, at: s.at, name: s.name });
    if (s.empty)
      add(
        'error',
        `The section "${s.name}" is empty (a comment does not count). Fill it in, or write "None" if there is truly nothing to say.`,
        s.at,
      );
  }
  const inPlace = longestIncreasing(placed.map((p) => p.index));
  placed.forEach((p, i) => {
    if (inPlace.has(i)) return;
    const after = template.sections[p.index - 1];
    add(
      'error',
      `"${p.name}" is out of place: ${template.file} has it ${after ? `after "${after}"` : `first, before "${template.sections[1]}"`}. Move it there.`,
      p.at,
    );
  });

  template.sections.forEach((name, index) => {
    if (seen.has(name)) return;
    const before = placed.filter((p, i) => inPlace.has(i) && p.index < index).pop();
    add(
      'error',
      `The section "## ${name}" is missing. Add it${before ? ` after "${before.name}"` : ''}, as in ${template.file}.`,
      before?.at ?? pm.title?.at ?? { line: 1, column: 1 },
    );
  });
  return out;
}

/**
 * Positions (into `values`) of one longest strictly increasing run: the sections that stand in the
 * template's order. Everything else is what moved. Quadratic, for the seven-or-so sections there are.
 */
function longestIncreasing(values: readonly number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < i; j++)
      if (values[j]! < values[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
  let end = length.indexOf(Math.max(0, ...length));
  const out = new Set<number>();
  for (; end >= 0; end = previous[end]!) out.add(end);
  return out;
}
