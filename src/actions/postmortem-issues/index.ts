/** Entry point of the bundled postmortem-issues action (dist/postmortem-issues/index.js). */
import { run } from './main.js';

await run();
