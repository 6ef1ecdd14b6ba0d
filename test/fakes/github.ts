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
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { sharedFile } from '../helpers/shared.js';
import {
  checkRequest,
  checkResponse,
  compareSpecificity,
  compilePathTemplate,
  loadOpenApi,
  matchOperation,
  type OperationRef,
  type PathTemplate,
} from './openapi.js';
import { decodeAll, header, queryRecord, requestEcho, withRequestEcho } from './http.js';

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
}

export interface RepoSeed {
  fullName: string;
  defaultBranch?: string;
  /** Files of a first commit on the default branch. */
  files?: Record<string, string>;
  private?: boolean;
  /** Logins that may be assigned and asked for reviews (the owner always may). */
  collaborators?: string[];
}

export interface Fault {
  /** Only requests with this method (any when absent). */
  method?: string;
  /** Only this path: exact ("/repos/o/r/issues"), a template ("/repos/{owner}/{repo}/issues"), or a RegExp. */
  path?: string | RegExp;
  /** Answer with this status (and `body`, `headers`) instead of handling the request. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests it applies to; default 1 (Infinity allowed). */
  times?: number;
  /** Wait this long before answering (to outlast a client's timeout). */
  delayMs?: number;
  /** Handle the request (the write happens), then destroy the socket instead of answering. */
  drop?: boolean;
}

export interface InjectedFault {
  readonly fault: Fault;
  /** Requests it has applied to so far. */
  readonly hits: number;
  readonly remaining: number;
  cancel(): void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  /** The status sent (or that would have been sent, for a dropped response); 0 while in flight. */
  status: number;
  /** The operation's templated path, when the description or the fake knows it. */
  operation?: string;
  login?: string;
  fault?: boolean;
  dropped?: boolean;
}

export interface RecordedViolation {
  method: string;
  path: string;
  operation?: string;
  violations: string[];
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
  login: string;
  id: number;
  nodeId: string;
  type: UserType;
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

type When = string | Date | undefined;

export class FakeGitHubState {
  readonly users = new Map<string, FakeUser>();
  /** Keyed by lower-cased "owner/name". */
  readonly repos = new Map<string, FakeRepo>();
  readonly tokens = new Map<string, TokenIdentity>();
  /** Requests the description forbids (each also answered 400). */
  readonly violations: RecordedViolation[] = [];
  /** Responses of the fake that its description contradicts: a bug in the fake. */
  readonly responseViolations: RecordedViolation[] = [];
  private id = 1_000_000;

