import type { Db } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import type { Sport } from '../../../core/site-rules.js';
import { setManualPlayerAlias, upsertManualTeamAlias } from '../../../slates/index.js';
import { normalizePlayerName } from '../normalize-player-name.js';
import { teamLookupKey } from '../resolve-team-code.js';
import { ensureTeams } from './team-seeds.js';

/** A manual team alias ("JAC" → JAX, "Jax Jaguars" → JAX) used by every later import. */
export async function addTeamAlias(db: Db, sport: Sport, alias: string, teamCode: string): Promise<void> {
  const { sportId, teamIds } = await ensureTeams(db, sport);
  const teamId = teamIds.get(teamCode);
  if (teamId === undefined) throw new AppError('unknown_team', `${teamCode} is not a ${sport} team code`);
  await upsertManualTeamAlias(db, sportId, teamId, teamLookupKey(alias));
}

/**
 * A manual player alias: rows named `name` (normalized) in later imports become canonical player `playerId`,
 * overriding automatic matching (the fix for a reported ambiguous or missed match).
 */
export async function addPlayerAlias(db: Db, playerId: number, name: string): Promise<void> {
  await setManualPlayerAlias(db, playerId, normalizePlayerName(name));
}
