import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ApplyError,
  PagerDutyClient,
  PagerDutyError,
  importAccount,
  markPublicKeyOf,
  planJson,
  readAccount,
  renderPlanText,
  sealerFor,
  syncPagerDuty
} from "./chunk-S5KICEFG.js";
import "./chunk-K6L23WSI.js";
import "./chunk-PN6AARRH.js";
import "./chunk-HHWMYBGA.js";
import "./chunk-MDJBTUMF.js";
import {
  oneLine
} from "./chunk-JDEQIK3C.js";
import "./chunk-V6IP6AW7.js";
import {
  UsageError,
  wantsColor
} from "./chunk-7GEI5QHS.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-5N34RSQA.js";
import {
  SWAP_AHEAD_WEEKS
} from "./chunk-5AWG3TPM.js";
import {
  WEEK_MS
} from "./chunk-EXLADYM2.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-DQA6EP7E.js";
import {
  POLICY_DIR
} from "./chunk-RWRK4OFQ.js";
import "./chunk-HPB5NIOG.js";

// src/cli/pagerduty.ts
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
function connect(root, mode, io) {
  const token = io.env.PAGERDUTY_TOKEN;
  if (!token) throw new UsageError(`set PAGERDUTY_TOKEN to an API key (read-only is enough for ${mode}).`);
  const markKey = io.env.PAGERDUTY_MARK_KEY;
  const markPublicKey = io.env.PAGERDUTY_MARK_PUBLIC_KEY || markPublicKeyOf(root);
  try {
    const sealer = sealerFor(markKey, markPublicKey);
    if (mode === "apply" && !sealer.canSign)
      throw new Error("apply marks what it creates and needs the private mark key: set PAGERDUTY_MARK_KEY.");
  } catch (error) {
    throw new UsageError(error.message);
  }
  const baseUrl = io.env.PAGERDUTY_API_URL || "https://api.pagerduty.com";
  const client = new PagerDutyClient({ token, baseUrl, log: (m) => io.stderr(`${m}
`) });
  return { client, baseUrl, markKey, markPublicKey };
}
async function runPagerDuty(root, mode, o, io) {
  const { client, baseUrl, markKey, markPublicKey } = connect(root, mode, io);
  const files = await readPolicyFiles(root);
  try {
    const result = await syncPagerDuty(client, files, {
      mode,
      now: Date.now(),
      prune: o.prune,
      markKey,
      markPublicKey
    });
    if (result.policyErrors.length) return refuse(result.policyErrors, files.length, io);
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
    return p.errors.length || p.blocked.length ? 1 : 0;
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
async function runPagerDutyImport(root, o, io) {
  const token = io.env.PAGERDUTY_TOKEN;
  if (!token) throw new UsageError("set PAGERDUTY_TOKEN to an API key (read-only is enough for import).");
  const dir = join(root, POLICY_DIR);
  const existing = await policyFilesIn(dir);
  if (existing.length && !o.force)
    throw new UsageError(
      `${dir} already holds a policy (${existing.slice(0, 3).join(", ")}${existing.length > 3 ? ", \u2026" : ""}); nothing was read or written. Import into another folder with --root, or pass --force to replace it.`
    );
  const baseUrl = io.env.PAGERDUTY_API_URL || "https://api.pagerduty.com";
  const client = new PagerDutyClient({ token, baseUrl, log: (m) => io.stderr(`${m}
`) });
  const now = Date.now();
  let result;
  try {
    result = importAccount(await readAccount(client, now, now + SWAP_AHEAD_WEEKS * WEEK_MS), now);
  } catch (error) {
    if (error instanceof PagerDutyError) {
      io.stderr(`oncall: ${error.message}
Nothing was written.
`);
      return 1;
    }
    throw error;
  }
  for (const path of existing) await rm(join(root, path));
  for (const f of result.files) {
    await mkdir(dirname(join(root, f.path)), { recursive: true });
    await writeFile(join(root, f.path), f.text);
  }
  const c = result.counts;
  if (o.json) {
    io.stdout(
      `${JSON.stringify({ root, files: result.files.map((f) => f.path), counts: c, problems: result.problems, replaced: existing }, null, 2)}
`
    );
    return 0;
  }
  for (const p of result.problems) io.stderr(`not imported as it is: ${p}
`);
  io.stdout(
    [
      `Imported ${baseUrl} into ${dir}${existing.length ? ` (replacing ${existing.length} file(s))` : ""}:`,
      `  ${c.people} people, ${c.schedules} schedules with ${c.layers} layers, ${c.swaps} swaps from future overrides, ${c.policies} escalation policies, ${c.services} services.`,
      result.problems.length ? `  ${result.problems.length} object(s) could not be imported as they are (listed above on stderr):
${result.problems.map((p) => `    - ${p}`).join("\n")}` : "  Everything was imported as it is.",
      "Next:",
      `  oncall validate --root ${root}         its warnings list what PagerDuty does not hold (todo in team.yaml, placeholders)`,
      `  oncall pagerduty plan --root ${root}   should change nothing but bind (mark) the imported objects`,
      ""
    ].join("\n")
  );
  return 0;
}
async function policyFilesIn(dir) {
  const out = [];
  for (const [sub, prefix] of [
    [dir, POLICY_DIR],
    [join(dir, "swaps"), `${POLICY_DIR}/swaps`]
  ]) {
    let names;
    try {
      names = await readdir(sub);
    } catch {
      continue;
    }
    out.push(...names.filter((n) => n.endsWith(".yaml") || n.endsWith(".yml")).map((n) => `${prefix}/${n}`));
  }
  return out.sort();
}
function refuse(errors, files, io) {
  io.stderr(
    `The policy does not validate; nothing was read from or written to PagerDuty.

${renderText(errors, { color: wantsColor(io), files })}`
  );
  return 1;
}
async function runPagerDutyAdopt(root, o, io) {
  const { client, markKey, markPublicKey } = connect(root, "adopt", io);
  const files = await readPolicyFiles(root);
  let result;
  try {
    const sync = await syncPagerDuty(client, files, {
      mode: "plan",
      now: Date.now(),
      adopt: true,
      markKey,
      markPublicKey
    });
    if (sync.policyErrors.length) return refuse(sync.policyErrors, files.length, io);
    result = sync.adopted;
  } catch (error) {
    if (error instanceof PagerDutyError) {
      io.stderr(`oncall: ${error.message}
Nothing was written.
`);
      return 1;
    }
    throw error;
  }
  for (const w of result.written) {
    await mkdir(dirname(join(root, w.path)), { recursive: true });
    await writeFile(join(root, w.path), w.text, { flag: "wx" });
  }
  if (o.json) {
    io.stdout(
      `${JSON.stringify({ written: result.written.map((w) => ({ path: w.path, ...w.data })), reported: result.reported }, null, 2)}
`
    );
    return 0;
  }
  const lines = result.written.map(
    (w) => `  + ${w.path}: ${w.data.covering} covers ${w.data.relieved} on ${w.data.schedule}, ${w.data.start} to ${w.data.end} (${w.override.replace(/ on schedule .*/, "").toLowerCase()})`
  );
  io.stdout(
    [
      result.written.length ? `Adopted ${result.written.length} swap(s) from overrides made in PagerDuty; review them and open a pull request (the swap check asks for the consent and notice the procedures require):` : "Nothing to adopt: every future override on the managed schedules is explained by a swap.",
      ...lines,
      ...result.reported.length ? [`Not adopted (${result.reported.length}):`, ...result.reported.map((r) => `  - ${oneLine(r, 400)}`)] : [],
      ""
    ].join("\n")
  );
  return 0;
}
export {
  runPagerDuty,
  runPagerDutyAdopt,
  runPagerDutyImport
};
