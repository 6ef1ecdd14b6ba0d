/**
 * A stateful fake of GitHub's REST API over real HTTP on 127.0.0.1, for tests of code that uses
 * Octokit (in-process, or a bundled action in a child process pointed at it with GITHUB_API_URL).
 *
 * Every request is first checked against GitHub's official OpenAPI description (../shared/specs/): one
 * the description forbids gets 400 with the violations named, and is recorded in `state.violations`,
 * so a test can assert that its client never sent one. Responses are checked too (recorded in
 * `state.responseViolations`), which keeps the fake's answers in GitHub's shapes.
 *
 *   const gh = await startFakeGitHub({ repos: ['acme/oncall'] });
 *   const repo = gh.state.repo('acme/oncall');
 *   const base = repo.commit({ 'oncall/team.yaml': '…' });            // on the default branch
 *   const pr = repo.addPull({ head: 'swap', changes: { 'oncall/swaps.yaml': '…' }, user: 'alice' });
 *   repo.addReview(pr.number, { user: 'bob', state: 'APPROVED' });
 *   const octokit = createGitHub({ token: 'x', baseUrl: gh.url, retryBaseMs: 1 });
 *   …
 *   expect(gh.state.violations).toEqual([]);
 *   await gh.close();
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { checkRequest, checkResponse, loadOpenApi, matchOperation, type OperationRef } from './openapi.js';
import { FaultQueue, type InjectedFault as GenericInjectedFault, type ReplyFault } from './faults.js';
import {
  deliver,
  header,
  parseJsonBody,
  receive,
  requestEcho,
  RouteTable,
  serveLoopback,
  sharedFileOnce,
  withRequestEcho,
  type BaseRecordedRequest,
  type RecordedViolation,
} from './http.js';

export type { RecordedViolation } from './http.js';

// ---------------------------------------------------------------------------------------------------
// Public types

export interface TokenIdentity {
  login: string;
  /** Writes (POST/PUT/PATCH/DELETE) get 403 "Resource not accessible by integration", as a fork PR's token. */
  readOnly?: boolean;
}

export interface FakeGitHubOptions {
  /**
   * Token → login (or identity). When given, any other token gets 401. When absent, every token is
   * accepted as `defaultLogin`, with write access.
   */
  tokens?: Record<string, string | TokenIdentity>;
  /** Who an unlisted token is when `tokens` is absent; default 'github-actions[bot]'. */
  defaultLogin?: string;
  /**
   * Path of GitHub's OpenAPI description. Default: shared/specs/github-rest-openapi.json (when it is
   * missing, requests go unchecked after one printed NOTICE). null: never check.
   */
  spec?: string | null;
  /** Check the fake's own responses too (default true when a description is loaded). */
  checkResponses?: boolean;
  /** Clock for created_at/updated_at/submitted_at; default the real one. */
  now?: () => Date;
  /** Base of html_url fields; default https://github.com. */
  htmlUrl?: string;
  /** Repositories to create: "owner/name", or with a default branch and files for its first commit. */
  repos?: (string | RepoSeed)[];
  /** Echo each request (method, URL, headers with Authorization) into every error answer (status ≥ 400). */
  echoHeadersOnError?: boolean;
  /** See `FakeGitHubState.contentLimit`. */
  contentLimit?: ContentLimit;
}

/**
 * GitHub's secondary rate limit on content creation, as documented ("About secondary rate limits":
 * no more than 80 content-generating requests per minute and 500 per hour): a write beyond a
 * window's limit is refused with 403 (or 429), the documented message and `retry-after`, and is not
 * applied. Windows are given in ms so a test can scale a minute down.
 */
export interface ContentLimit {
  windows: { limit: number; ms: number }[];
  /** Sent as `retry-after`; default: seconds until the fullest window frees a slot, rounded up. */
  retryAfterSeconds?: number;
  status?: 403 | 429;
}

/** GitHub's numbers. */
export const GITHUB_CONTENT_LIMIT: ContentLimit = {
  windows: [
    { limit: 80, ms: 60_000 },
    { limit: 500, ms: 3_600_000 },
  ],
};

export interface RepoSeed {
  fullName: string;
  defaultBranch?: string;
  /** Files of a first commit on the default branch. */
  files?: Record<string, string>;
  private?: boolean;
  /** Logins that may be assigned and asked for reviews (the owner always may). */
  collaborators?: string[];
  /** See `FakeRepo.treeEntryLimit`. */
  treeEntryLimit?: number;
  /** See `FakeRepo.pullRequestWorkflow`. */
  pullRequestWorkflow?: PullRequestWorkflow;
}

/**
 * A workflow run on every `pull_request` event (opened, and each push to the head): see
 * `FakeRepo.pullRequestWorkflow`.
 */
export interface PullRequestWorkflow {
  /** ".github/workflows/validate.yml" */
  path: string;
  /** The workflow's `name:`; default the path, as GitHub shows a workflow without one. */
  name?: string;
  /** Of each automatic run; default completed / success. */
  status?: RunStatus;
  conclusion?: RunConclusion | null;
}

/** A path is exact ("/repos/o/r/issues"), a template ("/repos/{owner}/{repo}/issues"), or a RegExp. */
export type Fault = ReplyFault;

export type InjectedFault = GenericInjectedFault<Fault>;

export interface RecordedRequest extends BaseRecordedRequest {
  login?: string;
  fault?: boolean;
}

export interface FakeGitHub {
  /** http://127.0.0.1:PORT — the REST root (GITHUB_API_URL). */
  readonly url: string;
  readonly state: FakeGitHubState;
  readonly requests: RecordedRequest[];
  /** Whether requests are checked against the OpenAPI description. */
  readonly checked: boolean;
  inject(fault: Fault): InjectedFault;
  close(): Promise<void>;
}

/** Ready-made faults to spread into `inject({ ...faults.secondaryRateLimit(), path: … })`. */
export const faults = {
  serverError: (status = 502): Fault => ({
    status,
    body: { message: status === 502 ? 'Server Error' : 'Internal Server Error' },
  }),
  secondaryRateLimit: (retryAfterSeconds = 0): Fault => ({
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  }),
  tooManyRequests: (retryAfterSeconds = 0): Fault => ({
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message: 'You have exceeded a secondary rate limit.',
      documentation_url: 'https://docs.github.com/rest',
      status: '429',
    },
  }),
  primaryRateLimit: (resetEpochSeconds: number): Fault => ({
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(resetEpochSeconds),
      'x-ratelimit-resource': 'core',
    },
    body: {
      message: 'API rate limit exceeded for installation.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403',
    },
  }),
};

// ---------------------------------------------------------------------------------------------------
// State

export type UserType = 'User' | 'Bot' | 'Organization';

export interface FakeUser {
  /** The current login: `state.renameUser` changes it, the id stays. */
  login: string;
  id: number;
  nodeId: string;
  type: UserType;
  createdAt: string;
}

export interface FakeCommit {
  sha: string;
  /** Every file of the commit: path → content. */
  tree: Record<string, string>;
  parents: string[];
  message: string;
  author: string;
  date: string;
}

export interface FakeLabel {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeIssue {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  /** Label names. */
  labels: string[];
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set when this issue is a pull request. */
  pull?: FakePull;
}

export type PullFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface FakePullFile {
  filename: string;
  status: PullFileStatus;
  previousFilename?: string;
  additions: number;
  deletions: number;
  sha: string | null;
  patch?: string;
}

export interface FakePull {
  id: number;
  nodeId: string;
  number: number;
  issue: FakeIssue;
  head: { ref: string; sha: string; repo: string; fork: boolean; owner: string };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  requestedReviewers: string[];
  requestedTeams: string[];
  reviews: FakeReview[];
  /** When set, GET …/files answers this list instead of diffing base and head. */
  files?: FakePullFile[];
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface FakeReview {
  id: number;
  nodeId: string;
  user: string;
  state: ReviewState;
  body: string;
  commitId: string;
  submittedAt: string | null;
}

export interface FakeComment {
  id: number;
  nodeId: string;
  issueNumber: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export type StatusState = 'error' | 'failure' | 'pending' | 'success';

export interface FakeStatus {
  id: number;
  nodeId: string;
  sha: string;
  state: StatusState;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

/** A push as the repository activity API (GET …/activity) lists it. */
export type ActivityType =
  'push' | 'force_push' | 'branch_creation' | 'branch_deletion' | 'pr_merge' | 'merge_queue_merge';

export interface FakeActivity {
  id: number;
  nodeId: string;
  /** The branch's tip before (40 zeros for a new branch) and after. */
  before: string;
  after: string;
  /** "refs/heads/<branch>" */
  ref: string;
  /** When it was pushed: never the (forgeable) git commit date. */
  timestamp: string;
  activityType: ActivityType;
  actor: string;
}

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure';

export interface FakeWorkflow {
  id: number;
  nodeId: string;
  path: string;
  name: string;
}

export interface FakeRun {
  id: number;
  nodeId: string;
  checkSuiteId: number;
  checkSuiteNodeId: string;
  workflowId: number;
  name: string;
  path: string;
  runNumber: number;
  runAttempt: number;
  event: string;
  status: RunStatus;
  conclusion: RunConclusion | null;
  headSha: string;
  headBranch: string | null;
  /** "owner/name" of the repository the head commit is in (a fork's, for a fork PR). */
  headRepo: string;
  displayTitle: string;
  actor: string;
  /** Who started the latest attempt (a re-run's requester); `actor` stays who caused the first. */
  triggeringActor: string;
  /** Numbers of this repository's pull requests listed in `pull_requests`. */
  pullRequests: number[];
  createdAt: string;
  updatedAt: string;
  runStartedAt: string;
  /** Earlier attempts as they ended, oldest first (GET …/runs/{id}/attempts/{n}). */
  earlierAttempts?: { status: RunStatus; conclusion: RunConclusion | null; runStartedAt: string; updatedAt: string }[];
}

/** GitHub re-runs a workflow run only within this long of its creation ("up to 30 days after the initial run"). */
export const RERUN_WINDOW_MS = 30 * 86_400_000;

/** Issue events the timeline lists besides comments, reviews and commits (which it derives). */
export type IssueEventType =
  | 'labeled'
  | 'unlabeled'
  | 'review_requested'
  | 'review_request_removed'
  | 'mentioned'
  | 'head_ref_force_pushed'
  | 'closed'
  | 'reopened';

export interface FakeIssueEvent {
  id: number;
  nodeId: string;
  issueNumber: number;
  event: IssueEventType;
  actor: string;
  createdAt: string;
  /** labeled / unlabeled: the label's name. */
  label?: string;
  /** review_requested / review_request_removed. */
  requestedReviewer?: string;
  reviewRequester?: string;
  /** head_ref_force_pushed: the new head. */
  commitId?: string | null;
  /** closed / reopened. */
  stateReason?: string | null;
}

type When = string | Date | undefined;

/** A push's tip before a branch existed, as GitHub writes it. */
const NO_COMMIT = '0'.repeat(40);

export class FakeGitHubState {
  readonly users = new Map<string, FakeUser>();
  /** Keyed by lower-cased "owner/name". */
  readonly repos = new Map<string, FakeRepo>();
  readonly tokens = new Map<string, TokenIdentity>();
  /** Requests the description forbids (each also answered 400). */
  readonly violations: RecordedViolation[] = [];
  /** Responses of the fake that its description contradicts: a bug in the fake. */
  readonly responseViolations: RecordedViolation[] = [];
  /** Content-creation limit in force (none by default); may be changed between runs. */
  contentLimit: ContentLimit | undefined;
  /** When each write the limit counted was made (ms since epoch, real time). */
  readonly contentWrites: number[] = [];
  /** Writes refused by the content limit. */
  readonly contentRefusals: { method: string; path: string }[] = [];
  private id = 1_000_000;

  constructor(
    readonly now: () => Date,
    /** Changes only with `renameUser`. */
    public defaultLogin: string,
    /** Whether tokens not in `tokens` are refused. */
    readonly strictTokens: boolean,
  ) {}

  nextId(): number {
    return ++this.id;
  }

