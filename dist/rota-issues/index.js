import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  validatePolicy
} from "../shared/chunk-HHWMYBGA.js";
import {
  assignability
} from "../shared/chunk-FOX7Q7YX.js";
import {
  reconcileSingletonIssue
} from "../shared/chunk-A53FSVZC.js";
import {
  actionGitHub
} from "../shared/chunk-GY72BW2S.js";
import "../shared/chunk-MDJBTUMF.js";
import {
  readRunContext,
  secretInput
} from "../shared/chunk-5X6HWPBO.js";
import {
  inert,
  inertCode
} from "../shared/chunk-JUWO424D.js";
import "../shared/chunk-JDEQIK3C.js";
import "../shared/chunk-V6IP6AW7.js";
import "../shared/chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "../shared/chunk-5N34RSQA.js";
import {
  getInput,
  info,
  setFailed,
  warning
} from "../shared/chunk-OGM2ZFWQ.js";
import {
  QUARTERLY_ITEMS,
  onCallAt
} from "../shared/chunk-5AWG3TPM.js";
import {
  isoUtc
} from "../shared/chunk-EXLADYM2.js";
import {
  Temporal
} from "../shared/chunk-ETVPNU4B.js";
import "../shared/chunk-DQA6EP7E.js";
import "../shared/chunk-RWRK4OFQ.js";
import "../shared/chunk-HPB5NIOG.js";

// src/actions/rota-issues/main.ts
import { resolve } from "node:path";

// src/rota/identities.ts
var IDENTITY_LABEL = "roster-identity";
function identityProblems(lookups) {
  return lookups.flatMap((l) => {
    const { person, byLogin, byId } = l;
    const id = person.github_id;
    const renamed = byId && byId.login.toLowerCase() !== (person.github ?? "").toLowerCase() ? byId : void 0;
    if (id === void 0) {
      if (!byLogin)
        return [{ person, problem: "no GitHub account has this login", fix: "correct `github` in team.yaml" }];
      return [
        {
          person,
          problem: "no `github_id` is recorded, so the login alone is trusted",
          fix: `once you have checked that account ${byLogin.id} is theirs, add \`github_id: ${byLogin.id}\``
        }
      ];
    }
    if (byLogin?.id === id) return [];
    const now = byLogin ? `the login now belongs to account ${byLogin.id}` : "no account has this login any more";
    if (renamed)
      return [
        {
          person,
          problem: `${now}; their account ${id} is now called ${inert(renamed.login, 60)}`,
          fix: `set \`github: ${inert(renamed.login, 60)}\` in team.yaml`
        }
      ];
    return [
      {
        person,
        problem: `${now}, and account ${id} ${byId === null ? "no longer exists" : "could not be found"}`,
        fix: "ask them for their current account, then correct `github` and `github_id`"
      }
    ];
  });
}
function identityIssueBody(problems) {
  if (problems.length === 0) return void 0;
  const rows = problems.map(
    (p) => `| ${inert(p.person.name, 80)} | ${inert(p.person.github ?? "", 60)} | ${p.problem} | ${p.fix} |`
  );
  return [
    "Some GitHub logins in `oncall/team.yaml` no longer lead to the person they name. The swap check takes",
    "consent from these accounts' reviews, so until this is fixed a stranger holding such a login could",
    "agree to a swap on their behalf (where `github_id` is recorded, the check refuses that account).",
    "",
    "| Person | Login in team.yaml | What GitHub says | Fix |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "This issue closes itself once every login matches."
  ].join("\n");
}

