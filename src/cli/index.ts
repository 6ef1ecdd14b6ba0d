/** Entry point of the bundled CLI (dist/cli/index.js). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