  /** An ISO timestamp without milliseconds, as GitHub writes them. */
  timestamp(when?: When): string {
    const d = when === undefined ? this.now() : typeof when === 'string' ? new Date(when) : when;
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** The user with this login, created on first mention ("…[bot]" logins are Bots). */
  user(login: string, type?: UserType): FakeUser {
    let u = this.users.get(login.toLowerCase());
    if (!u) {
      const id = this.nextId();
      u = {
        login,
        id,
        nodeId: nodeId(login.endsWith('[bot]') ? 'BOT' : 'U', id),
        type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
        createdAt: this.timestamp(),
      };
      this.users.set(login.toLowerCase(), u);
    } else if (type) u.type = type;
    return u;
  }

  /** The account with this id (GET /user/{account_id}), whatever its login is now. */
  userById(id: number): FakeUser | undefined {
    for (const u of this.users.values()) if (u.id === id) return u;
    return undefined;
  }

  /**
   * Renames an account, as GitHub lets a user do: the id stays and everything it did (issues,
   * reviews, comments, commits, pushes, runs, timeline events) is rendered with the new login; the old
   * login is free, and a later mention of it is a new account with a new id. Renaming an account that
   * owns repositories is not modelled (GitHub moves them and redirects; the fake keys repos by name).
   */
  renameUser(oldLogin: string, newLogin: string): FakeUser {
    const u = this.users.get(oldLogin.toLowerCase());
    if (!u) throw new Error(`no user ${oldLogin}`);
    const taken = this.users.get(newLogin.toLowerCase());
    if (taken && taken !== u) throw new Error(`login ${newLogin} is taken`);
    if ([...this.repos.values()].some((r) => r.owner.toLowerCase() === u.login.toLowerCase()))
      throw new Error(`${u.login} owns repositories: renaming an owner is not modelled`);
    const from = u.login.toLowerCase();
    const to = (login: string): string => (login.toLowerCase() === from ? newLogin : login);
    this.users.delete(from);
    u.login = newLogin;
    this.users.set(newLogin.toLowerCase(), u);
    // Every place the fake stores a login (it stores logins, as the seeds name people by them).
    this.defaultLogin = to(this.defaultLogin);
    for (const [token, identity] of this.tokens) this.tokens.set(token, { ...identity, login: to(identity.login) });
    for (const r of this.repos.values()) {
      const collaborators = [...r.collaborators].map(to);
      r.collaborators.clear();
      for (const c of collaborators) r.collaborators.add(c);
      for (const c of r.commits.values()) c.author = to(c.author);
      for (const i of r.issues.values()) {
        i.user = to(i.user);
        i.assignees = i.assignees.map(to);
      }
      for (const p of r.pulls.values()) {
        p.requestedReviewers = p.requestedReviewers.map(to);
        for (const review of p.reviews) review.user = to(review.user);
      }
      for (const c of r.comments.values()) c.user = to(c.user);
      for (const st of r.statuses) st.creator = to(st.creator);
      for (const a of r.activities) a.actor = to(a.actor);
      for (const run of r.runs) {
        run.actor = to(run.actor);
        run.triggeringActor = to(run.triggeringActor);
      }
      for (const e of r.events) {
        e.actor = to(e.actor);
        if (e.requestedReviewer !== undefined) e.requestedReviewer = to(e.requestedReviewer);
        if (e.reviewRequester !== undefined) e.reviewRequester = to(e.reviewRequester);
      }
    }
    return u;
  }

  /** The repository "owner/name", created on first mention. */
  repo(fullName: string, seed: Omit<RepoSeed, 'fullName'> & { fork?: boolean } = {}): FakeRepo {
    const key = fullName.toLowerCase();
    let r = this.repos.get(key);
    if (!r) {
      const [owner, name] = fullName.split('/');
      if (!owner || !name) throw new Error(`repository name must be owner/name: ${fullName}`);
      r = new FakeRepo(this, owner, name, seed.defaultBranch ?? 'main', seed.private ?? false, seed.fork ?? false);
      this.repos.set(key, r);
      this.user(owner);
    }
    for (const c of seed.collaborators ?? []) r.collaborators.add(c);
    if (seed.treeEntryLimit !== undefined) r.treeEntryLimit = seed.treeEntryLimit;
    if (seed.pullRequestWorkflow !== undefined) r.pullRequestWorkflow = seed.pullRequestWorkflow;
    if (seed.files) r.commit(seed.files, { message: 'Initial commit' });
    return r;
  }

  /** Adds or changes what a token is: `setToken('t', { login: 'x', readOnly: true })`. */
  setToken(token: string, identity: string | TokenIdentity): void {
    this.tokens.set(token, typeof identity === 'string' ? { login: identity } : identity);
  }

  /** Who an Authorization header is, or undefined (→ 401). */
  identify(authorization: string | undefined): TokenIdentity | undefined {
    const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m) return undefined;
    const known = this.tokens.get(m[1] as string);
    if (known) return known;
    return this.strictTokens ? undefined : { login: this.defaultLogin };
  }
}

export class FakeRepo {
  readonly id: number;
  readonly nodeId: string;
  readonly createdAt: string;
  /** Branch name → commit sha. */
  readonly branches = new Map<string, string>();
  readonly tags = new Map<string, string>();
  readonly commits = new Map<string, FakeCommit>();
  /** Issues and pull requests, by number (they share numbers, as on GitHub). */
  readonly issues = new Map<number, FakeIssue>();
  readonly pulls = new Map<number, FakePull>();
  /** Issue and pull request conversation comments, by id. */
  readonly comments = new Map<number, FakeComment>();
  readonly statuses: FakeStatus[] = [];
  /** Keyed by lower-cased name. */
  readonly labels = new Map<string, FakeLabel>();
  /** Logins that can be assigned and asked for reviews (besides the owner). */
  readonly collaborators = new Set<string>();
  /** Every push to a branch, oldest first (GET …/activity). */
  readonly activities: FakeActivity[] = [];
  /** Workflow runs, oldest first (GET …/actions/runs). */
  readonly runs: FakeRun[] = [];
  /** Every re-run requested through the API (POST …/actions/runs/{id}/rerun), oldest first. */
  readonly rerunRequests: { runId: number; by: string; at: string }[] = [];
  /** By path. */
  readonly workflows = new Map<string, FakeWorkflow>();
  /** Issue events the fake records as they happen (labels, review requests, mentions, force pushes, …). */
  readonly events: FakeIssueEvent[] = [];
  /**
   * At most this many entries in a GET …/git/trees answer, beyond which it sets `truncated` (GitHub
   * documents 100,000 entries or 7 MB for a recursive listing; the size limit is not modelled).
   */
  treeEntryLimit = 100_000;
  /** Trees made through POST …/git/trees that no commit holds yet: tree sha → files (path → content). */
  readonly stagedTrees = new Map<string, Record<string, string>>();
  /**
   * When set, a `pull_request` run of this workflow is created for every pull request opened
   * (`addPull`) and every push to the head of an open one, as a repository with such a workflow gets.
   */
  pullRequestWorkflow: PullRequestWorkflow | undefined;
  private lastNumber = 0;
  /** Blobs and trees by sha, as of how many commits (see `gitObject`). */
  private objectIndex: { commits: number; objects: Map<string, GitObject> } | undefined;

