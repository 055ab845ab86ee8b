import type { GameType, Sport } from '../../core/site-rules.js';
import { completeRules } from '../complete-rules.js';
import { fanDuelRosterRules } from './roster-rules.js';
import { buildPlayerKey } from '../../ingest/dfs/normalize-player-name.js';
import { readDecimal, readSalary, readStatus, splitSlash } from '../../ingest/dfs/parse/cell-values.js';
import { deriveRosterPositions } from '../../ingest/dfs/parse/derive-roster-positions.js';
import { detectSport, sportFromFileName } from '../../ingest/dfs/parse/detect-sport.js';
import { findHeader, headerKey, type HeaderMatch } from '../../ingest/dfs/parse/find-header.js';
import type { CsvRow } from '../../ingest/dfs/parse/read-csv-rows.js';
import { SalaryFileError } from '../../ingest/dfs/parse/salary-file-error.js';
import { SlateBuilder } from '../../ingest/dfs/parse/slate-builder.js';
import type { ParsedSlate } from '../../ingest/dfs/parse/types.js';

export interface FdCsvOptions {
  sport?: Sport;
  /** FanDuel lists do not say whether the slate is single-game; callers that know pass 'showdown'. */
  gameType?: GameType;
  fileName?: string;
  teamAliases?: Partial<Record<Sport, ReadonlyMap<string, string>>>;
}

const REQUIRED = ['id', 'position', 'salary', 'game', 'team'];
const DISPLAY: Record<string, string> = { id: 'Id', position: 'Position', salary: 'Salary', game: 'Game', team: 'Team' };
const FD_ID = /^(\d+)-(\d+)$/;

/** Finds the FanDuel player table (top-left, or the right-hand block of an entries upload template). */
export function findFdHeader(rows: CsvRow[]): HeaderMatch | null {
  return findHeader(rows, 'id', REQUIRED);
}

/**
 * Parses a FanDuel players list (NFL/NBA/NHL with Roster Position, MLB with Probable Pitcher / Batting Order and
 * no Roster Position) or the player block of a FanDuel entries upload template. FanDuel team codes (JAC, LOS,
 * KAN, SDP, WAS for the Nationals) become DraftKings' canonical codes. Lists carry no kickoff times.
 */
