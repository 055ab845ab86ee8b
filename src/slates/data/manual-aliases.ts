import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';

/** Source name of manual aliases (team and player); they win over every automatic match. */
export const MANUAL_ALIAS_SOURCE = 'manual';

/** Stores (or repoints) a manual team alias: `aliasKey` is already the lookup key of the alias text. */
export async function upsertManualTeamAlias(db: Db, sportId: number, teamId: number, aliasKey: string): Promise<void> {
  await db.teamAlias.upsert({
    where: { sportId_source_alias: { sportId, source: MANUAL_ALIAS_SOURCE, alias: aliasKey } },
    create: { sportId, teamId, source: MANUAL_ALIAS_SOURCE, alias: aliasKey },
    update: { teamId },
  });
}

/**
 * Points the normalized name at canonical player `playerId` for later imports; the same name's manual alias to
 * another player of the sport is dropped (one manual answer per name).
 */
export async function setManualPlayerAlias(db: Db, playerId: number, normalizedName: string): Promise<void> {
  const player = await db.player.findUnique({ where: { id: playerId } });
  if (!player) throw new AppError('not_found', `player ${playerId} not found`);
  await db.$transaction([
    db.playerAlias.deleteMany({ where: { sportId: player.sportId, normalizedName, source: MANUAL_ALIAS_SOURCE, NOT: { playerId } } }),
    db.playerAlias.upsert({
      where: { sportId_normalizedName_playerId: { sportId: player.sportId, normalizedName, playerId } },
      create: { sportId: player.sportId, normalizedName, playerId, source: MANUAL_ALIAS_SOURCE },
      update: { source: MANUAL_ALIAS_SOURCE },
    }),
  ]);
}
