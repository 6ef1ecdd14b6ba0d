/** Entry point of the bundled PagerDuty sync action (dist/pagerduty-sync/index.js). */
import { run } from './main.js';

await run();
