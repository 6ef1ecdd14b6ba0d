import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles,
  repoPathExists
} from "./chunk-5N34RSQA.js";
import {
  checkPolicy
} from "./chunk-5AWG3TPM.js";
import {
  POSTMORTEMS,
  isCheckedPostmortem
} from "./chunk-RWRK4OFQ.js";

// src/io/validate-repository.ts
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var PARALLEL_MIN_POSTMORTEMS = 100;
var MAX_JOBS = 8;
var WORKER_ROLE = "oncall-postmortem-checker";
async function validateRepository(root, options = {}) {
  const files = await readPolicyFiles(root);
  const postmortems = files.filter((f) => isCheckedPostmortem(f.path));
  const jobs = Math.min(
    options.jobs ?? (postmortems.length >= PARALLEL_MIN_POSTMORTEMS ? availableParallelism() : 1),
    MAX_JOBS,
    postmortems.length
  );
  const validateOptions = { ...options, fileExists: repoPathExists(root) };
  const template = files.find((f) => f.path === POSTMORTEMS.template);
  const workers = jobs > 1 && canSpawnWorkers() ? startWorkers(postmortems, template, jobs) : void 0;
  const { policy, findings } = checkPolicy(files, validateOptions);
  let more = [];
  if (postmortems.length > 0) {
    const { checkItemKeys, checkPostmortemFiles, postmortemRunFindings, readTemplate } = await import("./postmortems-CD3XZVDG.js");
    if (workers) {
      const done = await workers.finish(policy, root, options.proposedAt);
      more = [
        ...postmortemRunFindings(readTemplate(files).findings, policy, postmortems.length),
        ...done.flatMap((d) => d.findings),
        ...checkItemKeys(done.flatMap((d) => d.keys))
      ];
    } else more = checkPostmortemFiles(template ? [template, ...postmortems] : postmortems, policy, validateOptions);
  }
  for (const f of more) findings.push(f);
  findings.sort(compareFindings);
  return { policy, findings, files: files.length };
}
function canSpawnWorkers() {
  return import.meta.url.endsWith(".js");
}
function startWorkers(postmortems, template, jobs) {
  const shares = Array.from({ length: jobs }, (_, j) => postmortems.filter((_2, i) => i % jobs === j));
  const workers = shares.map(
    (files) => new Worker(new URL(import.meta.url), {
      workerData: { role: WORKER_ROLE, files, template }
    })
  );
  const results = workers.map(
    (worker) => new Promise((resolve, reject) => {
      worker.once("message", (done) => resolve(done));
      worker.once("error", reject);
      worker.once(
        "exit",
        (code) => reject(new Error(`a postmortem worker stopped (exit code ${code}) before it answered`))
      );
    })
  );
  for (const r of results) r.catch(() => void 0);
  return {
    async finish(policy, root, proposedAt) {
      const { postmortemPolicy } = await import("./postmortems-CD3XZVDG.js");
      const facts = postmortemPolicy(policy);
      workers.forEach((worker, j) => {
        const times = shares[j].flatMap((f) => {
          const t = proposedAt?.(f.path);
          return t === void 0 ? [] : [[f.path, t]];
        });
        worker.postMessage({ policy: facts, root, proposedAt: Object.fromEntries(times) });
      });
      try {
        return await Promise.all(results);
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
      }
    }
  };
}
async function runWorker(start, port) {
  const { preparePostmortem, finishPostmortem, readTemplate } = await import("./postmortems-CD3XZVDG.js");
  const { template } = readTemplate(start.template ? [start.template] : []);
  const prepared = start.files.map((f) => preparePostmortem(f, template));
  port.once("message", ({ policy, root, proposedAt }) => {
    const options = { fileExists: repoPathExists(root), proposedAt: (file) => proposedAt[file] };
    port.postMessage({
      findings: prepared.flatMap((p) => finishPostmortem(p, policy, options)),
      keys: prepared.flatMap((p) => p.keys)
    });
  });
}
if (!isMainThread && parentPort && workerData?.role === WORKER_ROLE)
  void runWorker(workerData, parentPort);

export {
  validateRepository
};
