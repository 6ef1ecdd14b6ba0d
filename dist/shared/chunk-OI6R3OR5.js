import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  firstPages
} from "./chunk-GY72BW2S.js";

// src/github/pull-request.ts
var MAX_LISTED_FILES = 3e3;
var MAX_PAGES = 5;
async function getPullRequest(octokit, where, number) {
  const { data } = await octokit.rest.pulls.get({ ...where, pull_number: number });
  return {
    number,
    author: data.user?.login ?? "",
    ...data.user?.id !== void 0 ? { authorId: data.user.id } : {},
    createdAt: Date.parse(data.created_at),
    state: data.state,
    merged: Boolean(data.merged),
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo: data.head.repo?.full_name ?? `${where.owner}/${where.repo}`,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    labels: data.labels.map((l) => l.name ?? "").filter(Boolean),
    htmlUrl: data.html_url,
    changedFileCount: data.changed_files ?? 0
  };
}
async function baseTip(octokit, where, pr) {
  const { data } = await octokit.rest.git.getRef({ ...where, ref: `heads/${pr.baseRef}` });
  return data.object.sha;
}
async function changedFiles(octokit, where, number) {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: number, per_page: 100 });
  return [...new Set(files.flatMap((f) => [f.filename, ...f.previous_filename ? [f.previous_filename] : []]))];
}
var MAX_LISTED_PAGES = 10;
var TooManyToRead = class extends Error {
};
async function reviewsOf(octokit, where, number) {
  const reviews = await octokit.paginate(
    octokit.rest.pulls.listReviews,
    { ...where, pull_number: number, per_page: 100 },
    firstPages(MAX_LISTED_PAGES, () => {
      throw new TooManyToRead(
        `the PR has more than ${MAX_LISTED_PAGES * 100} reviews, more than one run reads; a review cannot be judged without the ones after it.`
      );
    })
  );
  return reviews.filter((r) => r.user && r.submitted_at && r.commit_id).map((r) => ({
    login: r.user.login,
    userId: r.user.id,
    state: r.state,
    submittedAt: Date.parse(r.submitted_at),
    commitId: r.commit_id
  }));
}
async function headSightings(octokit, where, pr) {
  const out = [];
  const sameRepo = pr.headRepo.toLowerCase() === `${where.owner}/${where.repo}`.toLowerCase();
  if (sameRepo) {
    const ref = `refs/heads/${pr.headRef}`;
    for await (const page of pages(
      octokit.paginate.iterator(octokit.rest.repos.listActivities, {
        ...where,
        ref,
        per_page: 100
      })
    )) {
      let older = false;
      for (const a of page)
        if (a.ref === ref && a.activity_type !== "branch_deletion") {
          out.push({ sha: a.after, at: Date.parse(a.timestamp), source: "push", ...actorOf(a.actor) });
          older ||= Date.parse(a.timestamp) < pr.createdAt;
        }
      if (older) break;
    }
  }
  for await (const page of pages(
    octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, {
      ...where,
      event: "pull_request",
      branch: pr.headRef,
      per_page: 100
    })
  )) {
    for (const run of page)
      if (Date.parse(run.created_at) >= pr.createdAt && run.event === "pull_request" && run.head_branch === pr.headRef && run.head_repository?.full_name?.toLowerCase() === pr.headRepo.toLowerCase())
        out.push({
          sha: run.head_sha,
          at: Date.parse(run.created_at),
          source: "run",
          // The run's actor pushed the head; triggering_actor is whoever re-ran it.
          ...actorOf(run.actor)
        });
    if (page.some((run) => Date.parse(run.created_at) < pr.createdAt)) break;
  }
  return out;
}
function actorOf(user) {
  return user?.login ? { actor: { login: user.login, ...user.id !== void 0 ? { userId: user.id } : {} } } : {};
}
async function* pages(iterator) {
  let n = 0;
  try {
    for await (const { data } of iterator) {
      yield data;
      if (++n >= MAX_PAGES) return;
    }
  } catch (error) {
    if (error.status !== 404) throw error;
  }
}
async function notifiedLogins(octokit, where, number) {
  const events = await octokit.paginate(
    octokit.rest.issues.listEventsForTimeline,
    { ...where, issue_number: number, per_page: 100 },
    firstPages(MAX_LISTED_PAGES)
  );
  const out = /* @__PURE__ */ new Set();
  for (const e of events) {
    const login = (u) => u?.login?.toLowerCase();
    const name = e.event === "review_requested" ? login(e.requested_reviewer) : e.event === "mentioned" || e.event === "commented" ? login(e.actor) : e.event === "reviewed" ? login(e.user) : void 0;
    if (name) out.add(name);
  }
  return out;
}

// src/github/sticky-comment.ts
var stickyMarker = (key) => `<!-- oncall-as-code:${key} -->`;
var marker = stickyMarker;
async function findSticky(octokit, where, issue, key, author) {
  const comments = await octokit.paginate(
    octokit.rest.issues.listComments,
    { ...where, issue_number: issue, per_page: 100 },
    firstPages(MAX_LISTED_PAGES)
  );
  const mine = comments.filter(
    (c2) => c2.body?.startsWith(marker(key)) && c2.user?.login.toLowerCase() === author.toLowerCase()
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
  MAX_LISTED_FILES,
  getPullRequest,
  baseTip,
  changedFiles,
  MAX_LISTED_PAGES,
  reviewsOf,
  headSightings,
  notifiedLogins,
  stickyMarker,
  findSticky,
  upsertSticky
};
