#!/usr/bin/env node
// Bundles the CLI and every action into dist/ with esbuild: one ESM file per entry plus shared
// chunks, deterministic so `npm run bundle` on a clean tree reproduces the committed dist/ byte for byte.
// Usage: node scripts/bundle.mjs [outdir]   (default dist; the freshness test bundles into a temp dir)
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(process.argv[2] ?? resolve(root, 'dist'));

export const ENTRIES = {
  'cli/index': 'src/cli/index.ts',
  'validate/index': 'src/actions/validate/index.ts',
  'swap-check/index': 'src/actions/swap-check/index.ts',
  'pagerduty-sync/index': 'src/actions/pagerduty-sync/index.ts',
  'postmortem-issues/index': 'src/actions/postmortem-issues/index.ts',
  'rota-issues/index': 'src/actions/rota-issues/index.ts',
};

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'shared/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (ajv) call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});
