#!/usr/bin/env node
// The `oncall` command: runs the bundled CLI, so it starts fast and needs no build step after `npm ci`.
import '../dist/cli/index.js';
