import type { Db } from '../../../core/db.js';
import type { Sport } from '../../../core/site-rules.js';
import { normalizePlayerName, resolveTeamCode, teamLookupKey } from '../../dfs/index.js';
import type { GameCandidate } from './match-event.js';
import type { PlayerCandidate } from './match-players.js';
import { KICKOFF_TOLERANCE_HOURS } from './match-event.js';

/** Team names → canonical codes: the DFS module's alias table plus aliases kept in the database (TeamAlias). */
export async function loadTeamResolver(db: Db, sport: Sport): Promise<(name: string) => string | null> {
  const aliases = await db.teamAlias.findMany({ where: { team: { sport: { code: sport } } }, select: { alias: true, team: { select: { code: true } } } });
  const extra = new Map(aliases.map((a) => [teamLookupKey(a.alias), a.team.code]));
  return (name) => resolveTeamCode(sport, name, extra);
}

/** Our games of a sport whose kickoff is within the matching tolerance of any of the given times. */
export async function loadGameCandidates(db: Db, sport: Sport, kickoffs: readonly Date[]): Promise<GameCandidate<number>[]> {
  if (kickoffs.length === 0) return [];
  const times = kickoffs.map((d) => d.getTime());
  const slack = KICKOFF_TOLERANCE_HOURS * 3_600_000;
  const games = await db.game.findMany({
    where: { sport: { code: sport }, startsAt: { gte: new Date(Math.min(...times) - slack), lte: new Date(Math.max(...times) + slack) } },
    select: { id: true, startsAt: true, homeTeam: { select: { code: true } }, awayTeam: { select: { code: true } } },
  });
  return games.map((g) => ({ id: g.id, homeTeam: g.homeTeam.code, awayTeam: g.awayTeam.code, startsAt: g.startsAt }));
}

/** How far back slate rows count as a team's roster when matching prop names (trades move players). */
const ROSTER_LOOKBACK_DAYS = 21;

/**
 * Canonical players who may be named in props of games between these teams: those whose canonical team is one of
 * them, or who have a recent slate row for one (trades move players). One batch for every event of a poll; callers
 * keep, per event, the candidates of its two teams. Positions come from slate rows so defenses (DST/D) are known.
 */
export async function loadPlayerCandidates(
  db: Db,
  sport: Sport,
  teamCodes: readonly string[],
  earliestKickoff: Date,
): Promise<PlayerCandidate<number>[]> {
  if (teamCodes.length === 0) return [];
  const teams = await db.team.findMany({ where: { sport: { code: sport }, code: { in: [...new Set(teamCodes)] } }, select: { id: true, code: true } });
  const codeOf = new Map(teams.map((t) => [t.id, t.code]));
  const teamIds = teams.map((t) => t.id);
  const since = new Date(earliestKickoff.getTime() - ROSTER_LOOKBACK_DAYS * 86_400_000);
  const [players, rows] = await Promise.all([
    db.player.findMany({ where: { sport: { code: sport }, teamId: { in: teamIds } }, select: { id: true, fullName: true, position: true, teamId: true } }),
    db.slatePlayer.findMany({
      where: { teamId: { in: teamIds }, slate: { sport: { code: sport }, firstStartsAt: { gte: since } } },
      select: { playerId: true, name: true, positions: true, teamId: true },
    }),
  ]);
  const byId = new Map<number, PlayerCandidate<number>>();
  for (const p of players) {
    byId.set(p.id, { id: p.id, name: p.fullName, team: p.teamId === null ? null : codeOf.get(p.teamId) ?? null, positions: p.position ? [p.position] : [] });
  }
  for (const r of rows) {
    const known = byId.get(r.playerId);
    const positions = [...new Set([...(known?.positions ?? []), ...r.positions])];
    // The slate row's team is the newer fact: it wins over a canonical team not yet updated after a trade.
    byId.set(r.playerId, { id: r.playerId, name: known?.name ?? r.name, team: codeOf.get(r.teamId) ?? known?.team ?? null, positions });
  }
  return [...byId.values()];
}

/** Manual name overrides (PlayerAlias source "manual") for the given prop names: normalized name → player id. */
export async function loadManualAliases(db: Db, sport: Sport, names: readonly string[]): Promise<Map<string, number>> {
  const normalized = [...new Set(names.map(normalizePlayerName))];
  if (normalized.length === 0) return new Map();
  const rows = await db.playerAlias.findMany({
    where: { source: 'manual', normalizedName: { in: normalized }, player: { sport: { code: sport } } },
    select: { normalizedName: true, playerId: true },
  });
  return new Map(rows.map((r) => [r.normalizedName, r.playerId]));
}