  constructor(
    readonly now: () => Date,
    readonly defaultLogin: string,
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
      };
      this.users.set(login.toLowerCase(), u);
    } else if (type) u.type = type;
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
  private lastNumber = 0;

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
   * `replace` makes `files` the whole tree. Moves the branch, and the head of open pull requests from
   * it. Returns the sha.
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
    this.branches.set(branch, sha);
    for (const pull of this.pulls.values()) {
      if (pull.issue.state === 'open' && pull.head.repo === this.fullName && pull.head.ref === branch)
        pull.head.sha = sha;
    }
    return sha;
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
    return issue;
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
  }): FakePull {
    const baseRef = seed.base ?? this.defaultBranch;
    const baseSha = this.branches.get(baseRef);
    if (!baseSha) throw new Error(`no branch ${baseRef} in ${this.fullName}: commit to it first`);
    const user = seed.user ?? this.state.defaultLogin;
    let headSha = this.branches.get(seed.head);
    const fork = seed.headRepo !== undefined && seed.headRepo.toLowerCase() !== this.fullName.toLowerCase();
    if (seed.changes || !headSha || fork) {
      headSha = this.commit(seed.changes ?? {}, {
        branch: fork ? `refs/pull/${this.lastNumber + 1}/head` : seed.head,
        parent: fork ? baseSha : (this.branches.get(seed.head) ?? baseSha),
        message: seed.message,
        author: user,
        date: seed.createdAt,
      });
    }
    const headRepo = fork
      ? this.state.repo(seed.headRepo as string, { fork: true, defaultBranch: this.defaultBranch })
      : this;
    if (fork) {
      for (const c of this.commits.values()) if (!headRepo.commits.has(c.sha)) headRepo.addCommit(c);
      headRepo.branches.set(seed.head, headSha);
      headRepo.branches.set(headRepo.defaultBranch, baseSha);
    }
    const issue = this.addIssue({
      title: seed.title ?? `Pull request from ${seed.head}`,
      body: seed.body ?? null,
      user,
      labels: seed.labels,
      assignees: seed.assignees,
      state: seed.state === 'closed' || seed.merged ? 'closed' : 'open',
      createdAt: seed.createdAt,
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
    for (const r of pull.requestedReviewers) this.state.user(r);
    return pull;
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

let defaultSpecPath: string | undefined | null = null;

/** shared/specs/github-rest-openapi.json, looked up (and its absence announced) once per process. */
function githubSpecPath(): string | undefined {
  if (defaultSpecPath === null) defaultSpecPath = sharedFile('specs/github-rest-openapi.json');
  return defaultSpecPath;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = new FakeGitHubState(
    options.now ?? (() => new Date()),
    options.defaultLogin ?? 'github-actions[bot]',
    options.tokens !== undefined,
  );
  for (const [token, id] of Object.entries(options.tokens ?? {})) state.setToken(token, id);
  for (const seed of options.repos ?? []) {
    if (typeof seed === 'string') state.repo(seed);
    else state.repo(seed.fullName, seed);
  }
  const specPath = options.spec === null ? undefined : (options.spec ?? githubSpecPath());
  const spec = specPath ? loadOpenApi(specPath) : undefined;
  const checkResponses = spec !== undefined && (options.checkResponses ?? true);
  const requests: RecordedRequest[] = [];
  const injected: { fault: Fault; hits: number; remaining: number; template?: PathTemplate }[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: `fake GitHub failed: ${(e as Error).stack ?? String(e)}` }));
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const render = new Renderer(state, url, (options.htmlUrl ?? 'https://github.com').replace(/\/+$/, ''));

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  function takeFault(method: string, pathname: string): InjectedFaultState | undefined {
    for (const f of injected) {
      if (f.remaining <= 0) continue;
      if (f.fault.method && f.fault.method.toUpperCase() !== method) continue;
      const p = f.fault.path;
      if (
        p instanceof RegExp
          ? !p.test(pathname)
          : p !== undefined &&
            (f.template ? !f.template.match(pathname) : p.replace(/\/$/, '') !== pathname.replace(/\/$/, ''))
      )
        continue;
      f.remaining--;
      f.hits++;
      return f;
    }
    return undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const u = new URL(req.url ?? '/', url);
    const pathname = u.pathname;
    const record: RecordedRequest = {
      method,
      path: pathname,
      query: queryRecord(u.searchParams),
      body: undefined,
      status: 0,
    };
    requests.push(record);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');

    const send = (reply: Reply) => {
      record.status = reply.status;
      if (res.destroyed || closed) return;
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

    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        record.body = raw;
        state.violations.push({ method, path: pathname, violations: ['request body is not JSON'] });
        return send(error(400, 'Problems parsing JSON'));
      }
    }
    record.body = body;

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

    const fault = takeFault(method, pathname);
    if (fault) record.fault = true;
    if (fault?.fault.delayMs) await sleep(fault.fault.delayMs);
    if (closed) return;
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

    const found = findRoute(method, pathname);
    if (!found) {
      if (op) return send(error(501, `The fake GitHub does not implement ${method} ${op.template}`));
      return send(error(404, 'Not Found'));
    }
    record.operation ??= found.route.template.template;
    if (identity.readOnly && method !== 'GET' && method !== 'HEAD')
      return send(error(403, 'Resource not accessible by integration'));

    let reply: Reply;
    try {
      reply = found.route.handler({
        method,
        params: decodeAll(found.params),
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
    if (fault?.fault.drop) {
      record.status = reply.status;
      record.dropped = true;
      req.socket.destroy();
      return;
    }
    send(reply);
  }

  return {
    url,
    state,
    requests,
    checked: spec !== undefined,
    inject(fault: Fault): InjectedFault {
      const entry = {
        fault,
        hits: 0,
        remaining: fault.times ?? 1,
        template:
          typeof fault.path === 'string' && fault.path.includes('{') ? compilePathTemplate(fault.path) : undefined,
      };
      injected.push(entry);
      return {
        fault,
        get hits() {
          return entry.hits;
        },
        get remaining() {
          return entry.remaining;
        },
        cancel() {
          entry.remaining = 0;
        },
      };
    },
    async close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type InjectedFaultState = { fault: Fault; hits: number; remaining: number; template?: PathTemplate };

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

interface RouteDef {
  method: string;
  template: PathTemplate;
  handler: (c: Ctx) => Reply;
}

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

const ROUTES: RouteDef[] = [];

function route(method: string, template: string, handler: (c: Ctx) => Reply, multiSegment: string[] = []): void {
  ROUTES.push({ method, template: compilePathTemplate(template, new Set(multiSegment)), handler });
  ROUTES.sort((a, b) => compareSpecificity(a.template, b.template));
}

function findRoute(method: string, pathname: string): { route: RouteDef; params: Record<string, string> } | undefined {
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const params = r.template.match(pathname);
    if (params) return { route: r, params };
  }
  return undefined;
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

function touch(c: Ctx, issue: FakeIssue): void {
  issue.updatedAt = c.state.timestamp();
}

function setState(c: Ctx, issue: FakeIssue, state: unknown, reason: unknown): void {
  if (state === 'closed' && issue.state !== 'closed') {
    issue.state = 'closed';
    issue.closedAt = c.state.timestamp();
    issue.stateReason = typeof reason === 'string' ? reason : 'completed';
  } else if (state === 'open' && issue.state !== 'open') {
    issue.state = 'open';
    issue.closedAt = null;
    issue.stateReason = 'reopened';
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
  const prefix = path === '' ? '' : `${path}/`;
  const children = new Map<string, 'file' | 'dir'>();
  for (const p of Object.keys(tree)) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length).split('/');
    children.set(rest[0] as string, rest.length > 1 ? 'dir' : 'file');
  }
  if (children.size === 0) fail(404, 'Not Found');
  const entries = [...children.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); // git's byte order
  return {
    status: 200,
    body: entries.map(([name, type]) => c.render.contentEntry(repo, ref, prefix + name, type, tree)),
  };
};
route('GET', '/repos/{owner}/{repo}/contents/{path}', getContents, ['path']);

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

route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', (c) => {
  const repo = repoOf(c);
  const pull = pullOf(c, repo);
  return paginate(c, repo.pullFiles(pull).slice(0, 3000), (f) => c.render.diffEntry(repo, pull, f));
});

route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', (c) => {
  const repo = repoOf(c);
  return paginate(c, repo.pullCommits(pullOf(c, repo)), (commit) => c.render.commit(repo, commit));
});

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
  for (const r of reviewers)
    if (!pull.requestedReviewers.some((x) => x.toLowerCase() === r.toLowerCase()))
      pull.requestedReviewers.push(c.state.user(r).login);
  for (const t of teams) if (!pull.requestedTeams.includes(t)) pull.requestedTeams.push(t);
  touch(c, pull.issue);
  return { status: 201, body: c.render.pull(repo, pull, false) };
});

