/**
 * Team codes for the venue seed, mapped to the canonical DraftKings abbreviations at build time so the seed
 * file is self-contained. (Runtime matching of other sources goes through the DFS module's alias table.)
 */

/** weathernfl `stadiums.json` ids that differ from DraftKings'. */
export const NFL_CODE_FIXES: Readonly<Record<string, string>> = { WSH: 'WAS' };

/** weathermlb `team` names of the 30 clubs → DraftKings codes (DK uses ATH and WSH in 2026 files). */
export const MLB_TEAM_CODES: Readonly<Record<string, string>> = {
  'Arizona Diamondbacks': 'ARI', 'Athletics': 'ATH', 'Atlanta Braves': 'ATL', 'Baltimore Orioles': 'BAL',
  'Boston Red Sox': 'BOS', 'Chicago Cubs': 'CHC', 'Chicago White Sox': 'CWS', 'Cincinnati Reds': 'CIN',
  'Cleveland Guardians': 'CLE', 'Colorado Rockies': 'COL', 'Detroit Tigers': 'DET', 'Houston Astros': 'HOU',
  'Kansas City Royals': 'KC', 'Los Angeles Angels': 'LAA', 'Los Angeles Dodgers': 'LAD', 'Miami Marlins': 'MIA',
  'Milwaukee Brewers': 'MIL', 'Minnesota Twins': 'MIN', 'New York Mets': 'NYM', 'New York Yankees': 'NYY',
  'Philadelphia Phillies': 'PHI', 'Pittsburgh Pirates': 'PIT', 'San Diego Padres': 'SD', 'San Francisco Giants': 'SF',
  'Seattle Mariners': 'SEA', 'St. Louis Cardinals': 'STL', 'Tampa Bay Rays': 'TB', 'Texas Rangers': 'TEX',
  'Toronto Blue Jays': 'TOR', 'Washington Nationals': 'WSH',
};

/** Ballparks outside the US (weathermlb has no country field); NWS does not cover them. */
export const MLB_VENUE_COUNTRIES: Readonly<Record<number, string>> = {
  14: 'Canada', 2397: 'Japan', 3049: 'Dominican Republic', 5340: 'Mexico', 2535: 'Puerto Rico',
};
