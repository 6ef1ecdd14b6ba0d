/**
 * One renderer per medium the bot writes to, each tried with arbitrary text as an attacker would
 * write it (a swap reason, a roster name, a PagerDuty name): what comes out is only text there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_MAX, ONE_LINE_PATTERN, REASON_MAX } from '../src/model/limits.js';
import { calendarSite } from '../src/render/calendar-site.js';
import { fenced } from '../src/render/fence.js';
import { renderPlanMarkdown } from '../src/render/pagerduty-plan.js';
import { escapeHtml } from '../src/render/html.js';
import { inert, inertCode } from '../src/render/inert.js';
import { withoutControls } from '../src/render/plain.js';
import { slackLink, slackText } from '../src/render/slack.js';
import { buildTimeline, shiftsIn } from '../src/schedule/timeline.js';
import { validatePolicy } from '../src/validate/index.js';
import { kinds, liveMentions, parseMarkdown, shown, textOf } from './helpers/markdown.js';
import { findingsOf, REPO_ROOT, repoPolicyFiles, TEST_NOW } from './helpers/policy.js';
import { withSwaps } from './helpers/swaps.js';

/** Text as hostile as it gets: markup, mentions, links, fences, controls, bidi overrides, astral characters. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        '@org/everyone',
        '@here',
        '<!channel>',
        '<https://evil.example|x>',
        '[a](https://e.x)',
        '![](https://e.x/i.png)',
        '<img src=x onerror=alert(1)>',
        '```',
        '~~~',
        '\n# H\n',
        '| a | b |',
        '&#64;team',
        '\\',
        '`',
        '*',
        '_',
        '\u202e',
        '\u0000',
        '\r\n',
        '\u2028',
        'www.evil.example',
        'mailto:a@b.c',
        'a@b.example',
        '😀',
        'x',
        ' ',
        '"',
        "'",
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

describe('GitHub markdown', () => {
  it('inert text is one paragraph of text: no mention, link, image, HTML, heading, code or table', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = inert(text, 500);
        expect(out).not.toMatch(/[\n\r]/);
        const tree = parseMarkdown(`Reason: ${out}`);
        expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
        expect(kinds(tree, ['link', 'image', 'html', 'inlineCode', 'emphasis', 'strong', 'delete'])).toEqual([]);
        expect(liveMentions(out)).toEqual([]);
      }),
    );
  });

  it('inert text reads as what was written, controls aside, and is capped', () => {
    expect(shown(inert('Family wedding [in Lisbon] #1 — @alice'))).toBe('Family wedding [in Lisbon] #1 — @alice');
    expect([...inert('x'.repeat(500), 200)]).toHaveLength(200);
    expect(inert('a\u202eb\nc')).toBe('a b c');
    // GitHub's reference autolinker runs after markdown: a joiner keeps issues and commits text.
    const refs = inert('see #12, torvalds/linux#1, GH-3 and 1a2b3c4d5e');
    expect(shown(refs)).toBe('see #12, torvalds/linux#1, GH-3 and 1a2b3c4d5e');
    expect(refs.replace(/\\/g, '')).not.toMatch(/#\d|GH-\d|[0-9a-f]{7}/i);
  });

  it('inert code is one code span whatever the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const tree = parseMarkdown(`File ${inertCode(text)} here`);
        expect(kinds(tree, ['inlineCode'])).toHaveLength(1);
        expect(kinds(tree, ['link', 'image', 'html'])).toEqual([]);
      }),
    );
  });
});

describe('code fences', () => {
  it('hold any text as one code block with its lines as they were, controls aside', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        const tree = parseMarkdown(`## Plan\n\n${fenced(text, 'diff')}\n\nAfter.`);
        expect(tree.children.map((c) => c.type)).toEqual(['heading', 'code', 'paragraph']);
        const [code] = kinds(tree, ['code']);
        expect(textOf(code!)).toBe(withoutControls(text).replace(/\n+$/, ''));
      }),
    );
  });
});

describe('the PagerDuty plan', () => {
  it('keeps a plan of thousands of items under GitHub’s 65,536-character body limit, saying what it left out', () => {
    const warnings = Array.from({ length: 2000 }, (_, i) => `Override Q${i} on "primary" is explained by no swap.`);
    const plan = {
      changes: [],
      errors: [],
      blocked: [],
      warnings,
      unexplained: [],
      ledger: new Map(),
      users: new Map(),
      scheduleIds: new Map(),
      policyIds: new Map(),
    };
    const md = renderPlanMarkdown(plan, 'https://api.pagerduty.com');
    expect(md.length).toBeLessThan(65_536);
    expect(md).toMatch(/… \d+ more line\(s\): `oncall pagerduty plan` prints them all\.\n`{3,}\n$/);
    expect(kinds(parseMarkdown(md), ['code'])).toHaveLength(1);
  });
});

describe('Slack mrkdwn', () => {
  it('leaves nothing Slack acts on: no <…> sequence, no @here or @channel, no address', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = slackText(text, 300);
        expect(out).not.toMatch(/[<>\n]/);
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
        expect(out).not.toMatch(/@[\w!]/);
        expect(out).not.toMatch(/https?:|www\.|\w\.\w/i);
      }),
    );
    expect(slackLink('https://github.com/o/r/pull/1', 'PR <#1>')).toBe('<https://github.com/o/r/pull/1|PR &lt;#1&gt;>');
  });
});

describe('HTML', () => {
  it('escaped text has no tag, entity or attribute quote of its own', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = escapeHtml(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
    );
  });

  it('the published index page names people as text, under a policy that allows no script', () => {
    const files = repoPolicyFiles().map((f) =>
      f.path === 'oncall/team.yaml'
        ? {
            ...f,
            bytes: Buffer.from(
              Buffer.from(f.bytes)
                .toString('utf8')
                .replace('name: Engineer A', 'name: "<script>alert(document.domain)</script> \\"onmouseover=x"'),
            ),
          }
        : f,
    );
    const { policy, findings } = validatePolicy(files, { now: TEST_NOW });
    expect(findings.filter((f) => f.severity === 'error' && f.file === 'oncall/team.yaml')).toEqual([]);
    const window = { start: TEST_NOW, end: TEST_NOW + 28 * 86_400_000 };
    const people = new Map(policy.team!.people.map((p) => [p.id, p]));
    const site = calendarSite(shiftsIn(buildTimeline(policy, window)), people, policy.rotations!.schedules, TEST_NOW);
    const index = site.find((f) => f.path === 'index.html')!.content;
    expect(index).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt; &quot;onmouseover=x');
    const tags = [...index.matchAll(/<\/?([a-z0-9!]+)/gi)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['!doctype', 'meta', 'title', 'h1', 'p', 'ul', 'li', 'a', 'code']));
    expect(index).toContain(`content="default-src 'none'`);
    expect(site.map((f) => f.path)).toContain('person-engineer-a.ics');
  });
});

describe('free text in the policy', () => {
  const common = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/common.schema.json'), 'utf8'));

  it('is bounded by the schemas as the renderers assume', () => {
    expect(common.$defs.name).toMatchObject({ maxLength: NAME_MAX, pattern: ONE_LINE_PATTERN });
    expect(common.$defs.sentence).toMatchObject({ maxLength: REASON_MAX, pattern: ONE_LINE_PATTERN });
    const swap = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/swap.schema.json'), 'utf8'));
    expect(swap.properties.reason.$ref).toBe('common.schema.json#/$defs/sentence');
  });

  it('a reason too long or spread over lines is an error at its line, saying what to do', () => {
    const swap = { start: '2026-12-08T18:00:00Z', end: '2026-12-09T06:00:00Z', relieved: 'engineer-a' };
    const long = withSwaps(repoPolicyFiles(), { ...swap, covering: 'engineer-d', reason: 'x'.repeat(301) });
    expect(findingsOf(long, 'schema/maxLength')).toMatchObject([
      { line: 7, column: 9, message: 'reason is 301 characters long; at most 300 are allowed. Shorten it.' },
    ]);
    const lines = withSwaps(repoPolicyFiles(), { ...swap, covering: 'engineer-d', reason: '"Family\\n@here"' });
    expect(findingsOf(lines, 'schema/pattern')).toMatchObject([
      { line: 7, message: 'reason holds a line break at character 7. Write it on one line of plain text.' },
    ]);
  });
});
