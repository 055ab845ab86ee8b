import type { Sport } from '../../core/site-rules.js';
import { completeRules } from '../complete-rules.js';
import { draftKingsRosterRules } from './roster-rules.js';
import { buildPlayerKey } from '../../ingest/dfs/normalize-player-name.js';
import { readDecimal, readSalary, readStatus, splitSlash } from '../../ingest/dfs/parse/cell-values.js';
import { deriveRosterPositions } from '../../ingest/dfs/parse/derive-roster-positions.js';
import { detectSport } from '../../ingest/dfs/parse/detect-sport.js';
import { detectUnsupportedSport, unsupportedSportMessage } from '../../ingest/dfs/parse/detect-unsupported-sport.js';
import { findHeader, headerKey, type HeaderMatch } from '../../ingest/dfs/parse/find-header.js';
import { parseGameInfo } from '../../ingest/dfs/parse/parse-game-info.js';
import type { CsvRow } from '../../ingest/dfs/parse/read-csv-rows.js';
import { SalaryFileError } from '../../ingest/dfs/parse/salary-file-error.js';
import { SlateBuilder } from '../../ingest/dfs/parse/slate-builder.js';
import type { ParsedSlate } from '../../ingest/dfs/parse/types.js';

export interface DkCsvOptions {
  sport?: Sport;
  teamAliases?: Partial<Record<Sport, ReadonlyMap<string, string>>>;
  /** The slate's date (YYYY-MM-DD) for legacy files whose Game Info gives only a time. */
  date?: string;
}

/** Columns every DK salary table has, in all its variants (2016 edit file, 2018 6-column, 2019+ 9/10-column). */
const REQUIRED = ['position', 'salary', 'gameinfo', 'teamabbrev'];
const DISPLAY: Record<string, string> = { position: 'Position', salary: 'Salary', gameinfo: 'Game Info', teamabbrev: 'TeamAbbrev', name: 'Name' };
const NON_GAME = /^(postponed|final|in progress|suspended|cancell?ed|delayed)/i;
const NAME_ID = /^(.*?)\s*\((\d+)\)\s*$/;

/** Finds the DK salary table (top-left, or the right-hand block of a DKEntries file). Null when absent. */
export function findDkHeader(rows: CsvRow[]): HeaderMatch | null {
  return findHeader(rows, 'position', REQUIRED);
}

/**
 * Parses a DraftKings salary table: DKSalaries.csv (classic and showdown, optional trailing Status column), the
 * legacy 6-column export, and the salary block of DKEntries / 2016 upload files. Game Info is US Eastern → UTC.
 */
