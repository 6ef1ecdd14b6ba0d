import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ApplyError,
  PagerDutyClient,
  PagerDutyError,
  planJson,
  renderPlanText,
  syncPagerDuty
} from "./chunk-KSGSVI7A.js";
import "./chunk-PN6AARRH.js";
import "./chunk-WIAKQVKD.js";
import "./chunk-MDJBTUMF.js";
import "./chunk-JDEQIK3C.js";
import "./chunk-XGJKLASW.js";
import {
  UsageError,
  wantsColor
} from "./chunk-7Q35EZ5Y.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-CASGGX6Q.js";
import "./chunk-3KAQNQNP.js";
import "./chunk-YCQVRORP.js";
import "./chunk-MZKY6JGW.js";
import "./chunk-E5RRFD7T.js";
import "./chunk-HPB5NIOG.js";

// src/cli/pagerduty.ts
async function runPagerDuty(root, mode, o, io) {
  const token = io.env.PAGERDUTY_TOKEN;
  if (!token) throw new UsageError("set PAGERDUTY_TOKEN to an API key (read-only is enough for plan).");
  const baseUrl = io.env.PAGERDUTY_API_URL || "https://api.pagerduty.com";
  const client = new PagerDutyClient({ token, baseUrl, log: (m) => io.stderr(`${m}
`) });
  const files = await readPolicyFiles(root);
  try {
    const result = await syncPagerDuty(client, files, { mode, now: Date.now(), prune: o.prune });
    if (result.policyErrors.length) {
      io.stderr(
        `The policy does not validate; nothing was read from or written to PagerDuty.

${renderText(result.policyErrors, { color: wantsColor(io), files: files.length })}`
      );
      return 1;
    }
    const p = result.plan;
    if (o.json)
      io.stdout(
        JSON.stringify(
          { mode, ...planJson(p), applied: result.applied?.done ?? [], requests: client.counts },
          null,
          2
        ) + "\n"
      );
    else {
      io.stdout(renderPlanText(p, baseUrl));
      if (result.applied)
        io.stdout(
          `
Applied: ${result.applied.done.length} write(s).
${result.applied.done.map((d) => `  \u2713 ${d}
`).join("")}`
        );
    }
    return p.errors.length ? 1 : 0;
  } catch (error) {
    if (error instanceof ApplyError) {
      io.stderr(
        `oncall: ${error.message}
Done before it: ${error.done.length ? error.done.join("; ") : "nothing"}. Run apply again: it continues from the account as it now is.
`
      );
      return 1;
    }
    if (error instanceof PagerDutyError) {
      io.stderr(`oncall: ${error.message}
`);
      return 1;
    }
    throw error;
  }
}
export {
  runPagerDuty
};
