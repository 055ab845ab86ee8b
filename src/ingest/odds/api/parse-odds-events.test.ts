import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOddsEvents } from './parse-odds-events.js';

const fixtures = new URL('../../../../test/fixtures/odds/', import.meta.url);
const gameOdds: unknown = JSON.parse(
  readFileSync(new URL('theoddsapi_v4_odds_nfl_h2h_spreads_totals_decimal_2026-10-04_TRIMMED2events.json', fixtures), 'utf8'),
);
const propsWrapper = JSON.parse(
  readFileSync(new URL('theoddsapi_v4_event_odds_nfl_player_props_american_2026-10-04_TRIMMED1event3books.json', fixtures), 'utf8'),
) as { events: unknown[] };

describe('parseOddsEvents', () => {
  it('when the recorded /odds payload is parsed, then every outcome becomes one quote', () => {
    const parsed = parseOddsEvents(gameOdds, 'decimal');
    expect(parsed.skipped).toBe(0);
    expect(parsed.events.map((e) => e.homeTeam)).toEqual(['Minnesota Vikings', 'Las Vegas Raiders']);
    // event 1: 6 books, mybookieag without spreads → 5*6 + 4 = 34; event 2: bovada h2h only → 5*6 + 2 = 32
    expect(parsed.quotes).toHaveLength(66);
    const dkSpread = parsed.quotes.find(
      (q) => q.bookmaker === 'draftkings' && q.market === 'spreads' && q.outcome === 'Minnesota Vikings',
    );
    expect(dkSpread).toMatchObject({ point: -4.5, priceDecimal: 1.66, priceAmerican: -152, description: null });
    expect(dkSpread?.lastUpdate?.toISOString()).toBe('2026-10-04T22:24:40.000Z');
  });

  it('when a recorded props event is parsed, then the player name and American price are kept', () => {
    const parsed = parseOddsEvents(propsWrapper.events[0], 'american');
    expect(parsed.skipped).toBe(0);
    expect(parsed.events).toHaveLength(1);
    const taylor = parsed.quotes.find(
      (q) => q.bookmaker === 'draftkings' && q.market === 'player_rush_yds' && q.description === 'Jonathan Taylor' && q.outcome === 'Over',
    );
    expect(taylor).toMatchObject({ point: 91.5, priceAmerican: -114 });
    expect(taylor?.priceDecimal).toBeCloseTo(1 + 100 / 114, 10);
    // bookmakers in this recording carry no last_update: the market's is used
    expect(taylor?.lastUpdate?.toISOString()).toBe('2026-10-03T18:37:28.000Z');
  });

  it('when entries are malformed, then each is skipped and counted and the rest is kept', () => {
    const body = [
      { id: 'e1', sport_key: 'americanfootball_nfl', commence_time: 'not a date', home_team: 'A', away_team: 'B', bookmakers: [] },
      {
        id: 'e2', sport_key: 'americanfootball_nfl', commence_time: '2026-10-04T17:00:00Z', home_team: 'Kansas City Chiefs', away_team: 'Denver Broncos',
        bookmakers: [
          'garbage',
          { key: 'fanduel', last_update: '2026-10-04T16:00:00Z', markets: [
            { key: 'h2h', outcomes: [{ name: 'Kansas City Chiefs', price: 1.5 }, { name: 'Denver Broncos', price: 'x' }] },
            { key: 'totals', outcomes: [{ name: 'Over', price: -110, point: 44.5 }, { name: 'Under', price: 1.9, point: 44.5 }, { name: 'Under', price: 1.95, point: 44.5 }] },
            { key: 'spreads' },
          ] },
        ],
      },
    ];
    const parsed = parseOddsEvents(body, 'decimal');
    expect(parsed.events.map((e) => e.id)).toEqual(['e2']);
    expect(parsed.quotes.map((q) => `${q.market}:${q.outcome}:${q.priceDecimal}`)).toEqual([
      'h2h:Kansas City Chiefs:1.5',
      'totals:Under:1.9',
    ]);
    expect(parsed.skipped).toBe(6);
    expect(parsed.skipReasons[0]).toMatch(/^\[0\]: commence_time/);
    expect(parsed.skipReasons.join('\n')).toContain('[1].bookmakers[1].markets[1].outcomes[0]: price -110 is not a decimal price');
    expect(parsed.skipReasons.join('\n')).toContain('duplicate outcome Under');
  });

  it('when the body is not an event at all, then it counts as one skipped entry', () => {
    expect(parseOddsEvents('<html>', 'decimal')).toMatchObject({ events: [], quotes: [], skipped: 1 });
  });
});
