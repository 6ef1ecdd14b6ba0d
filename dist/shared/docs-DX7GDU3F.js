import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  validatePolicy
} from "./chunk-HHWMYBGA.js";
import "./chunk-V6IP6AW7.js";
import {
  UsageError
} from "./chunk-7GEI5QHS.js";
import "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-5N34RSQA.js";
import {
  DOC_PATH,
  renderDoc,
  staleTables
} from "./chunk-5AWG3TPM.js";
import "./chunk-EXLADYM2.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-DQA6EP7E.js";
import "./chunk-RWRK4OFQ.js";
import "./chunk-HPB5NIOG.js";

// src/cli/docs.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function runDocs(root, o, io) {
  const { policy, findings } = validatePolicy(await readPolicyFiles(root));
  if (findings.some((f) => f.severity === "error" && f.file.startsWith("oncall/")))
    throw new UsageError("the policy has errors; run oncall validate and fix them first.");
  const path = join(root, DOC_PATH);
  const text = await readFile(path, "utf8").catch(() => {
    throw new UsageError(`${DOC_PATH} does not exist.`);
  });
  const stale = staleTables(text, policy);
  if (!o.write) {
    io.stdout(
      stale.length ? `Stale tables in ${DOC_PATH}: ${stale.map((s) => s.key).join(", ")}. Run: npx oncall docs --write
` : `${DOC_PATH} is up to date.
`
    );
    return stale.length ? 1 : 0;
  }
  if (stale.length) await writeFile(path, renderDoc(text, policy));
  io.stdout(
    stale.length ? `Updated ${stale.map((s) => s.key).join(", ")} in ${DOC_PATH}.
` : `${DOC_PATH} is up to date.
`
  );
  return 0;
}
export {
  runDocs
};
