/** Entry point of the bundled validate action (dist/validate/index.js). */
import { run } from './main.js';

await run();
