/** The container entry point (`node dist/main.js`): `sportsdata start` with the roles from ROLE. */
import { runCli } from './cli/main.js';

process.exitCode = await runCli(['start', ...process.argv.slice(2)]);
