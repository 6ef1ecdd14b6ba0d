/** Entry point of the bundled swap-check action (dist/swap-check/index.js). */
import { run } from './main.js';

await run();
