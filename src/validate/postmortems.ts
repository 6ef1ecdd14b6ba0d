/**
 * The postmortem half of `oncall validate`, in two steps: `preparePostmortem` needs no policy
 * (markdown, front matter, structure, style), `finishPostmortem` checks names and dates against it.
 * The split lets worker threads parse while the policy is still loading.
 */
import { isCheckedPostmortem } from '../model/kinds.js';
import type { Policy, RawFile } from '../model/load.js';
import { checkPostmortem, lintPostmortem } from '../postmortems/checks.js';
import { checkItemRows } from '../postmortems/item-rows.js';
import { parsePostmortem } from '../postmortems/parse.js';
import type { Postmortem } from '../postmortems/types.js';
import type { Finding } from '../render/finding.js';
import type { ValidateOptions } from './policy.js';

export interface PreparedPostmortem {
  postmortem: Postmortem;
  findings: Finding[];
}

export function preparePostmortem(file: RawFile): PreparedPostmortem {
  const text = new TextDecoder().decode(file.bytes);
  const { postmortem, tree, findings } = parsePostmortem(file.path, text);
  return {
    postmortem,
    findings: [...findings, ...checkItemRows(postmortem), ...lintPostmortem(file.path, tree, text)],
  };
}

export function finishPostmortem(prepared: PreparedPostmortem, policy: Policy, options: ValidateOptions): Finding[] {
  const proposedAt = options.proposedAt?.(prepared.postmortem.file);
  const ctx = {
    policy,
    fileExists: options.fileExists ?? (() => true),
    ...(proposedAt !== undefined ? { proposedAt } : {}),
  };
  return [...prepared.findings, ...checkPostmortem(prepared.postmortem, ctx)];
}

/** Every checked postmortem among `files`, one after the other. */
export function checkPostmortemFiles(files: readonly RawFile[], policy: Policy, options: ValidateOptions): Finding[] {
  return files
    .filter((f) => isCheckedPostmortem(f.path))
    .flatMap((f) => finishPostmortem(preparePostmortem(f), policy, options));
}

/** What the postmortem checks read of the policy: plain data a worker thread can be sent. */
export function postmortemPolicy(policy: Policy): Policy {
  return {
    sources: new Map(),
    swaps: [],
    brokenSwaps: [],
    ...(policy.team ? { team: policy.team } : {}),
    ...(policy.severities ? { severities: policy.severities } : {}),
    ...(policy.services ? { services: policy.services } : {}),
  };
}
