/** `sportsdata results import --site draftkings|fanduel --slate ID FILE [--json]`: a standings export or a results CSV. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SITES, type Site } from '../../core/site-rules.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

export const resultsImportCommand: Command = {
  path: ['results', 'import'],
  summary: 'Import a contest-standings export or a results CSV (actual points, played, ownership) into a slate',
  usage: 'sportsdata results import --site draftkings|fanduel --slate ID FILE [--json]',
  options: { site: { type: 'string' }, slate: { type: 'string' } },
  async run({ positionals, values }) {
    const site = stringOption(values, 'site', true);
    if (!(SITES as readonly string[]).includes(site)) throw new CliError(`--site must be one of ${SITES.join(', ')}`);
    const slateId = Number(stringOption(values, 'slate', true));
    if (!Number.isInteger(slateId) || slateId <= 0) throw new CliError('--slate must be a slate id');
    const path = positionals[0];
    if (!path) throw new CliError('a file is required: sportsdata results import --site draftkings --slate ID FILE');
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new CliError(`no such file: ${path}`);
    const { importResultsFile, MAX_RESULTS_FILE_BYTES } = await import('../../results/index.js');
    if (info.size > MAX_RESULTS_FILE_BYTES) throw new CliError(`${basename(path)} is larger than ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MB`);
    const bytes = await readFile(path);
    const { kind, ...report } = await withDatabase(({ db }) => importResultsFile(db, bytes, { site: site as Site, slateId, fileName: basename(path) }));
    const text = [
      `slate ${report.slateId}: ${kind}, ${report.players} players, ${report.matched} matched, ${report.unmatched.length} unmatched, ${report.entries} entries`,
      ...report.unmatched.map((u) => `unmatched (line ${u.line}): ${u.name}${u.team ? ` (${u.team})` : ''} ${u.fpts}: ${u.reason}`),
    ].join('\n');
    return { json: { ...report }, text };
  },
};
