/** `sportsdata results import-stats --source nflverse|espn|mlb FILE [--json]`: stat lines stored and scored for every covered slate. */
import { readFile, stat } from 'node:fs/promises';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

const SOURCES = ['nflverse', 'espn', 'mlb'] as const;

export const resultsImportStatsCommand: Command = {
  path: ['results', 'import-stats'],
  summary: 'Import box scores / game logs (nflverse CSV, ESPN box score, MLB Stats API game log) and score them for every stored slate they cover',
  usage: 'sportsdata results import-stats --source nflverse|espn|mlb FILE [--json]',
  options: { source: { type: 'string' } },
  async run({ positionals, values }) {
    const source = stringOption(values, 'source', true);
    if (!(SOURCES as readonly string[]).includes(source)) throw new CliError(`--source must be one of ${SOURCES.join(', ')}`);
    const path = positionals[0];
    if (!path) throw new CliError('a file is required: sportsdata results import-stats --source nflverse FILE');
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new CliError(`no such file: ${path}`);
    const { parseStatsFile, importStatLines } = await import('../../results/index.js');
    const parsed = parseStatsFile(source as (typeof SOURCES)[number], await readFile(path));
    const report = await withDatabase(({ db }) => importStatLines(db, parsed));
    const text = [
      `${report.statLines} ${report.source} stat lines stored (${report.skipped.length} skipped), ${report.games} games matched`,
      ...report.skipped.map((s) => `skipped ${s.ref}: ${s.reason}`),
      ...report.slates.map((s) => `slate ${s.slateId}: ${s.scored} scored, ${s.didNotPlay} did not play, ${s.unmatched.length} unmatched${s.unmatched.length ? `: ${s.unmatched.join(', ')}` : ''}`),
    ].join('\n');
    return { json: { ...report }, text };
  },
};
