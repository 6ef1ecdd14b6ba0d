import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/github/sticky-comment.ts
var stickyMarker = (key) => `<!-- oncall-as-code:${key} -->`;
var marker = stickyMarker;
async function findSticky(octokit, where, issue, key, author) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: issue,
    per_page: 100
  });
  const mine = comments.filter(
    (c2) => c2.body?.includes(marker(key)) && c2.user?.login.toLowerCase() === author.toLowerCase()
  );
  const c = mine[0];
  return c ? { id: c.id, body: c.body ?? "" } : void 0;
}
async function upsertSticky(octokit, where, issue, key, existing, body) {
  const full = `${marker(key)}
${body}`;
  if (existing) {
    if (existing.body !== full)
      await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body: full });
    return existing.id;
  }
  const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: issue, body: full });
  return data.id;
}

export {
  stickyMarker,
  findSticky,
  upsertSticky
};
