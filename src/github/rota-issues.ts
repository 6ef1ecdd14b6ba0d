/**
 * The rota's issues as use cases: the handoff brief of the turn that has begun (the previous one
 * closed with a request for end-of-shift notes), and the quarter's duties. Each issue is filed
 * once per key, found again by a hidden marker; assignees are whoever the repository allows.
 */
import type { Policy } from '../model/load.js';
import {
  END_OF_SHIFT,
  handoffBrief,
  HANDOFF_LABEL,
  quarterlyDuties,
  QUARTERLY_LABEL,
  type PlannedIssue,
} from '../rota/briefs.js';
import { assignability } from './assignees.js';
import type { GitHubClient, RepoRef } from './octokit.js';

const marker = (key: string) => `<!-- oncall-as-code:${key} -->`;

interface Listed {
  number: number;
  state: string;
  body: string;
}

/** Where the rota's issues are filed, and where the run says what it did. */
export interface RotaDesk {
  octokit: GitHubClient;
  where: RepoRef;
  log: { info: (message: string) => void; warning: (message: string) => void };
}

export async function fileQuarterlyDuties(desk: RotaDesk, policy: Policy, now: number): Promise<void> {
  const existing = await listByLabel(desk, QUARTERLY_LABEL);
  for (const duty of quarterlyDuties(policy, now)) desk.log.info(await ensure(desk, duty, existing));
}

export async function fileHandoffBrief(desk: RotaDesk, policy: Policy, now: number): Promise<void> {
  const { octokit, where, log } = desk;
  const brief = handoffBrief(policy, now);
  if (!brief) throw new Error('nobody holds the first schedule now: no brief to write.');
  const existing = await listByLabel(desk, HANDOFF_LABEL);
  log.info(await ensure(desk, brief, existing));
  const mine = existing.find((i) => i.body.startsWith(marker(brief.key)));
  const checklist = END_OF_SHIFT.map((c) => `- [ ] ${c}`).join('\n');
  for (const previous of existing.filter((i) => i.state === 'open' && !i.body.startsWith(marker(brief.key)))) {
    const next = mine ? ` (#${mine.number})` : '';
    const who = brief.outgoing.map((l) => `@${l}`).join(' ');
    await octokit.rest.issues.createComment({
      ...where,
      issue_number: previous.number,
      body: `The next turn has begun${next}. ${who}: please leave your end-of-shift notes here:\n\n${checklist}`,
    });
    await octokit.rest.issues.update({
      ...where,
      issue_number: previous.number,
      state: 'closed',
      state_reason: 'completed',
    });
    log.info(`Closed the previous brief #${previous.number}.`);
  }
}

async function listByLabel({ octokit, where }: RotaDesk, label: string): Promise<Listed[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...where,
    labels: label,
    state: 'all',
    per_page: 100,
  });
  return issues.filter((i) => !i.pull_request).map((i) => ({ number: i.number, state: i.state, body: i.body ?? '' }));
}

/** Files the issue for a key unless one exists; assigns whoever the repository allows. */
async function ensure({ octokit, where, log }: RotaDesk, planned: PlannedIssue, existing: Listed[]): Promise<string> {
  const found = existing.find((i) => i.body.startsWith(marker(planned.key)));
  if (found) return `${planned.title}: #${found.number} exists.`;
  const canAssign = assignability(octokit, where);
  const assignees: string[] = [];
  for (const login of planned.assignees) {
    if (await canAssign(login)) assignees.push(login);
    else log.warning(`@${login} cannot be assigned in this repository; the issue names them instead.`);
  }
  const cc =
    assignees.length < planned.assignees.length ? `\n\ncc ${planned.assignees.map((l) => `@${l}`).join(' ')}` : '';
  const body = `${marker(planned.key)}\n${planned.body}${cc}`;
  const { data } = await octokit.rest.issues.create({
    ...where,
    title: planned.title,
    body,
    labels: planned.labels,
    assignees,
    request: { retries: 0 },
  });
  existing.push({ number: data.number, state: 'open', body });
  return `${planned.title}: opened #${data.number}.`;
}
