import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/github/singleton-issue.ts
async function reconcileSingletonIssue(octokit, where, s) {
  const marker = `<!-- oncall-as-code:${s.key} -->`;
  const open = (await octokit.paginate(octokit.rest.issues.listForRepo, { ...where, labels: s.label, state: "open", per_page: 100 })).filter((i) => !i.pull_request && i.body?.startsWith(marker)).sort((a, b) => a.number - b.number);
  const [issue, ...duplicates] = open;
  for (const d of duplicates)
    await octokit.rest.issues.update({
      ...where,
      issue_number: d.number,
      state: "closed",
      state_reason: "not_planned"
    });
  if (s.body === void 0) {
    if (!issue) return `${s.title}: nothing to report.`;
    await octokit.rest.issues.createComment({ ...where, issue_number: issue.number, body: s.closingComment });
    await octokit.rest.issues.update({
      ...where,
      issue_number: issue.number,
      state: "closed",
      state_reason: "completed"
    });
    return `${s.title}: closed #${issue.number}.`;
  }
  const body = `${marker}
${s.body}`;
  if (issue) {
    if (issue.body !== body) await octokit.rest.issues.update({ ...where, issue_number: issue.number, body });
    return `${s.title}: updated #${issue.number}.`;
  }
  const { data } = await octokit.rest.issues.create({ ...where, title: s.title, body, labels: [s.label] });
  return `${s.title}: opened #${data.number}.`;
}

export {
  reconcileSingletonIssue
};