// src/github/identity-issue.ts
var MAX_PEOPLE = 300;
async function reconcileIdentityIssue(octokit, where, people) {
  if (people.length > MAX_PEOPLE)
    throw new Error(`team.yaml lists ${people.length} people; the identity check reads at most ${MAX_PEOPLE}.`);
  const lookups = [];
  for (const person of people) {
    if (person.github === void 0) continue;
    const byLogin = await found(octokit.rest.users.getByUsername({ username: person.github }));
    const id = person.github_id;
    const lookup = { person, byLogin };
    if (id !== void 0 && byLogin?.id !== id)
      lookup.byId = await found(octokit.request("GET /user/{account_id}", { account_id: id }));
    lookups.push(lookup);
  }
  const problems = identityProblems(lookups);
  return reconcileSingletonIssue(octokit, where, {
    label: IDENTITY_LABEL,
    key: "roster-identity",
    title: "GitHub logins in team.yaml no longer match their people",
    body: identityIssueBody(problems),
    closingComment: "Every login in team.yaml leads to its person again; closing."
  });
}
async function found(request) {
  try {
    const { data } = await request;
    return { id: Number(data.id), login: data.login };
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}

// src/rota/briefs.ts
var HANDOFF_LABEL = "handoff-brief";
var QUARTERLY_LABEL = "quarterly-duty";
var START_OF_SHIFT = [
  "Verify PagerDuty access",
  "Check current alert status",
  "Review any ongoing incidents",
  "Verify VPN/access works",
  "Check laptop battery/charger",
  "Confirm secondary contact"
];
var END_OF_SHIFT = [
  "Handoff any active issues",
  "Update incident documentation",
  "Brief incoming on-call",
  "Update rotation calendar if swapped"
];
function handoffBrief(policy, t) {
  const schedules = policy.rotations?.schedules ?? [];
  const at = onCallAt(policy, t);
  const lead = at.find((a) => a.schedule === schedules[0]?.id)?.shift;
  if (!lead) return void 0;
  const people = policy.team?.people ?? [];
  const person = (id) => people.find((p) => p.id === id);
  const holders = at.filter((a) => a.shift).map((a) => ({ schedule: a.schedule, shift: a.shift }));
  const before = onCallAt(policy, lead.start - 1);
  const lines = holders.map(
    ({ schedule, shift }) => (
      // The holder's login is the brief's own mention; the name and the swap's file name are only text.
      `- **${schedule}**: ${inert(person(shift.person)?.name ?? shift.person, 100)} (@${person(shift.person)?.github ?? shift.person}) until ${isoUtc(shift.end)}` + (shift.source === "swap" ? ` (swap ${inertCode(shift.swap ?? "", 100)})` : "")
    )
  );
  return {
    key: `handoff:${isoUtc(lead.start)}`,
    start: lead.start,
    title: `On-call handoff ${isoUtc(lead.start).slice(0, 10)}: ${holders.map(({ schedule, shift }) => `${schedule} ${person(shift.person)?.name ?? shift.person}`).join(", ")}`,
    body: [
      `On call from ${isoUtc(lead.start)}:`,
      "",
      ...lines,
      "",
      "### Start of shift",
      "",
      ...START_OF_SHIFT.map((c) => `- [ ] ${c}`),
      ""
    ].join("\n"),
    assignees: [
      ...new Set(holders.map(({ shift }) => person(shift.person)?.github).filter((g) => Boolean(g)))
    ],
    labels: [HANDOFF_LABEL],
    outgoing: [
      ...new Set(
        before.map((b) => b.shift ? person(b.shift.person)?.github : void 0).filter((g) => Boolean(g))
      )
    ]
  };
}
var DUTY = {
  runbook_review: "Runbook review and update",
  incident_drill: "Incident response drill",
  access_audit: "Access audit"
};
function quarterlyDuties(policy, t) {
  const day = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO("Etc/UTC").toPlainDate();
  const quarter = `${day.year}Q${Math.floor((day.month - 1) / 3) + 1}`;
  const index = day.year * 4 + Math.floor((day.month - 1) / 3);
  const members = [
    ...new Set((policy.rotations?.schedules ?? []).flatMap((s) => s.layers.flatMap((l) => l.members)))
  ].sort();
  const people = policy.team?.people ?? [];
  return QUARTERLY_ITEMS.map((item, i) => {
    const owner = people.find((p) => p.id === members[(index + i) % Math.max(1, members.length)]);
    return {
      key: `quarterly:${quarter}:${item}`,
      title: `${DUTY[item]} \u2014 ${quarter}`,
      body: `The procedures ask for this every quarter. When it is done, record the date in \`oncall/team.yaml\` (\`training.quarterly.${item}\`) for everyone who took part, then close this issue.`,
      assignees: owner?.github ? [owner.github] : [],
      labels: [QUARTERLY_LABEL]
    };
  });
}

// src/github/rota-issues.ts
var marker = (key) => `<!-- oncall-as-code:${key} -->`;
async function fileQuarterlyDuties(desk, policy, now) {
  const existing = await listByLabel(desk, QUARTERLY_LABEL);
  for (const duty of quarterlyDuties(policy, now)) desk.log.info(await ensure(desk, duty, existing));
}
async function fileHandoffBrief(desk, policy, now) {
  const { octokit, where, log } = desk;
  const brief = handoffBrief(policy, now);
  if (!brief) throw new Error("nobody holds the first schedule now: no brief to write.");
  const existing = await listByLabel(desk, HANDOFF_LABEL);
  log.info(await ensure(desk, brief, existing));
  const mine = existing.find((i) => i.body.startsWith(marker(brief.key)));
  const checklist = END_OF_SHIFT.map((c) => `- [ ] ${c}`).join("\n");
  for (const previous of existing.filter((i) => i.state === "open" && !i.body.startsWith(marker(brief.key)))) {
    const next = mine ? ` (#${mine.number})` : "";
    const who = brief.outgoing.map((l) => `@${l}`).join(" ");
    await octokit.rest.issues.createComment({
      ...where,
      issue_number: previous.number,
      body: `The next turn has begun${next}. ${who}: please leave your end-of-shift notes here:

${checklist}`
    });
    await octokit.rest.issues.update({
      ...where,
      issue_number: previous.number,
      state: "closed",
      state_reason: "completed"
    });
    log.info(`Closed the previous brief #${previous.number}.`);
  }
}
async function listByLabel({ octokit, where }, label) {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...where,
    labels: label,
    state: "all",
    per_page: 100
  });
  return issues.filter((i) => !i.pull_request).map((i) => ({ number: i.number, state: i.state, body: i.body ?? "" }));
}
async function ensure({ octokit, where, log }, planned, existing) {
  const found2 = existing.find((i) => i.body.startsWith(marker(planned.key)));
  if (found2) return `${planned.title}: #${found2.number} exists.`;
  const canAssign = assignability(octokit, where);
  const assignees = [];
  for (const login of planned.assignees) {
    if (await canAssign(login)) assignees.push(login);
    else log.warning(`@${login} cannot be assigned in this repository; the issue names them instead.`);
  }
  const cc = assignees.length < planned.assignees.length ? `

cc ${planned.assignees.map((l) => `@${l}`).join(" ")}` : "";
  const body = `${marker(planned.key)}
${planned.body}${cc}`;
  const { data } = await octokit.rest.issues.create({
    ...where,
    title: planned.title,
    body,
    labels: planned.labels,
    assignees,
    request: { retries: 0 }
  });
  existing.push({ number: data.number, state: "open", body });
  return `${planned.title}: opened #${data.number}.`;
}

