/**
 * Reads a results upload and tells its kind from the header: a DraftKings contest-standings export (entries on the
 * left, drafted players with %Drafted and FPTS on the right), a points-only standings export (`Points` alone), or
 * a plain results CSV (`ID` or `Name`+`TeamAbbrev`, and `FPTS`; `Played`, `%Drafted`/`ProjOwn` optional).
 */
import { createHash } from 'node:crypto';
import { decodeText } from '../../ingest/dfs/parse/decode-text.js';
import type { CsvRow } from '../../ingest/dfs/parse/read-csv-rows.js';
import { readCsv } from './read-csv.js';
import { booleanCell, findColumn, numberCell } from './cells.js';
import { ResultsFileError } from './results-file-error.js';
import type { ParsedResultsFile, PlayerResultRow, StandingEntryRow } from './types.js';

/** Standings of a 100k-entry contest run to ~20 MB. */
export const MAX_RESULTS_FILE_BYTES = 50 * 1024 * 1024;

const NAME_COLUMNS = ['Name', 'Player', 'Player Name', 'Nickname'];
const TEAM_COLUMNS = ['TeamAbbrev', 'Team', 'Tm'];
const FPTS_COLUMNS = ['FPTS', 'Actual FP', 'Actual FPTS', 'Fantasy Points', 'Scored', 'Points'];
const OWNERSHIP_COLUMNS = ['%Drafted', 'Drafted', 'Ownership', 'ProjOwn'];

export function parseResultsFile(bytes: Uint8Array): ParsedResultsFile {
  const { text } = decodeTextOrThrow(bytes);
  const rows = readCsv(text);
  const header = rows[0]?.cells ?? [];
  if (rows.length === 0) throw new ResultsFileError('file is empty');
  const lower = header.map((h) => h.toLowerCase());
  if (lower.includes('rank') && lower.includes('entryid') && lower.includes('points')) return parseStandings(rows, header);
  if (header.filter((h) => h !== '').length === 1 && lower[0] === 'points') return parsePointsOnly(rows);
  return { kind: 'results-csv', players: parseResultsCsv(rows, header), entries: [], entriesHash: null };
}

function decodeTextOrThrow(bytes: Uint8Array): { text: string } {
  try {
    return decodeText(bytes, MAX_RESULTS_FILE_BYTES);
  } catch (err) {
    throw new ResultsFileError(err instanceof Error ? err.message : String(err));
  }
}

function parseStandings(rows: CsvRow[], header: string[]): ParsedResultsFile {
  const col = (name: string): number => findColumn(header, [name]);
  const [rank, entryId, entryName, points, lineup] = [col('Rank'), col('EntryId'), col('EntryName'), col('Points'), col('Lineup')];
  // The right half repeats no header names of the left, so its columns are found after Lineup.
  const right = header.slice(lineup + 1);
  const offset = lineup + 1;
  const at = (names: string[]): number => { const i = findColumn(right, names); return i < 0 ? -1 : i + offset; };
  const [player, rosterPosition, drafted, fpts] = [at(['Player']), at(['Roster Position']), at(['%Drafted']), at(['FPTS'])];
  const entries: StandingEntryRow[] = [];
  const players: PlayerResultRow[] = [];
  const hash = createHash('sha256');
  for (const { line, cells } of rows.slice(1)) {
    const rankCell = cells[rank] ?? '';
    if (rankCell !== '') {
      const entryRank = numberCell(rankCell, line, 'Rank');
      const entryPoints = numberCell(cells[points], line, 'Points');
      if (entryRank === null || !Number.isInteger(entryRank)) throw new ResultsFileError(`Rank "${rankCell}" is not a whole number`, line);
      if (entryPoints === null) throw new ResultsFileError('Points is empty', line);
      const id = (cells[entryId] ?? '').trim() || null;
      const entryLineup = (cells[lineup] ?? '').trim();
      entries.push({ line, entryKey: id ?? `row:${entries.length + 1}`, entryId: id, entryName: (cells[entryName] ?? '').trim() || null,
        rank: entryRank, points: entryPoints, lineup: entryLineup === '' ? null : entryLineup });
      hash.update(`${id ?? ''}|${entryRank}|${entryPoints}|${entryLineup}\n`);
    }
    const name = player < 0 ? '' : (cells[player] ?? '').trim();
    if (name !== '') {
      const value = numberCell(cells[fpts], line, 'FPTS');
      if (value === null) throw new ResultsFileError(`FPTS of ${name} is empty`, line);
      players.push({ line, sitePlayerId: null, name, team: null, position: null, rosterPosition: (cells[rosterPosition] ?? '').trim() || null,
        fpts: value, played: null, ownership: drafted < 0 ? null : numberCell(cells[drafted], line, '%Drafted') });
    }
  }
  return { kind: 'standings', players, entries, entriesHash: hash.digest('hex') };
}

