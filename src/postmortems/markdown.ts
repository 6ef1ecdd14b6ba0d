/**
 * The markdown reading shared by the template and the postmortems: one remark processor (GFM tables,
 * YAML front matter), the header lines under the title, and whether a stretch of blocks renders empty.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from './types.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

export const positionOf = (node: { position?: { start: { line: number; column: number } } } | undefined): Position => ({
  line: node?.position?.start.line ?? 1,
  column: node?.position?.start.column ?? 1,
});

export interface HeaderLine {
  /** The bold text, without a colon: `**Date**:` and `**Date:**` are both "Date". */
  label: string;
  /** The rest of the line as written, without the colon. */
  value: string;
  at: Position;
}

/**
 * The lines under the title that start with a bold label (`**Duration**: 1 hour`), in the blocks
 * before the first section. Values are read from the source, so `[Name]` or a link stays as written.
 */
export function headerLines(tree: Root, text: string): HeaderLine[] {
  const out: HeaderLine[] = [];
  for (const block of tree.children) {
    if (block.type === 'heading' && block.depth === 2) break;
    if (block.type !== 'paragraph') continue;
    block.children.forEach((node, i) => {
      const before = block.children[i - 1];
      const startsLine = !before || before.type === 'break' || (before.type === 'text' && before.value.endsWith('\n'));
      const end = node.position?.end.offset;
      if (node.type !== 'strong' || !startsLine || end === undefined) return;
      const rest = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
      out.push({
        label: toString(node).trim().replace(/:$/, '').trim(),
        value: rest
          .replace(/^\s*:/, '')
          .replace(/\\$|\s+$/, '')
          .trim(),
        at: positionOf(node),
      });
    });
  }
  return out;
}

const COMMENT = /<!--[^]*?(?:-->|$)/g;

/** Whether blocks show nothing when rendered: blank, or only HTML comments (`<!-- TODO -->`). */
export function rendersEmpty(blocks: readonly RootContent[]): boolean {
  const shows = (node: Nodes): boolean => {
    if (node.type === 'html') return node.value.replace(COMMENT, '').trim() !== '';
    if (node.type === 'image' || node.type === 'imageReference') return true;
    if ('children' in node) return node.children.some((c) => shows(c as Nodes));
    return toString(node).trim() !== '';
  };
  return !blocks.some((b) => shows(b));
}
