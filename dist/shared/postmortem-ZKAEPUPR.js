import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UsageError,
  writeOutput
} from "./chunk-7GEI5QHS.js";
import {
  Temporal
} from "./chunk-ETVPNU4B.js";
import {
  POSTMORTEMS,
  require_dist
} from "./chunk-RWRK4OFQ.js";
import {
  __toESM
} from "./chunk-HPB5NIOG.js";

// src/cli/postmortem.ts
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
var import_yaml = __toESM(require_dist(), 1);
async function severitiesOf(root) {
  try {
    const doc = (0, import_yaml.parse)(await readFile(join(root, "oncall/severities.yaml"), "utf8"));
    const ids = (doc?.severities ?? []).map((s) => s.id).filter((id) => typeof id === "string");
    return ids.length ? ids : void 0;
  } catch {
    return void 0;
  }
}
async function runPostmortemNew(root, title, o, io) {
  const date = o.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const usage = `--date must be a day in the calendar, such as 2026-03-14 (got "${date}").`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(usage);
  try {
    Temporal.PlainDate.from(date, { overflow: "reject" });
  } catch {
    throw new UsageError(usage);
  }
  const severity = o.severity ?? "P1";
  const known = await severitiesOf(root);
  if (known && !known.includes(severity))
    throw new UsageError(`--severity must be one of severities.yaml's: ${known.join(", ")} (got "${severity}").`);
  const slug = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  if (!slug) throw new UsageError("the title needs at least one letter or digit.");
  const path = join(root, POSTMORTEMS.dir, `${date}-${slug}.md`);
  if (existsSync(path)) throw new UsageError(`${POSTMORTEMS.dir}/${date}-${slug}.md exists already.`);
  const templatePath = join(root, POSTMORTEMS.template);
  if (!existsSync(templatePath))
    throw new UsageError(
      `there is no ${POSTMORTEMS.template} to write the postmortem from; add the team's template there.`
    );
  const template = await readFile(templatePath, "utf8");
  const quoted = JSON.stringify(title);
  const text = template.replace(/^title: .*$/m, `title: ${quoted}`).replace(/^date: .*$/m, `date: ${date}`).replace(/^(started|detected|resolved): \d{4}-\d{2}-\d{2}T/gm, `$1: ${date}T`).replace(/^severity: .*$/m, `severity: ${severity}`).replace("# Incident Postmortem: [Title]", `# Incident Postmortem: ${title}`).replace("**Date**: [YYYY-MM-DD]", `**Date**: ${date}`).replace("**Severity**: [P0/P1/P2]", `**Severity**: ${severity}`);
  await writeOutput(path, () => writeFile(path, text));
  io.stdout(
    `Wrote ${POSTMORTEMS.dir}/${date}-${slug}.md. Fill it in within 24 hours of resolution, then run: npx oncall validate
`
  );
  return 0;
}
export {
  runPostmortemNew
};
