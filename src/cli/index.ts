/** Entry point of the bundled CLI (dist/cli/index.js). */
import { main } from './main.js';

// `oncall schedule --json | head -1`: the reader is gone and has what it wanted. End quietly, as
// Unix tools do, instead of dying on an unhandled 'error' event with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

process.exitCode = await main(process.argv.slice(2));