export function parseFdPlayersCsv(rows: CsvRow[], options: FdCsvOptions = {}): ParsedSlate {
  const header = findFdHeader(rows);
  if (!header || header.missing.length > 0) throw explainMissingFdTable(rows, header);
  const col = (key: string): number | undefined => header.columns.get(key);
  const cellAt = (row: CsvRow, key: string): string => {
    const c = col(key);
    return c === undefined ? '' : (row.cells[c] ?? '');
  };
  if (col('nickname') === undefined && (col('firstname') === undefined || col('lastname') === undefined)) {
    throw new SalaryFileError('MISSING_COLUMNS', 'FanDuel players list is missing the Nickname (or First Name and Last Name) column', header.line);
  }
  const body = rows.slice(header.rowIndex + 1).filter((row) => cellAt(row, 'id') !== '');
  if (body.length === 0) throw new SalaryFileError('NO_SALARIES', 'the FanDuel player table has a header but no players', header.line);

  const sport = options.sport ?? sportFromFileName(options.fileName) ?? detectSport(body.flatMap((r) => splitSlash(cellAt(r, 'position'))));
  if (!sport) throw new SalaryFileError('UNKNOWN_SPORT', 'cannot tell the sport from the file name or positions; pass the sport explicitly');
  const gameType = options.gameType ?? 'classic';
  const rules = completeRules('fanduel', sport, gameType, fanDuelRosterRules(sport, gameType));
  const slate = new SlateBuilder(sport, options.teamAliases?.[sport]);
  const hasRoster = col('rosterposition') !== undefined;
  const hasProbable = col('probablepitcher') !== undefined;
  const slateIds = new Set<string>();

  for (const row of body) {
    const line = row.line;
    const id = cellAt(row, 'id');
    const idMatch = FD_ID.exec(id);
    if (!idMatch?.[1]) throw new SalaryFileError('BAD_ROW', `Id "${id}" is not a FanDuel player id like 124417-138820`, line);
    slateIds.add(idMatch[1]);
    const name = cellAt(row, 'nickname') || `${cellAt(row, 'firstname')} ${cellAt(row, 'lastname')}`.trim();
    if (name === '') throw new SalaryFileError('BAD_ROW', 'player name is empty', line);
    const positions = splitSlash(cellAt(row, 'position'));
    if (positions.length === 0) throw new SalaryFileError('BAD_ROW', 'Position is empty', line);
    const team = slate.team(cellAt(row, 'team'), 'Team', line);
    const [awayRaw, homeRaw] = cellAt(row, 'game').split('@').map((s) => s.trim());
    if (!awayRaw || !homeRaw) throw new SalaryFileError('BAD_ROW', `Game "${cellAt(row, 'game')}" is not "AWAY@HOME"`, line);
    const game = slate.addGame(slate.team(awayRaw, 'Game', line), slate.team(homeRaw, 'Game', line), null, null);
    const opponent = slate.opponent(game, team, line);
    const oppCell = cellAt(row, 'opponent');
    if (oppCell !== '' && slate.team(oppCell, 'Opponent', line) !== opponent) {
      throw new SalaryFileError('BAD_ROW', `Opponent "${oppCell}" does not match Game "${cellAt(row, 'game')}"`, line);
    }
    const rosterPositions = hasRoster && cellAt(row, 'rosterposition') !== '' ? splitSlash(cellAt(row, 'rosterposition')) : deriveRosterPositions(positions, rules);
    if (rosterPositions.length === 0) throw new SalaryFileError('BAD_ROW', `no roster slot fits position ${positions.join('/')}`, line);
    const isPitcher = positions.includes('P');
    const order = readDecimal(cellAt(row, 'battingorder'), 'Batting Order', line);
    slate.addPlayer({
      sitePlayerId: id,
      playerKey: buildPlayerKey(name, team),
      name,
      positions,
      rosterPositions,
      salary: readSalary(cellAt(row, 'salary'), line),
      team,
      opponent,
      gameKey: game.gameKey,
      avgPoints: readDecimal(cellAt(row, 'fppg'), 'FPPG', line),
      status: readStatus(cellAt(row, 'injuryindicator')),
      injuryNote: cellAt(row, 'injurydetails') || null,
      battingOrder: order !== null && order > 0 ? order : null,
      isProbablePitcher: hasProbable && isPitcher ? cellAt(row, 'probablepitcher').toLowerCase() === 'yes' : null,
    }, line);
  }
  if (slateIds.size > 1) slate.warnings.push(`player ids carry ${slateIds.size} different slate ids: ${[...slateIds].join(', ')}`);
  slate.warnings.push('FanDuel players lists carry no kickoff times');
  const siteSlateId = slateIds.size === 1 ? ([...slateIds][0] ?? null) : null;
  return { site: 'fanduel', sport, gameType, siteSlateId, games: [...slate.games.values()], players: slate.players, warnings: slate.warnings };
}

function explainMissingFdTable(rows: CsvRow[], header: HeaderMatch | null): SalaryFileError {
  const raw = rows[0]?.cells ?? [];
  const first = raw.map(headerKey);
  if (first.includes('position') && (first.includes('name+id') || first.includes('teamabbrev'))) {
    return new SalaryFileError('WRONG_SITE', 'this is a DraftKings salary file, not a FanDuel players list: import it with site draftkings');
  }
  if (raw.includes('Entry ID')) {
    return new SalaryFileError('WRONG_SITE', 'this is a DraftKings DKEntries file, not a FanDuel players list: import it with site draftkings');
  }
  if (raw.includes('entry_id') || first.includes('instructions')) {
    return new SalaryFileError('NO_SALARIES',
      'this is a FanDuel entries upload template without the player list: download the players list ' +
      '(FanDuel-<SPORT>-...-players-list.csv) from the contest page and import that instead');
  }
  if (header && header.missing.length < REQUIRED.length - 1) {
    return new SalaryFileError('MISSING_COLUMNS',
      `FanDuel players list is missing column(s): ${header.missing.map((k) => DISPLAY[k] ?? k).join(', ')}`, header.line);
  }
  return new SalaryFileError('WRONG_FILE',
    'not a FanDuel players list: expected a header with Id, Position, First Name, Nickname, Last Name, FPPG, Played, Salary, Game, Team, Opponent');
}
