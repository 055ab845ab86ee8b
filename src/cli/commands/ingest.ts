/** `sportsdata ingest <dfs|odds|weather|injury> --once`: one poll cycle in the foreground. */
import type { RunOnce } from '../../core/ingest-once.js';
import { CliError, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

// Typed loosely until every ingestion module exports runOnce; the check below reports a missing one.
const sources: Record<string, () => Promise<object>> = {
  dfs: () => import('../../ingest/dfs/index.js'),
  odds: () => import('../../ingest/odds/index.js'),
  weather: () => import('../../ingest/weather/index.js'),
  injury: () => import('../../ingest/injury/index.js'),
  stats: () => import('../../ingest/stats/index.js'),
};

export const ingestCommand: Command = {
  path: ['ingest'],
  summary: 'Run one ingestion cycle in the foreground',
  usage: 'sportsdata ingest <dfs|odds|weather|injury|stats> --once [--json]',
  options: { once: { type: 'boolean' } },
  async run({ positionals, values }) {
    const source = positionals[0];
    const load = source ? sources[source] : undefined;
    if (!source || !load) throw new CliError(`ingest needs a source: ${Object.keys(sources).join(', ')}`);
    if (values.once !== true) throw new CliError('ingest runs one cycle and needs --once (the ingest roles poll on their schedules)');
    const { runOnce } = (await load()) as { runOnce?: RunOnce };
    if (!runOnce) throw new CliError(`ingest ${source} has no poll cycle`);
    const summary = await withDatabase(({ db, config, logger, send }) => runOnce({ db, config, logger, send }));
    const text = Object.entries(summary).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('\n');
    return { json: { source, ...summary }, text: text || `ingest ${source}: done` };
  },
};
