/**
 * The file kinds of oncall/: where each lives, which schema checks it, and whether the policy is
 * incomplete without it. Adding a kind is one entry here plus its schema.
 */
import { posix } from 'node:path';
import commonSchema from '../../schemas/common.schema.json' with { type: 'json' };
import compensationSchema from '../../schemas/compensation.schema.json' with { type: 'json' };
import contactsSchema from '../../schemas/contacts.schema.json' with { type: 'json' };
import coverageSchema from '../../schemas/coverage.schema.json' with { type: 'json' };
import escalationSchema from '../../schemas/escalation.schema.json' with { type: 'json' };
import rotationsSchema from '../../schemas/rotations.schema.json' with { type: 'json' };
import servicesSchema from '../../schemas/services.schema.json' with { type: 'json' };
import severitiesSchema from '../../schemas/severities.schema.json' with { type: 'json' };
import swapSchema from '../../schemas/swap.schema.json' with { type: 'json' };
import postmortemSchema from '../../schemas/postmortem.schema.json' with { type: 'json' };
import teamSchema from '../../schemas/team.schema.json' with { type: 'json' };
import timeOffSchema from '../../schemas/time-off.schema.json' with { type: 'json' };
import type {
  CompensationFile,
  ContactsFile,
  CoverageFile,
  EscalationFile,
  RotationsFile,
  ServicesFile,
  SeveritiesFile,
  TeamFile,
} from './types.js';

export interface FileKinds {
  team: TeamFile;
  rotations: RotationsFile;
  escalation: EscalationFile;
  services: ServicesFile;
  severities: SeveritiesFile;
  coverage: CoverageFile;
  compensation: CompensationFile;
  contacts: ContactsFile;
}

export type KindName = keyof FileKinds;
/** Kinds that check files: the single-file kinds plus swaps (one file per swap) and time off (one per person). */
export type SchemaName = KindName | 'swap' | 'time-off' | 'postmortem';

export interface KindSpec {
  kind: KindName;
  /** Path relative to the policy root. */
  file: string;
  schema: { $id: string };
  /** Schema file name, as the `$schema` comment on line 1 names it. */
  schemaFile: string;
}

export const POLICY_DIR = 'oncall';

/** Where a file kind lives, relative to the policy root. */
export function fileOf(kind: KindName): string {
  return `${POLICY_DIR}/${kind}.yaml`;
}

function spec(kind: KindName, schema: { $id: string }): KindSpec {
  return { kind, file: fileOf(kind), schema, schemaFile: `${kind}.schema.json` };
}

export const KINDS: readonly KindSpec[] = [
  spec('team', teamSchema),
  spec('rotations', rotationsSchema),
  spec('escalation', escalationSchema),
  spec('services', servicesSchema),
  spec('severities', severitiesSchema),
  spec('coverage', coverageSchema),
  spec('compensation', compensationSchema),
  spec('contacts', contactsSchema),
];

/** Swaps: any number of files, one per swap, in oncall/swaps/. */
export const SWAPS = {
  kind: 'swap' as const,
  dir: `${POLICY_DIR}/swaps`,
  schema: swapSchema as { $id: string },
  schemaFile: 'swap.schema.json',
};

/** Time off: one file per person who declares any, named after their id, in oncall/time-off/. */
export const TIME_OFF = {
  kind: 'time-off' as const,
  dir: `${POLICY_DIR}/time-off`,
  schema: timeOffSchema as { $id: string },
  schemaFile: 'time-off.schema.json',
};

/** Postmortems: markdown files whose YAML front matter has a schema of its own. */
export const POSTMORTEMS = {
  kind: 'postmortem' as const,
  dir: 'postmortems',
  schema: postmortemSchema as { $id: string },
  schemaFile: 'postmortem.schema.json',
  template: 'postmortems/TEMPLATE.md',
};

/**
 * Every markdown file under postmortems/, at any depth and in any case (`2026/x.MD`), is checked: one
 * a reader sees as a postmortem must not pass unread. The template is not one.
 */
export function isCheckedPostmortem(path: string): boolean {
  return (
    path.startsWith(`${POSTMORTEMS.dir}/`) &&
    /\.md$/i.test(path) &&
    path !== POSTMORTEMS.template &&
    !posix.relative(POSTMORTEMS.dir, path).startsWith('..')
  );
}

/** Schemas that others `$ref` but that check no file of their own. */
export const SHARED_SCHEMAS: readonly { $id: string }[] = [commonSchema];
