/**
 * nflverse weekly player stats (offense; `player_id,player_name,...,recent_team,season,week,season_type,...`) →
 * stat lines keyed by season_week_team + GSIS id. Rows that are not regular/post season numbers are skipped and named.
 */
import { readCsvRows } from '../../ingest/dfs/parse/read-csv-rows.js';
import { resolveTeamCode } from '../../ingest/dfs/index.js';
import { ResultsFileError } from '../parse/results-file-error.js';
import { nflWeekWindow } from './nfl-week.js';
import type { ParsedStatLine, ParsedStats, SkippedStat } from './types.js';

const REQUIRED = ['player_id', 'player_display_name', 'recent_team', 'season', 'week', 'passing_yards', 'rushing_yards', 'receiving_yards'];
const NUMERIC_OUT: Record<string, (n: (k: string) => number) => number> = {
  passYards: (n) => n('passing_yards'),
  passTd: (n) => n('passing_tds'),
  passInt: (n) => n('interceptions'),
  rushYards: (n) => n('rushing_yards'),
  rushTd: (n) => n('rushing_tds'),
  receptions: (n) => n('receptions'),
  recYards: (n) => n('receiving_yards'),
  recTd: (n) => n('receiving_tds'),
  returnTd: (n) => n('special_teams_tds'),
  fumblesLost: (n) => n('sack_fumbles_lost') + n('rushing_fumbles_lost') + n('receiving_fumbles_lost'),
  twoPtConversions: (n) => n('passing_2pt_conversions') + n('rushing_2pt_conversions') + n('receiving_2pt_conversions'),
};
/** nflverse weekly stats hold offensive players only: kickers and defenses are not covered. */
export const NFLVERSE_POSITIONS = ['QB', 'RB', 'WR', 'TE', 'FB'];

export function parseNflverse(text: string): ParsedStats {
  const rows = readCsvRows(text);
  const header = rows[0]?.cells ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new ResultsFileError(`not an nflverse weekly player stats file: missing ${missing.join(', ')}`, rows[0]?.line ?? 1);
  const index = new Map(header.map((h, i) => [h, i]));
  const lines: ParsedStatLine[] = [];
  const skipped: SkippedStat[] = [];
  const coverage = new Map<string, ParsedStats['coverage'][number]>();
  for (const { line, cells } of rows.slice(1)) {
    const cell = (k: string): string => cells[index.get(k) ?? -1] ?? '';
    const ref = `line ${line} (${cell('player_display_name') || cell('player_id')})`;
    const seasonType = cell('season_type');
    if (seasonType !== '' && seasonType !== 'REG' && seasonType !== 'POST') { skipped.push({ ref, reason: `season_type ${seasonType}` }); continue; }
    const season = Number(cell('season'));
    const week = Number(cell('week'));
    if (!Number.isInteger(season) || !Number.isInteger(week) || week < 1) { skipped.push({ ref, reason: `season/week "${cell('season')}/${cell('week')}" is not a week` }); continue; }
    let bad: string | null = null;
    const n = (k: string): number => {
      const raw = cell(k);
      if (raw === '' || raw === 'NA') return 0;
      const value = Number(raw);
      if (!Number.isFinite(value)) bad = `${k} "${raw}" is not a number`;
      return Number.isFinite(value) ? value : 0;
    };
    const stats = Object.fromEntries(Object.entries(NUMERIC_OUT).map(([key, f]) => [key, f(n)]));
    if (bad !== null) { skipped.push({ ref, reason: bad }); continue; }
    if (!cell('player_id')) { skipped.push({ ref, reason: 'player_id is empty' }); continue; }
    const team = resolveTeamCode('NFL', cell('recent_team')) ?? cell('recent_team');
    const opponentRaw = cell('opponent_team');
    const { from, to, sunday } = nflWeekWindow(season, week);
    const sourceGameId = `${season}_${String(week).padStart(2, '0')}_${team}`;
    lines.push({
      sport: 'NFL', source: 'nflverse', sourceGameId, sourcePlayerId: cell('player_id'), playerName: cell('player_display_name'),
      team, opponent: opponentRaw ? resolveTeamCode('NFL', opponentRaw) ?? opponentRaw : null, position: cell('position') || null,
      gameDate: sunday, season, week, played: true, stats,
      rawStats: Object.fromEntries(header.filter((h) => h !== 'headshot_url').map((h) => [h, cell(h)])), window: { from, to },
    });
    if (!coverage.has(sourceGameId)) coverage.set(sourceGameId, { sourceGameId, teams: [team], window: { from, to }, positions: NFLVERSE_POSITIONS });
  }
  return { source: 'nflverse', lines, skipped, coverage: [...coverage.values()] };
}
