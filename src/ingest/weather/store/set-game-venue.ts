import type { Db } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';

/**
 * Sets a game's venue by hand: a neutral site (London, Mexico City, a Super Bowl) or a correction.
 * `venueKey` is the seed key "espn:2455" / "mlb:5340". The game is marked neutral-site unless the venue is
 * the home team's own, so automatic assignment never overwrites the choice.
 */
export async function setGameVenue(db: Db, gameId: number, venueKey: string) {
  const m = /^(espn|mlb|[a-z-]+):(.+)$/.exec(venueKey.trim());
  if (!m?.[1] || !m[2]) throw new AppError('invalid_venue_key', `venue key "${venueKey}" must look like espn:2455 or mlb:5340`);
  const venue = await db.venue.findUnique({ where: { source_sourceId: { source: m[1], sourceId: m[2] } } });
  if (!venue) throw new AppError('not_found', `venue ${venueKey} not found`);
  const game = await db.game.findUnique({ where: { id: gameId }, include: { homeTeam: true } });
  if (!game) throw new AppError('not_found', `game ${gameId} not found`);
  return db.game.update({
    where: { id: gameId },
    data: { venueId: venue.id, isNeutralSite: game.homeTeam.homeVenueId !== venue.id },
    include: { venue: true },
  });
}
