/** The `oncall` command as a user runs it: bin/oncall.js in a child process. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/policy.js';
import { cleanEnv, runNode, tempPolicy } from './helpers/run.js';
import { shown } from './helpers/markdown.js';
import { MARK_KEY } from './helpers/mark-key.js';
import type { Finding } from '../src/render/finding.js';

const CLI = 'bin/oncall.js';
const ESC = String.fromCharCode(27);

describe('oncall validate', () => {
  it('passes the repository policy with exit 0 and a clean report', async () => {
    // As of a fixed day: the quarterly duties recorded in team.yaml age, and warn, as time passes.
    const r = await runNode(CLI, ['validate', '--now', '2026-11-27T12:00:00Z']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/✔ 11 files checked: no problems\./);
    expect(r.stdout).not.toContain(`${ESC}[`); // not a terminal: no colour
  });

  it('finds the policy from a subfolder of the repository', async () => {
    const r = await runNode(CLI, ['validate'], { cwd: join(REPO_ROOT, 'oncall') });
    expect(r.code).toBe(0);
  });

  it('reports a broken line at file:line with exit 1, grouped by file', async () => {
    const team = readFileSync(join(REPO_ROOT, 'oncall/team.yaml'), 'utf8').replace(
      '    manager: cto',
      '    manager: ceo',
    );
    const root = tempPolicy({ 'oncall/team.yaml': team });
    const line = team.split('\n').findIndex((l) => l === '    manager: ceo') + 1;
    const r = await runNode(CLI, ['validate', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('oncall/team.yaml\n');
    expect(r.stdout).toMatch(new RegExp(`  ${line}:14 +error +Unknown person "ceo".*reference/unknown-person`));
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 8 files checked\./);
  });

  it('prints the same findings as JSON with --json', async () => {
    const root = tempPolicy({
      'oncall/coverage.yaml':
        '# yaml-language-server: $schema=../schemas/coverage.schema.json\ntime_zone: Mars/Olympus\n',
    });
    const r = await runNode(CLI, ['validate', '--root', root, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: false, files: 8 });
    expect(report.errors).toBe(report.findings.length);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'schema/format',
        file: 'oncall/coverage.yaml',
        line: 2,
        column: 12,
        severity: 'error',
      }),
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'schema/required', file: 'oncall/coverage.yaml' }),
    );
  });

  it('prints GitHub workflow commands with --format github', async () => {
    const root = tempPolicy({
      'oncall/severities.yaml': '# yaml-language-server: $schema=../schemas/severities.schema.json\nseverities: 3\n',
    });
    const r = await runNode(CLI, ['validate', '--root', root, '--format', 'github']);
    expect(r.code).toBe(1);
    const [command] = r.stdout.split('\n');
    expect(command).toMatch(/^::error .*::severities must be a list, not 3\.$/);
    for (const property of ['title=schema/type', 'file=oncall/severities.yaml', 'line=2', 'col=13'])
      expect(command).toContain(property);
  });

  it('colours output on request and never with NO_COLOR', async () => {
    const root = tempPolicy({
      'oncall/severities.yaml': '# yaml-language-server: $schema=../schemas/severities.schema.json\nseverities: 3\n',
    });
    const coloured = await runNode(CLI, ['validate', '--root', root], { env: cleanEnv({ FORCE_COLOR: '1' }) });
    expect(coloured.stdout).toContain(`${ESC}[31m`);
    const plain = await runNode(CLI, ['validate', '--root', root], {
      env: cleanEnv({ FORCE_COLOR: '1', NO_COLOR: '1' }),
    });
    expect(plain.stdout).not.toContain(`${ESC}[`);
  });

  it('says once that a folder without oncall/ holds no policy; an empty oncall/ lists each missing file', async () => {
    const root = tempPolicy();
    const { mkdirSync, rmSync } = await import('node:fs');
    rmSync(join(root, 'oncall'), { recursive: true });
    for (const dir of [root, join(root, 'nowhere')]) {
      const none = await runNode(CLI, ['validate', '--root', dir]);
      expect(none.code).toBe(2);
      expect(none.stderr).toBe(
        `oncall: no policy at ${dir}: it has no oncall/ folder. Run oncall inside a policy repository, or pass --root <dir>.\n`,
      );
    }
    mkdirSync(join(root, 'oncall'));
    const r = await runNode(CLI, ['validate', '--root', root, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'file/missing')).toHaveLength(8);
  });
});

describe('usage errors', () => {
  it('exit 2 for an unknown command, option or format, with a hint and no stack', async () => {
    for (const args of [['frobnicate'], ['validate', '--frob'], ['validate', '--format', 'xml'], []]) {
      const r = await runNode(CLI, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exit 0 for --help', async () => {
    const r = await runNode(CLI, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('validate');
  });
});

describe('oncall who / schedule / calendar', () => {
  const swap = [
    '# yaml-language-server: $schema=../../schemas/swap.schema.json',
    'schedule: primary',
    'start: 2026-12-06T10:00:00Z',
    'relieved: engineer-a',
    'covering: engineer-c',
    'reason: Family wedding',
    '',
  ].join('\n');

  it('who --json names each schedule holder with the shift around the instant', async () => {
    const r = await runNode(CLI, ['who', '--at', '2026-12-08T12:00:00Z', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      at: '2026-12-08T12:00:00Z',
      oncall: [
        {
          schedule: 'primary',
          person: 'engineer-a',
          start: '2026-12-06T10:00:00Z',
          end: '2026-12-13T10:00:00Z',
          source: 'rotation',
        },
        {
          schedule: 'secondary',
          person: 'engineer-b',
          start: '2026-12-06T10:00:00Z',
          end: '2026-12-13T10:00:00Z',
          source: 'rotation',
        },
      ],
    });
  });

  it('calendar --site writes every feed and the index page calendar.yml publishes', async () => {
    const root = tempPolicy({});
    const site = join(root, 'site');
    const r = await runNode(CLI, ['calendar', '--root', root, '--site', site]);
    expect(r.stdout).toBe(`Wrote 9 calendars and index.html to ${site}.\n`);
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('<a href="person-engineer-a.ics">Engineer A</a>');
    expect(readFileSync(join(site, 'schedule-primary.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    const mixed = await runNode(CLI, ['calendar', '--root', root, '--site', site, '--person', 'engineer-a']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--site writes every feed');
  });

  it('a swap file changes exactly the swapped period in who, schedule and calendar', async () => {
    const before = tempPolicy();
    const after = tempPolicy({ 'oncall/swaps/2026-12-06-primary-engineer-a.yaml': swap });
    const window = ['--from', '2026-11-29T10:00:00Z', '--until', '2026-12-20T10:00:00Z'];

    const who = JSON.parse(
      (await runNode(CLI, ['who', '--root', after, '--at', '2026-12-08T12:00:00Z', '--json'])).stdout,
    );
    expect(who.oncall[0]).toEqual({
      schedule: 'primary',
      person: 'engineer-c',
      start: '2026-12-06T10:00:00Z',
      end: '2026-12-13T10:00:00Z',
      source: 'swap',
      swap: '2026-12-06-primary-engineer-a',
    });

    const [s0, s1] = await Promise.all(
      [before, after].map(
        async (root) =>
          JSON.parse((await runNode(CLI, ['schedule', '--root', root, ...window, '--json'])).stdout).shifts,
      ),
    );
    const changed = s1.filter((x: object) => !s0.some((y: object) => JSON.stringify(y) === JSON.stringify(x)));
    const gone = s0.filter((x: object) => !s1.some((y: object) => JSON.stringify(y) === JSON.stringify(x)));
    expect(changed).toEqual([
      {
        schedule: 'primary',
        person: 'engineer-c',
        start: '2026-12-06T10:00:00Z',
        end: '2026-12-13T10:00:00Z',
        source: 'swap',
        swap: '2026-12-06-primary-engineer-a',
      },
    ]);
    expect(gone).toEqual([
      {
        schedule: 'primary',
        person: 'engineer-a',
        start: '2026-12-06T10:00:00Z',
        end: '2026-12-13T10:00:00Z',
        source: 'rotation',
      },
    ]);

    const [c0 = '', c1 = ''] = await Promise.all(
      [before, after].map(async (root) => (await runNode(CLI, ['calendar', '--root', root, ...window])).stdout),
    );
    const events = (ics: string) =>
      ics
        .split('BEGIN:VEVENT')
        .slice(1)
        .map((e) => e.replace(/\r?\n /g, ''))
        // Each edition stamps every event (DTSTAMP, SEQUENCE): what changed is the rest.
        .map((e) => e.replace(/^(DTSTAMP|SEQUENCE):.*\r?\n/gm, ''));
    const diff = events(c1).filter((e) => !events(c0).includes(e));
    expect(diff).toHaveLength(1);
    expect(diff[0]).toContain('UID:primary-20261206T100000Z@oncall-as-code');
    expect(diff[0]).toContain('SUMMARY:On call (primary): Engineer C');
    expect(events(c0).length).toBe(events(c1).length); // same event, updated — not a new one
  });

  it('schedule prints a readable table by default and markdown or a mermaid gantt on request', async () => {
    const window = ['--from', '2026-12-06T10:00:00Z', '--until', '2026-12-13T10:00:00Z'];
    const text = await runNode(CLI, ['schedule', ...window]);
    expect(text.stdout).toMatch(
      /2026-12-06T10:00:00Z +2026-12-13T10:00:00Z +primary +Engineer A \(engineer-a\) +rotation \(weekly\)/,
    );
    const md = await runNode(CLI, ['schedule', ...window, '--format', 'markdown']);
    expect(shown(md.stdout)).toContain(
      '| primary | Engineer A (engineer-a) | 2026-12-06T10:00:00Z | 2026-12-13T10:00:00Z | rotation (weekly) |',
    );
    const gantt = await runNode(CLI, ['schedule', ...window, '--format', 'mermaid']);
    expect(gantt.stdout).toContain('gantt\n');
    expect(gantt.stdout).toContain('  section primary\n  Engineer A :2026-12-06 10:00, 2026-12-13 10:00');
  });

  it('rejects a malformed instant as a usage error and a broken rotation as a policy error', async () => {
    const bad = await runNode(CLI, ['who', '--at', 'next tuesday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--at must be an ISO-8601 instant/);
    const root = tempPolicy({
      'oncall/rotations.yaml': '# yaml-language-server: $schema=../schemas/rotations.schema.json\nschedules: nope\n',
    });
    const broken = await runNode(CLI, ['who', '--root', root]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/oncall\/rotations\.yaml\n.*schedules must be a list/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('validate --now and --horizon move the window of the time rules', async () => {
    const early = await runNode(CLI, ['validate', '--now', '2025-12-01T00:00:00Z', '--json']);
    expect(early.code).toBe(1);
    expect(JSON.parse(early.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'schedule/coverage-gap',
      'schedule/coverage-gap',
    ]);
    expect(JSON.parse(early.stdout).findings[0].message).toMatch(/from 2025-12-01T00:00:00Z to 2026-01-04T10:00:00Z/);
    const short = await runNode(CLI, ['validate', '--now', '2025-12-01T00:00:00Z', '--horizon', '4', '--json']);
    expect(JSON.parse(short.stdout).findings[0].message).toMatch(
      /from 2025-12-01T00:00:00Z to 2025-12-29T00:00:00Z \(672 h\)/,
    );
    expect((await runNode(CLI, ['validate', '--now', '2026-01-04T10:00:00Z'])).code).toBe(0);
    expect((await runNode(CLI, ['validate', '--horizon', 'many'])).code).toBe(2);
  });
});

describe('oncall swap', () => {
  it('writes the swap file, shows before and after, and prints the PR commands', async () => {
    // The README's example, moved on by whole rotations (four weeks) until it lies ahead: the same people.
    let at = Date.parse('2026-12-13T10:00:00Z');
    while (at < Date.now() + 3 * 86_400_000) at += 28 * 86_400_000;
    const day = new Date(at).toISOString().slice(0, 10);
    const next = new Date(at + 7 * 86_400_000).toISOString().slice(0, 10);
    const root = tempPolicy();
    const r = await runNode(CLI, [
      'swap',
      '--root',
      root,
      '--schedule',
      'primary',
      '--at',
      `${day}T10:00:00Z`,
      '--from',
      'engineer-b',
      '--to',
      'engineer-d',
      '--reason',
      'Family wedding',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `After:\\n.*\\n.*\\n${day}T10:00:00Z +${next}T10:00:00Z +primary +Engineer D \\(engineer-d\\) +swap ${day}-primary-engineer-b`,
      ),
    );
    expect(r.stdout).toContain(
      `gh pr create --title "Swap: engineer-d covers engineer-b on primary from ${day}" --template swap.md`,
    );
    const written = readFileSync(join(root, `oncall/swaps/${day}-primary-engineer-b.yaml`), 'utf8');
    expect(written).toBe(
      `# yaml-language-server: $schema=../../schemas/swap.schema.json\nschedule: primary\nstart: "${day}T10:00:00Z"\nrelieved: engineer-b\ncovering: engineer-d\nreason: Family wedding\n`,
    );
    // The file it wrote passes validation as it stands in the repository.
    expect((await runNode(CLI, ['validate', '--root', root])).code).toBe(0);
  });

  it('refuses a swap that would break the policy, writing nothing', async () => {
    const root = tempPolicy();
    let at = Date.parse('2026-12-13T10:00:00Z');
    while (at < Date.now() + 3 * 86_400_000) at += 28 * 86_400_000;
    const day = new Date(at).toISOString().slice(0, 10);
    const r = await runNode(CLI, [
      'swap',
      '--root',
      root,
      '--schedule',
      'primary',
      '--at',
      `${day}T10:00:00Z`,
      '--from',
      'engineer-a',
      '--to',
      'engineer-c',
      '--reason',
      'x',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was written[\s\S]*swap\/not-held/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(root, `oncall/swaps/${day}-primary-engineer-a.yaml`))).toBe(false);
  });
});

describe('oncall pagerduty', () => {
  it('plans, applies, and then has nothing to do; without a token it is a usage error', async () => {
    const { startFakePagerDuty } = await import('./fakes/pagerduty.js');
    const users = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'eng-manager', 'cto'].map((id) => ({
      name: id,
      email: `${id}@example.com`,
    }));
    const pd = await startFakePagerDuty({ users });
    try {
      const env = cleanEnv({
        PAGERDUTY_API_URL: pd.url,
        PAGERDUTY_TOKEN: 'cli-token',
        PAGERDUTY_MARK_KEY: MARK_KEY,
        ONCALL_HTTP_RETRY_BASE_MS: '1',
      });
      const plan = await runNode(CLI, ['pagerduty', 'plan'], { env });
      expect(plan.code).toBe(0);
      expect(plan.stdout).toMatch(
        /^PagerDuty plan for http:\/\/127\.0\.0\.1:\d+: 8 to create, 0 to update, 0 to delete\./,
      );
      expect(plan.stdout).toContain(
        '  + schedule "primary" (layer "Weekly rotation": engineer-a, engineer-b, engineer-c, engineer-d every 604800 s from 2026-01-04T10:00:00Z)',
      );
      expect(pd.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect((await runNode(CLI, ['pagerduty', 'apply'], { env })).code).toBe(0);
      const again = await runNode(CLI, ['pagerduty', 'plan', '--json'], { env });
      expect(JSON.parse(again.stdout)).toMatchObject({ create: 0, update: 0, delete: 0, changes: [] });
      expect(pd.state.violations).toEqual([]);
      const noToken = await runNode(CLI, ['pagerduty', 'plan']);
      expect(noToken.code).toBe(2);
      expect(noToken.stderr).toMatch(/set PAGERDUTY_TOKEN/);
      const noKey = await runNode(CLI, ['pagerduty', 'plan'], { env: { ...env, PAGERDUTY_MARK_KEY: '' } });
      expect(noKey.code).toBe(2);
      expect(noKey.stderr).toMatch(
        /no mark key: PAGERDUTY_MARK_KEY \(the apply's mark-key input\) holds an Ed25519 private key/,
      );
    } finally {
      await pd.close();
    }
  });
});

describe('oncall postmortem new', () => {
  it('writes a dated file from the template that validate reads as a postmortem', async () => {
    const root = tempPolicy();
    const { cpSync } = await import('node:fs');
    cpSync(join(REPO_ROOT, 'postmortems'), join(root, 'postmortems'), { recursive: true });
    const r = await runNode(CLI, [
      'postmortem',
      'new',
      'Payments webhook backlog',
      '--root',
      root,
      '--severity',
      'P1',
      '--date',
      '2026-03-14',
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'postmortems/2026-03-14-payments-webhook-backlog.md'), 'utf8');
    expect(text).toContain('title: "Payments webhook backlog"');
    expect(text).toContain('# Incident Postmortem: Payments webhook backlog');
    // The instants start on --date, so they agree with date until the real times are written.
    expect(text).toMatch(/^started: 2026-03-14T00:00:00Z/m);
    expect(text).toMatch(/^resolved: 2026-03-14T00:00:00Z/m);
    // No error: only the template's placeholders, each a warning that says what to fill in, at its line.
    const v = JSON.parse((await runNode(CLI, ['validate', '--root', root, '--json'])).stdout);
    const lines = text.split('\n');
    const mine = (v.findings as Finding[]).filter(
      (f) => f.file === 'postmortems/2026-03-14-payments-webhook-backlog.md',
    );
    expect(v.findings.filter((f: Finding) => f.severity === 'error')).toEqual([]);
    expect(mine.length).toBeGreaterThan(0);
    for (const f of mine) {
      expect(f).toMatchObject({ ruleId: 'postmortem/placeholder', severity: 'warning' });
      expect(f.message).toMatch(/^Fill in "/);
      for (const placeholder of f.message.match(/"[^"]+"/g)!)
        expect(lines[f.line - 1]).toContain(placeholder.slice(1, -1));
    }
    expect(
      (await runNode(CLI, ['postmortem', 'new', 'Payments webhook backlog', '--root', root, '--date', '2026-03-14']))
        .code,
    ).toBe(2);
  });
});
