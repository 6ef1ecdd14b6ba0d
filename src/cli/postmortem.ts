/** `oncall postmortem new "Title"`: a dated postmortem from the template, ready to fill in. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { POSTMORTEMS } from '../model/kinds.js';
import { Temporal } from 'temporal-polyfill';
import { parse } from 'yaml';
import { UsageError, writeOutput, type CliIO } from './io.js';

/** The severity ids of severities.yaml, when it reads; otherwise no list to check against. */
async function severitiesOf(root: string): Promise<string[] | undefined> {
  try {
    const doc = parse(await readFile(join(root, 'oncall/severities.yaml'), 'utf8')) as {
      severities?: { id?: unknown }[];
    };
    const ids = (doc?.severities ?? []).map((s) => s.id).filter((id): id is string => typeof id === 'string');
    return ids.length ? ids : undefined;
  } catch {
    return undefined;
  }
}

export async function runPostmortemNew(
  root: string,
  title: string,
  o: { severity?: string; date?: string },
  io: CliIO,
): Promise<number> {
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  const usage = `--date must be a day in the calendar, such as 2026-03-14 (got "${date}").`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(usage);
  try {
    Temporal.PlainDate.from(date, { overflow: 'reject' });
  } catch {
    throw new UsageError(usage);
  }
  const severity = o.severity ?? 'P1';
  const known = await severitiesOf(root);
  if (known && !known.includes(severity))
    throw new UsageError(`--severity must be one of severities.yaml's: ${known.join(', ')} (got "${severity}").`);
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  if (!slug) throw new UsageError('the title needs at least one letter or digit.');
  const path = join(root, POSTMORTEMS.dir, `${date}-${slug}.md`);
  if (existsSync(path)) throw new UsageError(`${POSTMORTEMS.dir}/${date}-${slug}.md exists already.`);
  const templatePath = join(root, POSTMORTEMS.template);
  if (!existsSync(templatePath))
    throw new UsageError(
      `there is no ${POSTMORTEMS.template} to write the postmortem from; add the team's template there.`,
    );
  const template = await readFile(templatePath, 'utf8');
  const quoted = JSON.stringify(title);
  const text = template
    .replace(/^title: .*$/m, `title: ${quoted}`)
    .replace(/^date: .*$/m, `date: ${date}`)
    // The instants start on the incident's day, so they agree with date until the real times are written.
    .replace(/^(started|detected|resolved): \d{4}-\d{2}-\d{2}T/gm, `$1: ${date}T`)
    .replace(/^severity: .*$/m, `severity: ${severity}`)
    .replace('# Incident Postmortem: [Title]', `# Incident Postmortem: ${title}`)
    .replace('**Date**: [YYYY-MM-DD]', `**Date**: ${date}`)
    .replace('**Severity**: [P0/P1/P2]', `**Severity**: ${severity}`);
  await writeOutput(path, () => writeFile(path, text));
  io.stdout(
    `Wrote ${POSTMORTEMS.dir}/${date}-${slug}.md. Fill it in within 24 hours of resolution, then run: npx oncall validate\n`,
  );
  return 0;
}
