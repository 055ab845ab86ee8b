import { describe, expect, it } from 'vitest';
import { defaultSd, profileAtMean, profileFor } from '../dist/outcome-profiles.js';
import { buildQuantileTable, TABLE_STRIDE, Z_GRID } from '../dist/quantile-table.js';
import { HISTORY_MODELS } from './fitted-history-model.js';
import { historyPlayProbability } from './history-availability.js';
import { historyBaseline } from './history-baseline.js';
import { buildHistoryIndex } from './history-index.js';
import type { PlayerHistoryInput } from './history-types.js';

const NBA = HISTORY_MODELS.NBA;
const dates = ['2025-10-22', '2025-10-24', '2025-10-26', '2025-10-28', '2025-10-30', '2025-11-01'];
const games = (points: number[], played = points.map(() => true)) => points.map((p, i) => ({ date: dates[i]!, played: played[i]!, points: played[i] ? p : 0 }));
const player = (over: Partial<PlayerHistoryInput>): PlayerHistoryInput => ({ group: 'PG', salary: 6000, siteAverage: 25, statusInformed: false, games: [], teamDates: dates, ...over });

describe('historyBaseline', () => {
  it('when a player has no games, then the baseline is the prior: the salary line blended with the site average', () => {
    const b = historyBaseline(NBA, player({ games: [] }))!;
    const line = -8.96 + 6.04 * 6;
    expect(b.gamesPlayed).toBe(0);
    expect(b.mean).toBeCloseTo(0.3 * 25 + 0.7 * line, 6);
  });

  it('when he has games, then his form moves the baseline off the prior toward it, and recent games weigh more', () => {
    // The fit found the salary (which the site reprices daily) worth about six recent games: form moves it a third.
    const steady = historyBaseline(NBA, player({ games: games([40, 40, 40, 40, 40, 40]) }))!;
    expect(steady.mean).toBeGreaterThan(steady.prior + 3);
    expect(steady.mean).toBeLessThan(40);
    const rising = historyBaseline(NBA, player({ games: games([20, 20, 20, 40, 40, 40]) }))!;
    const falling = historyBaseline(NBA, player({ games: games([40, 40, 40, 20, 20, 20]) }))!;
    expect(rising.mean).toBeGreaterThan(falling.mean + 2);
  });

  it('when games he sat are stored, then they do not pull his mean toward zero', () => {
    const withSits = historyBaseline(NBA, player({ games: games([30, 30, 30, 0, 0, 30], [true, true, true, false, false, true]) }))!;
    const without = historyBaseline(NBA, player({ games: games([30, 30, 30, 30]) }))!;
    expect(withSits.gamesPlayed).toBe(4);
    expect(withSits.mean).toBeCloseTo(without.mean, 6);
  });
});

describe('historyPlayProbability', () => {
  it('when he missed his team\'s recent games, then he is likely out; a regular is likely in; statuses sharpen both', () => {
    const regular = player({ games: games([30, 30, 30, 30, 30, 30]) });
    const absent = player({ games: games([30, 30, 30, 0, 0, 0], [true, true, true, false, false, false]) });
    expect(historyPlayProbability(NBA, regular)).toBeGreaterThan(0.9);
    expect(historyPlayProbability(NBA, absent)).toBeLessThan(0.5);
    expect(historyPlayProbability(NBA, regular) - historyPlayProbability(NBA, absent)).toBeGreaterThan(0.4);
    expect(historyPlayProbability(NBA, { ...regular, statusInformed: true })).toBeGreaterThan(historyPlayProbability(NBA, regular));
  });
});

describe('buildHistoryIndex', () => {
  it('when indexing, then rows on or after the projected date are never seen, and a team plays where any of its players has a row', () => {
    const index = buildHistoryIndex(
      [
        { playerKey: '1', team: 'BOS', date: '2025-10-22', played: true, points: 30 },
        { playerKey: '2', team: 'BOS', date: '2025-10-24', played: false, points: 0 },
        { playerKey: '1', team: 'BOS', date: '2025-10-26', played: true, points: 99 },
      ],
      '2025-10-26',
    );
    expect(index.games.get('1')).toEqual([{ date: '2025-10-22', played: true, points: 30 }]);
    expect(index.teamDates.get('BOS')).toEqual(['2025-10-22', '2025-10-24']);
  });
});

describe('fitted spread', () => {
  it('when a backup receiver averages 1.46, then his tail reaches the 13.2 such a player scored (it stopped at 5.0 at 3 x mean)', () => {
    const profile = profileAtMean(profileFor('NFL', 'WR'), 1.46);
    const sd = defaultSd(profile, 1.46);
    expect(sd).toBeGreaterThan(1.46 * 2);
    const out = new Float64Array(TABLE_STRIDE);
    buildQuantileTable({ mean: 1.46, sd }, profile, out, 0);
    const p99 = out[Z_GRID.findIndex((z) => z >= 2.326)]!;
    expect(p99).toBeGreaterThan(13.2);
  });

  it('when the mean grows, then the sd grows slower than the mean (about 0.3 of it for NBA stars, far more for backups)', () => {
    const nba = profileFor('NBA', 'PG');
    expect(defaultSd(nba, 50) / 50).toBeLessThan(0.3);
    expect(defaultSd(nba, 5) / 5).toBeGreaterThan(1);
  });
});
