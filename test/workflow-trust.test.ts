/**
 * The trust rules of the swap check (docs/branch-protection.md), read from the workflow files
 * themselves: a pull request's code is never checked out or run where a write token or a secret is.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/policy.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  environment?: string | { name: string };
  steps?: Step[];
}

const load = (name: string) => {
  const text = readFileSync(join(REPO_ROOT, '.github/workflows', name), 'utf8');
  return {
    text,
    wf: parse(text) as {
      on: Record<string, unknown>;
      permissions: unknown;
      concurrency?: Job['concurrency'];
      jobs: Record<string, Job>;
    },
  };
};

describe('swap-check.yml', () => {
  const { text, wf } = load('swap-check.yml');
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);

  it('runs from the base branch: pull_request_target and merge_group judge, reviews and the hour re-judge', () => {
    expect(Object.keys(wf.on).sort()).toEqual([
      'merge_group',
      'pull_request_target',
      'schedule',
      'workflow_dispatch',
      'workflow_run',
    ]);
    expect((wf.on.workflow_run as { workflows: string[] }).workflows).toEqual(['swap review relay']);
    for (const t of ['opened', 'synchronize', 'reopened', 'edited', 'ready_for_review', 'labeled', 'unlabeled'])
      expect((wf.on.pull_request_target as { types: string[] }).types).toContain(t);
  });

  it('never checks out or runs the pull request’s code', () => {
    // The judge names the default branch (a merge_group run's own commit is the queued PRs merged);
    // the rejudge runs on workflow_run and schedule, whose commit is the default branch's.
    const checkoutOf = (job: string) => wf.jobs[job]!.steps!.find((x) => x.uses?.startsWith('actions/checkout@'))!;
    expect(checkoutOf('swap-policy').with?.ref).toBe('${{ github.event.repository.default_branch }}');
    expect(checkoutOf('rejudge').with?.ref).toBeUndefined();
    for (const s of steps.filter((x) => x.uses?.startsWith('actions/checkout@')))
      expect(s.with?.repository).toBeUndefined();
    // The head commit may name a concurrency group, but no step may be given it.
    expect(JSON.stringify(steps)).not.toMatch(/pull_request\.head|head_ref|workflow_run\.head/);
    expect(steps.filter((s) => s.run)).toEqual([]); // no shell: nothing of the PR can be executed
    const used = steps.filter((s) => s.uses && !s.uses.startsWith('actions/checkout@')).map((s) => s.uses);
    expect(used).toEqual(['./.github/actions/swap-check', './.github/actions/swap-check']);
  });

  it('the judge writes comments and statuses, the rejudge only re-runs; no secret but GITHUB_TOKEN', () => {
    expect(wf.permissions).toEqual({});
    expect(Object.values(wf.jobs).map((j) => j.permissions)).toEqual([
      { actions: 'read', contents: 'read', 'pull-requests': 'write', statuses: 'write' },
      { actions: 'write', contents: 'read', 'pull-requests': 'read' },
    ]);
    expect(text).not.toMatch(/secrets\./);
  });
});

describe('swap-check.yml concurrency', () => {
  const { wf } = load('swap-check.yml');

  it('serialises the judge runs of one pull request or merge group, and never cancels one midway', () => {
    // Two judges of one PR must not race on the sticky comment; a newer pending run replaces an older one.
    const judge = wf.jobs['swap-policy']!.concurrency as { group: string; 'cancel-in-progress': boolean };
    expect(judge['cancel-in-progress']).toBe(false);
    expect(judge.group).toContain('github.event.pull_request.number');
    expect(judge.group).toContain('github.event.merge_group.head_sha');
  });

  it('serialises the re-judging of one PR, from either review path, apart from the judges', () => {
    const rejudge = wf.jobs.rejudge!.concurrency as { group: string; 'cancel-in-progress': boolean };
    expect(rejudge['cancel-in-progress']).toBe(false);
    expect(rejudge.group).toContain('github.event.workflow_run.pull_requests[0].number');
    // Fork PRs are not listed on a workflow_run; their head commit still keeps runs apart.
    expect(rejudge.group).toContain('github.event.workflow_run.head_sha');
    expect(rejudge.group).not.toBe((wf.jobs['swap-policy']!.concurrency as { group: string }).group);
  });
});

describe('pagerduty-sync.yml', () => {
  const { text, wf } = load('pagerduty-sync.yml');
  const secretsOf = (job: Job) => JSON.stringify(job).match(/secrets\.[A-Z_]+/g) ?? [];

  it('plans on pull_request (never pull_request_target), so a fork’s code never meets a secret', () => {
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    expect(Object.keys(wf.on)).not.toContain('workflow_run');
    expect(wf.permissions).toEqual({});
  });

  it('holds the write key only in apply: environment pagerduty, on main, one at a time, never cancelled', () => {
    expect(text.match(/secrets\.PAGERDUTY_TOKEN\b/g)).toHaveLength(1);
    const apply = wf.jobs.apply!;
    expect(secretsOf(apply)).toEqual(['secrets.PAGERDUTY_TOKEN', 'secrets.PAGERDUTY_MARK_KEY']);
    expect(apply.environment).toBe('pagerduty');
    expect(apply.if).toContain("github.ref == 'refs/heads/main'");
    expect(apply.concurrency).toEqual({ group: 'pagerduty-sync', 'cancel-in-progress': false });
    expect(apply.permissions).toEqual({ contents: 'read' });
  });

  it('plans and checks drift with the read-only key; only apply holds the key that makes marks', () => {
    expect(text.match(/secrets\.PAGERDUTY_MARK_KEY\b/g)).toHaveLength(1);
    expect(secretsOf(wf.jobs.plan!)).toEqual(['secrets.PAGERDUTY_READ_TOKEN']);
    expect(secretsOf(wf.jobs.drift!)).toEqual(['secrets.PAGERDUTY_READ_TOKEN']);
    for (const job of ['plan', 'drift']) expect(wf.jobs[job]!.environment).toBeUndefined();
  });

  it('writes to the repository only in drift, for the adopt pull request, with no more than that needs', () => {
    expect(wf.jobs.drift!.permissions).toEqual({ contents: 'write', issues: 'write', 'pull-requests': 'write' });
    expect(wf.jobs.plan!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });
});

describe('concurrency: an apply is never cancelled or replaced by another kind of run', () => {
  // GitHub keeps one running and one pending run per group; a newer pending run replaces the older.
  // So no job but apply itself may share apply's group, in this workflow or any other.
  it('no other job, in any workflow, shares pagerduty-sync’s apply group', () => {
    const group = (load('pagerduty-sync.yml').wf.jobs.apply!.concurrency as { group: string }).group;
    const sharing = readdirSync(join(REPO_ROOT, '.github/workflows'))
      .filter((f) => /\.ya?ml$/.test(f))
      .flatMap((f) => {
        const { wf } = load(f);
        const top = (wf as { concurrency?: { group?: string } | string }).concurrency;
        const jobs = Object.entries(wf.jobs).map(([id, j]) => [`${f} ${id}`, j.concurrency?.group ?? top] as const);
        return jobs.filter(
          ([name, g]) => name !== 'pagerduty-sync.yml apply' && (typeof g === 'string' ? g : g?.group) === group,
        );
      })
      .map(([name]) => name);
    expect(sharing).toEqual([]);
  });
});

describe('installs in jobs that deploy or hold secrets run no install script', () => {
  it('every npm ci outside the test job (which must run what developers run) has --ignore-scripts', () => {
    const installs = readdirSync(join(REPO_ROOT, '.github/workflows'))
      .filter((f) => /\.ya?ml$/.test(f))
      .flatMap((f) =>
        Object.entries(load(f).wf.jobs).flatMap(([id, j]) =>
          (j.steps ?? []).filter((st) => /\bnpm ci\b/.test(st.run ?? '')).map((st) => [`${f} ${id}`, st.run!] as const),
        ),
      );
    const loose = installs.filter(([where, run]) => where !== 'ci.yml test' && !run.includes('--ignore-scripts'));
    expect(installs.map(([where]) => where)).toEqual(expect.arrayContaining(['calendar.yml build', 'ci.yml dist']));
    expect(loose).toEqual([]);
  });
});

describe('swap-review-relay.yml', () => {
  const { wf } = load('swap-review-relay.yml');

  it('only marks the review: no permissions, no checkout, no action', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request_review']);
    expect(wf.permissions).toEqual({});
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
    expect(steps.every((s) => !s.uses)).toBe(true);
    // Untrusted text reaches the shell only through an environment variable, never an expression.
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{/);
  });
});

describe('swap-announce.yml', () => {
  const { text, wf } = load('swap-announce.yml');

  it('runs only for merged PRs from the base branch, with the webhook as its only secret', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request_target']);
    expect(text.match(/secrets\.[A-Z_]+/g)).toEqual(['secrets.ONCALL_SWAPS_WEBHOOK']);
    expect(text).toContain('github.event.pull_request.merged == true');
    for (const s of Object.values(wf.jobs).flatMap((j) => j.steps ?? [])) expect(s.with?.ref).toBeUndefined();
  });
});