  constructor(
    readonly state: FakeGitHubState,
    readonly owner: string,
    readonly name: string,
    public defaultBranch: string,
    public isPrivate: boolean,
    public fork: boolean,
  ) {
    this.id = state.nextId();
    this.nodeId = nodeId('R', this.id);
    this.createdAt = state.timestamp();
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /**
   * Commits `files` on `branch` (default: the default branch) on top of `parent` (default: the
   * branch's tip, or the default branch's tip for a new branch). A null content deletes the file;
   * `replace` makes `files` the whole tree. Then pushes it: moves the branch, and the head of open pull
   * requests from it, and records the push (see `push`). `date` is the git commit date, which the
   * committer chooses (and can forge); `pushedAt` is when GitHub received the push (default: now).
   * `actor` is who pushed (default: the author). Returns the sha.
   */
  commit(
    files: Record<string, string | null>,
    options: {
      branch?: string;
      parent?: string | null;
      message?: string;
      author?: string;
      date?: When;
      replace?: boolean;
      pushedAt?: When;
      actor?: string;
    } = {},
  ): string {
    const branch = options.branch ?? this.defaultBranch;
    const parentSha =
      options.parent === null
        ? undefined
        : options.parent !== undefined
          ? this.resolveRef(options.parent)
          : (this.branches.get(branch) ?? this.branches.get(this.defaultBranch));
    if (options.parent && !parentSha) throw new Error(`no commit ${options.parent} in ${this.fullName}`);
    const tree: Record<string, string> =
      options.replace || !parentSha ? {} : { ...(this.commits.get(parentSha)?.tree ?? {}) };
    for (const [path, content] of Object.entries(files)) {
      const p = normalizePath(path);
      if (content === null) delete tree[p];
      else tree[p] = content;
    }
    const date = this.state.timestamp(options.date);
    const message = options.message ?? `Update ${Object.keys(files).join(', ') || 'nothing'}`;
    const author = options.author ?? this.owner;
    const sha = sha1(
      `commit\0${this.fullName}\0${parentSha ?? ''}\0${message}\0${date}\0${JSON.stringify(tree)}\0${this.state.nextId()}`,
    );
    this.addCommit({ sha, tree, parents: parentSha ? [parentSha] : [], message, author, date });
    this.push(branch, sha, { pushedAt: options.pushedAt, actor: options.actor ?? author });
    return sha;
  }

  /**
   * Moves `branch` to an existing commit (`sha`: a sha or ref), as `git push --force` does, e.g. back
   * to older content. Recorded as a force_push (a push when it is a fast-forward); open pull requests
   * from the branch get the new head and a head_ref_force_pushed timeline event.
   */
  forcePush(branch: string, sha: string, options: { pushedAt?: When; actor?: string } = {}): FakeActivity | undefined {
    const target = this.resolveRef(sha);
    if (!target) throw new Error(`no commit ${sha} in ${this.fullName}`);
    return this.push(branch, target, { pushedAt: options.pushedAt, actor: options.actor ?? this.owner });
  }

  /**
   * A push of `sha` to `branch`: moves the branch, records the activity (branch_creation for a new
   * branch, push for a fast-forward, force_push otherwise; nothing when the tip does not move), and
   * moves the head of every open pull request from this branch, in any repository (a fork PR lives in
   * its base): the head commit becomes readable there, and when that repository has a
   * `pullRequestWorkflow` the push starts a run, as a `pull_request` (synchronize) event does.
   */
  push(branch: string, sha: string, options: { pushedAt?: When; actor?: string } = {}): FakeActivity | undefined {
    const before = this.branches.get(branch);
    if (before === sha) return undefined;
    const at = this.state.timestamp(options.pushedAt);
    const actor = options.actor ?? this.owner;
    this.branches.set(branch, sha);
    const activityType: ActivityType =
      before === undefined ? 'branch_creation' : this.isAncestor(before, sha) ? 'push' : 'force_push';
    const id = this.state.nextId();
    const activity: FakeActivity = {
      id,
      nodeId: nodeId('RA', id),
      before: before ?? NO_COMMIT,
      after: sha,
      ref: `refs/heads/${branch}`,
      timestamp: at,
      activityType,
      actor,
    };
    this.state.user(actor);
    this.activities.push(activity);
    const commit = this.commits.get(sha);
    for (const base of this.state.repos.values()) {
      for (const pull of base.pulls.values()) {
        if (pull.issue.state !== 'open' || pull.head.ref !== branch) continue;
        if (pull.head.repo.toLowerCase() !== this.fullName.toLowerCase()) continue;
        pull.head.sha = sha;
        if (base !== this) {
          if (commit) base.addCommit(commit);
          base.branches.set(`refs/pull/${pull.number}/head`, sha);
        }
        if (activityType === 'force_push')
          base.recordEvent(pull.number, { event: 'head_ref_force_pushed', actor, createdAt: at, commitId: sha });
        base.pullRequestRun(pull, at, actor);
      }
    }
    return activity;
  }

  /** Whether `ancestor` is `sha` or reachable from it through parents. */
  isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const s = stack.pop() as string;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  addCommit(commit: FakeCommit): void {
    this.commits.set(commit.sha, commit);
    this.state.user(commit.author);
  }

  /** A branch, tag, `refs/heads/…`, full sha or unique sha prefix (≥ 7) → sha. */
  resolveRef(ref: string): string | undefined {
    const r = ref.replace(/^refs\/(heads|tags)\//, '');
    const direct = this.branches.get(r) ?? this.tags.get(r);
    if (direct) return direct;
    if (this.commits.has(ref)) return ref;
    if (/^[0-9a-f]{7,39}$/i.test(ref)) {
      const found = [...this.commits.keys()].filter((s) => s.startsWith(ref.toLowerCase()));
      if (found.length === 1) return found[0];
    }
    return undefined;
  }

  /** The files of a ref (default branch when absent), or undefined when the ref is unknown. */
  tree(ref?: string): Record<string, string> | undefined {
    const sha = this.resolveRef(ref ?? this.defaultBranch);
    return sha ? this.commits.get(sha)?.tree : undefined;
  }

  /**
   * A blob or tree of this repository's commits by its git sha (GET …/git/blobs, …/git/trees). The
   * index is rebuilt when commits were added since.
   */
  gitObject(sha: string): GitObject | undefined {
    if (this.objectIndex?.commits !== this.commits.size) {
      const objects = new Map<string, GitObject>();
      const walk = (t: GitTree) => {
        if (objects.has(t.sha)) return;
        objects.set(t.sha, { type: 'tree', tree: t });
        for (const e of t.entries) {
          if (e.tree) walk(e.tree);
          else objects.set(e.sha, { type: 'blob', content: e.content ?? '' });
        }
      };
      for (const c of this.commits.values()) walk(gitTree(c.tree));
      this.objectIndex = { commits: this.commits.size, objects };
    }
    return this.objectIndex.objects.get(sha.toLowerCase());
  }

  nextNumber(): number {
    return ++this.lastNumber;
  }

  label(name: string, options: { color?: string; description?: string | null } = {}): FakeLabel {
    let l = this.labels.get(name.toLowerCase());
    if (!l) {
      const id = this.state.nextId();
      l = {
        id,
        nodeId: nodeId('LA', id),
        name,
        color: options.color ?? 'ededed',
        description: options.description ?? null,
      };
      this.labels.set(name.toLowerCase(), l);
    }
    return l;
  }

  addIssue(seed: {
    title: string;
    body?: string | null;
    user?: string;
    labels?: string[];
    assignees?: string[];
    state?: 'open' | 'closed';
    createdAt?: When;
    updatedAt?: When;
  }): FakeIssue {
    const id = this.state.nextId();
    const createdAt = this.state.timestamp(seed.createdAt);
    const closed = seed.state === 'closed';
    const issue: FakeIssue = {
      id,
      nodeId: nodeId('I', id),
      number: this.nextNumber(),
      title: seed.title,
      body: seed.body ?? null,
      user: seed.user ?? this.state.defaultLogin,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      labels: (seed.labels ?? []).map((n) => this.label(n).name),
      assignees: [...(seed.assignees ?? [])],
      locked: false,
      createdAt,
      updatedAt: seed.updatedAt ? this.state.timestamp(seed.updatedAt) : createdAt,
      closedAt: closed ? createdAt : null,
    };
    this.state.user(issue.user);
    this.issues.set(issue.number, issue);
    // As GitHub records them for an issue opened with labels and mentions (and closed, for a seed).
    for (const l of issue.labels)
      this.recordEvent(issue.number, { event: 'labeled', actor: issue.user, createdAt, label: l });
    this.recordMentions(issue.number, issue.body ?? '', createdAt);
    if (closed)
      this.recordEvent(issue.number, { event: 'closed', actor: issue.user, createdAt, stateReason: 'completed' });
    return issue;
  }

  /** Records an issue event (the timeline lists it). */
  recordEvent(number: number, seed: Omit<FakeIssueEvent, 'id' | 'nodeId' | 'issueNumber'>): FakeIssueEvent {
    const id = this.state.nextId();
    const e: FakeIssueEvent = { id, nodeId: nodeId(eventNodePrefix(seed.event), id), issueNumber: number, ...seed };
    this.state.user(seed.actor);
    this.events.push(e);
    return e;
  }

  /**
   * A `mentioned` event (actor: the mentioned user) for each existing user @-mentioned in `body`,
   * once per body; mentions in code (fenced or inline) and team mentions (@org/team) are not mentions.
   */
  recordMentions(number: number, body: string, at: string): void {
    const seen = new Set<string>();
    for (const login of mentionedLogins(body)) {
      const u = this.state.users.get(login.toLowerCase());
      if (!u || seen.has(u.login.toLowerCase())) continue;
      seen.add(u.login.toLowerCase());
      this.recordEvent(number, { event: 'mentioned', actor: u.login, createdAt: at });
    }
  }

  /**
   * Opens a pull request from branch `head` into `base` (default: the default branch). With
   * `changes`, first commits them on `head` (created from `base` when new). `headRepo` ("forker/name")
   * makes it a PR from a fork: the fork repository is created, and the head commit is visible in both,
   * as on GitHub. `files` replaces the computed file list (for statuses the diff cannot produce).
   */
  addPull(seed: {
    head: string;
    base?: string;
    changes?: Record<string, string | null>;
    title?: string;
    body?: string | null;
    user?: string;
    labels?: string[];
    assignees?: string[];
    draft?: boolean;
    requestedReviewers?: string[];
    headRepo?: string;
    message?: string;
    createdAt?: When;
    files?: FakePullFile[];
    state?: 'open' | 'closed';
    merged?: boolean;
    /** When the head commit was pushed (default `createdAt`); `createdAt` stays its git date. */
    pushedAt?: When;
  }): FakePull {
    const baseRef = seed.base ?? this.defaultBranch;
    const baseSha = this.branches.get(baseRef);
    if (!baseSha) throw new Error(`no branch ${baseRef} in ${this.fullName}: commit to it first`);
    const user = seed.user ?? this.state.defaultLogin;
    const createdAt = this.state.timestamp(seed.createdAt);
    const pushedAt = seed.pushedAt ?? createdAt;
    let headSha = this.branches.get(seed.head);
    const fork = seed.headRepo !== undefined && seed.headRepo.toLowerCase() !== this.fullName.toLowerCase();
    const headRepo = fork
      ? this.state.repo(seed.headRepo as string, { fork: true, defaultBranch: this.defaultBranch })
      : this;
    if (fork) {
      // The fork has the base's history; the head commit is pushed to the fork's branch (an activity
      // of the fork, not of the base) and readable in the base too, as refs/pull/N/head.
      for (const c of this.commits.values()) if (!headRepo.commits.has(c.sha)) headRepo.addCommit(c);
      headRepo.branches.set(headRepo.defaultBranch, baseSha);
      headSha = headRepo.commit(seed.changes ?? {}, {
        branch: seed.head,
        parent: baseSha,
        message: seed.message,
        author: user,
        date: createdAt,
        pushedAt,
      });
      this.addCommit(headRepo.commits.get(headSha) as FakeCommit);
      this.branches.set(`refs/pull/${this.lastNumber + 1}/head`, headSha);
    } else if (seed.changes || !headSha) {
      headSha = this.commit(seed.changes ?? {}, {
        branch: seed.head,
        parent: this.branches.get(seed.head) ?? baseSha,
        message: seed.message,
        author: user,
        date: createdAt,
        pushedAt,
      });
    }
    if (!headSha) throw new Error('unreachable: no head commit');
    const issue = this.addIssue({
      title: seed.title ?? `Pull request from ${seed.head}`,
      body: seed.body ?? null,
      user,
      labels: seed.labels,
      assignees: seed.assignees,
      state: seed.state === 'closed' || seed.merged ? 'closed' : 'open',
      createdAt,
    });
    const id = this.state.nextId();
    const pull: FakePull = {
      id,
      nodeId: nodeId('PR', id),
      number: issue.number,
      issue,
      head: { ref: seed.head, sha: headSha, repo: headRepo.fullName, fork, owner: headRepo.owner },
      base: { ref: baseRef, sha: baseSha },
      draft: seed.draft ?? false,
      merged: seed.merged ?? false,
      mergedAt: seed.merged ? issue.createdAt : null,
      mergeCommitSha: seed.merged ? headSha : null,
      requestedReviewers: [...(seed.requestedReviewers ?? [])],
      requestedTeams: [],
      reviews: [],
      files: seed.files,
    };
    issue.pull = pull;
    this.pulls.set(pull.number, pull);
    for (const r of pull.requestedReviewers) {
      this.state.user(r);
      this.recordEvent(pull.number, {
        event: 'review_requested',
        actor: user,
        createdAt,
        requestedReviewer: r,
        reviewRequester: user,
      });
    }
    this.pullRequestRun(pull, createdAt, user);
    return pull;
  }

  /**
   * The workflow with this path (created on first use, with the next id; `name` defaults to the
   * path, as GitHub names a workflow without `name:`).
   */
  workflow(path: string, name?: string): FakeWorkflow {
    let w = this.workflows.get(path);
    if (!w) {
      const id = this.state.nextId();
      w = { id, nodeId: nodeId('W', id), path, name: name ?? path };
      this.workflows.set(path, w);
    } else if (name !== undefined) w.name = name;
    return w;
  }

  /**
   * A workflow run. `headSha` may be a ref; `headRepo` ("owner/name") is where the head commit is
   * (default this repository). `pullRequests` (numbers of this repository's PRs) defaults to what
   * GitHub fills in: the open pull requests of this repository whose head is this branch — never a
   * fork's (GitHub leaves `pull_requests` empty for runs from forks). Default status completed /
   * success; `createdAt` default now.
   */
  addRun(seed: {
    workflowPath?: string;
    name?: string;
    event: string;
    headSha: string;
    headBranch: string | null;
    headRepo?: string;
    createdAt?: When;
    status?: RunStatus;
    conclusion?: RunConclusion | null;
    actor?: string;
    pullRequests?: number[];
    displayTitle?: string;
  }): FakeRun {
    const w = this.workflow(seed.workflowPath ?? '.github/workflows/ci.yml', seed.name);
    const headRepo = seed.headRepo ?? this.fullName;
    const headOwner = this.state.repos.get(headRepo.toLowerCase()) ?? this;
    const headSha = headOwner.resolveRef(seed.headSha) ?? this.resolveRef(seed.headSha) ?? seed.headSha;
    const status = seed.status ?? 'completed';
    const at = this.state.timestamp(seed.createdAt);
    const sameRepo = headRepo.toLowerCase() === this.fullName.toLowerCase();
    const pullRequests =
      seed.pullRequests ??
      (sameRepo
        ? [...this.pulls.values()]
            .filter((p) => p.issue.state === 'open' && !p.head.fork && p.head.ref === seed.headBranch)
            .map((p) => p.number)
        : []);
    const message = this.commits.get(headSha)?.message ?? headOwner.commits.get(headSha)?.message;
    const id = this.state.nextId();
    const checkSuiteId = this.state.nextId();
    const actor = seed.actor ?? this.state.defaultLogin;
    const run: FakeRun = {
      id,
      nodeId: nodeId('WFR', id),
      checkSuiteId,
      checkSuiteNodeId: nodeId('CS', checkSuiteId),
      workflowId: w.id,
      name: w.name,
      path: w.path,
      runNumber: this.runs.filter((r) => r.workflowId === w.id).length + 1,
      runAttempt: 1,
      event: seed.event,
      status,
      conclusion: status === 'completed' ? (seed.conclusion === undefined ? 'success' : seed.conclusion) : null,
      headSha,
      headBranch: seed.headBranch,
      headRepo: headOwner.fullName,
      displayTitle: seed.displayTitle ?? (message?.split('\n')[0] || w.name),
      actor,
      triggeringActor: actor,
      pullRequests,
      createdAt: at,
      updatedAt: at,
      runStartedAt: at,
    };
    this.state.user(actor);
    this.runs.push(run);
    return run;
  }

  /**
   * Re-runs a run, as GitHub does: a new attempt of the same run (same id and created_at), with
   * run_started_at and updated_at at `at`, and `actor` (default the original one) as triggering_actor.
   */
  rerun(
    runId: number,
    options: { at?: When; actor?: string; status?: RunStatus; conclusion?: RunConclusion | null } = {},
  ): FakeRun {
    const run = this.runs.find((r) => r.id === runId);
    if (!run) throw new Error(`no workflow run ${runId} in ${this.fullName}`);
    const at = this.state.timestamp(options.at);
    const { status, conclusion, runStartedAt, updatedAt } = run;
    (run.earlierAttempts ??= []).push({ status, conclusion, runStartedAt, updatedAt });
    run.runAttempt++;
    run.runStartedAt = at;
    run.updatedAt = at;
    if (options.actor !== undefined) run.triggeringActor = this.state.user(options.actor).login;
    if (options.status !== undefined) run.status = options.status;
    if (options.conclusion !== undefined || options.status !== undefined)
      run.conclusion = run.status === 'completed' ? (options.conclusion ?? run.conclusion ?? 'success') : null;
    return run;
  }

  /** The `pull_request` run a push to (or the opening of) `pull` starts, when there is such a workflow. */
  pullRequestRun(pull: FakePull, at: string, actor: string): FakeRun | undefined {
    const w = this.pullRequestWorkflow;
    if (!w) return undefined;
    return this.addRun({
      workflowPath: w.path,
      name: w.name,
      event: 'pull_request',
      headSha: pull.head.sha,
      headBranch: pull.head.ref,
      headRepo: pull.head.repo,
      createdAt: at,
      status: w.status,
      conclusion: w.conclusion,
      actor,
      displayTitle: pull.issue.title,
    });
  }

  /** A submitted review (PENDING ones have no submitted_at); commit defaults to the PR's head. */
  addReview(
    number: number,
    seed: { user: string; state: ReviewState; body?: string; commitId?: string; submittedAt?: When },
  ): FakeReview {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number} in ${this.fullName}`);
    const id = this.state.nextId();
    const review: FakeReview = {
      id,
      nodeId: nodeId('PRR', id),
      user: seed.user,
      state: seed.state,
      body: seed.body ?? '',
      commitId: seed.commitId ?? pull.head.sha,
      submittedAt: seed.state === 'PENDING' ? null : this.state.timestamp(seed.submittedAt),
    };
    this.state.user(seed.user);
    pull.reviews.push(review);
    pull.requestedReviewers = pull.requestedReviewers.filter((r) => r.toLowerCase() !== seed.user.toLowerCase());
    return review;
  }

  addComment(number: number, seed: { body: string; user?: string; createdAt?: When }): FakeComment {
    const issue = this.issues.get(number);
    if (!issue) throw new Error(`no issue #${number} in ${this.fullName}`);
    const id = this.state.nextId();
    const at = this.state.timestamp(seed.createdAt);
    const comment: FakeComment = {
      id,
      nodeId: nodeId('IC', id),
      issueNumber: number,
      user: seed.user ?? this.state.defaultLogin,
      body: seed.body,
      createdAt: at,
      updatedAt: at,
    };
    this.state.user(comment.user);
    this.comments.set(id, comment);
    this.recordMentions(number, seed.body, at);
    return comment;
  }

  addStatus(
    ref: string,
    seed: {
      state: StatusState;
      context?: string;
      description?: string | null;
      targetUrl?: string | null;
      creator?: string;
      createdAt?: When;
    },
  ): FakeStatus {
    const sha = this.resolveRef(ref);
    if (!sha) throw new Error(`no commit ${ref} in ${this.fullName}`);
    const id = this.state.nextId();
    const at = this.state.timestamp(seed.createdAt);
    const status: FakeStatus = {
      id,
      nodeId: nodeId('SC', id),
      sha,
      state: seed.state,
      context: seed.context ?? 'default',
      description: seed.description ?? null,
      targetUrl: seed.targetUrl ?? null,
      creator: seed.creator ?? this.state.defaultLogin,
      createdAt: at,
      updatedAt: at,
    };
    this.state.user(status.creator);
    this.statuses.push(status);
    return status;
  }

  canBeAssigned(login: string): boolean {
    const l = login.toLowerCase();
    return l === this.owner.toLowerCase() || [...this.collaborators].some((c) => c.toLowerCase() === l);
  }

  /** The files of a pull request as GET …/files lists them: base (merge base) against head. */
  pullFiles(pull: FakePull): FakePullFile[] {
    if (pull.files) return pull.files;
    const before = this.commits.get(pull.base.sha)?.tree ?? {};
    const after = this.commits.get(pull.head.sha)?.tree ?? {};
    const removed = Object.keys(before).filter((p) => !(p in after));
    const added = Object.keys(after).filter((p) => !(p in before));
    const renamedFrom = new Map<string, string>();
    for (const a of added) {
      const i = removed.findIndex((r) => before[r] === after[a] && ![...renamedFrom.values()].includes(r));
      if (i >= 0) renamedFrom.set(a, removed[i] as string);
    }
    const out: FakePullFile[] = [];
    for (const path of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      const b = before[path];
      const a = after[path];
      if (a !== undefined && b !== undefined) {
        if (a === b) continue;
        const { additions, deletions } = lineChanges(b, a);
        out.push({ filename: path, status: 'modified', additions, deletions, sha: blobSha(a) });
      } else if (a !== undefined) {
        const from = renamedFrom.get(path);
        if (from)
          out.push({
            filename: path,
            status: 'renamed',
            previousFilename: from,
            additions: 0,
            deletions: 0,
            sha: blobSha(a),
          });
        else out.push({ filename: path, status: 'added', additions: lines(a), deletions: 0, sha: blobSha(a) });
      } else if (b !== undefined && ![...renamedFrom.values()].includes(path)) {
        out.push({ filename: path, status: 'removed', additions: 0, deletions: lines(b), sha: blobSha(b) });
      }
    }
    return out;
  }

  /** The commits of a pull request, oldest first: head's first-parent chain down to the base. */
  pullCommits(pull: FakePull): FakeCommit[] {
    const inBase = new Set<string>();
    const stack = [pull.base.sha];
    while (stack.length) {
      const s = stack.pop() as string;
      if (inBase.has(s)) continue;
      inBase.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    const out: FakeCommit[] = [];
    for (let s: string | undefined = pull.head.sha; s && !inBase.has(s) && out.length < 250;) {
      const c = this.commits.get(s);
      if (!c) break;
      out.push(c);
      s = c.parents[0];
    }
    return out.reverse();
  }
}

// ---------------------------------------------------------------------------------------------------
// The server

const githubSpecPath = sharedFileOnce('specs/github-rest-openapi.json');

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = new FakeGitHubState(
    options.now ?? (() => new Date()),
    options.defaultLogin ?? 'github-actions[bot]',
    options.tokens !== undefined,
  );
  for (const [token, id] of Object.entries(options.tokens ?? {})) state.setToken(token, id);
  state.contentLimit = options.contentLimit;
  for (const seed of options.repos ?? []) {
    if (typeof seed === 'string') state.repo(seed);
    else state.repo(seed.fullName, seed);
  }
  const specPath = options.spec === null ? undefined : (options.spec ?? githubSpecPath());
  const spec = specPath ? loadOpenApi(specPath) : undefined;
  const checkResponses = spec !== undefined && (options.checkResponses ?? true);
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue<Fault>();
  const loop = await serveLoopback(handle, (e) => ({
    message: `fake GitHub failed: ${(e as Error).stack ?? String(e)}`,
  }));
  const url = loop.url;
  const render = new Renderer(state, url, (options.htmlUrl ?? 'https://github.com').replace(/\/+$/, ''));
  const sleep = loop.sleep;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const received = await receive(req, url, requests);
    const { method, url: u, pathname, record } = received;

    const send = (reply: Reply) => {
      record.status = reply.status;
      if (res.destroyed || loop.closed) return;
      const headers: Record<string, string> = {
        'x-github-request-id': `FAKE:${requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-used': '1',
        'x-ratelimit-resource': 'core',
        ...reply.headers,
      };
      if (reply.raw !== undefined) {
        res.writeHead(reply.status, { 'content-type': 'application/vnd.github.raw; charset=utf-8', ...headers });
        res.end(reply.raw);
      } else if (reply.body === undefined) {
        res.writeHead(reply.status, headers);
        res.end();
      } else {
        const body =
          options.echoHeadersOnError && reply.status >= 400
            ? withRequestEcho(reply.body, requestEcho(req, url))
            : reply.body;
        res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      }
    };

    const parsed = parseJsonBody(received, state.violations);
    if (!parsed.ok) return send(error(400, 'Problems parsing JSON'));
    const body = parsed.body;

    const identity = state.identify(header(req, 'authorization'));
    if (!identity)
      return send(error(401, header(req, 'authorization') ? 'Bad credentials' : 'Requires authentication'));
    record.login = identity.login;

    let op: OperationRef | undefined;
    if (spec) {
      op = matchOperation(spec, method, pathname);
      record.operation = op?.template;
      const violations = op
        ? checkRequest(op, { method, pathname, query: u.searchParams, headers: req.headers, body })
        : [`${method} ${pathname} is not an operation of ${spec.title}`];
      if (violations.length > 0) {
        state.violations.push({ method, path: pathname, operation: op?.template, violations });
        return send({
          status: 400,
          body: {
            message: `Request does not match GitHub's OpenAPI description: ${violations.join('; ')}`,
            violations,
            documentation_url: 'https://docs.github.com/rest',
            status: '400',
          },
        });
      }
    }

