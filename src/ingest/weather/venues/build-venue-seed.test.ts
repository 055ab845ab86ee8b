import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVenueSeed } from './build-venue-seed.js';
import { VenueSeedFileSchema } from './venue-seed.js';

const read = (name: string): unknown => JSON.parse(readFileSync(resolve('test/fixtures/venues', name), 'utf8'));
const sources = {
  nflVenues: read('nfl_venues_weathernfl.json'),
  nflStadiums: read('nfl_stadiums_roof_surface_2026_weathernfl.json'),
  mlbStadiums: read('mlb_stadiums_lat_lon_bearing_roof_weathermlb.json'),
  mlbVenueCoords: read('mlb_venue_coords_roof_turf_tz_mlb-ml-lab.json'),
};

describe('buildVenueSeed', () => {
  const seed = buildVenueSeed(sources);
  const byKey = new Map(seed.map((v) => [v.key, v]));

  it('when built from the public tables, then it equals the committed prisma/seed-data/venues.json', () => {
    const committed = VenueSeedFileSchema.parse(JSON.parse(readFileSync(resolve('prisma/seed-data/venues.json'), 'utf8')));
    expect(committed).toEqual(seed);
  });

  it('gives every NFL team and every MLB club exactly one home venue', () => {
    const homes = (sport: string) => seed.filter((v) => v.sport === sport).flatMap((v) => v.homeTeams);
    expect(homes('NFL')).toHaveLength(32);
    expect(new Set(homes('NFL')).size).toBe(32);
    expect(homes('MLB')).toHaveLength(30);
    expect(new Set(homes('MLB')).size).toBe(30);
    expect(homes('NFL')).toContain('WAS');
    expect(homes('NFL')).not.toContain('WSH');
  });

  it('keeps shared stadiums shared and neutral sites without a home team', () => {
    expect(byKey.get('espn:7065')).toMatchObject({ name: 'SoFi Stadium', roof: 'dome', homeTeams: ['LAC', 'LAR'] });
    expect(byKey.get('espn:2455')).toMatchObject({ name: 'Wembley Stadium', country: 'UK', state: null, homeTeams: [] });
  });

  it('takes ballpark coordinates from StatsAPI and the field bearing from weathermlb', () => {
    expect(byKey.get('mlb:1')).toMatchObject({
      name: 'Angel Stadium', latitude: 33.80019044, longitude: -117.8823996, fieldBearingDeg: 45,
      roof: 'open', timeZone: 'America/Los_Angeles', homeTeams: ['LAA'],
    });
    expect(byKey.get('mlb:17')).toMatchObject({ fieldBearingDeg: 37, homeTeams: ['CHC'] });
  });

  it('tells domes from retractable roofs, also where only weathermlb flags exist', () => {
    expect(byKey.get('mlb:12')).toMatchObject({ name: 'Tropicana Field', roof: 'dome', homeTeams: ['TB'] });
    expect(byKey.get('mlb:14')).toMatchObject({ roof: 'retractable', country: 'Canada' });
    expect(byKey.get('mlb:5')).toMatchObject({ name: 'Progressive Field', roof: 'open', homeTeams: ['CLE'] });
  });

  it('gives spring-training parks no home team', () => {
    expect(byKey.get('mlb:5380')).toMatchObject({ name: 'CoolToday Park', homeTeams: [] });
  });

  it('names the stadium when a team points at a venue that is not in the venue table', () => {
    const broken = { ...sources, nflStadiums: [{ team: 'X', id: 'XX', name: 'Nowhere Field' }] };
    expect(() => buildVenueSeed(broken)).toThrow(/Nowhere Field/);
  });
});
