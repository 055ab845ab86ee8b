import type { Db } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import type { Sport } from '../../../core/site-rules.js';
import { normalizePlayerName } from '../normalize-player-name.js';
import { teamLookupKey } from '../resolve-team-code.js';
import { ensureTeams } from './ensure-teams.js';
import { MANUAL_ALIAS_SOURCE } from './resolve-players.js';

/** A manual team alias ("JAC" → JAX, "Jax Jaguars" → JAX) used by every later import. */
export async function addTeamAlias(db: Db, sport: Sport, alias: string, teamCode: string): Promise<void> {
  const { sportId, teamIds } = await ensureTeams(db, sport);
  const teamId = teamIds.get(teamCode);
  if (teamId === undefined) throw new AppError('unknown_team', `${teamCode} is not a ${sport} team code`);
  await db.teamAlias.upsert({
    where: { sportId_source_alias: { sportId, source: MANUAL_ALIAS_SOURCE, alias: teamLookupKey(alias) } },
    create: { sportId, teamId, source: MANUAL_ALIAS_SOURCE, alias: teamLookupKey(alias) },
    update: { teamId },
  });
}

/**
 * A manual player alias: rows named `name` (normalized) in later imports become canonical player `playerId`,
 * overriding automatic matching (the fix for a reported ambiguous or missed match).
 */
export async function addPlayerAlias(db: Db, playerId: number, name: string): Promise<void> {
  const player = await db.player.findUnique({ where: { id: playerId } });
  if (!player) throw new AppError('not_found', `player ${playerId} not found`);
  const normalizedName = normalizePlayerName(name);
  await db.$transaction([
    db.playerAlias.deleteMany({ where: { sportId: player.sportId, normalizedName, source: MANUAL_ALIAS_SOURCE, NOT: { playerId } } }),
    db.playerAlias.upsert({
      where: { sportId_normalizedName_playerId: { sportId: player.sportId, normalizedName, playerId } },
      create: { sportId: player.sportId, normalizedName, playerId, source: MANUAL_ALIAS_SOURCE },
      update: { source: MANUAL_ALIAS_SOURCE },
    }),
  ]);
}
