import { normalizePosition } from '../dist/outcome-profiles.js';
import type { SimSport } from '../types.js';

/** League-average implied points per team, the reference a team's implied total is compared with. */
export const LEAGUE_AVERAGE_IMPLIED: Record<SimSport, number> = { NFL: 22.5, NBA: 114, MLB: 4.5, NHL: 3.1 };

// How strongly fantasy output follows team scoring. Skill players score with their team nearly 1:1; basketball
// totals are mostly pace, which lifts everyone less; kickers and defences are damped.
const ELASTICITY: Record<SimSport, number> = { NFL: 0.8, NBA: 0.6, MLB: 0.8, NHL: 0.8 };

/**
 * Multiplier for a player's mean from the implied totals of the game: offence follows its own team's implied
 * total, defences / pitchers / goalies move against the opponent's. Bounded to [0.6, 1.5] because a site
 * average already carries the player's usual team context.
 */
export function impliedTotalFactor(
  sport: SimSport,
  position: string,
  teamImplied: number | undefined,
  opponentImplied: number | undefined,
): number {
  const group = normalizePosition(sport, position);
  const average = LEAGUE_AVERAGE_IMPLIED[sport];
  const elasticity = ELASTICITY[sport];
  const defensive = (sport === 'NFL' && group === 'DST') || (sport === 'MLB' && group === 'P') || (sport === 'NHL' && group === 'G');
  let factor = 1;
  if (defensive) {
    if (opponentImplied !== undefined) factor = (average / opponentImplied) ** elasticity;
  } else if (teamImplied !== undefined) {
    const e = sport === 'NFL' && group === 'K' ? elasticity / 2 : elasticity;
    factor = (teamImplied / average) ** e;
  }
  return Math.min(Math.max(factor, 0.6), 1.5);
}