    const limited = contentLimited(state, method, pathname);
    if (limited) {
      record.fault = true;
      return send(limited);
    }

    const injected = faults.take(method, pathname);
    const fault = injected ? { fault: injected } : undefined;
    if (fault) record.fault = true;
    if (fault?.fault.delayMs) await sleep(fault.fault.delayMs);
    if (loop.closed) return;
    if (fault?.fault.status !== undefined && !fault.fault.drop) {
      return send({
        status: fault.fault.status,
        body: fault.fault.body ?? {
          message: `Injected ${fault.fault.status}`,
          documentation_url: 'https://docs.github.com/rest',
          status: String(fault.fault.status),
        },
        headers: fault.fault.headers,
      });
    }

    const found = ROUTES.find(method, pathname);
    if (!found) {
      if (op) return send(error(501, `The fake GitHub does not implement ${method} ${op.template}`));
      return send(error(404, 'Not Found'));
    }
    record.operation ??= found.template;
    if (identity.readOnly && method !== 'GET' && method !== 'HEAD')
      return send(error(403, 'Resource not accessible by integration'));

    let reply: Reply;
    try {
      reply = found.handler({
        method,
        params: found.params,
        query: u.searchParams,
        body,
        login: identity.login,
        accept: header(req, 'accept') ?? '',
        state,
        render,
        pathname,
      });
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      reply = e.reply;
    }
    if (checkResponses && op && reply.raw === undefined && reply.status < 500) {
      const v = checkResponse(op, { status: reply.status, body: reply.body });
      if (v.length > 0)
        state.responseViolations.push({ method, path: pathname, operation: op.template, violations: v });
    }
    deliver(req, record, fault?.fault.drop, reply.status, () => send(reply));
  }

  return {
    url,
    state,
    requests,
    checked: spec !== undefined,
    inject: (fault: Fault): InjectedFault => faults.inject(fault),
    close: () => loop.close(),
  };
}

/** The content limit's answer to a write that would pass it, or undefined (the write is counted). */
function contentLimited(state: FakeGitHubState, method: string, pathname: string): Reply | undefined {
  const limit = state.contentLimit;
  if (!limit || method === 'GET' || method === 'HEAD') return undefined;
  const now = Date.now();
  const longest = Math.max(...limit.windows.map((w) => w.ms));
  while (state.contentWrites.length && state.contentWrites[0]! <= now - longest) state.contentWrites.shift();
  const full = limit.windows.filter((w) => state.contentWrites.filter((t) => t > now - w.ms).length >= w.limit);
  if (full.length === 0) {
    state.contentWrites.push(now);
    return undefined;
  }
  state.contentRefusals.push({ method, path: pathname });
  const freeAt = Math.max(
    ...full.map((w) => {
      const inWindow = state.contentWrites.filter((t) => t > now - w.ms);
      return inWindow[inWindow.length - w.limit]! + w.ms;
    }),
  );
  const retryAfter = limit.retryAfterSeconds ?? Math.max(1, Math.ceil((freeAt - now) / 1000));
  const fault = limit.status === 429 ? faults.tooManyRequests(retryAfter) : faults.secondaryRateLimit(retryAfter);
  return { status: fault.status!, body: fault.body, headers: fault.headers };
}

// ---------------------------------------------------------------------------------------------------
// Routing

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (raw file contents). */
  raw?: string;
}

interface Ctx {
  method: string;
  pathname: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  login: string;
  accept: string;
  state: FakeGitHubState;
  render: Renderer;
}

/** What an issue's timeline lists: recorded events, and comments, reviews and commits as they are now. */
type TimelineItem =
  | { kind: 'event'; event: FakeIssueEvent }
  | { kind: 'commented'; comment: FakeComment }
  | { kind: 'reviewed'; review: FakeReview }
  | { kind: 'committed'; commit: FakeCommit };

class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(String((reply.body as { message?: string } | undefined)?.message ?? reply.status));
  }
}

function error(status: number, message: string, errors?: unknown[]): Reply {
  return {
    status,
    body: {
      message,
      ...(errors ? { errors } : {}),
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
    },
  };
}

function fail(status: number, message: string, errors?: unknown[]): never {
  throw new HttpError(error(status, message, errors));
}

function validationFailed(resource: string, field: string, code: string, message?: string): never {
  fail(422, 'Validation Failed', [{ resource, field, code, ...(message ? { message } : {}) }]);
}

const ROUTES = new RouteTable<(c: Ctx) => Reply>();

function route(method: string, template: string, handler: (c: Ctx) => Reply, multiSegment: string[] = []): void {
  ROUTES.add(method, template, handler, multiSegment);
}

function repoOf(c: Ctx): FakeRepo {
  const r = c.state.repos.get(`${c.params.owner}/${c.params.repo}`.toLowerCase());
  if (!r) fail(404, 'Not Found');
  return r;
}

function issueOf(c: Ctx, repo: FakeRepo): FakeIssue {
  const issue = repo.issues.get(Number(c.params.issue_number));
  if (!issue) fail(404, 'Not Found');
  return issue;
}

function pullOf(c: Ctx, repo: FakeRepo): FakePull {
  const pull = repo.pulls.get(Number(c.params.pull_number));
  if (!pull) fail(404, 'Not Found');
  return pull;
}

function bodyOf(c: Ctx): Record<string, unknown> {
  return typeof c.body === 'object' && c.body !== null && !Array.isArray(c.body)
    ? (c.body as Record<string, unknown>)
    : {};
}

/** GitHub's pagination: per_page (default 30, at most 100), page, and a Link header to the server's own URL. */
function paginate<T>(c: Ctx, items: readonly T[], map: (item: T) => unknown): Reply {
  const perPage = Math.min(Math.max(Number(c.query.get('per_page')) || 30, 1), 100);
  const page = Math.max(Number(c.query.get('page')) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage).map(map);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(c.query);
    q.set('page', String(p));
    return `<${c.render.api}${c.pathname}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { status: 200, body: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

function labelNames(value: unknown): string[] | undefined {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null
      ? (value as { labels?: unknown }).labels
      : typeof value === 'string'
        ? [value]
        : undefined;
  if (!Array.isArray(list)) return undefined;
  return list
    .map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')))
    .filter((l) => l !== '');
}

/** Sets an issue's labels, recording labeled / unlabeled events for the difference, as GitHub does. */
function relabel(c: Ctx, repo: FakeRepo, issue: FakeIssue, next: string[]): void {
  const has = (list: string[], n: string) => list.some((x) => x.toLowerCase() === n.toLowerCase());
  const at = c.state.timestamp();
  for (const n of issue.labels)
    if (!has(next, n)) repo.recordEvent(issue.number, { event: 'unlabeled', actor: c.login, createdAt: at, label: n });
  for (const n of next)
    if (!has(issue.labels, n))
      repo.recordEvent(issue.number, { event: 'labeled', actor: c.login, createdAt: at, label: n });
  issue.labels = next;
}

function touch(c: Ctx, issue: FakeIssue): void {
  issue.updatedAt = c.state.timestamp();
}

function setState(c: Ctx, repo: FakeRepo, issue: FakeIssue, state: unknown, reason: unknown): void {
  if (state === 'closed' && issue.state !== 'closed') {
    issue.state = 'closed';
    issue.closedAt = c.state.timestamp();
    issue.stateReason = typeof reason === 'string' ? reason : 'completed';
    repo.recordEvent(issue.number, {
      event: 'closed',
      actor: c.login,
      createdAt: issue.closedAt,
      stateReason: issue.stateReason,
    });
  } else if (state === 'open' && issue.state !== 'open') {
    issue.state = 'open';
    issue.closedAt = null;
    issue.stateReason = 'reopened';
    repo.recordEvent(issue.number, {
      event: 'reopened',
      actor: c.login,
      createdAt: c.state.timestamp(),
      stateReason: 'reopened',
    });
  } else if (typeof reason === 'string' || reason === null) issue.stateReason = reason;
}

// ----- repositories and contents

route('GET', '/repos/{owner}/{repo}', (c) => ({ status: 200, body: c.render.repo(repoOf(c), true) }));

const getContents = (c: Ctx): Reply => {
  const repo = repoOf(c);
  const ref = c.query.get('ref') ?? repo.defaultBranch;
  const sha = repo.resolveRef(ref);
  if (!sha) fail(404, `No commit found for the ref ${ref}`);
  const tree = repo.commits.get(sha)?.tree ?? {};
  const path = normalizePath(c.params.path ?? '');
  const file = path === '' ? undefined : tree[path];
  if (file !== undefined) {
    if (/\.raw\b|vnd\.github\.raw/.test(c.accept)) return { status: 200, raw: file };
    return { status: 200, body: c.render.contentFile(repo, ref, path, file) };
  }
  const dir = subtree(gitTree(tree), path);
  if (!dir || dir.entries.length === 0) fail(404, 'Not Found');
  const prefix = path === '' ? '' : `${path}/`;
  // GitHub lists at most 1,000 entries of a directory (the first, in git's order); the rest only
  // the git trees API lists.
  return {
    status: 200,
    body: dir.entries
      .slice(0, CONTENTS_DIRECTORY_LIMIT)
      .map((e) => c.render.contentEntry(repo, ref, prefix + e.name, e)),
  };
};
route('GET', '/repos/{owner}/{repo}/contents/{path}', getContents, ['path']);

/** Entries of a directory the contents API lists (documented: "up to 1,000 files for a directory"). */
const CONTENTS_DIRECTORY_LIMIT = 1000;

// ----- git data

route('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', (c) => {
  const repo = repoOf(c);
  const ref = c.params.tree_sha ?? '';
  // A commit (by sha or ref) stands for its tree, as on GitHub; otherwise a tree's own sha.
  const commitSha = repo.resolveRef(ref);
  const obj = commitSha ? undefined : repo.gitObject(ref);
  const tree = commitSha
    ? gitTree(repo.commits.get(commitSha)?.tree ?? {})
    : obj?.type === 'tree'
      ? obj.tree
      : undefined;
  if (!tree) fail(404, 'Not Found');
  // Any value of `recursive` (even "0" or "false") asks for the whole tree, as documented.
  const recursive = c.query.has('recursive');
  const limit = repo.treeEntryLimit;
  const out: Record<string, unknown>[] = [];
  let truncated = false;
  const walk = (t: GitTree, prefix: string): void => {
    for (const e of t.entries) {
      if (out.length >= limit) {
        truncated = true;
        return;
      }
      out.push(c.render.treeEntry(repo, prefix + e.name, e));
      if (recursive && e.tree) walk(e.tree, `${prefix}${e.name}/`);
      if (truncated) return;
    }
  };
  walk(tree, '');
  return {
    status: 200,
    body: { sha: tree.sha, url: `${c.render.repoApi(repo)}/git/trees/${tree.sha}`, tree: out, truncated },
  };
});

route('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', (c) => {
  const repo = repoOf(c);
  const sha = c.params.file_sha ?? '';
  if (!/^[0-9a-f]{40}$/i.test(sha))
    fail(422, 'The sha parameter must be exactly 40 characters and contain only [0-9a-f].');
  const obj = repo.gitObject(sha);
  if (obj?.type !== 'blob') fail(404, 'Not Found');
  if (/\.raw\b|vnd\.github\.raw/.test(c.accept)) return { status: 200, raw: obj.content };
  return { status: 200, body: c.render.blob(repo, sha.toLowerCase(), obj.content) };
});

/** A branch or tag by its ref (`heads/main`, `tags/v1`): where it points now. */
route(
  'GET',
  '/repos/{owner}/{repo}/git/ref/{ref}',
  (c) => {
    const repo = repoOf(c);
    const ref = c.params.ref ?? '';
    const m = /^(heads|tags)\/(.+)$/.exec(ref);
    const sha = m ? (m[1] === 'heads' ? repo.branches : repo.tags).get(m[2]!) : undefined;
    if (!sha) fail(404, 'Not Found');
    const u = c.render.repoApi(repo);
    return {
      status: 200,
      body: {
        ref: `refs/${ref}`,
        node_id: nodeId('REF', sha.length),
        url: `${u}/git/refs/${ref}`,
        object: { type: 'commit', sha, url: `${u}/git/commits/${sha}` },
      },
    };
  },
  ['ref'],
);

route('GET', '/repos/{owner}/{repo}/git/commits/{commit_sha}', (c) => {
  const repo = repoOf(c);
  const commit = repo.commits.get((c.params.commit_sha ?? '').toLowerCase());
  if (!commit) fail(404, 'Not Found');
  return { status: 200, body: c.render.gitCommit(repo, commit) };
});

/** The files of a tree by its sha: one a commit holds, or one made through POST …/git/trees. */
function filesOfTree(repo: FakeRepo, sha: string): Record<string, string> | undefined {
  const staged = repo.stagedTrees.get(sha);
  if (staged) return staged;
  for (const c of repo.commits.values()) if (gitTree(c.tree).sha === sha) return c.tree;
  return undefined;
}

/** A tree from entries on a base tree; as documented, `sha: null` deletes a path and `content` makes a blob. */
route('POST', '/repos/{owner}/{repo}/git/trees', (c) => {
  const repo = repoOf(c);
  const b = bodyOf(c);
  const base = typeof b.base_tree === 'string' ? filesOfTree(repo, b.base_tree) : {};
  if (!base) validationFailed('Tree', 'base_tree', 'invalid', 'base_tree is not a valid tree oid');
  const files: Record<string, string> = { ...base };
  for (const e of Array.isArray(b.tree) ? (b.tree as Record<string, unknown>[]) : []) {
    const path = normalizePath(String(e.path ?? ''));
    if (e.type !== 'blob') validationFailed('Tree', 'tree.type', 'invalid', 'only blobs are modelled');
    if (typeof e.content === 'string') files[path] = e.content;
    else if (e.sha === null) delete files[path];
    else {
      const obj = typeof e.sha === 'string' ? repo.gitObject(e.sha) : undefined;
      if (obj?.type !== 'blob')
        validationFailed('Tree', 'tree.sha', 'invalid', `tree.sha ${String(e.sha)} is not a blob`);
      files[path] = obj.content;
    }
  }
  const tree = gitTree(files);
  repo.stagedTrees.set(tree.sha, files);
  const u = c.render.repoApi(repo);
  return {
    status: 201,
    body: {
      sha: tree.sha,
      url: `${u}/git/trees/${tree.sha}`,
      tree: tree.entries.map((e) => c.render.treeEntry(repo, e.name, e)),
      truncated: false,
    },
    headers: { location: `${u}/git/trees/${tree.sha}` },
  };
});

route('POST', '/repos/{owner}/{repo}/git/commits', (c) => {
  const repo = repoOf(c);
  const b = bodyOf(c);
  const files = typeof b.tree === 'string' ? filesOfTree(repo, b.tree) : undefined;
  if (!files) validationFailed('Commit', 'tree', 'invalid', 'Tree SHA does not exist');
  const parents = Array.isArray(b.parents) ? b.parents.map(String) : [];
  const missing = parents.find((x) => !repo.commits.has(x));
  if (missing) validationFailed('Commit', 'parents', 'invalid', `Parent SHA ${missing} does not exist`);
  const date = c.state.timestamp();
  const message = String(b.message ?? '');
  const sha = sha1(`commit\0${repo.fullName}\0${parents.join(',')}\0${message}\0${date}\0${c.state.nextId()}`);
  const commit: FakeCommit = { sha, tree: files, parents, message, author: c.login, date };
  repo.addCommit(commit);
  const body = c.render.gitCommit(repo, commit);
  return { status: 201, body, headers: { location: String(body.url) } };
});

function refBody(c: Ctx, repo: FakeRepo, branch: string): Record<string, unknown> {
  const sha = repo.branches.get(branch)!;
  const u = c.render.repoApi(repo);
  return {
    ref: `refs/heads/${branch}`,
    node_id: nodeId('REF', sha.length),
    url: `${u}/git/refs/heads/${branch}`,
    object: { type: 'commit', sha, url: `${u}/git/commits/${sha}` },
  };
}

/** Only branches are modelled (refs/heads/…), pushed as a push by the token's user. */
route('POST', '/repos/{owner}/{repo}/git/refs', (c) => {
  const repo = repoOf(c);
  const b = bodyOf(c);
  const m = /^refs\/heads\/(.+)$/.exec(String(b.ref ?? ''));
  if (!m) validationFailed('Reference', 'ref', 'invalid', 'Reference name must start with refs/heads/');
  if (repo.branches.has(m[1]!)) fail(422, 'Reference already exists');
  if (typeof b.sha !== 'string' || !repo.commits.has(b.sha)) fail(422, 'Object does not exist');
  repo.push(m[1]!, b.sha, { actor: c.login });
  const body = refBody(c, repo, m[1]!);
  return { status: 201, body, headers: { location: String(body.url) } };
});

route(
  'PATCH',
  '/repos/{owner}/{repo}/git/refs/{ref}',
  (c) => {
    const repo = repoOf(c);
    const b = bodyOf(c);
    const m = /^heads\/(.+)$/.exec(c.params.ref ?? '');
    const before = m ? repo.branches.get(m[1]!) : undefined;
    if (!m || !before) fail(422, 'Reference does not exist');
    if (typeof b.sha !== 'string' || !repo.commits.has(b.sha)) fail(422, 'Object does not exist');
    if (b.force !== true && !repo.isAncestor(before, b.sha)) fail(422, 'Update is not a fast forward');
    repo.push(m[1]!, b.sha, { actor: c.login });
    return { status: 200, body: refBody(c, repo, m[1]!) };
  },
  ['ref'],
);

// ----- repository activity (pushes)

/**
 * time_period: "day" is the past 24 hours and "week" the past 7 days, as documented; month, quarter
 * and year are taken as 30, 90 and 365 days (not documented).
 */
const TIME_PERIOD_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, quarter: 90, year: 365 };

route('GET', '/repos/{owner}/{repo}/activity', (c) => {
  const repo = repoOf(c);
  const q = c.query;
  const ref = q.get('ref');
  const want = ref === null ? undefined : ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
  const type = q.get('activity_type');
  const actor = q.get('actor')?.toLowerCase();
  const period = q.get('time_period');
  const since = period
    ? c.state.timestamp(new Date(c.state.now().getTime() - (TIME_PERIOD_DAYS[period] ?? 0) * 86_400_000))
    : undefined;
  const asc = q.get('direction') === 'asc';
  const cmp = (a: FakeActivity, b: FakeActivity): number =>
    (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.id - b.id) * (asc ? 1 : -1);
  const list = repo.activities
    .filter(
      (a) =>
        (want === undefined || a.ref === want) &&
        (!type || a.activityType === type) &&
        (!actor || a.actor.toLowerCase() === actor) &&
        (!since || a.timestamp >= since),
    )
    .sort(cmp);
  // Cursor pagination, as GitHub pages this list: `after`/`before` name an item (opaquely), and the
  // Link header's rel="next" carries `after` (which octokit.paginate follows), rel="prev" `before`.
  const perPage = Math.min(Math.max(Number(q.get('per_page')) || 30, 1), 100);
  const cursorOf = (a: FakeActivity) => Buffer.from(`cursor:v2:${a.id}`).toString('base64url');
  const fromCursor = (name: string): FakeActivity | undefined => {
    const v = q.get(name);
    if (v === null) return undefined;
    const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(v, 'base64url').toString('utf8'));
    const a = m ? repo.activities.find((x) => x.id === Number(m[1])) : undefined;
    if (!a) fail(422, `The ${name} cursor is invalid.`);
    return a;
  };
  const after = fromCursor('after');
  const before = fromCursor('before');
  const window = list.filter((x) => (!after || cmp(x, after) > 0) && (!before || cmp(x, before) < 0));
  const page = before && !after ? window.slice(-perPage) : window.slice(0, perPage);
  const link = (rel: string, name: 'after' | 'before', a: FakeActivity) => {
    const u = new URLSearchParams(q);
    u.delete('after');
    u.delete('before');
    u.set(name, cursorOf(a));
    return `<${c.render.api}${c.pathname}?${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  const first = page[0];
  const last = page.at(-1);
  if (last && list.some((x) => cmp(x, last) > 0)) links.push(link('next', 'after', last));
  if (first && list.some((x) => cmp(x, first) < 0)) links.push(link('prev', 'before', first));
  const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
  return { status: 200, body: page.map((a) => c.render.activity(a)), headers };
});

