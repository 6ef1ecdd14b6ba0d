/** The JSON Schemas themselves: strict, identified, documented, and their examples valid. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, POSTMORTEMS, SWAPS, TIME_OFF } from '../src/model/kinds.js';
import { validatorFor } from '../src/model/schema.js';
import { REPO_ROOT } from './helpers/policy.js';

const dir = join(REPO_ROOT, 'schemas');
const schemas = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => ({ file: f, schema: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));

describe('schemas/', () => {
  it('has one schema per file kind plus the shared definitions', () => {
    expect(schemas.map((s) => s.file).sort()).toEqual(
      [
        ...KINDS.map((k) => k.schemaFile),
        SWAPS.schemaFile,
        TIME_OFF.schemaFile,
        POSTMORTEMS.schemaFile,
        'common.schema.json',
      ].sort(),
    );
  });

  it.each(schemas)(
    '$file is draft 2020-12 with an $id matching its file name, a title and a description',
    ({ file, schema }) => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(new RegExp(`/schemas/${file.replace(/\./g, '\\.')}$`));
      expect(schema.title).toBeTruthy();
      expect(schema.description).toBeTruthy();
    },
  );

  it.each([...KINDS, SWAPS, TIME_OFF, POSTMORTEMS])('$schemaFile has examples, and accepts them', (k) => {
    const examples = (k.schema as { examples?: unknown[] }).examples ?? [];
    expect(examples.length).toBeGreaterThan(0);
    const validate = validatorFor(k.kind);
    for (const example of examples) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('forbids unknown properties in every object it defines (a typo must not pass silently)', () => {
    const loose: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object' && n.properties && n.additionalProperties === undefined) loose.push(where);
      for (const [k, v] of Object.entries(n)) walk(v, `${where}/${k}`);
    };
    for (const s of schemas) walk(s.schema, s.file);
    expect(loose).toEqual([]);
  });
});
