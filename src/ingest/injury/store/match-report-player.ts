import type { Db } from '../../../core/db.js';
import type { Sport } from '../../../core/site-rules.js';
import { matchPlayer, normalizePlayerName, resolveTeamCode, type MatchCandidate } from '../../dfs/index.js';

/** Who a report is about: the canonical player, or why not. */
export type ReportMatch =
  | { playerId: number; teamCode: string | null }
  | { playerId: null; teamCode: string | null; reason: string };

/** Matches report names to canonical players of one sport; built once per poll from the database. */
export interface PlayerMatcher {
  /** Stored as the reports' sportCode; "unknown" for news no sport's players matched. */
  sport: Sport | 'unknown';
  match(input: { name: string; team: string | null; position: string | null }): ReportMatch;
}

/**
 * Loads the sport's canonical players, their teams and name aliases, and matches through the DFS module's
 * rules (`normalizePlayerName`, `matchPlayer`): a hand-made alias wins, then name + team, then a unique name.
 * Ambiguous names are never guessed; the reason is kept so the report can say why a name stayed unmatched.
 */
export async function buildPlayerMatcher(db: Db, sport: Sport): Promise<PlayerMatcher> {
  const sportRow = await db.sport.findUnique({ where: { code: sport } });
  if (!sportRow) throw new Error(`sport ${sport} is not in the Sport table`);
  const [players, teams, aliases] = await Promise.all([
    db.player.findMany({ where: { sportId: sportRow.id }, select: { id: true, normalizedName: true, position: true, teamId: true } }),
    db.team.findMany({ where: { sportId: sportRow.id }, select: { id: true, code: true } }),
    db.playerAlias.findMany({ where: { sportId: sportRow.id }, select: { normalizedName: true, playerId: true, source: true } }),
  ]);
  const teamCode = new Map(teams.map((t) => [t.id, t.code]));
  const byKey = new Map<string, MatchCandidate[]>();
  for (const p of players) {
    const key = normalizePlayerName(p.normalizedName);
    const candidate = { id: p.id, normalizedName: key, team: p.teamId ? teamCode.get(p.teamId) ?? null : null, positions: p.position ? [p.position] : [] };
    byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
  }
  const aliasIds = new Map<string, Set<number>>();
  for (const a of aliases) aliasIds.set(a.normalizedName, (aliasIds.get(a.normalizedName) ?? new Set()).add(a.playerId));

  return {
    sport,
    match({ name, team, position }) {
      const code = team ? resolveTeamCode(sport, team) : null;
      const normalized = normalizePlayerName(name);
      const aliased = aliasIds.get(normalized);
      if (aliased?.size === 1) return { playerId: [...aliased][0] as number, teamCode: code };
      const result = matchPlayer({ name, team: code ?? '', positions: position ? [position] : [], sport }, byKey);
      if (result.kind === 'matched') return { playerId: result.id, teamCode: code };
      if (result.kind === 'ambiguous') return { playerId: null, teamCode: code, reason: result.message };
      return { playerId: null, teamCode: code, reason: `no ${sport} player named "${name}"${code ? ` (${code})` : ''}` };
    },
  };
}

/** A matcher that matches nobody: stores news whose player no configured sport knows (reported, kept). */
export const UNKNOWN_SPORT_MATCHER: PlayerMatcher = {
  sport: 'unknown',
  match: ({ team }) => ({ playerId: null, teamCode: team, reason: 'no player of any configured sport has this name' }),
};
