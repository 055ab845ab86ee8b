import { readFile } from 'node:fs/promises';
import type { Db } from '../../../core/db.js';
import { TEAMS } from '../../dfs/index.js';
import { VenueSeedFileSchema, type VenueSeed } from '../venues/venue-seed.js';
import { describeZodError } from '../../../core/validation/zod-problems.js';

/** The committed seed, built from public venue tables (see test/fixtures/venues/README.md). */
export const VENUE_SEED_URL = new URL('../../../../prisma/seed-data/venues.json', import.meta.url);

/** Reads and validates `prisma/seed-data/venues.json`. */
export async function loadVenueSeed(url: URL = VENUE_SEED_URL): Promise<VenueSeed[]> {
  const parsed = VenueSeedFileSchema.safeParse(JSON.parse(await readFile(url, 'utf8')));
  if (!parsed.success) {
    // The file is an array: a path's first segment is the row.
    throw new Error(`venue seed ${url.pathname}: row ${describeZodError(parsed.error, { max: 1, separator: ': ' })}`);
  }
  return parsed.data;
}

export interface SeedVenuesResult { venues: number; teamsLinked: number }

/**
 * Upserts every venue on its natural key (source, sourceId) and points each home team at its venue, creating
 * the team under its canonical code when the DFS importer has not yet. Safe to run any number of times: a
 * second run changes nothing. A team's home venue set by hand is overwritten only when the seed names one.
 */
export async function seedVenues(db: Db, seed?: VenueSeed[]): Promise<SeedVenuesResult> {
  const rows = seed ?? (await loadVenueSeed());
  const sports = new Map((await db.sport.findMany()).map((s) => [s.code, s.id]));
  let teamsLinked = 0;
  await db.$transaction(async (tx) => {
    for (const v of rows) {
      const [source, sourceId] = v.key.split(':') as [string, string];
      const data = {
        name: v.name, city: v.city, state: v.state, country: v.country, latitude: v.latitude, longitude: v.longitude,
        roof: v.roof, surface: v.surface, fieldBearing: v.fieldBearingDeg, timeZone: v.timeZone,
      };
      const venue = await tx.venue.upsert({
        where: { source_sourceId: { source, sourceId } },
        create: { source, sourceId, ...data },
        update: data,
      });
      const sportId = sports.get(v.sport);
      if (sportId === undefined) throw new Error(`venue seed ${v.key}: sport ${v.sport} is not in the Sport table`);
      for (const code of v.homeTeams) {
        const name = TEAMS[v.sport].find((t) => t.code === code)?.names[0] ?? code;
        await tx.team.upsert({
          where: { sportId_code: { sportId, code } },
          create: { sportId, code, name, homeVenueId: venue.id },
          update: { homeVenueId: venue.id },
        });
        teamsLinked += 1;
      }
    }
  }, { timeout: 60_000 });
  return { venues: rows.length, teamsLinked };
}
