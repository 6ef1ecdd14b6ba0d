/**
 * The corpus of broken policy files: each case is the repository's own file from oncall/ with ONE
 * deliberate defect, and states the finding `oncall validate` must report for it (rule, line,
 * column). Fixtures live in test/fixtures/corpus/<kind>.<case>.yaml and replace oncall/<kind>.yaml;
 * files too big (or too pointless) to commit are generated at test time instead.
 *
 * Lines and columns are 1-based and point at the defect as a person would: the misspelt key, the
 * value of the wrong type, the line with the stray character.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/policy.js';

export interface CorpusCase {
  /** `<kind>.<case>.yaml`: the fixture in test/fixtures/corpus/ (or the name a generated file goes by). */
  file: string;
  /** The rule the defect must trigger. */
  ruleId: string;
  /** Where the finding must point in oncall/<kind>.yaml. */
  line: number;
  column?: number;
  description: string;
  /** Bytes built at test time instead of read from test/fixtures/corpus/. */
  generate?: () => Uint8Array;
  /** Other rules the one defect legitimately (or unavoidably, as parser follow-on errors) triggers in the same file. */
  alsoReported?: readonly string[];
  /** The fixture has no `$schema` line 1 of its own (that is the defect, or the file is not text). */
  noSchemaLine?: boolean;
  /**
   * A validator bug this case exposes: the case states the correct finding and its position check
   * is marked `it.fails` until src/ is fixed. Says what the validator reports instead.
   */
  bug?: string;
}

export const CORPUS_DIR = join(REPO_ROOT, 'test/fixtures/corpus');

/** `team` for `team.tab-indent.yaml`. */
export function kindOf(c: Pick<CorpusCase, 'file'>): string {
  return c.file.split('.')[0]!;
}

/** The repository's team.yaml followed by comment lines to at least 5 MiB: built in memory, never committed. */
function fiveMegabyteTeam(): Uint8Array {
  const head = readFileSync(join(REPO_ROOT, 'oncall/team.yaml'));
  const pad = '# padding: a policy file this big is a mistake\n';
  return Buffer.concat([head, Buffer.from(pad.repeat(Math.ceil((5 * 1024 * 1024 - head.length) / pad.length)))]);
}

