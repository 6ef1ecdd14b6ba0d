/**
 * The CLI as people misuse it: a test per point of the CLI issue, through bin/oncall.js as a process.
 * Times are relative to the real clock, since `oncall swap` judges notice from now.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/policy.js';
import { cleanEnv, runNode, tempPolicy } from './helpers/run.js';

const CLI = 'bin/oncall.js';
const H = 3_600_000;
/** A whole minute `hours` from now, clear of Sunday's 10:00 handoff by the caller's choice of hours. */
const ahead = (hours: number) => new Date(Math.ceil((Date.now() + hours * H) / 60_000) * 60_000 + 60_000);
const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z');

async function holdersAt(root: string, at: Date): Promise<Record<string, string>> {
  const r = await runNode(CLI, ['who', '--root', root, '--at', iso(at), '--json']);
  const { oncall } = JSON.parse(r.stdout) as { oncall: { schedule: string; person: string }[] };
  return Object.fromEntries(oncall.map((o) => [o.schedule, o.person]));
}

/** A two-hour swap on primary starting `hours` ahead, covered by someone not on call then. */
async function swapArgs(root: string, hours: number): Promise<string[]> {
  const start = ahead(hours);
  const end = new Date(start.getTime() + 2 * H);
  const [first, last] = [await holdersAt(root, start), await holdersAt(root, new Date(end.getTime() - 60_000))];
  const from = first.primary!;
  if (last.primary !== from) return swapArgs(root, hours + 3);
  // Not on the secondary either: nobody holds two roles one policy pages.
  const busy = new Set([from, first.secondary, last.secondary]);
  const to = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'].find((p) => !busy.has(p))!;
  const args = ['swap', '--root', root, '--schedule', 'primary', '--at', iso(start), '--until', iso(end)];
  return [...args, '--from', from, '--to', to, '--reason', 'Dentist'];
}
const swapFiles = (root: string) =>
  existsSync(join(root, 'oncall/swaps'))
    ? readdirSync(join(root, 'oncall/swaps')).filter((f) => f.endsWith('.yaml'))
    : [];

