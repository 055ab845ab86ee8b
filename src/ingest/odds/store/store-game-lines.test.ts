import { describe, expect, it } from 'vitest';
import type { GameConsensus } from '../derive/compute-game-consensus.js';
import { toGameLineRow } from './store-game-lines.js';

const consensus: GameConsensus = {
  eventId: 'e', homeWinProbability: 0.6, awayWinProbability: 0.4, drawProbability: null, spreadHome: -3.5, total: 47.5,
  impliedHomeTotal: 25.5, impliedAwayTotal: 22, h2hBooks: 4, spreadBooks: 5, totalBooks: 3,
};

describe('toGameLineRow', () => {
  it('when the provider lists our home team as home, then the consensus is kept as is', () => {
    expect(toGameLineRow(7, consensus, false)).toEqual({
      gameId: 7, bookCount: 5, homeWinProb: 0.6, awayWinProb: 0.4, homeSpread: -3.5, total: 47.5, homeImpliedTotal: 25.5, awayImpliedTotal: 22,
    });
  });

  it('when the listing is swapped (neutral site), then sides flip and the spread changes sign', () => {
    expect(toGameLineRow(7, consensus, true)).toEqual({
      gameId: 7, bookCount: 5, homeWinProb: 0.4, awayWinProb: 0.6, homeSpread: 3.5, total: 47.5, homeImpliedTotal: 22, awayImpliedTotal: 25.5,
    });
  });
});