// ----- workflow runs

/** Filters after which GitHub answers at most 1,000 runs ("up to 1,000 results for each search"). */
const RUN_SEARCH_PARAMS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];
const RUN_SEARCH_LIMIT = 1000;

function listRuns(c: Ctx, repo: FakeRepo, workflowId?: number): Reply {
  const q = c.query;
  const created = q.get('created');
  const inRange = created === null ? () => true : (dateRange(created) ?? (() => false));
  const actor = q.get('actor')?.toLowerCase();
  const status = q.get('status');
  let runs = repo.runs
    .filter(
      (r) =>
        (workflowId === undefined || r.workflowId === workflowId) &&
        (!q.has('event') || r.event === q.get('event')) &&
        (!q.has('branch') || r.headBranch === q.get('branch')) &&
        (!q.has('head_sha') || r.headSha === q.get('head_sha')?.toLowerCase()) &&
        (!q.has('check_suite_id') || String(r.checkSuiteId) === q.get('check_suite_id')) &&
        (!actor || r.actor.toLowerCase() === actor) &&
        // A status or a conclusion ("a conclusion can be success or a status can be in_progress").
        (!status || r.status === status || r.conclusion === status) &&
        inRange(r.createdAt),
    )
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id)); // newest first
  if (RUN_SEARCH_PARAMS.some((p) => q.has(p))) runs = runs.slice(0, RUN_SEARCH_LIMIT);
  const withPulls = q.get('exclude_pull_requests') !== 'true';
  const page = paginate(c, runs, (r) => c.render.run(repo, r, withPulls));
  return { ...page, body: { total_count: runs.length, workflow_runs: page.body } };
}

route('GET', '/repos/{owner}/{repo}/actions/runs', (c) => listRuns(c, repoOf(c)));

/** A workflow by id or by file name ("You can also pass the workflow file name as a string"). */
route('GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', (c) => {
  const repo = repoOf(c);
  const key = c.params.workflow_id ?? '';
  const w = [...repo.workflows.values()].find((x) => String(x.id) === key || x.path.split('/').pop() === key);
  if (!w) fail(404, 'Not Found');
  return listRuns(c, repo, w.id);
});

route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', (c) => {
  const repo = repoOf(c);
  const run = repo.runs.find((r) => r.id === Number(c.params.run_id));
  if (!run) fail(404, 'Not Found');
  return { status: 200, body: c.render.run(repo, run, c.query.get('exclude_pull_requests') !== 'true') };
});

/** One attempt of a run: the current one as the run is, an earlier one as it ended. */
route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', (c) => {
  const repo = repoOf(c);
  const run = repo.runs.find((r) => r.id === Number(c.params.run_id));
  const n = Number(c.params.attempt_number);
  if (!run || !(n >= 1 && n <= run.runAttempt)) fail(404, 'Not Found');
  const withPulls = c.query.get('exclude_pull_requests') !== 'true';
  const earlier = n < run.runAttempt ? run.earlierAttempts?.[n - 1] : undefined;
  return {
    status: 200,
    body: {
      ...c.render.run(repo, run, withPulls),
      ...(earlier
        ? {
            status: earlier.status,
            conclusion: earlier.conclusion,
            run_started_at: earlier.runStartedAt,
            updated_at: earlier.updatedAt,
          }
        : {}),
      run_attempt: n,
    },
  };
});

/**
 * A re-run, as GitHub answers it: refused while the run is still queued or running, and for a run
 * created over 30 days ago; otherwise a new attempt starts (queued), triggered by the token's user.
 */
route('POST', '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun', (c) => {
  const repo = repoOf(c);
  const run = repo.runs.find((r) => r.id === Number(c.params.run_id));
  if (!run) fail(404, 'Not Found');
  if (run.status !== 'completed') fail(403, 'This workflow is already running');
  if (c.state.now().getTime() - Date.parse(run.createdAt) > RERUN_WINDOW_MS)
    fail(403, 'Unable to re-run this workflow run because it was created over a month ago');
  repo.rerun(run.id, { actor: c.login, status: 'queued' });
  repo.rerunRequests.push({ runId: run.id, by: c.login, at: c.state.timestamp() });
  return { status: 201, body: {} };
});

// ----- pull requests

route('GET', '/repos/{owner}/{repo}/pulls', (c) => {
  const repo = repoOf(c);
  const state = c.query.get('state') ?? 'open';
  const head = c.query.get('head');
  const base = c.query.get('base');
  let pulls = [...repo.pulls.values()].filter((p) => state === 'all' || p.issue.state === state);
  if (head) pulls = pulls.filter((p) => `${p.head.owner}:${p.head.ref}` === head || p.head.ref === head);
  if (base) pulls = pulls.filter((p) => p.base.ref === base);
  pulls.sort((a, b) => b.number - a.number);
  if ((c.query.get('direction') ?? 'desc') === 'asc') pulls.reverse();
  return paginate(c, pulls, (p) => c.render.pull(repo, p, false));
});

route('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (c) => {
  const repo = repoOf(c);
  const sha = c.params.commit_sha;
  const pulls = [...repo.pulls.values()]
    .filter((p) => p.mergeCommitSha === sha || p.head.sha === sha)
    .sort((a, b) => b.number - a.number);
  return paginate(c, pulls, (p) => c.render.pull(repo, p, false));
});

route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (c) => {
  const repo = repoOf(c);
  return { status: 200, body: c.render.pull(repo, pullOf(c, repo), true) };
});

/** Same-repository heads only (owner:branch or branch); one open pull request per head and base, as on GitHub. */
route('POST', '/repos/{owner}/{repo}/pulls', (c) => {
  const repo = repoOf(c);
  const b = bodyOf(c);
  const head = String(b.head ?? '').replace(new RegExp(`^${repo.owner}:`, 'i'), '');
  const base = String(b.base ?? '');
  if (!repo.branches.has(base)) validationFailed('PullRequest', 'base', 'invalid');
  if (!repo.branches.has(head)) validationFailed('PullRequest', 'head', 'invalid');
  if (b.title === undefined || String(b.title).trim() === '') validationFailed('PullRequest', 'title', 'missing_field');
  checkTitleLength(b.title);
  const open = [...repo.pulls.values()].find(
    (x) => x.issue.state === 'open' && x.head.ref === head && x.base.ref === base,
  );
  if (open)
    validationFailed('PullRequest', 'head', 'custom', `A pull request already exists for ${repo.owner}:${head}.`);
  const pull = repo.addPull({
    head,
    base,
    title: String(b.title),
    body: typeof b.body === 'string' ? b.body : null,
    user: c.login,
    draft: b.draft === true,
  });
  const body = c.render.pull(repo, pull, true);
  return { status: 201, body, headers: { location: String(body.url) } };
});

route('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', (c) => {
  const repo = repoOf(c);
  const pull = pullOf(c, repo);
  const b = bodyOf(c);
  if ('title' in b) {
    checkTitleLength(b.title);
    pull.issue.title = String(b.title);
  }
  if ('body' in b) pull.issue.body = typeof b.body === 'string' ? b.body : null;
  if (b.state === 'closed' || b.state === 'open') setState(c, repo, pull.issue, b.state, undefined);
  touch(c, pull.issue);
  return { status: 200, body: c.render.pull(repo, pull, true) };
});

route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', (c) => {
  const repo = repoOf(c);
  const pull = pullOf(c, repo);
  return paginate(c, repo.pullFiles(pull).slice(0, 3000), (f) => c.render.diffEntry(repo, pull, f));
});

route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', (c) => {
  const repo = repoOf(c);
  return paginate(c, repo.pullCommits(pullOf(c, repo)), (commit) => c.render.commit(repo, commit));
});

/** Every ancestor of a commit (itself included), nearest first by breadth. */
function ancestry(repo: FakeRepo, sha: string): string[] {
  const seen = new Set<string>([sha]);
  const order = [sha];
  for (let i = 0; i < order.length; i++)
    for (const p of repo.commits.get(order[i]!)?.parents ?? [])
      if (!seen.has(p)) {
        seen.add(p);
        order.push(p);
      }
  return order;
}

