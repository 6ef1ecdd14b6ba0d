import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-7Q35EZ5Y.js";
import {
  POSTMORTEMS
} from "./chunk-E5RRFD7T.js";
import "./chunk-HPB5NIOG.js";

// src/cli/postmortem.ts
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function runPostmortemNew(root, title, o, io) {
  const date = o.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError("--date must be YYYY-MM-DD.");
  const slug = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  if (!slug) throw new UsageError("the title needs at least one letter or digit.");
  const path = join(root, POSTMORTEMS.dir, `${date}-${slug}.md`);
  if (existsSync(path)) throw new UsageError(`${POSTMORTEMS.dir}/${date}-${slug}.md exists already.`);
  const template = await readFile(join(root, POSTMORTEMS.template), "utf8");
  const quoted = JSON.stringify(title);
  const text = template.replace(/^title: .*$/m, `title: ${quoted}`).replace(/^date: .*$/m, `date: ${date}`).replace(/^severity: .*$/m, `severity: ${o.severity ?? "P1"}`).replace("# Incident Postmortem: [Title]", `# Incident Postmortem: ${title}`).replace("**Date**: [YYYY-MM-DD]", `**Date**: ${date}`).replace("**Severity**: [P0/P1/P2]", `**Severity**: ${o.severity ?? "P1"}`);
  await writeFile(path, text);
  io.stdout(
    `Wrote ${POSTMORTEMS.dir}/${date}-${slug}.md. Fill it in within 24 hours of resolution, then run: npx oncall validate
`
  );
  return 0;
}
export {
  runPostmortemNew
};