// src/actions/rota-issues/main.ts
var MODES = ["handoff", "quarterly", "identities"];
async function run() {
  try {
    const ctx = readRunContext();
    const token = secretInput("github-token", process.env.GITHUB_TOKEN);
    const { octokit, where } = actionGitHub(ctx, token, warning);
    const mode = getInput("mode") || "handoff";
    if (!MODES.includes(mode)) throw new Error(`mode must be one of ${MODES.join(", ")}, not "${mode}".`);
    const at = getInput("now");
    const now = at ? Date.parse(at) : Date.now();
    if (Number.isNaN(now)) throw new Error(`now must be an ISO-8601 instant, not "${at}".`);
    const root = resolve(ctx.workspace, getInput("root") || ".");
    const { policy, findings } = validatePolicy(await readPolicyFiles(root), { now });
    if (findings.some((f) => f.severity === "error" && f.file.startsWith("oncall/")))
      throw new Error("the policy has errors (oncall validate); no issue is filed from it.");
    const desk = { octokit, where, log: { info, warning } };
    if (mode === "identities") info(await reconcileIdentityIssue(octokit, where, policy.team?.people ?? []));
    else if (mode === "quarterly") await fileQuarterlyDuties(desk, policy, now);
    else await fileHandoffBrief(desk, policy, now);
  } catch (error) {
    setFailed(`rota issues could not be filed: ${error.message}`);
  }
}

// src/actions/rota-issues/index.ts
await run();
