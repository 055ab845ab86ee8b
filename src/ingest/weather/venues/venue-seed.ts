import { z } from 'zod';

/** Roof of a venue. Retractable roofs are fetched (they may be open); domes never are. */
export const RoofTypeSchema = z.enum(['open', 'dome', 'retractable']);
export type RoofType = z.infer<typeof RoofTypeSchema>;

/** One row of `prisma/seed-data/venues.json`: a stadium with everything weather needs. */
export const VenueSeedSchema = z.object({
  /** Natural key: `espn:<ESPN venue id>` for NFL venues, `mlb:<MLB StatsAPI venue id>` for ballparks. */
  key: z.string().regex(/^(espn|mlb):\d+$/),
  sport: z.enum(['NFL', 'MLB']),
  name: z.string().min(1),
  city: z.string().nullable(),
  state: z.string().nullable(),
  country: z.string().min(1),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  roof: RoofTypeSchema,
  surface: z.enum(['grass', 'turf']).nullable(),
  /** Compass direction from home plate to center field (ballparks only). */
  fieldBearingDeg: z.number().min(0).lt(360).nullable(),
  timeZone: z.string().nullable(),
  /** Canonical (DraftKings) codes of the teams that play home games here. */
  homeTeams: z.array(z.string().min(2)),
});
export type VenueSeed = z.infer<typeof VenueSeedSchema>;

export const VenueSeedFileSchema = z.array(VenueSeedSchema);