describe('oncall swap', () => {
  it('1. writes nothing when the policy does not hold, and says why', async () => {
    const root = tempPolicy({ 'oncall/team.yaml': 'people: [\n' });
    const r = await runNode(CLI, [...(await swapArgs(tempPolicy(), 100)).map((a) => (a.startsWith('/') ? root : a))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^The policy has errors already; nothing was written\. Fix them first/);
    expect(swapFiles(root)).toEqual([]);
  });

  it('2. refuses a period that has begun; with under 48 h of notice it says what the emergency path needs', async () => {
    const root = tempPolicy();
    const past = await runNode(
      CLI,
      ['swap', '--root', root, '--schedule', 'primary', '--at', '2026-01-05T10:00:00Z'].concat([
        '--from',
        'engineer-a',
        '--to',
        'engineer-b',
        '--reason',
        'x',
      ]),
    );
    expect(past.code).toBe(2);
    expect(past.stderr).toMatch(/has passed: a swap changes who will be on call, never who was/);
    const soon = await runNode(CLI, await swapArgs(root, 15));
    expect(soon.code).toBe(0);
    expect(soon.stdout).toMatch(
      /⚠ Only 1[5-9] h notice \(48 h required\): the swap check fails it unless the pull request has the emergency-swap label and a manager/,
    );
    expect(soon.stdout).toContain('--label emergency-swap');
  });

  it('3. --json is JSON, with --dry-run and without', async () => {
    const root = tempPolicy();
    const args = await swapArgs(root, 100);
    const dry = JSON.parse((await runNode(CLI, [...args, '--dry-run', '--json'])).stdout);
    expect(dry).toMatchObject({ written: false, emergency: false, commands: expect.any(Array) });
    expect(swapFiles(root)).toEqual([]);
    const real = JSON.parse((await runNode(CLI, [...args, '--json'])).stdout);
    expect(real).toMatchObject({ written: true, file: expect.stringMatching(/^oncall\/swaps\/.*\.yaml$/) });
    expect(readFileSync(join(root, real.file), 'utf8')).toBe(real.content);
    // 11. YAML 1.1 readers would make an unquoted instant a date object.
    expect(real.content).toMatch(/^start: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z"$/m);
  });
});

describe('flags', () => {
  it('3. conflicting output flags are refused; commands without JSON do not offer --json', async () => {
    for (const args of [
      ['schedule', '--json', '--format', 'markdown'],
      ['validate', '--json', '--format', 'github'],
      ['report', 'compensation', '--csv', '--json'],
    ]) {
      const r = await runNode(CLI, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/ask for different outputs; give one\./);
    }
    for (const args of [
      ['calendar', '--json'],
      ['docs', '--json'],
      ['postmortem', 'new', 'x', '--json'],
    ]) {
      const r = await runNode(CLI, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/unknown option '--json'/);
    }
  });

  it('4. a date that is not in the calendar is a usage error that shows a correct one', async () => {
    for (const [args, message] of [
      [
        ['report', 'compensation', '--period', '2027-13'],
        /2027-13 is not a date in the calendar\. --period must be a month \(2026-12\)/,
      ],
      [['report', 'compensation', '--period', '2027-02-30'], /2027-02-30 is not a date in the calendar/],
      [['report', 'fairness', '--quarter', '2027Q5'], /--quarter must be a year and a quarter, such as 2026Q4/],
      [
        ['who', '--at', '2027-02-30T10:00:00Z'],
        /--at 2027-02-30T10:00:00Z is not a real date and time; give one such as/,
      ],
    ] as const) {
      const r = await runNode(CLI, [...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });

  it('4. postmortem new takes only a real day and a severity severities.yaml has; no template is said plainly', async () => {
    const root = tempPolicy();
    for (const [args, message] of [
      [['--date', '2027-13-01'], /--date must be a day in the calendar, such as 2026-03-14 \(got "2027-13-01"\)/],
      [['--severity', 'P9'], /--severity must be one of severities\.yaml's: P0, P1, P2, P3 \(got "P9"\)/],
      [[], /there is no postmortems\/TEMPLATE\.md to write the postmortem from/],
    ] as const) {
      const r = await runNode(CLI, ['postmortem', 'new', 'Queue backlog', '--root', root, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(root, 'postmortems'))).toBe(false);
  });

  it('9. --version prints the package version; --help lists the exit codes', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await runNode(CLI, ['--version'])).stdout).toBe(`${pkg.version}\n`);
    const help = await runNode(CLI, ['--help']);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 {2}done[\s\S]* {2}2 {2}the command was called wrongly/);
  });
});

describe('output', () => {
  it('5. a reader that closes the pipe early ends the command quietly', async () => {
    const child = spawn(
      process.execPath,
      [join(REPO_ROOT, CLI), 'schedule', '--json', '--until', '2030-01-01T00:00:00Z'],
      {
        cwd: REPO_ROOT,
        env: cleanEnv(),
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });

  it('6. a place it cannot write is named, exit 2, no ENOENT', async () => {
    const r = await runNode(CLI, ['calendar', '--output', '/nonexistent/folder/x.ics']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('oncall: cannot write /nonexistent/folder/x.ics: its folder does not exist.\n');
  });

  it('8. reports default to the current quarter and pay period, and say so when they are empty', async () => {
    const fairness = await runNode(CLI, ['report', 'fairness', '--json']);
    expect(fairness.code).toBe(0);
    const d = new Date();
    const report = JSON.parse(fairness.stdout) as { quarter: string; people: Record<string, unknown>[] };
    expect(report.quarter).toBe(`${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`);
    expect(Object.keys(report.people[0]!)).toEqual(
      expect.arrayContaining(['after_hours', 'swaps_given', 'swaps_taken']),
    );
    const pay = await runNode(CLI, ['report', 'compensation']);
    expect(pay.code).toBe(0);
    expect(pay.stdout).toMatch(
      /^Nobody covered a swap in pay period .+: no time trade, overtime or holiday hours\.\n$/,
    );
  });

  it('10. a horizon beyond two years is computed, not read as a gap', async () => {
    const r = await runNode(CLI, ['validate', '--horizon', '110']);
    expect(r.stdout).not.toMatch(/coverage-gap/);
    expect(r.code).toBe(0);
  });
});
