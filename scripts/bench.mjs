#!/usr/bin/env node
// Runs bench/index.ts: bundles it with esbuild into a temp folder under node_modules/.cache (Node 20 cannot run TypeScript)
// and executes it, so `npm run bench` works on a fresh clone after `npm ci`.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// Inside the repository, so the bundle's bare imports resolve from node_modules/.
await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
const out = await mkdtemp(join(root, 'node_modules/.cache/oncall-bench-'));
try {
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'bench/index.ts')],
    outfile: join(out, 'bench.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  await import(pathToFileURL(join(out, 'bench.mjs')).href);
} finally {
  await rm(out, { recursive: true, force: true });
}