export function parseDkSalaryCsv(rows: CsvRow[], options: DkCsvOptions = {}): ParsedSlate {
  const header = findDkHeader(rows);
  if (!header || header.missing.length > 0) throw explainMissingDkTable(rows, header);
  const col = (key: string): number | undefined => header.columns.get(key);
  const nameCol = col('name'), nameIdCol = col('name+id'), idCol = col('id');
  if (nameCol === undefined && nameIdCol === undefined) {
    throw new SalaryFileError('MISSING_COLUMNS', 'DraftKings salary file is missing the Name column', header.line);
  }
  const cellAt = (row: CsvRow, c: number | undefined): string => (c === undefined ? '' : (row.cells[c] ?? ''));
  const body = rows.slice(header.rowIndex + 1).filter((row) => {
    // DKEntries rows below the lineup block carry only the right-hand table; rows past it are blank there.
    return [...header.columns.values()].some((c) => cellAt(row, c) !== '');
  });
  if (body.length === 0) throw new SalaryFileError('NO_SALARIES', 'the DraftKings salary table has a header but no players', header.line);

  const positionCol = col('position');
  // Golf, MMA, WNBA, college... come in the same table: say which sport it is before reading it as one of ours.
  const unsupported = detectUnsupportedSport({
    positions: body.flatMap((r) => splitSlash(cellAt(r, positionCol))),
    rosterPositions: body.flatMap((r) => splitSlash(cellAt(r, col('rosterposition')))),
    teams: body.map((r) => cellAt(r, col('teamabbrev'))),
    gameInfos: body.map((r) => cellAt(r, col('gameinfo'))),
  });
  if (unsupported) throw new SalaryFileError('UNSUPPORTED_SPORT', unsupportedSportMessage(unsupported));
  // Natural positions first: NBA roster slots include "G" (guard), which is also an NHL goalie's position.
  const sport = options.sport ?? detectSport(body.flatMap((r) => splitSlash(cellAt(r, positionCol))))
    ?? detectSport(body.flatMap((r) => splitSlash(cellAt(r, col('rosterposition')))));
  if (!sport) throw new SalaryFileError('UNKNOWN_SPORT', 'cannot tell the sport from the positions in this file; pass the sport explicitly');
  const rosterCol = col('rosterposition');
  const gameType = body.some((r) => cellAt(r, rosterCol) === 'CPT') ? 'showdown' : 'classic';
  const rules = completeRules('draftkings', sport, gameType, draftKingsRosterRules(sport, gameType));
  const slate = new SlateBuilder(sport, options.teamAliases?.[sport]);
  if (rosterCol === undefined) slate.warnings.push('file has no Roster Position column (legacy export): slots derived from the site rules');
  if (idCol === undefined && nameIdCol === undefined) slate.warnings.push('file has no player IDs (legacy export): IDs are derived from name and team, so lineups cannot be uploaded by ID');
  let undated = 0;
  let withoutGame = 0;
  // A slate has a dozen distinct Game Info cells over a thousand rows; time-zone math once per cell.
  const gameInfos = new Map<string, ReturnType<typeof parseGameInfo>>();

  for (const row of body) {
    const line = row.line;
    const { name, id } = readNameAndId(cellAt(row, nameCol), cellAt(row, nameIdCol), cellAt(row, idCol), line);
    const positions = splitSlash(cellAt(row, positionCol));
    if (positions.length === 0) throw new SalaryFileError('BAD_ROW', 'Position is empty', line);
    const team = slate.team(cellAt(row, col('teamabbrev')), 'TeamAbbrev', line);
    const gameCell = cellAt(row, col('gameinfo'));
    let info = gameInfos.get(gameCell);
    if (info === undefined) gameInfos.set(gameCell, info = parseGameInfo(gameCell, options.date));
    if (!info && !NON_GAME.test(gameCell)) throw new SalaryFileError('BAD_ROW', `Game Info "${gameCell}" is not "AWAY@HOME MM/DD/YYYY hh:mmPM ET"`, line);
    const game = info ? slate.addGame(slate.team(info.away, 'Game Info', line), slate.team(info.home, 'Game Info', line), info.startsAt, null) : null;
    if (info && info.startsAt === null) undated++;
    if (!info) withoutGame++;
    const rosterPositions = rosterCol === undefined ? deriveRosterPositions(positions, rules) : splitSlash(cellAt(row, rosterCol));
    if (rosterPositions.length === 0) throw new SalaryFileError('BAD_ROW', `no roster slot fits position ${positions.join('/')}`, line);
    slate.addPlayer({
      sitePlayerId: id ?? `${buildPlayerKey(name, team)}`,
      playerKey: buildPlayerKey(name, team),
      name,
      positions,
      rosterPositions,
      salary: readSalary(cellAt(row, col('salary')), line),
      team,
      opponent: game ? slate.opponent(game, team, line) : null,
      gameKey: game?.gameKey ?? null,
      avgPoints: readDecimal(cellAt(row, col('avgpointspergame')), 'AvgPointsPerGame', line),
      status: readStatus(cellAt(row, col('status'))),
      injuryNote: null,
      battingOrder: null,
      isProbablePitcher: null,
    }, line);
  }
  if (withoutGame > 0) slate.warnings.push(`${withoutGame} rows have no game (Game Info such as "Postponed")`);
  if (undated > 0) slate.warnings.push(`Game Info has no date on ${undated} rows (legacy export): kickoff times unknown`);
  return { site: 'draftkings', sport, gameType, siteSlateId: null, games: [...slate.games.values()], players: slate.players, warnings: slate.warnings };
}

function readNameAndId(nameCell: string, nameIdCell: string, idCell: string, line: number): { name: string; id: string | null } {
  const m = NAME_ID.exec(nameIdCell);
  const name = nameCell !== '' ? nameCell : (m?.[1] ?? nameIdCell).trim();
  const id = idCell !== '' ? idCell : (m?.[2] ?? null);
  if (name === '') throw new SalaryFileError('BAD_ROW', 'Name is empty', line);
  if (id !== null && !/^\d+$/.test(id)) throw new SalaryFileError('BAD_ROW', `ID "${id}" is not a DraftKings player ID`, line);
  return { name, id };
}

/** The most useful reason a file has no complete DK salary table. */
function explainMissingDkTable(rows: CsvRow[], header: HeaderMatch | null): SalaryFileError {
  const raw = rows[0]?.cells ?? [];
  const first = raw.map(headerKey);
  if (raw.includes('entry_id') || (first.includes('id') && first.includes('nickname') && first.includes('fppg'))) {
    return new SalaryFileError('WRONG_SITE', 'this is a FanDuel file, not a DraftKings salary file: import it with site fanduel');
  }
  if (first.includes('entryid') || first.includes('instructions')) {
    return new SalaryFileError('NO_SALARIES',
      'this is a DraftKings lineup upload template (DKEntries.csv) without the salary table: export "DKSalaries.csv" ' +
      'from the contest lobby (Export to CSV) and import that instead');
  }
  if (header && header.missing.length < REQUIRED.length - 1) {
    return new SalaryFileError('MISSING_COLUMNS',
      `DraftKings salary file is missing column(s): ${header.missing.map((k) => DISPLAY[k] ?? k).join(', ')}`, header.line);
  }
  return new SalaryFileError('WRONG_FILE',
    'not a DraftKings salary file: expected a header with Position, Name + ID, Name, ID, Roster Position, Salary, Game Info, TeamAbbrev');
}