route('DELETE', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', (c) => {
  const repo = repoOf(c);
  const pull = pullOf(c, repo);
  const b = bodyOf(c);
  const drop = new Set((Array.isArray(b.reviewers) ? b.reviewers.map(String) : []).map((r) => r.toLowerCase()));
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

route('POST', '/repos/{owner}/{repo}/issues', (c) => {
  const repo = repoOf(c);
  const b = bodyOf(c);
  if (b.title === undefined || b.title === null || String(b.title).trim() === '')
    validationFailed('Issue', 'title', 'missing_field');
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
    issue.title = String(b.title);
  }
  if ('body' in b) issue.body = typeof b.body === 'string' ? b.body : null;
  if ('labels' in b) issue.labels = (labelNames(b.labels) ?? []).map((n) => repo.label(n).name);
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
  if ('state' in b || 'state_reason' in b) setState(c, issue, b.state, b.state_reason);
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
  issue.labels = next;
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
  issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
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
    const pushedAt =
      [...repo.commits.values()]
        .map((c) => c.date)
        .sort()
        .at(-1) ?? repo.createdAt;
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

  commit(repo: FakeRepo, c: FakeCommit): Record<string, unknown> {
    const u = this.repoApi(repo);
    const author = this.state.user(c.author);
    const gitUser = {
      name: author.login,
      email: `${author.id}+${author.login}@users.noreply.github.com`,
      date: c.date,
    };
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
        tree: { sha: treeSha(c.tree), url: `${u}/git/trees/${treeSha(c.tree)}` },
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
    const base64 = Buffer.from(content, 'utf8').toString('base64');
    return {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(content, 'utf8'),
      name: path.split('/').at(-1),
      path,
      content: (base64.match(/.{1,60}/g) ?? ['']).join('\n') + '\n',
      sha,
      url: l.self,
      git_url: l.git,
      html_url: l.html,
      download_url: l.download,
      _links: { self: l.self, git: l.git, html: l.html },
    };
  }

  contentEntry(
    repo: FakeRepo,
    ref: string,
    path: string,
    type: 'file' | 'dir',
    tree: Record<string, string>,
  ): Record<string, unknown> {
    const content = tree[path];
    const sha =
      type === 'file' && content !== undefined
        ? blobSha(content)
        : treeSha(Object.fromEntries(Object.entries(tree).filter(([p]) => p.startsWith(`${path}/`))));
    const l = this.contentLinks(repo, ref, path, sha, type);
    return {
      type,
      size: type === 'file' && content !== undefined ? Buffer.byteLength(content, 'utf8') : 0,
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

function treeSha(tree: Record<string, string>): string {
  return sha1(
    `tree\0${Object.entries(tree)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([p, c]) => `${p}\0${blobSha(c)}`)
      .join('\n')}`,
  );
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