route(
  'GET',
  '/repos/{owner}/{repo}/compare/{basehead}',
  (c) => {
    const repo = repoOf(c);
    const [baseRef, headRef, ...rest] = c.params.basehead!.split('...');
    const base = baseRef && repo.resolveRef(baseRef);
    const head = headRef && repo.resolveRef(headRef);
    if (rest.length || !base || !head) fail(404, 'Not Found');
    const baseSide = new Set(ancestry(repo, base));
    const headSide = ancestry(repo, head);
    const mergeBase = headSide.find((s) => baseSide.has(s));
    if (!mergeBase) fail(404, `No common ancestor between ${baseRef} and ${headRef}.`);
    const behindSide = new Set(ancestry(repo, mergeBase));
    const ahead = headSide.filter((s) => !baseSide.has(s)).reverse();
    const behind = [...baseSide].filter((s) => !behindSide.has(s));
    const status =
      ahead.length && behind.length ? 'diverged' : ahead.length ? 'ahead' : behind.length ? 'behind' : 'identical';
    const u = `${c.render.api}/repos/${repo.fullName}/compare/${c.params.basehead}`;
    const page = paginate(c, ahead, (s) => c.render.commit(repo, repo.commits.get(s)!));
    return {
      status: 200,
      headers: page.headers,
      body: {
        url: u,
        html_url: `${c.render.html}/${repo.fullName}/compare/${c.params.basehead}`,
        permalink_url: `${c.render.html}/${repo.fullName}/compare/${base}...${head}`,
        diff_url: `${c.render.html}/${repo.fullName}/compare/${c.params.basehead}.diff`,
        patch_url: `${c.render.html}/${repo.fullName}/compare/${c.params.basehead}.patch`,
        base_commit: c.render.commit(repo, repo.commits.get(base)!),
        merge_base_commit: c.render.commit(repo, repo.commits.get(mergeBase)!),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: page.body,
        files: [],
      },
    };
  },
  ['basehead'],
);

route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (c) => {
  const repo = repoOf(c);
  const pull = pullOf(c, repo);
  return paginate(c, pull.reviews, (r) => c.render.review(repo, pull, r));
});

route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', (c) => {
  const repo = repoOf(c);
  const pull = pullOf(c, repo);
  return { status: 200, body: { users: pull.requestedReviewers.map((l) => c.render.user(l)), teams: [] } };
});

