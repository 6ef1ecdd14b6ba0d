/**
 * `oncall validate` on a checkout: read the files, check the policy, and check the postmortems —
 * loading the markdown stack only when there are postmortems, and spreading them over worker
 * threads when there are enough to pay for the threads' start-up (see bench/RESULTS.md, P1).
 * The checks themselves are the pure ones of src/validate/; this module only schedules them.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { isCheckedPostmortem, POSTMORTEMS } from '../model/kinds.js';
import type { Policy, RawFile } from '../model/load.js';
import type { ItemKey } from '../postmortems/item-keys.js';
import { compareFindings, type Finding } from '../render/finding.js';
import { checkPolicy, type ValidateOptions } from '../validate/policy.js';
import { readPolicyFiles, repoPathExists } from './read-policy.js';

export interface RepositoryOptions extends Omit<ValidateOptions, 'fileExists'> {
  /** Threads for the postmortems: 1 checks them on the main thread; default: by their number and the cores. */
  jobs?: number;
}

export interface RepositoryValidation {
  policy: Policy;
  findings: Finding[];
  files: number;
}

/**
 * Below this many postmortems one thread is faster: a worker costs about 100 ms to start and load
 * the markdown stack, a postmortem about 10 ms to check.
 */
export const PARALLEL_MIN_POSTMORTEMS = 100;
const MAX_JOBS = 8;
const WORKER_ROLE = 'oncall-postmortem-checker';

export async function validateRepository(root: string, options: RepositoryOptions = {}): Promise<RepositoryValidation> {
  const files = await readPolicyFiles(root);
  const postmortems = files.filter((f) => isCheckedPostmortem(f.path));
  const jobs = Math.min(
    options.jobs ?? (postmortems.length >= PARALLEL_MIN_POSTMORTEMS ? availableParallelism() : 1),
    MAX_JOBS,
    postmortems.length,
  );
  const validateOptions: ValidateOptions = { ...options, fileExists: repoPathExists(root) };

  // Workers start parsing before the policy is loaded: that part of a postmortem needs no policy.
  const template = files.find((f) => f.path === POSTMORTEMS.template);
  const workers = jobs > 1 && canSpawnWorkers() ? startWorkers(postmortems, template, jobs) : undefined;
  const { policy, findings } = checkPolicy(files, validateOptions);
  let more: Finding[] = [];
  if (postmortems.length > 0) {
    const { checkItemKeys, checkPostmortemFiles, postmortemRunFindings, readTemplate } =
      await import('../validate/postmortems.js');
    if (workers) {
      const done = await workers.finish(policy, root, options.proposedAt);
      more = [
        ...postmortemRunFindings(readTemplate(files).findings, policy, postmortems.length),
        ...done.flatMap((d) => d.findings),
        ...checkItemKeys(done.flatMap((d) => d.keys)),
      ];
    } else more = checkPostmortemFiles(template ? [template, ...postmortems] : postmortems, policy, validateOptions);
  }
  // One at a time: many bad postmortems can yield more findings than a spread's arguments may hold.
  for (const f of more) findings.push(f);
  findings.sort(compareFindings);
  return { policy, findings, files: files.length };
}

/** Workers run this very module from the bundle; under TypeScript sources (tests) there is no .js to run. */
function canSpawnWorkers(): boolean {
  return import.meta.url.endsWith('.js');
}

interface WorkerStart {
  role: typeof WORKER_ROLE;
  files: RawFile[];
  /** postmortems/TEMPLATE.md: each worker reads it, so the main thread loads no markdown before the policy. */
  template: RawFile | undefined;
}

/** A worker's answer: its postmortems' findings, and their item keys for the run's cross-file check. */
interface WorkerDone {
  findings: Finding[];
  keys: ItemKey[];
}

interface WorkerFinish {
  policy: Policy;
  root: string;
  proposedAt: Record<string, number>;
}

function startWorkers(postmortems: readonly RawFile[], template: RawFile | undefined, jobs: number) {
  const shares = Array.from({ length: jobs }, (_, j) => postmortems.filter((_, i) => i % jobs === j));
  const workers = shares.map(
    (files) =>
      new Worker(new URL(import.meta.url), {
        workerData: { role: WORKER_ROLE, files, template } satisfies WorkerStart,
      }),
  );
  const results = workers.map(
    (worker) =>
      new Promise<WorkerDone>((resolve, reject) => {
        worker.once('message', (done: WorkerDone) => resolve(done));
        worker.once('error', reject);
        worker.once('exit', (code) =>
          reject(new Error(`a postmortem worker stopped (exit code ${code}) before it answered`)),
        );
      }),
  );
  // A worker may fail while the main thread is still loading the policy, before anyone awaits it;
  // finish() reports the failure, so it must not also surface as an unhandled rejection.
  for (const r of results) r.catch(() => undefined);
  return {
    async finish(policy: Policy, root: string, proposedAt: ValidateOptions['proposedAt']): Promise<WorkerDone[]> {
      const { postmortemPolicy } = await import('../validate/postmortems.js');
      const facts = postmortemPolicy(policy);
      workers.forEach((worker, j) => {
        const times = shares[j]!.flatMap((f) => {
          const t = proposedAt?.(f.path);
          return t === undefined ? [] : [[f.path, t] as const];
        });
        worker.postMessage({ policy: facts, root, proposedAt: Object.fromEntries(times) } satisfies WorkerFinish);
      });
      try {
        return await Promise.all(results);
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
      }
    },
  };
}

async function runWorker(start: WorkerStart, port: NonNullable<typeof parentPort>): Promise<void> {
  const { preparePostmortem, finishPostmortem, readTemplate } = await import('../validate/postmortems.js');
  const { template } = readTemplate(start.template ? [start.template] : []);
  const prepared = start.files.map((f) => preparePostmortem(f, template));
  port.once('message', ({ policy, root, proposedAt }: WorkerFinish) => {
    const options: ValidateOptions = { fileExists: repoPathExists(root), proposedAt: (file) => proposedAt[file] };
    port.postMessage({
      findings: prepared.flatMap((p) => finishPostmortem(p, policy, options)),
      keys: prepared.flatMap((p) => p.keys),
    } satisfies WorkerDone);
  });
}

if (!isMainThread && parentPort && (workerData as Partial<WorkerStart> | undefined)?.role === WORKER_ROLE)
  void runWorker(workerData as WorkerStart, parentPort);
