import { z } from 'zod';
import type { RoofType, VenueSeed } from './venue-seed.js';
import { MLB_TEAM_CODES, MLB_VENUE_COUNTRIES, NFL_CODE_FIXES } from './team-codes.js';

const RoofWord = z.enum(['Open', 'Dome', 'Retractable']);
const SurfaceWord = z.enum(['Grass', 'Turf']);

/** weathernfl `data/venues.json`: keyed by ESPN venue id. */
export const NflVenuesSchema = z.record(z.string().regex(/^\d+$/), z.object({
  name: z.string(), city: z.string(), state: z.string(), roof: RoofWord, surface: SurfaceWord,
  lat: z.number(), lon: z.number(),
}));
/** weathernfl `data/stadiums.json`: one row per team, naming its stadium. */
export const NflStadiumsSchema = z.array(z.object({ team: z.string(), id: z.string(), name: z.string() }));
/** weathermlb `data/stadiums.json`: MLB venue id, field bearing, roof flags. */
export const MlbStadiumsSchema = z.array(z.object({
  id: z.number().int(), name: z.string(), team: z.string(), lat: z.number(), lon: z.number(),
  bearing: z.number(), roof: z.boolean().optional(), dome: z.boolean().optional(),
}));
/** mlb-ml-lab `venue_coords.json`: keyed by MLB venue id, StatsAPI coordinates, roof and time zone. */
export const MlbVenueCoordsSchema = z.record(z.string().regex(/^\d+$/), z.object({
  name: z.string(), lat: z.number(), lon: z.number(), turf: z.string(), roof: RoofWord, tz_id: z.string(),
}));

/** The four public venue tables the seed is built from (see test/fixtures/venues/README.md). */
export interface VenueSources {
  nflVenues: unknown;
  nflStadiums: unknown;
  mlbStadiums: unknown;
  mlbVenueCoords: unknown;
}

/**
 * Builds the venue seed from the public tables. NFL: coordinates/roof by ESPN venue id, home teams joined by
 * stadium name. MLB: weathermlb gives every park (with field bearing); mlb-ml-lab's StatsAPI coordinates,
 * roof word and time zone win where it has the park. A club's home park is the first weathermlb row naming
 * it, because that file lists regular-season parks before spring-training ones.
 */
export function buildVenueSeed(sources: VenueSources): VenueSeed[] {
  const nflVenues = NflVenuesSchema.parse(sources.nflVenues);
  const nflStadiums = NflStadiumsSchema.parse(sources.nflStadiums);
  const mlbStadiums = MlbStadiumsSchema.parse(sources.mlbStadiums);
  const mlbCoords = MlbVenueCoordsSchema.parse(sources.mlbVenueCoords);

  const nflHome = new Map<string, string[]>();
  for (const s of nflStadiums) {
    const code = NFL_CODE_FIXES[s.id] ?? s.id;
    nflHome.set(s.name, [...(nflHome.get(s.name) ?? []), code]);
  }
  const nflNames = new Set(Object.values(nflVenues).map((v) => v.name));
  const orphan = nflStadiums.find((s) => !nflNames.has(s.name));
  if (orphan) throw new Error(`NFL stadium "${orphan.name}" (${orphan.id}) has no row in venues.json`);

  const nfl = Object.entries(nflVenues).map(([id, v]): VenueSeed => {
    // "UK" is two letters too, so test against the real list of state codes.
    const us = US_STATES.has(v.state);
    return {
      key: `espn:${id}`, sport: 'NFL', name: v.name, city: v.city, state: us ? v.state : null,
      country: us ? 'USA' : v.state, latitude: v.lat, longitude: v.lon, roof: roofOf(v.roof),
      surface: v.surface === 'Grass' ? 'grass' : 'turf', fieldBearingDeg: null, timeZone: null,
      homeTeams: (nflHome.get(v.name) ?? []).sort(),
    };
  });

  const claimed = new Set<string>();
  const mlb = mlbStadiums.map((s): VenueSeed => {
    const coords = mlbCoords[String(s.id)];
    const code = MLB_TEAM_CODES[s.team];
    const home = code !== undefined && !claimed.has(code);
    if (home) claimed.add(code);
    return {
      key: `mlb:${s.id}`, sport: 'MLB', name: s.name, city: null, state: null,
      country: MLB_VENUE_COUNTRIES[s.id] ?? 'USA',
      latitude: coords?.lat ?? s.lat, longitude: coords?.lon ?? s.lon,
      roof: coords ? roofOf(coords.roof) : s.dome ? 'dome' : s.roof ? 'retractable' : 'open',
      surface: coords ? (/grass/i.test(coords.turf) ? 'grass' : 'turf') : null,
      fieldBearingDeg: ((s.bearing % 360) + 360) % 360, timeZone: coords?.tz_id ?? null,
      homeTeams: home ? [code] : [],
    };
  });
  const missing = Object.values(MLB_TEAM_CODES).filter((c) => !claimed.has(c));
  if (missing.length) throw new Error(`MLB clubs without a home park: ${missing.join(', ')}`);
  return [...nfl, ...mlb].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

const US_STATES = new Set(('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ '
  + 'NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY').split(' '));

function roofOf(word: z.infer<typeof RoofWord>): RoofType {
  return word === 'Open' ? 'open' : word === 'Dome' ? 'dome' : 'retractable';
}
