/**
 * Reading what the bot posts as a person sees it on GitHub: backslash escapes show the punctuation
 * they escape, and the zero-width joiners that keep "@name" from pinging are invisible.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export function shown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u200d/g, '');
}

/**
 * The @-mentions GitHub would turn into notifications: an @ after neither a word character nor a
 * backslash, followed at once by a login or org/team (a joiner or an escape in between breaks it).
 * Text inside code spans and fences is not mentioned, so those are removed first.
 */
export function liveMentions(markdown: string): string[] {
  const prose = markdown.replace(/(`{3,})[^]*?\1/g, '').replace(/(`+)[^`]*?\1/g, '');
  return [...prose.matchAll(/(?<![\w\\`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?)/g)].map((m) => m[1]!);
}

/** GitHub-flavoured markdown as remark reads it, to ask what a body renders as. */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** Every node of these types in the tree, depth first. */
export function kinds(tree: Root, types: readonly string[]): Nodes[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (types.includes(n.type)) out.push(n);
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  return out;
}

export function textOf(n: Nodes): string {
  if ('value' in n) return n.value;
  return 'children' in n ? n.children.map((c) => textOf(c)).join('') : '';
}

/** The bot's own HTML: the hidden markers it finds its posts by, and the folds it puts long parts in. */
const OWN_HTML = /^(<!-- oncall-as-code:[\w:.-]+ -->|<details><summary>[\w ,()-]+<\/summary>|<\/details>)$/;

/** Links, images and raw HTML a body renders, beyond the bot's own HTML. */
export function liveMarkup(tree: Root): Nodes[] {
  return kinds(tree, ['link', 'image', 'html']).filter((n) => !(n.type === 'html' && OWN_HTML.test(n.value)));
}
