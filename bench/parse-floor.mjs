#!/usr/bin/env node
/**
 * The parse floor for P1: reads the files `oncall validate` reads and only parses them, with the
 * same libraries and options — YAML with positions (yaml + LineCounter, then to data), postmortems
 * with remark (front matter, GFM) and their front matter as YAML. No schema, rule or check: any
 * validator that reports positions has to do at least this much. Usage: node bench/parse-floor.mjs <root>
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument } from 'yaml';

const root = process.argv[2] ?? '.';
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const yaml = (text) =>
  parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true, strict: true }).toJS({
    maxAliasCount: 100,
  });

async function files(folder, pattern) {
  const names = await readdir(join(root, folder)).catch(() => []);
  return names
    .filter((n) => pattern.test(n))
    .sort()
    .map((n) => join(root, folder, n));
}

let count = 0;
for (const file of [...(await files('oncall', /\.ya?ml$/)), ...(await files('oncall/swaps', /\.ya?ml$/))]) {
  yaml(await readFile(file, 'utf8'));
  count++;
}
for (const file of [...(await files('postmortems', /\.md$/)), ...(await files('docs', /^on-call\.md$/))]) {
  const tree = markdown.parse(await readFile(file, 'utf8'));
  const front = tree.children.find((n) => n.type === 'yaml');
  if (front) yaml(front.value);
  count++;
}
console.log(`${count} files parsed`);
