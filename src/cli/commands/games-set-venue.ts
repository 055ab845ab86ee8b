/**
 * `sportsdata games set-venue <game-id> <venue-key>`: puts a game at a neutral site (or corrects its venue)
 * by hand.
 */
import { CliError, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

export const gameVenueCommand: Command = {
  path: ['games', 'set-venue'],
  summary: 'Set a game\'s venue by hand (neutral sites); venue keys look like espn:2455 or mlb:5340',
  usage: 'sportsdata games set-venue <game-id> <venue-key> [--json]',
  async run({ positionals }) {
    const [idText, venueKey] = positionals;
    const gameId = Number(idText);
    if (!Number.isInteger(gameId) || gameId < 1 || !venueKey) throw new CliError('usage: sportsdata games set-venue <game-id> <venue-key>');
    const { setGameVenue } = await import('../../ingest/weather/index.js');
    const game = await withDatabase(({ db }) => setGameVenue(db, gameId, venueKey));
    return {
      json: { gameId: game.id, venue: game.venue ? { key: `${game.venue.source}:${game.venue.sourceId}`, name: game.venue.name } : null, isNeutralSite: game.isNeutralSite },
      text: `game ${game.id} is now at ${game.venue?.name ?? '?'}${game.isNeutralSite ? ' (neutral site)' : ''}`,
    };
  },
};
