/**
 * Bounds found by an attack review of adopt and rotation change: an override centuries long is
 * reported, not split turn by turn; a long layer name is rewritten on one line.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { swapsForOverride } from '../src/pagerduty/override-swaps.js';
import { planRosterChange } from '../src/rota/roster-change.js';
import { writeRosterChange } from '../src/rota/roster-yaml.js';
import { checkPolicy } from '../src/validate/policy.js';
import { repoPolicyFiles, textOf, withFile } from './helpers/policy.js';

describe('bounds', () => {
  const now = Date.now();
  const files = repoPolicyFiles();

  it('an override that ends past the two-year swap bound is reported, not written as thousands of swaps', () => {
    const primary = checkPolicy(files, { now }).policy.rotations!.schedules.find((x) => x.id === 'primary')!;
    const override = {
      id: 'PX',
      start: new Date(now + 86_400_000).toISOString(),
      end: '9999-12-31T00:00:00Z',
      user: { id: 'U', type: 'user_reference' },
    };
    const r = swapsForOverride(primary, override as never, 'engineer-a', now, 'Override PX');
    expect(r.swaps).toEqual([]);
    expect(r.problem).toMatch(/^Override PX ends after the 104-week bound on swaps/);
  });

  it('a layer name longer than YAML’s fold width is written on one line and reads back as planned', () => {
    const long = 'Weekly rotation of the platform infrastructure and reliability engineering team';
    const text = textOf(files, 'oncall/rotations.yaml').replaceAll('name: Weekly rotation', `name: ${long}`);
    const longNamed = withFile(files, 'oncall/rotations.yaml', text);
    const { policy, findings } = checkPolicy(longNamed, { now });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const change = planRosterChange(
      policy.rotations!.schedules,
      new Set(['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d']),
      {
        schedule: 'secondary',
        edits: [{ kind: 'order', members: ['engineer-b', 'engineer-a', 'engineer-d', 'engineer-c'] }],
        effective: { kind: 'next-handoff' },
        now,
      },
    );
    const out = writeRosterChange(text, change);
    expect(parseDocument(out).errors.map(String)).toEqual([]);
    const after = checkPolicy(withFile(longNamed, 'oncall/rotations.yaml', out), { now }).policy;
    expect(after.rotations!.schedules).toEqual(change.schedules);
  });
});