route('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', (c) => {
  const repo = repoOf(c);
  const pull = pullOf(c, repo);
  const b = bodyOf(c);
  const reviewers = Array.isArray(b.reviewers) ? b.reviewers.map(String) : [];
  const teams = Array.isArray(b.team_reviewers) ? b.team_reviewers.map(String) : [];
  if (reviewers.some((r) => r.toLowerCase() === pull.issue.user.toLowerCase()))
    fail(422, 'Review cannot be requested from pull request author.');
  if (reviewers.some((r) => !repo.canBeAssigned(r))) {
    fail(
      422,
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.fullName} repository.`,
    );
  }
  for (const r of reviewers) {
    if (pull.requestedReviewers.some((x) => x.toLowerCase() === r.toLowerCase())) continue;
    const login = c.state.user(r).login;
    pull.requestedReviewers.push(login);
    repo.recordEvent(pull.number, {
      event: 'review_requested',
      actor: c.login,
      createdAt: c.state.timestamp(),
      requestedReviewer: login,
      reviewRequester: c.login,
    });
  }
  for (const t of teams) if (!pull.requestedTeams.includes(t)) pull.requestedTeams.push(t);
  touch(c, pull.issue);
  return { status: 201, body: c.render.pull(repo, pull, false) };
});

route('DELETE', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', (c) => {
  const repo = repoOf(c);
  const pull = pullOf(c, repo);
  const b = bodyOf(c);
  const drop = new Set((Array.isArray(b.reviewers) ? b.reviewers.map(String) : []).map((r) => r.toLowerCase()));
  for (const r of pull.requestedReviewers.filter((x) => drop.has(x.toLowerCase())))
    repo.recordEvent(pull.number, {
      event: 'review_request_removed',
      actor: c.login,
      createdAt: c.state.timestamp(),
      requestedReviewer: r,
      reviewRequester: c.login,
    });
  pull.requestedReviewers = pull.requestedReviewers.filter((r) => !drop.has(r.toLowerCase()));
  return { status: 200, body: c.render.pull(repo, pull, false) };
});

// ----- issues

route('GET', '/repos/{owner}/{repo}/issues', (c) => {
  const repo = repoOf(c);
  const state = c.query.get('state') ?? 'open';
  const labels = (c.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const creator = c.query.get('creator')?.toLowerCase();
  const assignee = c.query.get('assignee');
  const since = c.query.get('since');
  let issues = [...repo.issues.values()].filter(
    (i) =>
      (state === 'all' || i.state === state) &&
      labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)) &&
      (!creator || i.user.toLowerCase() === creator) &&
      (!since || i.updatedAt >= c.state.timestamp(since)) &&
      (!assignee ||
        (assignee === 'none'
          ? i.assignees.length === 0
          : assignee === '*'
            ? i.assignees.length > 0
            : i.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()))),
  );
  const sort = c.query.get('sort') ?? 'created';
  const key = (i: FakeIssue): string | number =>
    sort === 'updated'
      ? i.updatedAt
      : sort === 'comments'
        ? [...repo.comments.values()].filter((x) => x.issueNumber === i.number).length
        : i.createdAt;
  issues.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
  });
  if ((c.query.get('direction') ?? 'desc') === 'desc') issues = issues.reverse();
  return paginate(c, issues, (i) => c.render.issue(repo, i));
});

/** GitHub refuses a longer issue title: 422, "title is too long (maximum is 256 characters)". */
function checkTitleLength(title: unknown): void {
  if ([...String(title)].length > 256)
    validationFailed('Issue', 'title', 'custom', 'title is too long (maximum is 256 characters)');
}

route('POST', '/repos/{owner}/{repo}/issues', (c) => {
  const repo = repoOf(c);
  const b = bodyOf(c);
  if (b.title === undefined || b.title === null || String(b.title).trim() === '')
    validationFailed('Issue', 'title', 'missing_field');
  checkTitleLength(b.title);
  const assignees = [
    ...(Array.isArray(b.assignees) ? b.assignees.map(String) : []),
    ...(typeof b.assignee === 'string' ? [b.assignee] : []),
  ];
  const bad = assignees.find((a) => !repo.canBeAssigned(a));
  if (bad !== undefined) validationFailed('Issue', 'assignees', 'invalid', `${bad} cannot be assigned`);
  const issue = repo.addIssue({
    title: String(b.title),
    body: typeof b.body === 'string' ? b.body : null,
    user: c.login,
    labels: labelNames(b.labels) ?? [],
    assignees: [...new Set(assignees)].map((a) => c.state.user(a).login),
  });
  const body = c.render.issue(repo, issue);
  return { status: 201, body, headers: { location: body.url } };
});

route('GET', '/repos/{owner}/{repo}/issues/{issue_number}', (c) => {
  const repo = repoOf(c);
  return { status: 200, body: c.render.issue(repo, issueOf(c, repo)) };
});

route('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (c) => {
  const repo = repoOf(c);
  const issue = issueOf(c, repo);
  const b = bodyOf(c);
  if ('title' in b) {
    if (b.title === null || String(b.title).trim() === '') validationFailed('Issue', 'title', 'missing_field');
    checkTitleLength(b.title);
    issue.title = String(b.title);
  }
  if ('body' in b) issue.body = typeof b.body === 'string' ? b.body : null;
  if ('labels' in b) relabel(c, repo, issue, [...new Set((labelNames(b.labels) ?? []).map((n) => repo.label(n).name))]);
  if ('assignees' in b || 'assignee' in b) {
    const list = Array.isArray(b.assignees)
      ? b.assignees.map(String)
      : typeof b.assignee === 'string'
        ? [b.assignee]
        : [];
    const bad = list.find((a) => !repo.canBeAssigned(a));
    if (bad !== undefined) validationFailed('Issue', 'assignees', 'invalid', `${bad} cannot be assigned`);
    issue.assignees = [...new Set(list)].map((a) => c.state.user(a).login);
  }
  if ('state' in b || 'state_reason' in b) setState(c, repo, issue, b.state, b.state_reason);
  touch(c, issue);
  return { status: 200, body: c.render.issue(repo, issue) };
});

route('GET', '/repos/{owner}/{repo}/assignees', (c) => {
  const repo = repoOf(c);
  return paginate(c, [repo.owner, ...repo.collaborators], (l) => c.render.user(l));
});

route('GET', '/repos/{owner}/{repo}/assignees/{assignee}', (c) => {
  const repo = repoOf(c);
  if (!repo.canBeAssigned(c.params.assignee ?? '')) fail(404, 'Not Found');
  return { status: 204 };
});

route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/assignees', (c) => {
  const repo = repoOf(c);
  const issue = issueOf(c, repo);
  const b = bodyOf(c);
  // As on GitHub, logins that cannot be assigned are silently left out.
  for (const a of Array.isArray(b.assignees) ? b.assignees.map(String) : []) {
    if (repo.canBeAssigned(a) && !issue.assignees.some((x) => x.toLowerCase() === a.toLowerCase()))
      issue.assignees.push(c.state.user(a).login);
  }
  touch(c, issue);
  return { status: 201, body: c.render.issue(repo, issue) };
});

route('DELETE', '/repos/{owner}/{repo}/issues/{issue_number}/assignees', (c) => {
  const repo = repoOf(c);
  const issue = issueOf(c, repo);
  const b = bodyOf(c);
  const drop = new Set((Array.isArray(b.assignees) ? b.assignees.map(String) : []).map((a) => a.toLowerCase()));
  issue.assignees = issue.assignees.filter((a) => !drop.has(a.toLowerCase()));
  touch(c, issue);
  return { status: 200, body: c.render.issue(repo, issue) };
});

// ----- labels on an issue

const addLabels = (c: Ctx, replace: boolean): Reply => {
  const repo = repoOf(c);
  const issue = issueOf(c, repo);
  const names = labelNames(c.body);
  if (!names) validationFailed('Label', 'labels', 'invalid');
  const next = replace ? [] : [...issue.labels];
  for (const n of names) {
    const l = repo.label(n);
    if (!next.some((x) => x.toLowerCase() === l.name.toLowerCase())) next.push(l.name);
  }
  relabel(c, repo, issue, next);
  touch(c, issue);
  return { status: 200, body: issue.labels.map((n) => c.render.label(repo, repo.label(n))) };
};
route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (c) => addLabels(c, false));
route('PUT', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (c) => addLabels(c, true));

route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (c) => {
  const repo = repoOf(c);
  return paginate(c, issueOf(c, repo).labels, (n) => c.render.label(repo, repo.label(n)));
});

route('DELETE', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', (c) => {
  const repo = repoOf(c);
  const issue = issueOf(c, repo);
  const name = (c.params.name ?? '').toLowerCase();
  if (!issue.labels.some((l) => l.toLowerCase() === name)) fail(404, 'Label does not exist');
  relabel(
    c,
    repo,
    issue,
    issue.labels.filter((l) => l.toLowerCase() !== name),
  );
  touch(c, issue);
  return { status: 200, body: issue.labels.map((n) => c.render.label(repo, repo.label(n))) };
});

// ----- comments

route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (c) => {
  const repo = repoOf(c);
  const issue = issueOf(c, repo);
  const since = c.query.get('since');
  const list = [...repo.comments.values()]
    .filter((x) => x.issueNumber === issue.number && (!since || x.updatedAt >= c.state.timestamp(since)))
    .sort((a, b) => a.id - b.id);
  return paginate(c, list, (x) => c.render.comment(repo, x));
});

route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (c) => {
  const repo = repoOf(c);
  const issue = issueOf(c, repo);
  const b = bodyOf(c);
  if (typeof b.body !== 'string' || b.body === '') validationFailed('IssueComment', 'body', 'missing_field');
  if (issue.locked) fail(403, 'Unable to create comment because issue is locked.');
  const comment = repo.addComment(issue.number, { body: b.body, user: c.login });
  touch(c, issue);
  const body = c.render.comment(repo, comment);
  return { status: 201, body, headers: { location: body.url } };
});

// ----- timeline

route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/timeline', (c) => {
  const repo = repoOf(c);
  const issue = issueOf(c, repo);
  // Oldest first by time; at the same second, commits first (in their order), then by id.
  const items: { at: string; seq: number; item: TimelineItem }[] = [];
  for (const e of repo.events)
    if (e.issueNumber === issue.number) items.push({ at: e.createdAt, seq: e.id, item: { kind: 'event', event: e } });
  for (const x of repo.comments.values())
    if (x.issueNumber === issue.number)
      items.push({ at: x.createdAt, seq: x.id, item: { kind: 'commented', comment: x } });
  if (issue.pull) {
    // Reviews (pending ones are the reviewer's own), and the commits the pull request has now (a
    // force push takes the old ones off, leaving its head_ref_force_pushed event), at their git dates.
    for (const r of issue.pull.reviews)
      if (r.submittedAt) items.push({ at: r.submittedAt, seq: r.id, item: { kind: 'reviewed', review: r } });
    for (const commit of repo.pullCommits(issue.pull))
      items.push({ at: commit.date, seq: -1, item: { kind: 'committed', commit } });
  }
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
  const exclude = new Set(
    (c.query.get('exclude') ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
  const name = (i: TimelineItem) => (i.kind === 'event' ? i.event.event : i.kind);
  return paginate(
    c,
    items.filter((x) => !exclude.has(name(x.item))),
    (x) => c.render.timelineEvent(repo, issue, x.item),
  );
});

const commentOf = (c: Ctx, repo: FakeRepo): FakeComment => {
  const comment = repo.comments.get(Number(c.params.comment_id));
  if (!comment) fail(404, 'Not Found');
  return comment;
};

route('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (c) => {
  const repo = repoOf(c);
  return { status: 200, body: c.render.comment(repo, commentOf(c, repo)) };
});

route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (c) => {
  const repo = repoOf(c);
  const comment = commentOf(c, repo);
  const b = bodyOf(c);
  if (typeof b.body !== 'string' || b.body === '') validationFailed('IssueComment', 'body', 'missing_field');
  comment.body = b.body;
  comment.updatedAt = c.state.timestamp();
  return { status: 200, body: c.render.comment(repo, comment) };
});

route('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (c) => {
  const repo = repoOf(c);
  repo.comments.delete(commentOf(c, repo).id);
  return { status: 204 };
});

// ----- commit statuses

route(
  'POST',
  '/repos/{owner}/{repo}/statuses/{sha}',
  (c) => {
    const repo = repoOf(c);
    const b = bodyOf(c);
    const sha = repo.resolveRef(c.params.sha ?? '');
    if (!sha || !/^[0-9a-f]{40}$/i.test(c.params.sha ?? '')) fail(422, `No commit found for SHA: ${c.params.sha}`);
    if (typeof b.description === 'string' && b.description.length > 140) {
      validationFailed('Status', 'description', 'custom', 'description is too long (maximum is 140 characters)');
    }
    const status = repo.addStatus(sha, {
      state: b.state as StatusState,
      context: typeof b.context === 'string' ? b.context : 'default',
      description: typeof b.description === 'string' ? b.description : null,
      targetUrl: typeof b.target_url === 'string' ? b.target_url : null,
      creator: c.login,
    });
    const body = c.render.status(repo, status);
    return { status: 201, body, headers: { location: body.url } };
  },
  ['sha'],
);

function statusesFor(c: Ctx, repo: FakeRepo): { sha: string; list: FakeStatus[] } {
  const sha = repo.resolveRef(c.params.ref ?? '');
  if (!sha) fail(404, `No commit found for SHA: ${c.params.ref}`);
  return { sha, list: repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id) };
}

route('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses', (c) => {
  const repo = repoOf(c);
  return paginate(c, statusesFor(c, repo).list, (s) => c.render.status(repo, s));
});

route('GET', '/repos/{owner}/{repo}/commits/{ref}/status', (c) => {
  const repo = repoOf(c);
  const { sha, list } = statusesFor(c, repo);
  const latest = new Map<string, FakeStatus>();
  for (const s of list) if (!latest.has(s.context.toLowerCase())) latest.set(s.context.toLowerCase(), s);
  const all = [...latest.values()];
  const state = all.some((s) => s.state === 'error' || s.state === 'failure')
    ? 'failure'
    : all.length === 0 || all.some((s) => s.state === 'pending')
      ? 'pending'
      : 'success';
  const page = paginate(c, all, (s) => c.render.simpleStatus(s));
  return {
    ...page,
    body: {
      state,
      statuses: page.body,
      sha,
      total_count: all.length,
      repository: c.render.repo(repo, false),
      commit_url: `${c.render.repoApi(repo)}/commits/${sha}`,
      url: `${c.render.repoApi(repo)}/commits/${sha}/status`,
    },
  };
});

// ----- users

route('GET', '/users/{username}', (c) => {
  // Only accounts the fake has met (a seed, a token, or a mention): others do not exist.
  const u = c.state.users.get((c.params.username ?? '').toLowerCase());
  if (!u) fail(404, 'Not Found');
  return { status: 200, body: c.render.publicUser(u.login) };
});

route('GET', '/user/{account_id}', (c) => {
  const u = c.state.userById(Number(c.params.account_id));
  if (!u) fail(404, 'Not Found');
  return { status: 200, body: c.render.publicUser(u.login) };
});

// ---------------------------------------------------------------------------------------------------
// Response bodies in GitHub's shapes

class Renderer {
  constructor(
    readonly state: FakeGitHubState,
    readonly api: string,
    readonly html: string,
  ) {}

  repoApi(repo: FakeRepo): string {
    return `${this.api}/repos/${repo.fullName}`;
  }

  user(login: string): Record<string, unknown> {
    const u = this.state.user(login);
    const api = `${this.api}/users/${encodeURIComponent(u.login)}`;
    return {
      login: u.login,
      id: u.id,
      node_id: u.nodeId,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url:
        u.type === 'Bot'
          ? `${this.html}/apps/${encodeURIComponent(u.login.replace(/\[bot\]$/, ''))}`
          : `${this.html}/${encodeURIComponent(u.login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  association(repo: FakeRepo, login: string): string {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
    if (repo.canBeAssigned(login)) return 'COLLABORATOR';
    return 'NONE';
  }

  repo(repo: FakeRepo, full: boolean): Record<string, unknown> {
    const u = this.repoApi(repo);
    const h = `${this.html}/${repo.fullName}`;
    const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length;
    // The last push (a fork's copied history has none: then its newest commit's date).
    const pushedAt =
      repo.activities
        .map((a) => a.timestamp)
        .sort()
        .at(-1) ??
      [...repo.commits.values()]
        .map((c) => c.date)
        .sort()
        .at(-1) ??
      repo.createdAt;
    const out: Record<string, unknown> = {
      id: repo.id,
      node_id: repo.nodeId,
      name: repo.name,
      full_name: repo.fullName,
      private: repo.isPrivate,
      owner: this.user(repo.owner),
      html_url: h,
      description: null,
      fork: repo.fork,
      url: u,
      forks_url: `${u}/forks`,
      keys_url: `${u}/keys{/key_id}`,
      collaborators_url: `${u}/collaborators{/collaborator}`,
      teams_url: `${u}/teams`,
      hooks_url: `${u}/hooks`,
      issue_events_url: `${u}/issues/events{/number}`,
      events_url: `${u}/events`,
      assignees_url: `${u}/assignees{/user}`,
      branches_url: `${u}/branches{/branch}`,
      tags_url: `${u}/tags`,
      blobs_url: `${u}/git/blobs{/sha}`,
      git_tags_url: `${u}/git/tags{/sha}`,
      git_refs_url: `${u}/git/refs{/sha}`,
      trees_url: `${u}/git/trees{/sha}`,
      statuses_url: `${u}/statuses/{sha}`,
      languages_url: `${u}/languages`,
      stargazers_url: `${u}/stargazers`,
      contributors_url: `${u}/contributors`,
      subscribers_url: `${u}/subscribers`,
      subscription_url: `${u}/subscription`,
      commits_url: `${u}/commits{/sha}`,
      git_commits_url: `${u}/git/commits{/sha}`,
      comments_url: `${u}/comments{/number}`,
      issue_comment_url: `${u}/issues/comments{/number}`,
      contents_url: `${u}/contents/{+path}`,
      compare_url: `${u}/compare/{base}...{head}`,
      merges_url: `${u}/merges`,
      archive_url: `${u}/{archive_format}{/ref}`,
      downloads_url: `${u}/downloads`,
      issues_url: `${u}/issues{/number}`,
      pulls_url: `${u}/pulls{/number}`,
      milestones_url: `${u}/milestones{/number}`,
      notifications_url: `${u}/notifications{?since,all,participating}`,
      labels_url: `${u}/labels{/name}`,
      releases_url: `${u}/releases{/id}`,
      deployments_url: `${u}/deployments`,
      created_at: repo.createdAt,
      updated_at: pushedAt,
      pushed_at: pushedAt,
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      clone_url: `${h}.git`,
      svn_url: h,
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: openIssues,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: repo.isPrivate ? 'private' : 'public',
      forks: 0,
      open_issues: openIssues,
      watchers: 0,
      default_branch: repo.defaultBranch,
    };
    if (full) {
      out.permissions = { admin: false, maintain: false, push: true, triage: true, pull: true };
      out.network_count = 0;
      out.subscribers_count = 0;
    }
    return out;
  }

  label(repo: FakeRepo, l: FakeLabel): Record<string, unknown> {
    return {
      id: l.id,
      node_id: l.nodeId,
      url: `${this.repoApi(repo)}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: false,
      description: l.description,
    };
  }

  issue(repo: FakeRepo, i: FakeIssue): Record<string, unknown> & { url: string } {
    const u = `${this.repoApi(repo)}/issues/${i.number}`;
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === i.number).length;
    const out: Record<string, unknown> & { url: string } = {
      url: u,
      repository_url: this.repoApi(repo),
      labels_url: `${u}/labels{/name}`,
      comments_url: `${u}/comments`,
      events_url: `${u}/events`,
      html_url: `${this.html}/${repo.fullName}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
      id: i.id,
      node_id: i.nodeId,
      number: i.number,
      title: i.title,
      user: this.user(i.user),
      labels: i.labels.map((n) => this.label(repo, repo.label(n))),
      state: i.state,
      locked: i.locked,
      assignee: i.assignees[0] === undefined ? null : this.user(i.assignees[0]),
      assignees: i.assignees.map((a) => this.user(a)),
      milestone: null,
      comments,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      author_association: this.association(repo, i.user),
      active_lock_reason: null,
      body: i.body,
      closed_by: null,
      timeline_url: `${u}/timeline`,
      performed_via_github_app: null,
      state_reason: i.stateReason,
    };
    if (i.pull) {
      const p = `${this.repoApi(repo)}/pulls/${i.number}`;
      const h = `${this.html}/${repo.fullName}/pull/${i.number}`;
      out.draft = i.pull.draft;
      out.pull_request = {
        url: p,
        html_url: h,
        diff_url: `${h}.diff`,
        patch_url: `${h}.patch`,
        merged_at: i.pull.mergedAt,
      };
    }
    return out;
  }

  pull(repo: FakeRepo, p: FakePull, full: boolean): Record<string, unknown> {
    const u = `${this.repoApi(repo)}/pulls/${p.number}`;
    const h = `${this.html}/${repo.fullName}/pull/${p.number}`;
    const issueUrl = `${this.repoApi(repo)}/issues/${p.number}`;
    const i = p.issue;
    const headRepo = this.state.repos.get(p.head.repo.toLowerCase()) ?? repo;
    const link = (href: string) => ({ href });
    const out: Record<string, unknown> = {
      url: u,
      id: p.id,
      node_id: p.nodeId,
      html_url: h,
      diff_url: `${h}.diff`,
      patch_url: `${h}.patch`,
      issue_url: issueUrl,
      number: p.number,
      state: i.state,
      locked: i.locked,
      title: i.title,
      user: this.user(i.user),
      body: i.body,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      assignee: i.assignees[0] === undefined ? null : this.user(i.assignees[0]),
      assignees: i.assignees.map((a) => this.user(a)),
      requested_reviewers: p.requestedReviewers.map((r) => this.user(r)),
      requested_teams: [],
      labels: i.labels.map((n) => this.label(repo, repo.label(n))),
      milestone: null,
      draft: p.draft,
      commits_url: `${u}/commits`,
      review_comments_url: `${u}/comments`,
      review_comment_url: `${this.repoApi(repo)}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${this.repoApi(repo)}/statuses/${p.head.sha}`,
      head: {
        label: `${headRepo.owner}:${p.head.ref}`,
        ref: p.head.ref,
        sha: p.head.sha,
        user: this.user(headRepo.owner),
        repo: this.repo(headRepo, false),
      },
      base: {
        label: `${repo.owner}:${p.base.ref}`,
        ref: p.base.ref,
        sha: p.base.sha,
        user: this.user(repo.owner),
        repo: this.repo(repo, false),
      },
      _links: {
        self: link(u),
        html: link(h),
        issue: link(issueUrl),
        comments: link(`${issueUrl}/comments`),
        review_comments: link(`${u}/comments`),
        review_comment: link(`${this.repoApi(repo)}/pulls/comments{/number}`),
        commits: link(`${u}/commits`),
        statuses: link(`${this.repoApi(repo)}/statuses/${p.head.sha}`),
      },
      author_association: this.association(repo, i.user),
      auto_merge: null,
      active_lock_reason: null,
    };
    if (full) {
      const files = repo.pullFiles(p);
      Object.assign(out, {
        merged: p.merged,
        mergeable: i.state === 'open' ? true : null,
        rebaseable: i.state === 'open' ? true : null,
        mergeable_state: i.state === 'open' ? 'clean' : 'unknown',
        merged_by: p.merged ? this.user(repo.owner) : null,
        comments: [...repo.comments.values()].filter((c) => c.issueNumber === p.number).length,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: repo.pullCommits(p).length,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changed_files: files.length,
      });
    }
    return out;
  }

  diffEntry(repo: FakeRepo, p: FakePull, f: FakePullFile): Record<string, unknown> {
    const path = f.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha: f.sha,
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${this.html}/${repo.fullName}/blob/${p.head.sha}/${path}`,
      raw_url: `${this.html}/${repo.fullName}/raw/${p.head.sha}/${path}`,
      contents_url: `${this.repoApi(repo)}/contents/${path}?ref=${p.head.sha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previousFilename !== undefined ? { previous_filename: f.previousFilename } : {}),
    };
  }

  /** A commit's git author and committer (the fake has one person and one date for both). */
  gitUser(c: FakeCommit): { name: string; email: string; date: string } {
    const author = this.state.user(c.author);
    return { name: author.login, email: `${author.id}+${author.login}@users.noreply.github.com`, date: c.date };
  }

  commit(repo: FakeRepo, c: FakeCommit): Record<string, unknown> {
    const u = this.repoApi(repo);
    const author = this.state.user(c.author);
    const gitUser = this.gitUser(c);
    return {
      url: `${u}/commits/${c.sha}`,
      sha: c.sha,
      node_id: nodeId('C', parseInt(c.sha.slice(0, 8), 16)),
      html_url: `${this.html}/${repo.fullName}/commit/${c.sha}`,
      comments_url: `${u}/commits/${c.sha}/comments`,
      commit: {
        url: `${u}/git/commits/${c.sha}`,
        author: gitUser,
        committer: gitUser,
        message: c.message,
        comment_count: 0,
        tree: { sha: gitTree(c.tree).sha, url: `${u}/git/trees/${gitTree(c.tree).sha}` },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      author: this.user(author.login),
      committer: this.user(author.login),
      parents: c.parents.map((s) => ({
        sha: s,
        url: `${u}/commits/${s}`,
        html_url: `${this.html}/${repo.fullName}/commit/${s}`,
      })),
    };
  }

  /** GET …/git/commits/{sha}: the git object's view of a commit. */
  gitCommit(repo: FakeRepo, c: FakeCommit): Record<string, unknown> {
    const u = this.repoApi(repo);
    const tree = gitTree(c.tree).sha;
    return {
      sha: c.sha,
      node_id: nodeId('C', parseInt(c.sha.slice(0, 8), 16)),
      url: `${u}/git/commits/${c.sha}`,
      html_url: `${this.html}/${repo.fullName}/commit/${c.sha}`,
      author: this.gitUser(c),
      committer: this.gitUser(c),
      tree: { sha: tree, url: `${u}/git/trees/${tree}` },
      message: c.message,
      parents: c.parents.map((s) => ({
        sha: s,
        url: `${u}/git/commits/${s}`,
        html_url: `${this.html}/${repo.fullName}/commit/${s}`,
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  treeEntry(repo: FakeRepo, path: string, e: GitTreeEntry): Record<string, unknown> {
    return {
      path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size !== undefined ? { size: e.size } : {}),
      url: `${this.repoApi(repo)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
    };
  }

  blob(repo: FakeRepo, sha: string, content: string): Record<string, unknown> {
    return {
      sha,
      node_id: nodeId('B', parseInt(sha.slice(0, 8), 16)),
      size: byteLength(content),
      url: `${this.repoApi(repo)}/git/blobs/${sha}`,
      content: base64Lines(content),
      encoding: 'base64',
    };
  }

  activity(a: FakeActivity): Record<string, unknown> {
    return {
      id: a.id,
      node_id: a.nodeId,
      before: a.before,
      after: a.after,
      ref: a.ref,
      timestamp: a.timestamp,
      activity_type: a.activityType,
      actor: this.user(a.actor),
    };
  }

  run(repo: FakeRepo, r: FakeRun, withPulls = true): Record<string, unknown> {
    const u = `${this.repoApi(repo)}/actions/runs/${r.id}`;
    const headRepo = this.state.repos.get(r.headRepo.toLowerCase()) ?? repo;
    const commit = repo.commits.get(r.headSha) ?? headRepo.commits.get(r.headSha);
    const minimalRepo = (x: FakeRepo) => ({ id: x.id, url: this.repoApi(x), name: x.name });
    const pulls = withPulls
      ? r.pullRequests.flatMap((n) => {
          const p = repo.pulls.get(n);
          if (!p) return [];
          const pHead = this.state.repos.get(p.head.repo.toLowerCase()) ?? repo;
          return [
            {
              url: `${this.repoApi(repo)}/pulls/${p.number}`,
              id: p.id,
              number: p.number,
              head: { ref: p.head.ref, sha: p.head.sha, repo: minimalRepo(pHead) },
              base: { ref: p.base.ref, sha: p.base.sha, repo: minimalRepo(repo) },
            },
          ];
        })
      : [];
    return {
      id: r.id,
      name: r.name,
      node_id: r.nodeId,
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: r.path,
      display_title: r.displayTitle,
      run_number: r.runNumber,
      event: r.event,
      status: r.status,
      conclusion: r.conclusion,
      workflow_id: r.workflowId,
      check_suite_id: r.checkSuiteId,
      check_suite_node_id: r.checkSuiteNodeId,
      url: u,
      html_url: `${this.html}/${repo.fullName}/actions/runs/${r.id}`,
      pull_requests: pulls,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
      actor: this.user(r.actor),
      run_attempt: r.runAttempt,
      referenced_workflows: [],
      run_started_at: r.runStartedAt,
      triggering_actor: this.user(r.triggeringActor),
      jobs_url: `${u}/jobs`,
      logs_url: `${u}/logs`,
      check_suite_url: `${this.repoApi(repo)}/check-suites/${r.checkSuiteId}`,
      artifacts_url: `${u}/artifacts`,
      cancel_url: `${u}/cancel`,
      rerun_url: `${u}/rerun`,
      previous_attempt_url: r.runAttempt > 1 ? `${u}/attempts/${r.runAttempt - 1}` : null,
      workflow_url: `${this.repoApi(repo)}/actions/workflows/${r.workflowId}`,
      head_commit: commit ? this.simpleCommit(commit) : null,
      repository: this.repo(repo, false),
      head_repository: this.repo(headRepo, false),
      head_repository_id: headRepo.id,
    };
  }

  simpleCommit(commit: FakeCommit): Record<string, unknown> {
    const { name, email } = this.gitUser(commit);
    return {
      id: commit.sha,
      tree_id: gitTree(commit.tree).sha,
      message: commit.message,
      timestamp: commit.date,
      author: { name, email },
      committer: { name, email },
    };
  }

  /** GET /users/{username}: the public profile (the fake knows no names, bios or followers). */
  publicUser(login: string): Record<string, unknown> {
    const u = this.state.user(login);
    const repos = [...this.state.repos.values()].filter(
      (r) => r.owner.toLowerCase() === u.login.toLowerCase() && !r.isPrivate,
    );
    return {
      ...this.user(login),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: repos.length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: u.createdAt,
      updated_at: u.createdAt,
    };
  }

  /** One event of an issue's timeline, recorded or derived (see the timeline route). */
  timelineEvent(repo: FakeRepo, issue: FakeIssue, item: TimelineItem): Record<string, unknown> {
    if (item.kind === 'commented')
      return { ...this.comment(repo, item.comment), event: 'commented', actor: this.user(item.comment.user) };
    if (item.kind === 'reviewed') {
      const r = this.review(repo, issue.pull as FakePull, item.review);
      return { event: 'reviewed', ...r, state: item.review.state.toLowerCase() };
    }
    if (item.kind === 'committed') {
      const commit = this.gitCommit(repo, item.commit);
      return { ...commit, event: 'committed' };
    }
    const e = item.event;
    const commitId = e.commitId ?? null;
    return {
      id: e.id,
      node_id: e.nodeId,
      url: `${this.repoApi(repo)}/issues/events/${e.id}`,
      actor: this.user(e.actor),
      event: e.event,
      commit_id: commitId,
      commit_url: commitId ? `${this.repoApi(repo)}/commits/${commitId}` : null,
      created_at: e.createdAt,
      performed_via_github_app: null,
      ...(e.label !== undefined ? { label: { name: repo.label(e.label).name, color: repo.label(e.label).color } } : {}),
      ...(e.requestedReviewer !== undefined
        ? {
            review_requester: this.user(e.reviewRequester ?? e.actor),
            requested_reviewer: this.user(e.requestedReviewer),
          }
        : {}),
      ...(e.event === 'closed' || e.event === 'reopened' ? { state_reason: e.stateReason ?? null } : {}),
    };
  }

  review(repo: FakeRepo, p: FakePull, r: FakeReview): Record<string, unknown> {
    const html = `${this.html}/${repo.fullName}/pull/${p.number}#pullrequestreview-${r.id}`;
    const pr = `${this.repoApi(repo)}/pulls/${p.number}`;
    return {
      id: r.id,
      node_id: r.nodeId,
      user: this.user(r.user),
      body: r.body,
      state: r.state,
      html_url: html,
      pull_request_url: pr,
      author_association: this.association(repo, r.user),
      _links: { html: { href: html }, pull_request: { href: pr } },
      ...(r.submittedAt ? { submitted_at: r.submittedAt } : {}),
      commit_id: r.commitId,
    };
  }

  comment(repo: FakeRepo, c: FakeComment): Record<string, unknown> & { url: string } {
    const issue = repo.issues.get(c.issueNumber);
    return {
      url: `${this.repoApi(repo)}/issues/comments/${c.id}`,
      html_url: `${this.html}/${repo.fullName}/${issue?.pull ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.repoApi(repo)}/issues/${c.issueNumber}`,
      id: c.id,
      node_id: c.nodeId,
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: this.association(repo, c.user),
      body: c.body,
      performed_via_github_app: null,
    };
  }

  status(repo: FakeRepo, s: FakeStatus): Record<string, unknown> & { url: string } {
    const creator = this.user(s.creator);
    return {
      url: `${this.repoApi(repo)}/statuses/${s.sha}`,
      avatar_url: creator.avatar_url,
      id: s.id,
      node_id: s.nodeId,
      state: s.state,
      description: s.description,
      target_url: s.targetUrl,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
      creator,
    };
  }

  simpleStatus(s: FakeStatus): Record<string, unknown> {
    const repo = [...this.state.repos.values()].find((r) => r.statuses.includes(s));
    return {
      url: `${repo ? this.repoApi(repo) : this.api}/statuses/${s.sha}`,
      avatar_url: this.user(s.creator).avatar_url,
      id: s.id,
      node_id: s.nodeId,
      state: s.state,
      description: s.description,
      target_url: s.targetUrl,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    };
  }

  private contentLinks(repo: FakeRepo, ref: string, path: string, sha: string, type: 'file' | 'dir') {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const self = `${this.repoApi(repo)}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
    const git = `${this.repoApi(repo)}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
    const html = `${this.html}/${repo.fullName}/${type === 'file' ? 'blob' : 'tree'}/${encodeURIComponent(ref)}/${encoded}`;
    return {
      self,
      git,
      html,
      download:
        type === 'file'
          ? `https://raw.githubusercontent.com/${repo.fullName}/${encodeURIComponent(ref)}/${encoded}`
          : null,
    };
  }

  contentFile(repo: FakeRepo, ref: string, path: string, content: string): Record<string, unknown> {
    const sha = blobSha(content);
    const l = this.contentLinks(repo, ref, path, sha, 'file');
    return {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(content, 'utf8'),
      name: path.split('/').at(-1),
      path,
      content: base64Lines(content),
      sha,
      url: l.self,
      git_url: l.git,
      html_url: l.html,
      download_url: l.download,
      _links: { self: l.self, git: l.git, html: l.html },
    };
  }

  contentEntry(repo: FakeRepo, ref: string, path: string, entry: GitTreeEntry): Record<string, unknown> {
    const type = entry.type === 'tree' ? 'dir' : 'file';
    const sha = entry.sha;
    const l = this.contentLinks(repo, ref, path, sha, type);
    return {
      type,
      size: entry.size ?? 0,
      name: path.split('/').at(-1),
      path,
      sha,
      url: l.self,
      git_url: l.git,
      html_url: l.html,
      download_url: l.download,
      _links: { self: l.self, git: l.git, html: l.html },
    };
  }
}

// ---------------------------------------------------------------------------------------------------
// Helpers

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/** Git's blob id of a file: sha1("blob <bytes>\0<content>"). */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export interface GitTreeEntry {
  name: string;
  /** As the REST API writes it ("040000" for a tree; git's own object says "40000"). */
  mode: '100644' | '040000';
  type: 'blob' | 'tree';
  sha: string;
  /** Of a blob, in bytes. */
  size?: number;
  content?: string;
  tree?: GitTree;
}

export interface GitTree {
  sha: string;
  /** In git's order: by name bytes, a tree's name compared as if it ended in "/". */
  entries: GitTreeEntry[];
}

export type GitObject = { type: 'tree'; tree: GitTree } | { type: 'blob'; content: string };

const gitTrees = new WeakMap<Record<string, string>, GitTree>();

/**
 * The git tree of a commit's files (path → content), with git's real object ids: the same files give
 * the same tree sha in any commit or repository, and `git hash-object`/`git write-tree` agree.
 */
export function gitTree(files: Record<string, string>): GitTree {
  let t = gitTrees.get(files);
  if (!t) {
    t = buildTree(Object.entries(files).map(([p, content]) => [p.split('/'), content]));
    gitTrees.set(files, t);
  }
  return t;
}

function buildTree(files: [string[], string][]): GitTree {
  const blobs = new Map<string, string>();
  const dirs = new Map<string, [string[], string][]>();
  for (const [parts, content] of files) {
    const [first, ...rest] = parts as [string, ...string[]];
    if (rest.length === 0) blobs.set(first, content);
    else {
      let d = dirs.get(first);
      if (!d) dirs.set(first, (d = []));
      d.push([rest, content]);
    }
  }
  const entries: GitTreeEntry[] = [];
  for (const [name, content] of blobs)
    entries.push({ name, mode: '100644', type: 'blob', sha: blobSha(content), size: byteLength(content), content });
  for (const [name, sub] of dirs) {
    const tree = buildTree(sub);
    entries.push({ name, mode: '040000', type: 'tree', sha: tree.sha, tree });
  }
  const key = (e: GitTreeEntry) => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name, 'utf8');
  entries.sort((a, b) => Buffer.compare(key(a), key(b)));
  const body = Buffer.concat(
    entries.flatMap((e) => [
      Buffer.from(`${e.type === 'tree' ? '40000' : '100644'} ${e.name}\0`, 'utf8'),
      Buffer.from(e.sha, 'hex'),
    ]),
  );
  const sha = createHash('sha1').update(`tree ${body.length}\0`).update(body).digest('hex');
  return { sha, entries };
}

/** The subtree at a directory path ('' for the root), or undefined when there is none. */
function subtree(tree: GitTree, path: string): GitTree | undefined {
  let t: GitTree | undefined = tree;
  for (const part of path === '' ? [] : path.split('/')) t = t?.entries.find((e) => e.name === part)?.tree;
  return t;
}

/** Base64 in lines of 60 characters, each ending in a newline, as GitHub sends file and blob contents. */
function base64Lines(content: string): string {
  const base64 = Buffer.from(content, 'utf8').toString('base64');
  return (base64.match(/.{1,60}/g) ?? ['']).join('\n') + '\n';
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * A `created` filter in GitHub's search syntax ("2026-03-01", ">=2026-03-01T09:00:00Z", "<…",
 * "a..b", "a..*", "*..b") as a test of an ISO timestamp; undefined when it does not parse. A date is
 * a whole UTC day; a time without a zone is UTC.
 */
function dateRange(spec: string): ((iso: string) => boolean) | undefined {
  const bound = (s: string, end: boolean): number | undefined => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
      const t = Date.parse(`${s}T00:00:00Z`);
      return Number.isNaN(t) ? undefined : end ? t + 86_400_000 - 1 : t;
    }
    const m = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
    if (!m) return undefined;
    const t = Date.parse(m[1] ? s : `${s}Z`);
    return Number.isNaN(t) ? undefined : t;
  };
  const test = (lo: number | undefined, hi: number | undefined) => (iso: string) => {
    const t = Date.parse(iso);
    return (lo === undefined || t >= lo) && (hi === undefined || t <= hi);
  };
  const s = spec.trim();
  const range = /^(.+)\.\.(.+)$/.exec(s);
  if (range) {
    const [a, b] = [range[1] as string, range[2] as string];
    const lo = a === '*' ? undefined : bound(a, false);
    const hi = b === '*' ? undefined : bound(b, true);
    if ((a !== '*' && lo === undefined) || (b !== '*' && hi === undefined)) return undefined;
    return test(lo, hi);
  }
  const op = /^(>=|<=|>|<)(.+)$/.exec(s);
  if (op) {
    const [, o, v] = op as unknown as [string, string, string];
    const lo = bound(v, false);
    const hi = bound(v, true);
    if (lo === undefined || hi === undefined) return undefined;
    if (o === '>=') return test(lo, undefined);
    if (o === '>') return test(hi + 1, undefined);
    if (o === '<=') return test(undefined, hi);
    return test(undefined, lo - 1);
  }
  const lo = bound(s, false);
  const hi = bound(s, true);
  return lo === undefined || hi === undefined ? undefined : test(lo, hi);
}

/** The logins @-mentioned in a Markdown body, outside code, in order (team mentions @org/team left out). */
function mentionedLogins(body: string): string[] {
  const prose: string[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (m && m[1]?.[0] === fence[0] && (m[1]?.length ?? 0) >= fence.length) fence = undefined;
    } else if (m) fence = m[1];
    else prose.push(line.replace(/`[^`]*`/g, ''));
  }
  const out: string[] = [];
  // A login: alphanumerics and single inner hyphens, at most 39; not inside a word or an e-mail address.
  const re = /(?<![\w@`/])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\w/-])/g;
  for (const m of prose.join('\n').matchAll(re)) out.push(m[1] as string);
  return out;
}

function eventNodePrefix(event: IssueEventType): string {
  const prefixes: Record<IssueEventType, string> = {
    labeled: 'LE',
    unlabeled: 'UNLE',
    review_requested: 'RRE',
    review_request_removed: 'RRRE',
    mentioned: 'MEE',
    head_ref_force_pushed: 'HRFPE',
    closed: 'CE',
    reopened: 'REE',
  };
  return prefixes[event];
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

function normalizePath(p: string): string {
  return p.replace(/^\/+|\/+$/g, '');
}

function lines(s: string): number {
  if (s === '') return 0;
  return s.split('\n').length - (s.endsWith('\n') ? 1 : 0);
}

/** Lines added and removed, counted as multisets (close to git's numbers for small edits). */
function lineChanges(before: string, after: string): { additions: number; deletions: number } {
  const count = new Map<string, number>();
  for (const l of before.split('\n')) count.set(l, (count.get(l) ?? 0) + 1);
  let additions = 0;
  for (const l of after.split('\n')) {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else additions++;
  }
  const deletions = [...count.values()].reduce((a, b) => a + b, 0);
  return { additions, deletions };
}
