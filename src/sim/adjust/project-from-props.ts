import { normalizePosition } from '../dist/outcome-profiles.js';
import type { SimSport } from '../types.js';

/** A props-based mean and how much of the player's scoring the props cover (0..1). */
export interface PropsProjection {
  mean: number;
  coverage: number;
}

/**
 * Fantasy points implied by player prop lines (DraftKings scoring), or null when the props cover too little.
 * Over/under lines are treated as the expected stat; a "Yes" anytime-TD probability p becomes the expected
 * touchdown count -ln(1-p) (Poisson). NFL and NBA; other sports have no prop markets wired yet.
 */
export function projectFromProps(sport: SimSport, position: string, props: Record<string, number>): PropsProjection | null {
  if (sport === 'NFL') return projectNfl(normalizePosition(sport, position), props);
  if (sport === 'NBA') return projectNba(props);
  return null;
}

function projectNfl(group: string, p: Record<string, number>): PropsProjection | null {
  let mean = 0;
  let coverage = 0;
  if (group === 'QB') {
    if (p.player_pass_yds !== undefined) {
      mean += p.player_pass_yds * 0.04 + (p.player_pass_yds >= 300 ? 3 * 0.5 : 0);
      coverage += 0.45;
    }
    if (p.player_pass_tds !== undefined) {
      mean += p.player_pass_tds * 4 - 0.8; // ~0.8 interceptions a game at -1 each
      coverage += 0.35;
    }
    if (p.player_rush_yds !== undefined) {
      mean += p.player_rush_yds * 0.1;
      coverage += 0.1;
    }
  } else if (group === 'RB' || group === 'WR' || group === 'TE') {
    if (p.player_rush_yds !== undefined) {
      mean += p.player_rush_yds * 0.1;
      coverage += group === 'RB' ? 0.35 : 0.05;
    }
    if (p.player_receptions !== undefined) {
      mean += p.player_receptions;
      coverage += group === 'RB' ? 0.15 : 0.3;
    }
    if (p.player_reception_yds !== undefined) {
      mean += p.player_reception_yds * 0.1;
      coverage += group === 'RB' ? 0.1 : 0.35;
    }
  }
  if (p.player_anytime_td !== undefined && p.player_anytime_td > 0 && p.player_anytime_td < 1 && group !== 'QB') {
    mean += -Math.log(1 - p.player_anytime_td) * 6;
    coverage += 0.3;
  }
  return coverage >= 0.5 ? { mean, coverage: Math.min(coverage, 1) } : null;
}

function projectNba(p: Record<string, number>): PropsProjection | null {
  if (p.player_points === undefined) return null;
  let mean = p.player_points;
  let coverage = 0.5;
  if (p.player_rebounds !== undefined) {
    mean += p.player_rebounds * 1.25;
    coverage += 0.2;
  }
  if (p.player_assists !== undefined) {
    mean += p.player_assists * 1.5;
    coverage += 0.15;
  }
  if (p.player_threes !== undefined) {
    mean += p.player_threes * 0.5;
    coverage += 0.05;
  }
  return coverage >= 0.7 ? { mean, coverage: Math.min(coverage, 1) } : null;
}
