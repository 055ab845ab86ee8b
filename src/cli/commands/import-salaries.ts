/** `sportsdata import salaries --site draftkings|fanduel FILE [--sport NFL] [--game-type showdown] [--date YYYY-MM-DD] [--json]`. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { GAME_TYPES, isGameType, isSport, SITES, SPORTS, type Site } from '../../core/site-rules.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

export const importSalariesCommand: Command = {
  path: ['import', 'salaries'],
  summary: 'Import a DraftKings or FanDuel salary CSV into a slate',
  usage: 'sportsdata import salaries --site draftkings|fanduel FILE [--sport NFL|NBA|MLB|NHL] [--game-type classic|showdown] [--date YYYY-MM-DD] [--json]',
  options: { site: { type: 'string' }, sport: { type: 'string' }, 'game-type': { type: 'string' }, date: { type: 'string' } },
  async run({ positionals, values }) {
    const site = stringOption(values, 'site', true);
    if (!(SITES as readonly string[]).includes(site)) throw new CliError(`--site must be one of ${SITES.join(', ')}`);
    const sport = stringOption(values, 'sport')?.toUpperCase();
    if (sport !== undefined && !isSport(sport)) throw new CliError(`--sport must be one of ${SPORTS.join(', ')}`);
    const gameType = stringOption(values, 'game-type');
    if (gameType !== undefined && !isGameType(gameType)) throw new CliError(`--game-type must be one of ${GAME_TYPES.join(', ')}`);
    // The slate's date, for a file that gives none (legacy DK exports): such a file is refused without it.
    const date = stringOption(values, 'date');
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliError(`--date must be a date like 2018-06-01 (YYYY-MM-DD), not "${date}"`);
    const path = positionals[0];
    if (!path) throw new CliError('a salary file is required: sportsdata import salaries --site draftkings FILE');
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new CliError(`no such file: ${path}`);
    const { importSalaryFile, DEFAULT_MAX_FILE_BYTES } = await import('../../ingest/dfs/index.js');
    // Checked before reading: a multi-gigabyte file given by mistake is refused without loading it.
    if (info.size > DEFAULT_MAX_FILE_BYTES) {
      throw new CliError(`${basename(path)} is ${(info.size / 1024 / 1024).toFixed(1)} MB; salary files are limited to ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024} MB`);
    }
    const bytes = await readFile(path);
    const result = await withDatabase(({ db }) => importSalaryFile(db, bytes, {
      site: site as Site, fileName: basename(path), ...(sport ? { sport } : {}), ...(gameType ? { gameType } : {}), ...(date ? { date } : {}),
    }));
    const text = [
      `slate ${result.slateId} (${result.created ? 'new' : 'existing'}): ${result.site} ${result.sport} ${result.gameType}, site slate id ${result.siteSlateId}`,
      `${result.players} players, ${result.games} games: ${result.inserted} added, ${result.updated} updated, ${result.unchanged} unchanged, ` +
        `${result.statusChanges} status changes, ${result.newCanonicalPlayers} new canonical players`,
      ...result.warnings.map((w) => `warning: ${w}`),
    ].join('\n');
    return { json: { ...result }, text };
  },
};
