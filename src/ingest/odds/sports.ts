import type { Sport } from '../../core/site-rules.js';

/** The Odds API v4 sport keys for the sports we poll. */
export const ODDS_SPORT_KEYS: Record<Sport, string> = {
  NFL: 'americanfootball_nfl',
  NBA: 'basketball_nba',
  MLB: 'baseball_mlb',
  NHL: 'icehockey_nhl',
};

/** Game-line markets requested from `/v4/sports/{sport}/odds`. */
export const GAME_MARKETS = ['h2h', 'spreads', 'totals'] as const;

/**
 * Player-prop markets requested per event from `/v4/sports/{sport}/events/{id}/odds`.
 * Each market costs one request credit per region, so the lists stay to what the sim reads.
 */
export const DEFAULT_PROP_MARKETS: Record<Sport, readonly string[]> = {
  NFL: [
    'player_pass_yds',
    'player_pass_tds',
    'player_rush_yds',
    'player_receptions',
    'player_reception_yds',
    'player_anytime_td',
  ],
  NBA: ['player_points', 'player_rebounds', 'player_assists', 'player_threes'],
  MLB: ['batter_total_bases', 'batter_home_runs', 'pitcher_strikeouts'],
  NHL: ['player_points', 'player_shots_on_goal', 'player_goal_scorer_anytime'],
};
