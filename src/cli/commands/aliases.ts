/**
 * `sportsdata players alias <player-id> <name>` and `sportsdata teams alias --sport S <alias> <team-code>`: the
 * manual overrides an import's "ambiguous player" or unknown-team warning asks for; every later import uses them.
 */
import { isSport, SPORTS } from '../../core/site-rules.js';
import { addPlayerAlias, addTeamAlias } from '../../ingest/dfs/index.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

export const playerAliasCommand: Command = {
  path: ['players', 'alias'],
  summary: 'Make a name (as a site or feed spells it) mean one canonical player in every later import',
  usage: 'sportsdata players alias <player-id> <name> [--json]',
  async run({ positionals }) {
    const [idText, ...nameWords] = positionals;
    const playerId = Number(idText);
    const name = nameWords.join(' ').trim();
    if (!Number.isInteger(playerId) || playerId < 1 || !name) throw new CliError('usage: sportsdata players alias <player-id> <name>');
    await withDatabase(({ db }) => addPlayerAlias(db, playerId, name));
    return { json: { playerId, alias: name }, text: `"${name}" now means player #${playerId} in later imports` };
  },
};

export const teamAliasCommand: Command = {
  path: ['teams', 'alias'],
  summary: 'Make a team code or name (as a source spells it) mean one of our teams in every later import',
  usage: 'sportsdata teams alias --sport NFL|NBA|MLB|NHL <alias> <team-code> [--json]',
  options: { sport: { type: 'string' } },
  async run({ positionals, values }) {
    const sport = stringOption(values, 'sport', true).toUpperCase();
    if (!isSport(sport)) throw new CliError(`--sport must be one of ${SPORTS.join(', ')}`);
    const [alias, teamCode] = positionals;
    if (!alias || !teamCode) throw new CliError('usage: sportsdata teams alias --sport S <alias> <team-code>');
    await withDatabase(({ db }) => addTeamAlias(db, sport, alias, teamCode.toUpperCase()));
    return { json: { sport, alias, teamCode: teamCode.toUpperCase() }, text: `${sport} "${alias}" now means ${teamCode.toUpperCase()}` };
  },
};
