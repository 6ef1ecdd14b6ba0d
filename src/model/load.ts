/**
 * Files → Policy. Pure: the caller reads the files (src/io) and hands over bytes, so loading is
 * testable on in-memory fixtures and the same for the CLI and every action.
 */
import { posix } from 'node:path';
import type { Finding } from '../render/finding.js';
import { KINDS, POLICY_DIR, SWAPS, TIME_OFF, type FileKinds, type KindName, type SchemaName } from './kinds.js';
import { parseYamlFile } from './parse.js';
import { checkSchema } from './schema.js';
import type { SourceFile } from './source.js';
import type { SwapFile, TimeOffFile } from './types.js';

export interface RawFile {
  /** Relative to the policy root, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** A swap file that passed its schema; `id` is its file name without .yaml. */
export interface SwapEntry {
  id: string;
  file: string;
  data: SwapFile;
}

/** A time-off file that passed its schema; `person` is its file name without .yaml. */
export interface TimeOffEntry {
  person: string;
  file: string;
  data: TimeOffFile;
}

/** The policy: every file kind that parsed and passed its schema, plus every source for positions. */
export type Policy = Partial<FileKinds> & {
  sources: ReadonlyMap<string, SourceFile>;
  /** Valid swap files, sorted by file name. */
  swaps: SwapEntry[];
  /** Swap files that exist but did not pass their schema: rules about swaps hold back while any do. */
  brokenSwaps: string[];
  /** Valid time-off files, sorted by file name; absent where the caller built the policy by hand. */
  timeOff?: TimeOffEntry[];
};

export interface Loaded {
  policy: Policy;
  findings: Finding[];
}

const SCHEMA_COMMENT = /^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$/;

export function loadPolicy(files: readonly RawFile[]): Loaded {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const sources = new Map<string, SourceFile>();
  const findings: Finding[] = [];
  const policy: Policy = { sources, swaps: [], brokenSwaps: [], timeOff: [] };

  const load = (raw: RawFile, schema: SchemaName, schemaFile: string): unknown => {
    const parsed = parseYamlFile(raw.path, raw.bytes);
    sources.set(raw.path, parsed.source);
    for (const f of parsed.findings) findings.push(f);
    if (parsed.data === undefined) return undefined;
    const fileFindings = [
      ...checkSchemaComment(parsed.source, schemaFile),
      ...checkSchema(parsed.source, schema, parsed.data),
    ];
    // One at a time: a file with many bad items has more findings than a spread's arguments may hold.
    for (const f of fileFindings) findings.push(f);
    // A wrong $schema comment is worth fixing but leaves the data trustworthy; parse and schema errors do not.
    const clean =
      !parsed.findings.some((f) => f.severity === 'error') && !fileFindings.some((f) => f.ruleId.startsWith('schema/'));
    return clean ? parsed.data : undefined;
  };

  for (const spec of KINDS) {
    const raw = byPath.get(spec.file);
    if (!raw) {
      findings.push({
        ruleId: 'file/missing',
        severity: 'error',
        message: `${spec.file} is missing. Every policy needs it; create it following schemas/${spec.schemaFile}.`,
        file: spec.file,
        line: 1,
        column: 1,
      });
      continue;
    }
    const data = load(raw, spec.kind, spec.schemaFile);
    if (data !== undefined) assign(policy, spec.kind, data as FileKinds[typeof spec.kind]);
  }

  const known = new Set(KINDS.map((k) => k.file));
  for (const raw of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const dir = posix.dirname(raw.path);
    // .gitattributes is read for the checkout check (validate/policy.ts), not as policy.
    if (posix.basename(raw.path).startsWith('.')) continue;
    if (dir === SWAPS.dir && raw.path.endsWith('.yaml')) {
      const data = load(raw, SWAPS.kind, SWAPS.schemaFile);
      if (data === undefined) policy.brokenSwaps.push(raw.path);
      else policy.swaps.push({ id: posix.basename(raw.path, '.yaml'), file: raw.path, data: data as SwapFile });
    } else if (dir === TIME_OFF.dir && raw.path.endsWith('.yaml')) {
      const data = load(raw, TIME_OFF.kind, TIME_OFF.schemaFile);
      if (data !== undefined)
        policy.timeOff!.push({ person: posix.basename(raw.path, '.yaml'), file: raw.path, data: data as TimeOffFile });
    } else if (!known.has(raw.path) && (dir === POLICY_DIR || dir === SWAPS.dir || dir === TIME_OFF.dir)) {
      findings.push({
        ruleId: 'file/unknown',
        severity: 'warning',
        message:
          dir === SWAPS.dir || dir === TIME_OFF.dir
            ? `${raw.path} is not a ${dir === SWAPS.dir ? 'swap' : 'time-off'} file (those end in .yaml); it is ignored. Rename or remove it.`
            : `${raw.path} is not a policy file this tool knows (${KINDS.map((k) => posix.basename(k.file)).join(', ')}); it is ignored. Rename or remove it.`,
        file: raw.path,
        line: 1,
        column: 1,
      });
    }
  }
  return { policy, findings };
}

function assign<K extends KindName>(policy: Policy, kind: K, data: FileKinds[K]): void {
  (policy as Partial<FileKinds>)[kind] = data;
}

/** Line 1 names the schema so editors (yaml-language-server) complete and check the file as it is typed. */
function checkSchemaComment(source: SourceFile, schemaFile: string): Finding[] {
  const expected = posix.relative(posix.dirname(source.path), `schemas/${schemaFile}`);
  const firstLine = source.text.split(/\r?\n/, 1)[0] ?? '';
  const match = SCHEMA_COMMENT.exec(firstLine);
  const fix = `Make line 1 read: # yaml-language-server: $schema=${expected}`;
  if (!match) {
    return [
      {
        ruleId: 'file/schema-comment',
        severity: 'error',
        message: `Line 1 does not name the file's schema, so editors cannot check it. ${fix}`,
        file: source.path,
        line: 1,
        column: 1,
      },
    ];
  }
  if (match[1] !== expected) {
    return [
      {
        ruleId: 'file/schema-comment',
        severity: 'error',
        message: `Line 1 names the schema ${match[1]}, but this file is checked against ${expected}. ${fix}`,
        file: source.path,
        line: 1,
        column: firstLine.indexOf('$schema=') + 9,
      },
    ];
  }
  return [];
}
