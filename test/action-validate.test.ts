/**
 * The bundled validate action (dist/validate/index.js) run as GitHub's runner runs it: a child
 * process with the runner's environment, reading the workspace and writing summary and outputs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/policy.js';
import { readOutputs, runNode, runnerEnv, tempPolicy } from './helpers/run.js';
import { shown } from './helpers/markdown.js';

const ACTION = 'dist/validate/index.js';

describe('validate action', () => {
  it('is declared as a node24 action whose main is the committed bundle', () => {
    const meta = parse(readFileSync(join(REPO_ROOT, '.github/actions/validate/action.yml'), 'utf8'));
    expect(meta.runs.using).toBe('node24');
    expect(join(REPO_ROOT, '.github/actions/validate', meta.runs.main)).toBe(join(REPO_ROOT, ACTION));
  });

  it('passes the repository policy: exit 0, no annotations, a clean summary', async () => {
    const { env, summary, output } = runnerEnv(REPO_ROOT);
    const r = await runNode(ACTION, [], { env });
    expect(r.code).toBe(0);
    // Errors never; warnings only once the quarterly duties recorded in team.yaml have aged.
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/11 files checked: no problems\.|0 errors, \d+ warnings?/);
    expect(readOutputs(output).errors).toBe('0');
  });

  it('annotates the broken line, tables it in the summary and fails', async () => {
    const escalation = readFileSync(join(REPO_ROOT, 'oncall/escalation.yaml'), 'utf8').replace(
      '- schedule: secondary',
      '- schedule: secundary',
    );
    const workspace = tempPolicy({ 'oncall/escalation.yaml': escalation });
    const line = escalation.split('\n').findIndex((l) => l.includes('secundary')) + 1;
    const { env, summary, output } = runnerEnv(workspace);
    const r = await runNode(ACTION, [], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `^::error title=reference/unknown-schedule,file=oncall/escalation.yaml,line=${line},.*::Unknown schedule "secundary"`,
        'm',
      ),
    );
    expect(r.stdout).toMatch(/^::error::The on-call policy has 2 errors/m);
    const md = shown(readFileSync(summary, 'utf8'));
    expect(md).toContain('| Severity | Location | Problem | Rule |');
    expect(md).toContain(
      `[oncall/escalation.yaml:${line}:23](https://github.com/edustream/oncall/blob/${'a'.repeat(40)}/oncall/escalation.yaml#L${line})`,
    );
    expect(readOutputs(output)).toEqual({ errors: '2', warnings: '1' });
  });

  it('shows at most 10 annotations per severity and lists all findings in the summary', async () => {
    const people = Array.from(
      { length: 14 },
      (_, i) =>
        `  - id: extra-${i}\n    name: Extra ${i}\n    github: extra-${i}\n    email: extra-${i}@example.com\n    time_zone: Mars/Base${i}\n    role: cto\n`,
    ).join('');
    const team = readFileSync(join(REPO_ROOT, 'oncall/team.yaml'), 'utf8').replace('people:\n', `people:\n${people}`);
    const workspace = tempPolicy({ 'oncall/team.yaml': team });
    const { env, summary } = runnerEnv(workspace);
    const r = await runNode(ACTION, [], { env });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^::error title=schema\/format/gm)).toHaveLength(10);
    expect(r.stdout).toContain('4 more findings than GitHub shows as annotations');
    expect(readFileSync(summary, 'utf8').match(/schema\/format/g)).toHaveLength(14);
  });

  it('prefixes paths when the policy lives in a subfolder of the workspace', async () => {
    const workspace = tempPolicy();
    const { mkdirSync, renameSync } = await import('node:fs');
    mkdirSync(join(workspace, 'policy'));
    renameSync(join(workspace, 'oncall'), join(workspace, 'policy/oncall'));
    const file = join(workspace, 'policy/oncall/severities.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '# yaml-language-server: $schema=../schemas/severities.schema.json\nseverities: []\n');
    const { env } = runnerEnv(workspace, { INPUT_ROOT: 'policy' });
    const r = await runNode(ACTION, [], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=schema\/minItems,file=policy\/oncall\/severities.yaml,line=2,/m);
  });
});

describe('validate action on a pull request that adds a postmortem', () => {
  it('flags it late when the PR was opened more than 24 h after the incident was resolved', async () => {
    const { startFakeGitHub } = await import('./fakes/github.js');
    const gh = await startFakeGitHub();
    try {
      const repo = gh.state.repo('edustream/oncall');
      repo.commit({ 'README.md': 'x' });
      const pm = 'postmortems/2026-03-14-payments-webhook-backlog.md';
      const text = readFileSync(join(REPO_ROOT, 'test/fixtures/postmortems/valid.md'), 'utf8');
      const pr = repo.addPull({ head: 'pm', changes: { [pm]: text }, createdAt: '2026-03-16T12:00:00Z' });
      const workspace = tempPolicy({});
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(join(workspace, 'postmortems'));
      writeFileSync(
        join(workspace, 'postmortems/TEMPLATE.md'),
        readFileSync(join(REPO_ROOT, 'postmortems/TEMPLATE.md')),
      );
      writeFileSync(join(workspace, pm), text);
      const { env } = runnerEnv(workspace, {
        GITHUB_API_URL: gh.url,
        'INPUT_GITHUB-TOKEN': 'ghs_validate',
        GITHUB_REPOSITORY: 'edustream/oncall',
      });
      writeFileSync(
        env.GITHUB_EVENT_PATH!,
        JSON.stringify({
          pull_request: { number: pr.number, created_at: '2026-03-16T12:00:00Z', head: { sha: 'a'.repeat(40) } },
        }),
      );
      const r = await runNode(ACTION, [], { env });
      expect(r.code).toBe(0); // late is a warning, never a block
      expect(r.stdout).toMatch(
        /^::warning title=postmortem\/late,file=postmortems\/2026-03-14-payments-webhook-backlog\.md,line=10,.*::Proposed 49 h after the incident was resolved/m,
      );
      expect(gh.state.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});
