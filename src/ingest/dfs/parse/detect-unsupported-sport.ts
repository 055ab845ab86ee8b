import { SPORTS, type Sport } from '../../../core/site-rules.js';
import { resolveTeamCode } from '../resolve-team-code.js';

/** What a DK salary file shows about its sport, gathered over all of its rows. */
export interface SportEvidence {
  positions: readonly string[];
  rosterPositions: readonly string[];
  teams: readonly string[];
  gameInfos: readonly string[];
}

// Positions only other DraftKings sports use: soccer (GK, M), League of Legends (TOP, JNG, MID, ADC, SUP, TEAM),
// CS (AWP), Formula 1 / NASCAR constructors (CNSTR).
const SOCCER = new Set(['GK', 'M', 'MF', 'FWD', 'DEF', 'MID']);
const LOL = new Set(['TOP', 'JNG', 'JUNGLE', 'MID', 'ADC', 'SUP', 'SUPPORT']);
const WNBA_TEAMS = new Set(['ATL', 'CHI', 'CON', 'CONN', 'DAL', 'IND', 'LV', 'LVA', 'LA', 'LAS', 'MIN', 'NY', 'NYL', 'PHO', 'PHX', 'SEA', 'WAS', 'WSH', 'GS', 'GSV', 'TOR', 'POR']);

/**
 * The DraftKings sport a salary file is, when it is one the platform does not model yet (golf, tennis, MMA,
 * NASCAR, soccer, esports, WNBA, college football and basketball); null for a file of NFL, NBA, MLB or NHL (or
 * one it cannot tell). DK files never name their sport, so this reads the shape: golf has one position "G" and
 * "Golf" (or a tournament name) where teams and games go; MMA fighters are "F" in games named by fighters; college
 * and WNBA files use football or basketball positions with teams no NFL/NBA team list knows.
 */
export function detectUnsupportedSport(e: SportEvidence): string | null {
  const positions = new Set(e.positions.map((p) => p.toUpperCase()));
  const slots = new Set(e.rosterPositions.map((p) => p.toUpperCase()));
  // Teams of the games count too: one row's unknown TeamAbbrev is a bad row, not a college file.
  const gameTeams = e.gameInfos.flatMap((g) => /^([A-Za-z0-9.]+)\s*(?:@|\bvs\.?)\s*([A-Za-z0-9.]+)/.exec(g.trim())?.slice(1) ?? []);
  const teams = [...new Set([...e.teams, ...gameTeams].map((t) => t.trim()).filter((t) => t !== ''))];
  const only = (set: Set<string>, allowed: string[]): boolean => set.size > 0 && [...set].every((p) => allowed.includes(p));
  const words = [...e.teams, ...e.gameInfos].join(' ');
  const noGames = e.gameInfos.every((g) => !/[@]|\bvs\.?\s/i.test(g));

  if (/\b(golf|pga|lpga)\b/i.test(words) || (only(positions, ['G']) && noGames)) return 'golf (PGA)';
  if (/\b(nascar|xfinity)\b/i.test(words) || (only(positions, ['D']) && only(slots, ['D', 'CPT']) && noGames)) return 'NASCAR';
  if (/\b(tennis|atp|wta)\b/i.test(words)) return 'tennis';
  if (/\b(mma|ufc)\b/i.test(words) || (only(positions, ['F']) && only(slots, ['F', 'CPT']))) return 'MMA';
  if ([...positions].some((p) => LOL.has(p))) return 'esports (League of Legends)';
  if ([...positions].some((p) => SOCCER.has(p)) || (slots.has('GK'))) return 'soccer';
  // Tennis lists every player as "P" and names the match by the two players: no MLB hitter positions at all.
  if (only(positions, ['P']) && teams.every((t) => resolveTeamCode('MLB', t) === null)) return 'tennis';

  const footballPositions = ['QB', 'RB', 'WR', 'TE', 'FLEX', 'K'];
  if (only(positions, footballPositions) && !knownTeams(teams, 'NFL')) return 'college football (CFB)';
  if ([...slots].some((s) => /^(S-?FLEX|SUPER ?FLEX)$/.test(s)) && !positions.has('DST')) return 'college football (CFB)';

  const basketball = ['G', 'F', 'C', 'G/F', 'F/C'];
  // A forward ("F") exists in no NHL or NBA file (NBA says SF/PF), so it marks WNBA and college basketball.
  if (only(positions, basketball) && positions.has('F')) {
    if (teams.length > 0 && teams.every((t) => WNBA_TEAMS.has(t.toUpperCase()))) return 'WNBA';
    if (!knownTeams(teams, 'NBA')) return 'college basketball (CBB)';
  }
  return null;
}

/** Whether most of the file's teams are teams of that sport (a league file, not a college one). */
function knownTeams(teams: readonly string[], sport: Sport): boolean {
  if (teams.length === 0) return true;
  const known = teams.filter((t) => resolveTeamCode(sport, t) !== null).length;
  return known * 2 >= teams.length;
}

/** The sentence a refused file gets: which sport it is and what is supported. */
export function unsupportedSportMessage(sport: string): string {
  return `this is a DraftKings ${sport} file: ${sport} is not supported yet (supported sports: ${SPORTS.join(', ')})`;
}
