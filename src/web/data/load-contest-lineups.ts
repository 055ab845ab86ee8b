/**
 * The lineups a contest run entered, by id, with their players in slot order, so the results table can say which
 * lineup each row is. Only the user's own lineup sets: a result row never reveals another user's picks.
 */
import type { Db } from '../../core/db.js';
import type { PublicUser } from '../../api/index.js';
import { findUserLineupsById } from '../../optimizer/index.js';

export interface ContestLineup { index: number; players: string }

export async function loadContestLineups(db: Db, lineupIds: readonly number[], user: PublicUser): Promise<Map<number, ContestLineup>> {
  if (!lineupIds.length) return new Map();
  const rows = await findUserLineupsById(db, lineupIds, user.id);
  return new Map(rows.map((r) => [r.id, { index: r.index, players: r.players.join(', ') }]));
}