function parsePointsOnly(rows: CsvRow[]): ParsedResultsFile {
  const values = rows.slice(1).map(({ line, cells }) => ({ line, points: numberCell(cells[0], line, 'Points') }))
    .filter((r): r is { line: number; points: number } => r.points !== null);
  // Ranks as the site gives them: ties share a rank, the next rank skips (1, 1, 3).
  const sorted = [...values].sort((a, b) => b.points - a.points);
  const hash = createHash('sha256');
  const entries: StandingEntryRow[] = [];
  sorted.forEach((v, i) => {
    const previous = entries[i - 1];
    const rank = previous && previous.points === v.points ? previous.rank : i + 1;
    entries.push({ line: v.line, entryKey: `row:${i + 1}`, entryId: null, entryName: null, rank, points: v.points, lineup: null });
    hash.update(`${v.points}\n`);
  });
  return { kind: 'standings-points-only', players: [], entries, entriesHash: hash.digest('hex') };
}

function parseResultsCsv(rows: CsvRow[], header: string[]): PlayerResultRow[] {
  const id = findColumn(header, ['ID', 'Player ID', 'PlayerId']);
  const name = findColumn(header, NAME_COLUMNS);
  const team = findColumn(header, TEAM_COLUMNS);
  const fpts = findColumn(header, FPTS_COLUMNS);
  const played = findColumn(header, ['Played']);
  const position = findColumn(header, ['Position', 'Pos']);
  const ownership = findColumn(header, OWNERSHIP_COLUMNS);
  if (fpts < 0) throw new ResultsFileError(`no FPTS column: expected one of ${FPTS_COLUMNS.join(', ')} (header: ${header.join(',')})`, rows[0]?.line ?? 1);
  if (id < 0 && (name < 0 || team < 0)) throw new ResultsFileError('a results CSV needs an ID column, or Name and TeamAbbrev', rows[0]?.line ?? 1);
  const out: PlayerResultRow[] = [];
  for (const { line, cells } of rows.slice(1)) {
    if (cells.every((c) => c === '')) continue;
    const value = numberCell(cells[fpts], line, header[fpts] ?? 'FPTS');
    const rowName = name < 0 ? null : (cells[name] ?? '').trim() || null;
    if (value === null) throw new ResultsFileError(`${header[fpts]} of ${rowName ?? 'this row'} is empty`, line);
    out.push({
      line, sitePlayerId: id < 0 ? null : (cells[id] ?? '').trim() || null, name: rowName,
      team: team < 0 ? null : (cells[team] ?? '').trim() || null,
      position: position < 0 ? null : (cells[position] ?? '').trim() || null, rosterPosition: null, fpts: value,
      played: played < 0 ? null : booleanCell(cells[played], line, 'Played'),
      ownership: ownership < 0 ? null : numberCell(cells[ownership], line, header[ownership] ?? 'ownership'),
    });
  }
  return out;
}