export const BROKEN_CASES: readonly CorpusCase[] = [
  // ── YAML syntax ────────────────────────────────────────────────────────────────────────────────
  {
    file: 'team.tab-indent.yaml',
    ruleId: 'yaml/syntax',
    line: 5,
    column: 1,
    description: 'Every indent is a tab: the first tab-indented line is reported.',
  },
  {
    file: 'rotations.unclosed-bracket.yaml',
    ruleId: 'yaml/syntax',
    line: 15,
    description: 'members: [ … on line 15 is never closed with ].',
  },
  {
    file: 'contacts.unclosed-quote.yaml',
    ruleId: 'yaml/syntax',
    line: 34,
    description: 'swaps: "#on-call-swaps has no closing double quote.',
  },
  {
    file: 'contacts.unclosed-single-quote.yaml',
    ruleId: 'yaml/syntax',
    line: 33,
    description: "alerts: '#alerts has no closing single quote.",
  },
  {
    file: 'team.bad-indent.yaml',
    ruleId: 'yaml/syntax',
    line: 25,
    column: 4,
    description: 'The second person\'s "- id:" is indented 3 spaces instead of 2.',
  },
  {
    file: 'team.over-indent.yaml',
    ruleId: 'yaml/syntax',
    line: 27,
    description: 'github: is indented one space more than its siblings.',
  },
  {
    file: 'services.stray-colon.yaml',
    ruleId: 'yaml/syntax',
    line: 29,
    column: 11,
    description: 'A stray colon after a value: "P0: high:".',
  },
  {
    file: 'services.stray-colon-key.yaml',
    ruleId: 'schema/unknown-property',
    line: 19,
    column: 5,
    description: 'A doubled colon "id:: …" makes the key "id:", which the schema does not know.',
    alsoReported: ['schema/required'],
  },
  {
    file: 'services.empty-key.yaml',
    ruleId: 'schema/pattern',
    line: 37,
    column: 7,
    description: 'A line holding only a colon adds an entry with an empty key to urgency.',
    alsoReported: ['schema/enum'],
  },
  {
    file: 'severities.two-documents.yaml',
    ruleId: 'yaml/syntax',
    line: 14,
    column: 1,
    description: 'A "---" in the middle splits the file into two YAML documents.',
  },
  {
    file: 'team.duplicate-key.yaml',
    ruleId: 'yaml/duplicate-key',
    line: 50,
    column: 5,
    description: 'engineer-c has time_zone twice; the repeat is reported.',
  },
  {
    file: 'team.deep-nesting.yaml',
    ruleId: 'yaml/syntax',
    line: 94,
    // The column is wherever the parser's stack ran out, so it depends on the machine.
    description: "A value nested 20,000 brackets deep exhausts the parser's stack; reported, not thrown.",
  },
  // ── Not YAML at all ────────────────────────────────────────────────────────────────────────────
  {
    file: 'services.empty.yaml',
    ruleId: 'file/empty',
    line: 1,
    column: 1,
    description: 'A zero-byte file.',
    noSchemaLine: true,
  },
  {
    file: 'coverage.comments-only.yaml',
    ruleId: 'file/empty',
    line: 1,
    description: 'The three header comment lines and nothing else.',
  },
  {
    file: 'team.binary.yaml',
    ruleId: 'file/not-text',
    line: 1,
    column: 1,
    description: 'Binary bytes: team.yaml gzipped.',
    noSchemaLine: true,
  },
  {
    file: 'compensation.binary-nul.yaml',
    ruleId: 'file/not-text',
    line: 20,
    column: 1,
    description: 'A NUL byte inside the holiday name on line 20.',
  },
  {
    file: 'team.binary-latin1.yaml',
    ruleId: 'file/not-text',
    line: 6,
    column: 1,
    description: 'A name saved as Latin-1 ("Engin\\xe9er A"): not UTF-8 on line 6.',
  },
  {
    file: 'team.huge-5mb.yaml',
    ruleId: 'file/too-large',
    line: 1,
    column: 1,
    description: 'team.yaml padded with comments to 5 MiB (generated in memory, never committed).',
    generate: fiveMegabyteTeam,
  },
  {
    file: 'severities.alias-bomb.yaml',
    ruleId: 'yaml/alias-limit',
    line: 4,
    column: 12,
    description: '"Billion laughs": ten levels of anchors, each aliasing the one before nine times.',
  },
  // ── Line 1: the $schema comment ────────────────────────────────────────────────────────────────
  {
    file: 'services.no-schema-line.yaml',
    ruleId: 'file/schema-comment',
    line: 1,
    column: 1,
    description: 'The "# yaml-language-server: $schema=…" line is missing.',
    noSchemaLine: true,
  },
  {
    file: 'services.wrong-schema-path.yaml',
    ruleId: 'file/schema-comment',
    line: 1,
    column: 33,
    description: 'Line 1 names ../schema/… instead of ../schemas/…; the column is the start of the path.',
    noSchemaLine: true,
  },
  // ── Line endings and byte-order marks ──────────────────────────────────────────────────────────
  {
    file: 'team.crlf-unknown-manager.yaml',
    ruleId: 'reference/unknown-person',
    line: 91,
    column: 14,
    description: 'CRLF line endings throughout and "manager: ceo": the position is as with LF.',
  },
  {
    file: 'services.crlf-stray-colon.yaml',
    ruleId: 'yaml/syntax',
    line: 29,
    column: 11,
    description: "CRLF line endings throughout and a stray colon: the parser's position is as with LF.",
  },
  {
    file: 'team.bom-unknown-manager.yaml',
    ruleId: 'reference/unknown-person',
    line: 91,
    column: 14,
    description: 'A byte-order mark and "manager: ceo": the BOM shifts no position.',
  },
  // ── Schema: types, enums, formats, properties ──────────────────────────────────────────────────
  {
    file: 'escalation.string-for-number.yaml',
    ruleId: 'schema/type',
    line: 18,
    column: 35,
    description: 'escalation_delay_minutes: thirty (text where a whole number belongs).',
  },
  {
    file: 'contacts.list-for-map.yaml',
    ruleId: 'schema/type',
    line: 11,
    column: 16,
    description: 'contact: [schedule, secondary] (a list where a mapping belongs).',
  },
  {
    file: 'rotations.list-for-turn-length.yaml',
    ruleId: 'schema/type',
    line: 25,
    column: 22,
    description: 'turn_length: [weeks, 1] (a list where a mapping belongs).',
  },
  {
    file: 'rotations.map-for-list.yaml',
    ruleId: 'schema/type',
    line: 26,
    column: 18,
    description: 'members: { first: …, second: … } (a mapping where a list belongs).',
  },
  {
    file: 'severities.no-for-boolean.yaml',
    ruleId: 'schema/type',
    line: 23,
    column: 15,
    description: 'incident: no is the text "no" in YAML 1.2, not false.',
  },
  {
    file: 'team.empty-value.yaml',
    ruleId: 'schema/type',
    line: 67,
    // The column is after the colon, not at the key; see the report.
    description: '"github:" with no value.',
  },
  {
    file: 'escalation.misspelt-property.yaml',
    ruleId: 'schema/unknown-property',
    line: 10,
    column: 5,
    description: 'num_loop instead of num_loops: the finding points at the key.',
  },
  {
    file: 'contacts.missing-required.yaml',
    ruleId: 'schema/required',
    line: 10,
    column: 7,
    description: 'Level 2 of the escalation path lacks its required "when".',
  },
  {
    file: 'team.invalid-enum.yaml',
    ruleId: 'schema/enum',
    line: 90,
    column: 11,
    description: 'role: engineering_manager (underscore) is not one of the roles.',
  },
  {
    file: 'compensation.impossible-date.yaml',
    ruleId: 'schema/format',
    line: 21,
    column: 15,
    description: 'A holiday on 2026-02-30.',
  },
  {
    file: 'compensation.leap-day-2027.yaml',
    ruleId: 'schema/format',
    line: 25,
    column: 15,
    description: 'A holiday on 2027-02-29: 2027 is not a leap year (2028-02-29 is a valid control case).',
  },
  {
    file: 'rotations.impossible-start.yaml',
    ruleId: 'schema/format',
    line: 13,
    column: 16,
    description: 'A layer starting 2026-02-30T10:00.',
  },
  {
    file: 'team.unknown-time-zone.yaml',
    ruleId: 'schema/format',
    line: 49,
    column: 16,
    description: 'time_zone: Europe/Lisboa is not an IANA zone (Europe/Lisbon is).',
  },
  {
    file: 'team.invalid-email.yaml',
    ruleId: 'schema/format',
    line: 96,
    column: 12,
    description: 'email: cto.example.com has no @.',
  },
  {
    file: 'coverage.invalid-clock.yaml',
    ruleId: 'schema/pattern',
    line: 7,
    column: 10,
    description: 'Business hours start at "9:00" instead of "09:00".',
  },
  // ── Cross-file references and identity ─────────────────────────────────────────────────────────
  {
    file: 'rotations.unknown-person.yaml',
    ruleId: 'reference/unknown-person',
    line: 26,
    column: 43,
    description: 'A layer member engineer-e who is not in team.yaml.',
  },
  {
    file: 'escalation.unknown-schedule.yaml',
    ruleId: 'reference/unknown-schedule',
    line: 18,
    column: 23,
    description: 'Rule 2 also pages schedule "tertiary", which rotations.yaml does not define.',
  },
  {
    file: 'services.unknown-policy.yaml',
    ruleId: 'reference/unknown-policy',
    line: 27,
    column: 24,
    description: 'edustream-payments names escalation policy "edustream-payments", which does not exist.',
  },
  {
    file: 'services.unknown-severity.yaml',
    ruleId: 'reference/unknown-severity',
    line: 36,
    column: 7,
    description: 'An urgency for severity P4, which severities.yaml does not define: the finding points at the key.',
  },
  {
    file: 'severities.duplicate-id.yaml',
    ruleId: 'identity/unique-id',
    line: 19,
    column: 9,
    description: 'Two severities with id P2.',
  },
  {
    file: 'contacts.duplicate-id.yaml',
    ruleId: 'identity/unique-id',
    line: 28,
    column: 9,
    description: 'Two external contacts with id "hosting".',
  },
  {
    file: 'team.duplicate-github.yaml',
    ruleId: 'identity/unique-account',
    line: 47,
    column: 13,
    description: "engineer-c has engineer-a's GitHub login in other letter case.",
  },
  // ── Policy rules ───────────────────────────────────────────────────────────────────────────────
  {
    file: 'escalation.zero-delay.yaml',
    ruleId: 'escalation/minimum-delay',
    line: 15,
    column: 35,
    description: 'Rule 2 escalates after 0 minutes.',
  },
  {
    file: 'escalation.first-delay-over-target.yaml',
    ruleId: 'escalation/first-delay-within-target',
    line: 12,
    column: 35,
    description: 'The first rule waits 20 minutes, longer than the 15-minute P0 business-hours target.',
  },
  {
    file: 'contacts.level-disagrees.yaml',
    ruleId: 'contacts/path-matches-policy',
    line: 14,
    column: 16,
    description: 'Level 3 names the CTO; rule 3 of the policy pages the engineering manager.',
  },
  {
    file: 'team.manager-loop.yaml',
    ruleId: 'team/manager-cycle',
    line: 99,
    column: 14,
    description: 'The CTO is given the engineering manager as manager: a loop (also reported on eng-manager).',
  },
  {
    file: 'team.engineer-without-manager.yaml',
    ruleId: 'team/manager-required',
    line: 45,
    column: 5,
    description: 'engineer-c has no manager.',
  },
  {
    file: 'rotations.end-before-start.yaml',
    ruleId: 'rotation/end-after-start',
    line: 25,
    column: 14,
    description: 'The secondary layer ends a week before it starts.',
    // A layer that ends before it starts never runs, so the schedule it belonged to is left uncovered.
    alsoReported: ['schedule/coverage-gap'],
  },
  {
    file: 'coverage.hours-reversed.yaml',
    ruleId: 'coverage/business-hours-order',
    line: 8,
    column: 8,
    description: 'Business hours 09:00 to 08:00.',
  },
  {
    file: 'severities.incident-without-target.yaml',
    ruleId: 'coverage/response-target',
    line: 14,
    column: 9,
    description: 'P2 now opens an incident but coverage.yaml has no response target for it.',
  },
  {
    file: 'compensation.weekly-without-anchor.yaml',
    ruleId: 'compensation/pay-period-anchor',
    line: 6,
    column: 3,
    description: 'Weekly pay periods with no anchor date.',
  },
];

/** Files that look odd but are fine: they must validate with no findings at all. */
export const VALID_CASES: readonly Pick<CorpusCase, 'file' | 'description'>[] = [
  { file: 'team.bom.yaml', description: 'team.yaml saved with a UTF-8 byte-order mark.' },
  { file: 'compensation.leap-day-2028.yaml', description: 'A holiday on 2028-02-29, a real leap day.' },
];
