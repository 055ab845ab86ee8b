/** Every CLI command; the first words of the command line select one (longest path wins). */
import type { Command } from '../command.js';
import { startCommand } from './start.js';
import { migrateCommand } from './migrate.js';
import { ingestCommand } from './ingest.js';
import { jobsListCommand, jobsRetryCommand } from './jobs.js';
import { importSalariesCommand } from './import-salaries.js';
import { userCreateCommand } from './user.js';
import { tokenCreateCommand, tokenListCommand, tokenRevokeCommand } from './token.js';
import { simulateCommand } from './simulate.js';
import { backtestCommand } from './backtest.js';
import { contestCommand } from './contest.js';
import { optimizeCommand } from './optimize.js';
import { gameVenueCommand } from './games-set-venue.js';
import { playerAliasCommand, teamAliasCommand } from './aliases.js';
import { portfolioCommand } from './portfolio.js';
import { entriesImportCommand } from './entries.js';
import { resultsImportCommand } from './results-import.js';
import { resultsImportStatsCommand } from './results-import-stats.js';
import { gradeCommand } from './grade.js';

export const commands: Command[] = [
  startCommand,
  migrateCommand,
  ingestCommand,
  jobsListCommand,
  jobsRetryCommand,
  importSalariesCommand,
  userCreateCommand,
  tokenCreateCommand,
  tokenListCommand,
  tokenRevokeCommand,
  simulateCommand,
  backtestCommand,
  contestCommand,
  optimizeCommand,
  gameVenueCommand,
  playerAliasCommand,
  teamAliasCommand,
  portfolioCommand,
  entriesImportCommand,
  resultsImportCommand,
  resultsImportStatsCommand,
  gradeCommand,
];
