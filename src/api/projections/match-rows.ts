/**
 * Matches projection rows to a slate's players: by site id first, else by normalized name (the DFS module's
 * rules: accents, punctuation and suffixes folded; team defenses by team) narrowed by team, then by position when
 * the name and team still leave several people. One person may own two rows of a showdown slate (CPT and FLEX): a name match takes both,
 * unless the row's position says CPT/MVP. Never guesses: two people left → ambiguous.
 */
import type { Sport } from '../../core/site-rules.js';
import { normalizePlayerName, resolveTeamCode } from '../../ingest/dfs/index.js';
import { isCaptainSlot } from '../../sites/index.js';
import type { SlateRow } from '../../slates/index.js';
import type { ProjectionRow } from './read-projection-csv.js';
import type { RowProblem } from './validate-rows.js';

/** The fields of the canonical slate row a projection row is matched on. */
export type MatchableRow = Pick<SlateRow, 'id' | 'playerId' | 'sitePlayerId' | 'name' | 'team' | 'positions' | 'rosterPositions'>;

const TEAM_UNITS = new Set(['DST', 'D', 'DEF', 'DEFENSE']);

export interface MatchOutcome { slateRowIds: number[]; note: string | null }

export interface RowMatcher { match(row: ProjectionRow): MatchOutcome | RowProblem }

const describe = (r: MatchableRow): string => `${r.name} (${r.team} ${r.positions.join('/')}, id ${r.sitePlayerId})`;

/** Builds a matcher over one slate's rows. */
export function createRowMatcher(sport: Sport, slateRows: MatchableRow[]): RowMatcher {
  const bySiteId = new Map(slateRows.map((r) => [r.sitePlayerId, r]));
  const byName = new Map<string, MatchableRow[]>();
  const add = (key: string, row: MatchableRow) => byName.set(key, [...(byName.get(key) ?? []), row]);
  for (const row of slateRows) {
    if (row.positions.some((p) => TEAM_UNITS.has(p))) add(`team-unit ${row.team}`, row);
    else add(normalizePlayerName(row.name), row);
  }

  const problem = (row: ProjectionRow, kind: RowProblem['kind'], reason: string): RowProblem => ({ line: row.line, kind, reason, id: row.id, name: row.name });

  return {
    match(row) {
      if (row.id) {
        const hit = bySiteId.get(row.id);
        if (hit) return { slateRowIds: [hit.id], note: null };
        if (!row.name) return problem(row, 'unmatched', `id ${row.id} is not on this slate`);
      }
      const name = row.name ?? '';
      const team = row.team ? (resolveTeamCode(sport, row.team) ?? row.team) : null;
      const isTeamUnit = row.positions.some((p) => TEAM_UNITS.has(p));
      // A defense row names its team ("Ravens", "Baltimore Ravens", "BAL"): key it by the team it resolves to.
      const unitTeam = isTeamUnit ? (team ?? resolveTeamCode(sport, name)) : null;
      const key = isTeamUnit ? `team-unit ${unitTeam ?? ''}` : normalizePlayerName(name);
      const sameName = byName.get(key) ?? [];
      const natural = row.positions.filter((p) => !isCaptainSlot(p) && p !== 'FLEX' && p !== 'UTIL');
      const fits = (r: MatchableRow): boolean => natural.some((p) => r.positions.includes(p) || r.rosterPositions.includes(p));
      // People are told apart by canonical id and team: two same-named players on different teams of one slate (MLB's
      // two Max Muncys) may share a canonical id when the importer took one for a trade.
      const person = (r: MatchableRow): string => `${r.playerId}|${r.team}`;
      const onTeam = sameName.filter((r) => !team || r.team === team);
      // Sources disagree on positions (DK lists a PG as SG/SF): the position only narrows a name that is otherwise
      // ambiguous; a single person by name and team matches with a warning when the position differs.
      let candidates = onTeam;
      let positionNote: string | null = null;
      if (natural.length > 0 && new Set(onTeam.map(person)).size > 1) {
        candidates = onTeam.filter(fits);
      } else if (natural.length > 0 && onTeam.length > 0 && !onTeam.some(fits)) {
        positionNote = `position ${natural.join('/')} differs from the slate's ${onTeam[0]?.positions.join('/') ?? '?'} for ${name}; matched by name and team`;
      }
      const people = new Set(candidates.map(person));
      const idNote = row.id ? `id ${row.id} is not on this slate; matched by name` : null;
      if (people.size === 1) {
        const wantsCaptain = row.positions.some(isCaptainSlot);
        const rows = wantsCaptain ? candidates.filter((r) => r.rosterPositions.some(isCaptainSlot)) : candidates;
        if (rows.length === 0) return problem(row, 'unmatched', `"${name}" has no captain row on this slate`);
        const note = [idNote, positionNote].filter(Boolean).join('; ') || null;
        return { slateRowIds: rows.map((r) => r.id), note };
      }
      const what = `"${name}"${team ? ` (${team}${natural.length ? ` ${natural.join('/')}` : ''})` : natural.length ? ` (${natural.join('/')})` : ''}`;
      if (people.size > 1) {
        const seen = new Set<string>();
        const listed = candidates.filter((r) => !seen.has(person(r)) && seen.add(person(r))).map(describe);
        return problem(row, 'ambiguous', `${what} matches ${people.size} players on this slate: ${listed.join('; ')}; add a team or position column, or use the site id`);
      }
      const elsewhere = sameName.length ? `; on this slate "${name}" is ${[...new Set(sameName.map((r) => `${r.team} ${r.positions.join('/')}`))].join(', ')}` : '';
      const idPart = row.id ? `id ${row.id} is not on this slate and ` : '';
      return problem(row, 'unmatched', `${idPart}no player ${what} on this slate${elsewhere}`);
    },
  };
}
