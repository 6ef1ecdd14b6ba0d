/**
 * P5 (PagerDuty): requests per sync against the fake PagerDuty. A no-op sync must read at most
 * managed objects + user pages + 1 and write nothing; the first sync of a 100-schedule organisation
 * must never surface a 429 as a failure (the fake enforces PagerDuty's 960 requests a minute).
 */
import { generateKeyPairSync } from 'node:crypto';
import type { RawFile } from '../src/model/load.js';
import { PagerDutyClient } from '../src/pagerduty/client.js';
import { syncPagerDuty } from '../src/pagerduty/sync.js';
import { startFakePagerDuty } from '../test/fakes/pagerduty.js';
import { table } from './stats.js';

/** A key pair made for the run: the bench measures requests, not signatures. */
const BENCH_MARK_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
import { readFileSync, readdirSync } from 'node:fs';

const HEADER = (kind: string) => `# yaml-language-server: $schema=../schemas/${kind}.schema.json\n`;

/** A valid policy of `n` schedules (two per escalation policy, one service each), as files. */
export function largeOrg(n: number): RawFile[] {
  const people = Array.from({ length: n * 2 }, (_, i) => `p${i}`);
  const file = (path: string, text: string) => ({ path, bytes: Buffer.from(text) });
  const training =
    '    training:\n      before_first_shift: { training_session: 2025-01-01, shadow_shift: 2025-01-01, runbook_review: 2025-01-01, access_verified: 2025-01-01, alert_test: 2025-01-01, incident_drill: 2025-01-01 }\n';
  const team = `${HEADER('team')}people:\n  - { id: boss, name: Boss, github: boss, email: boss@example.com, time_zone: Etc/UTC, role: cto }\n${people.map((p) => `  - id: ${p}\n    name: Person ${p}\n    github: gh-${p}\n    email: ${p}@example.com\n    time_zone: Etc/UTC\n    role: engineer\n    manager: boss\n${training}`).join('')}`;
  // Schedule 2k and 2k+1 form a primary/secondary pair over the same four people, one turn apart.
  const quad = (k: number) => [0, 1, 2, 3].map((j) => people[(4 * k + j) % people.length]!);
  const rotations = `${HEADER('rotations')}schedules:\n${Array.from({ length: n }, (_, i) => {
    const q = quad(Math.floor(i / 2));
    const members = i % 2 ? [...q.slice(1), q[0]] : q;
    return `  - id: s${i}\n    layers:\n      - { id: weekly, time_zone: Etc/UTC, start: 2026-01-04T10:00, turn_length: { weeks: 1 }, members: [${members.join(', ')}] }\n`;
  }).join('')}`;
  const escalation = `${HEADER('escalation')}policies:\n${Array.from({ length: n / 2 }, (_, k) => `  - { id: ep${k}, name: Policy ${k}, rules: [{ escalation_delay_minutes: 10, targets: [{ schedule: s${2 * k} }] }, { escalation_delay_minutes: 10, targets: [{ schedule: s${2 * k + 1} }] }] }\n`).join('')}`;
  const services = `${HEADER('services')}services:\n${Array.from({ length: n / 2 }, (_, k) => `  - { id: svc${k}, description: Service ${k}, escalation_policy: ep${k}, urgency: { P0: high } }\n`).join('')}`;
  const root = process.cwd(); // npm run bench runs from the repository root
  const keep = ['severities', 'coverage', 'compensation'].map((k) =>
    file(`oncall/${k}.yaml`, readFileSync(`${root}/oncall/${k}.yaml`, 'utf8')),
  );
  const contacts = `${HEADER('contacts')}escalation_path:\n  policy: ep0\n  levels:\n    - { level: 1, contact: { schedule: s0 }, when: First }\n    - { level: 2, contact: { schedule: s1 }, when: Second }\nexternal: []\n`;
  return [
    file('oncall/team.yaml', team),
    file('oncall/rotations.yaml', rotations),
    file('oncall/escalation.yaml', escalation),
    file('oncall/services.yaml', services),
    file('oncall/contacts.yaml', contacts),
    ...keep,
  ];
}

function repoFiles(): RawFile[] {
  const root = `${process.cwd()}/oncall`;
  return readdirSync(root)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: `oncall/${f}`, bytes: readFileSync(`${root}/${f}`) }));
}

async function measure(
  label: string,
  files: RawFile[],
  userCount: number,
  emails: string[],
  rateLimit?: number,
): Promise<string[][]> {
  const pd = await startFakePagerDuty({
    users: emails.map((email) => ({ name: email, email })),
    spec: null,
    ...(rateLimit ? { rateLimit } : {}),
  });
  const client = () => new PagerDutyClient({ token: 'bench', baseUrl: pd.url });
  const rows: string[][] = [];
  try {
    for (const run of ['first sync', 'no-op sync']) {
      const before = pd.requests.length;
      const c = client();
      const r = await syncPagerDuty(c, files, {
        mode: 'apply',
        now: Date.now(),
        markKey: BENCH_MARK_KEY,
      });
      if (r.policyErrors.length || r.plan?.errors.length)
        throw new Error(`${label}: ${[...r.policyErrors.map((f) => f.message), ...(r.plan?.errors ?? [])].join('; ')}`);
      const requests = pd.requests.slice(before);
      const managed = pd.state.schedules.size + pd.state.escalationPolicies.size + pd.state.services.size;
      const budget = managed + Math.ceil(userCount / 100) + 1;
      rows.push([
        label,
        run,
        String(c.counts.reads),
        String(c.counts.writes),
        String(requests.filter((q) => q.status === 429).length),
        run === 'no-op sync'
          ? `${c.counts.reads} ≤ ${budget} ${c.counts.reads <= budget && c.counts.writes === 0 ? '✓' : '✗'}`
          : '–',
      ]);
    }
  } finally {
    await pd.close();
  }
  return rows;
}

export async function benchPagerDuty(): Promise<string> {
  const people = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'eng-manager', 'cto'];
  const rows = await measure(
    'repo policy',
    repoFiles(),
    people.length,
    people.map((p) => `${p}@example.com`),
  );
  const big = largeOrg(100);
  const emails = ['boss@example.com', ...Array.from({ length: 200 }, (_, i) => `p${i}@example.com`)];
  rows.push(...(await measure('100 schedules', big, 201, emails)));
  // An account whose budget is already mostly spent: 150 requests a minute left for this run.
  rows.push(...(await measure('100 schedules, 150/min left', big, 201, emails, 150)));
  return (
    table(['organisation', 'run', 'reads', 'writes', '429s absorbed', 'no-op reads ≤ managed + user pages + 1'], rows) +
    '\nA 429 is waited out by ratelimit-reset and retried; none surfaces as a failure (the run would have thrown).\n'
  );
}
