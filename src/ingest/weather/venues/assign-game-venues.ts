import type { Db } from '../../../core/db.js';

/**
 * Links upcoming games without a venue to their home team's venue. Games marked neutral-site are left alone:
 * their venue is set by hand (`setGameVenue`) and must not be "corrected" back to the home team's stadium.
 * Returns how many games were linked.
 */
export async function assignGameVenues(db: Db, now: Date): Promise<number> {
  const games = await db.game.findMany({
    where: {
      venueId: null, isNeutralSite: false, homeTeam: { homeVenueId: { not: null } },
      // A game of unknown time is stored at 00:00 US Eastern of its day: it is still upcoming that day.
      OR: [{ startsAt: { gt: now } }, { startTimeTbd: true, startsAt: { gt: new Date(now.getTime() - 86_400_000) } }],
    },
    select: { id: true, homeTeam: { select: { homeVenueId: true } } },
  });
  for (const game of games) {
    // Re-check venueId in the write so a concurrent hand edit is never overwritten.
    await db.game.updateMany({
      where: { id: game.id, venueId: null, isNeutralSite: false },
      data: { venueId: game.homeTeam.homeVenueId },
    });
  }
  return games.length;
}
