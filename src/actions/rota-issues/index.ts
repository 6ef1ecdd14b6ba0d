/** Entry point of the bundled rota-issues action (dist/rota-issues/index.js). */
import { run } from './main.js';

await run();
