/** Binding policy objects to PagerDuty objects by marks only the key's holder can make. Pure. */
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { bindObject, MARKER, sealerFor } from '../src/pagerduty/binding.js';
import { MARK_KEY, MARK_PUBLIC_KEY } from './helpers/mark-key.js';
import { edit, findingsOf, lineOf, repoPolicyFiles, withFile } from './helpers/policy.js';

const sealer = sealerFor(MARK_KEY);
const other = sealerFor(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
const checker = sealerFor(undefined, MARK_PUBLIC_KEY);
const description = `Primary on-call ${MARKER} Edit oncall/rotations.yaml in the policy repository, not here.`;
const object = (id: string, name: string, text: string | null) => ({ id, name, description: text });
const want = { id: 'primary', name: 'primary' };

describe('marks', () => {
  it('bind one object: not its copy on another, not another kind or policy id, not another key', () => {
    const sealed = sealer.sealed(description, 'schedule', 'primary', 'PAAAAAA');
    expect(sealed).toMatch(/^Primary on-call \[managed by oncall-as-code #[\w-]{86}\] Edit/);
    expect(checker.carries('schedule', 'primary', object('PAAAAAA', 'x', sealed))).toBe(true);
    expect(() => checker.seal('schedule', 'primary', 'PAAAAAA')).toThrow(/only be made with the private mark key/);
    // A plan, without the private key, takes the object's own mark as the one apply would write.
    expect(checker.sealed(description, 'schedule', 'primary', 'PAAAAAA', sealed)).toBe(sealed);
    expect(sealer.carries('schedule', 'primary', object('PAAAAAA', 'x', sealed))).toBe(true);
    expect(sealer.carries('schedule', 'primary', object('PBBBBBB', 'x', sealed))).toBe(false);
    expect(sealer.carries('escalation_policy', 'primary', object('PAAAAAA', 'x', sealed))).toBe(false);
    expect(sealer.carries('schedule', 'secondary', object('PAAAAAA', 'x', sealed))).toBe(false);
    expect(other.carries('schedule', 'primary', object('PAAAAAA', 'x', sealed))).toBe(false);
    expect(sealer.carries('schedule', 'primary', object('PAAAAAA', 'x', description))).toBe(false);
  });

  it('seal the tool’s own marker, not one quoted in the policy’s text', () => {
    const quoted = `Says ${MARKER} ${MARKER} Edit …`;
    expect(sealer.sealed(quoted, 'schedule', 'p', 'PAAAAAA')).toMatch(/^Says \[managed by oncall-as-code\] \[managed/);
  });

  it('keep a ledger only when it is signed, whole, for this schedule', () => {
    const mine = sealer.withLedger('d', 'PAAAAAA', ['Q1', 'Q2']);
    expect(mine).toMatch(/^d overrides: Q1,Q2 #[\w-]{86}$/);
    expect(checker.ledger({ id: 'PAAAAAA', description: mine })).toEqual({ ids: ['Q1', 'Q2'], forged: [] });
    expect(checker.ledger({ id: 'PBBBBBB', description: mine })).toEqual({ ids: [], forged: ['Q1', 'Q2'] });
    const appended = mine.replace('Q1,Q2', 'Q1,Q2,Q3');
    expect(checker.ledger({ id: 'PAAAAAA', description: appended })).toEqual({ ids: [], forged: ['Q1', 'Q2', 'Q3'] });
    expect(checker.ledger({ id: 'PAAAAAA', description: 'd overrides: Q9' })).toEqual({ ids: [], forged: ['Q9'] });
  });

  it('need an Ed25519 key, and a public key that is the private key’s', () => {
    expect(() => sealerFor(undefined)).toThrow(/no mark key/);
    expect(() => sealerFor('not a key')).toThrow(/does not read as a PEM key/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(() => sealerFor(rsa.toString())).toThrow(/not an Ed25519 key/);
    const stranger = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => sealerFor(MARK_KEY, stranger)).toThrow(/is not the private key's/);
    expect(sealerFor(MARK_KEY, MARK_PUBLIC_KEY).canSign).toBe(true);
    expect(sealerFor(MARK_KEY.replace(/\n/g, '\\n')).canSign).toBe(true); // pasted with escaped newlines
  });
});

describe('bindObject', () => {
  const marked = (id: string) => object(id, 'renamed in the UI', sealer.sealed(description, 'schedule', 'primary', id));

  it('finds the marked object whatever it is called now, and creates when there is none', () => {
    expect(bindObject(sealer, 'schedule', want, [marked('PAAAAAA')])).toMatchObject({ kind: 'bound', sealed: true });
    expect(bindObject(sealer, 'schedule', want, [object('PCCCCCC', 'other', null)])).toEqual({ kind: 'create' });
  });

  it('holds back a policy object two PagerDuty objects are marked as, naming both', () => {
    const b = bindObject(sealer, 'schedule', want, [marked('PAAAAAA'), marked('PBBBBBB')]);
    expect(b).toEqual({
      kind: 'blocked',
      why: expect.stringMatching(/has 2 objects marked as the schedule "primary" \(PAAAAAA, PBBBBBB\)/),
    });
  });

  it('holds back one whose name an unbound object has, and binds by pagerduty_id when the policy names it', () => {
    const hand = object('PHAND01', 'primary', `Hand-made ${MARKER}`);
    expect(bindObject(sealer, 'schedule', want, [hand])).toMatchObject({ kind: 'blocked' });
    const adopt = bindObject(sealer, 'schedule', { ...want, pagerdutyId: 'PHAND01' }, [hand, marked('PAAAAAA')]);
    expect(adopt).toEqual({ kind: 'bound', object: hand, sealed: false });
    const missing = bindObject(sealer, 'schedule', { ...want, pagerdutyId: 'PGONE01' }, [hand]);
    expect(missing).toEqual({ kind: 'blocked', why: expect.stringMatching(/names pagerduty_id PGONE01, which/) });
  });
});

describe('identity/unique-pagerduty-id', () => {
  it('reports the second policy object that names an id another already binds, at its line', () => {
    let { files } = edit(
      repoPolicyFiles(),
      'oncall/rotations.yaml',
      '  - id: primary\n',
      '  - id: primary\n    pagerduty_id: PABC123\n',
    );
    ({ files } = edit(
      files,
      'oncall/services.yaml',
      '  - id: edustream-general\n',
      '  - id: edustream-general\n    pagerduty_id: PABC123\n',
    ));
    expect(findingsOf(files, 'identity/unique-pagerduty-id')).toMatchObject([
      {
        file: 'oncall/services.yaml',
        line: lineOf(files, 'oncall/services.yaml', 'pagerduty_id: PABC123'),
        message: expect.stringMatching(
          /^pagerduty_id PABC123 of service "edustream-general" already binds schedule "primary"\./,
        ),
      },
    ]);
  });
});

describe('file/too-large for swaps', () => {
  it('a swap file over 64 KiB is refused at line 1, before it is parsed', () => {
    const padded = `${'# padding\n'.repeat(7000)}schedule: primary\n`;
    const files = withFile(repoPolicyFiles(), 'oncall/swaps/2027-01-10-primary-engineer-a.yaml', padded);
    expect(findingsOf(files, 'file/too-large')).toMatchObject([
      {
        line: 1,
        message:
          'The swap file is larger than 65536 bytes (64 KiB); a swap is a few lines. Remove what does not belong.',
      },
    ]);
  });
});
