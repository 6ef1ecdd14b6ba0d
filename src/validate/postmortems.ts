/**
 * The postmortem half of `oncall validate`, in two steps: `preparePostmortem` needs no policy
 * (markdown, front matter, structure, style), `finishPostmortem` checks names and dates against it.
 * The split lets worker threads parse while the policy is still loading.
 */
import { fileOf, isCheckedPostmortem } from '../model/kinds.js';
import type { Policy, RawFile } from '../model/load.js';
import { notTextFinding } from '../model/parse.js';
import { checkPostmortem, lintPostmortem } from '../postmortems/checks.js';
import { checkItemKeys, itemKeysOf, type ItemKey } from '../postmortems/item-keys.js';
import { checkItemRows } from '../postmortems/item-rows.js';
import { parsePostmortem, refusedPostmortem } from '../postmortems/parse.js';
import { readTemplate, type Template } from '../postmortems/template.js';
import type { Postmortem } from '../postmortems/types.js';
import type { Finding } from '../render/finding.js';
import type { ValidateOptions } from './policy.js';

export { checkItemKeys, type ItemKey } from '../postmortems/item-keys.js';
export { readTemplate, type Template } from '../postmortems/template.js';

export interface PreparedPostmortem {
  postmortem: Postmortem;
  findings: Finding[];
  /** Its action items' issue keys, compared across every postmortem of the run. */
  keys: ItemKey[];
  /** The template it was read against; without one its structure is not checked. */
  template?: Template;
}

export function preparePostmortem(file: RawFile, template?: Template): PreparedPostmortem {
  // The same check, rule and message as a policy YAML file: the decoder would turn the bytes into U+FFFD.
  const notText = notTextFinding(file.path, file.bytes);
  if (notText) return { ...refusedPostmortem(file.path, notText), keys: [] };
  const text = new TextDecoder().decode(file.bytes);
  const { postmortem, tree, findings } = parsePostmortem(file.path, text, template);
  return {
    postmortem,
    findings: [...findings, ...checkItemRows(postmortem), ...lintPostmortem(file.path, tree, text, template)],
    keys: itemKeysOf(postmortem),
    ...(template ? { template } : {}),
  };
}

export function finishPostmortem(prepared: PreparedPostmortem, policy: Policy, options: ValidateOptions): Finding[] {
  const proposedAt = options.proposedAt?.(prepared.postmortem.file);
  const ctx = {
    policy,
    fileExists: options.fileExists ?? (() => true),
    ...(proposedAt !== undefined ? { proposedAt } : {}),
    ...(prepared.template ? { template: prepared.template } : {}),
  };
  return [...prepared.findings, ...checkPostmortem(prepared.postmortem, ctx)];
}

/**
 * What holds for every postmortem of a run, said once: the template is missing or broken, or the
 * owners and authors cannot be checked because team.yaml did not pass its schema.
 */
export function postmortemRunFindings(templateFindings: readonly Finding[], policy: Policy, count: number): Finding[] {
  // Without postmortems the template is read by nothing (and the markdown stack is never loaded).
  if (count === 0) return [];
  const out = [...templateFindings];
  if (!policy.team)
    out.push({
      ruleId: 'postmortem/unchecked',
      severity: 'notice',
      message: `The owners and authors of ${count} postmortem(s) are not checked: ${fileOf('team')} did not pass its schema. Fix its errors, and they will be.`,
      file: fileOf('team'),
      line: 1,
      column: 1,
    });
  return out;
}

/** Every checked postmortem among `files`, one after the other, against the template among them. */
export function checkPostmortemFiles(files: readonly RawFile[], policy: Policy, options: ValidateOptions): Finding[] {
  const postmortems = files.filter((f) => isCheckedPostmortem(f.path));
  const { template, findings } = readTemplate(files);
  const prepared = postmortems.map((f) => preparePostmortem(f, template));
  return [
    ...postmortemRunFindings(findings, policy, postmortems.length),
    ...prepared.flatMap((p) => finishPostmortem(p, policy, options)),
    ...checkItemKeys(prepared.flatMap((p) => p.keys)),
  ];
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
