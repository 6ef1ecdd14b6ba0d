/** Loading the policy for commands that use it (who, schedule, calendar): refuse what cannot be trusted. */
import { readPolicyFiles } from '../io/read-policy.js';
import type { Policy } from '../model/load.js';
import { compareFindings, type Finding } from '../render/finding.js';
import { renderText } from '../render/text.js';
import { Temporal } from 'temporal-polyfill';
import { checkPolicy } from '../validate/policy.js';
import { PolicyError, UsageError, wantsColor, type CliIO } from './io.js';

/**
 * The policy, when the files the timeline is made of loaded cleanly. Other errors (a gap, an
 * untrained engineer) do not stop a question about the schedule; they are mentioned on stderr.
 */
export async function loadScheduledPolicy(
  root: string,
  io: CliIO,
  now: number,
): Promise<Policy & Required<Pick<Policy, 'rotations'>>> {
  const files = await readPolicyFiles(root, { postmortems: false });
  // Postmortems have no say in who is on call: only the policy is checked (oncall validate does both).
  const { policy, findings } = checkPolicy(files, { now });
  findings.sort(compareFindings);
  const blocking = findings.filter(
    (f) =>
      f.severity === 'error' &&
      (f.file === 'oncall/rotations.yaml' || f.file.startsWith('oncall/swaps/')) &&
      !f.ruleId.startsWith('schedule/') &&
      !f.ruleId.startsWith('swap/not-held'),
  );
  if (!policy.rotations || policy.brokenSwaps.length > 0 || blocking.length > 0) {
    io.stderr(renderText(relevant(findings), { color: wantsColor(io), files: files.length }));
    throw new PolicyError('the schedule cannot be computed until these errors are fixed (oncall validate lists all).');
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) io.stderr(`note: the policy has ${errors} error${errors === 1 ? '' : 's'}; run oncall validate.\n`);
  return policy as Policy & Required<Pick<Policy, 'rotations'>>;
}

function relevant(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** An ISO-8601 instant from the command line (`now` allowed); a bad one is a usage error. */
export function parseInstant(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined || text === 'now') return fallback;
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    // It has the form but not the calendar's days or hours (2027-02-30, 25:00): say that, not "no offset".
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text))
      throw new UsageError(`${option} ${text} is not a real date and time; give one such as 2026-12-13T10:00:00Z.`);
    throw new UsageError(
      `${option} must be an ISO-8601 instant with a UTC offset, such as 2026-12-13T10:00:00Z (got "${text}").`,
    );
  }
}
