/** Read-only: one lineup set of the user with every lineup's players, for the lineups table and exposure report. */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';

export interface LineupPlayerView { slot: number; slotName: string; slatePlayerId: number; sitePlayerId: string; name: string; team: string; salary: number; siteStatus: string | null }
export interface LineupView { id: number; index: number; salary: number; projection: number; ownership: number | null; needsSwap: boolean; swapReason: string | null; players: LineupPlayerView[] }
export interface LineupSetView {
  id: number; slateId: number; status: string; requested: number; progress: number; rules: unknown; report: unknown;
  error: string | null; createdAt: Date; finishedAt: Date | null; projectionSetId: number | null; lineups: LineupView[];
}

/** The set or a 404 (also for another user's set). */
export async function loadLineupSet(db: Db, slateId: number, lineupSetId: number, userId: number): Promise<LineupSetView> {
  const set = await db.lineupSet.findFirst({
    where: { id: lineupSetId, slateId, userId },
    include: {
      lineups: {
        orderBy: { index: 'asc' },
        include: { players: { orderBy: { slot: 'asc' }, include: { slatePlayer: { select: { sitePlayerId: true, name: true, teamId: true, salary: true, siteStatus: true } } } } },
      },
    },
  });
  if (!set) throw new AppError('not_found', `lineup set ${lineupSetId} not found`, 404);
  const teamIds = [...new Set(set.lineups.flatMap((l) => l.players.map((p) => p.slatePlayer.teamId)))];
  const teams = new Map((await db.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, code: true } })).map((t) => [t.id, t.code]));
  return {
    id: set.id, slateId: set.slateId, status: set.status, requested: set.requested, progress: set.progress, rules: set.rules, report: set.report,
    error: set.error, createdAt: set.createdAt, finishedAt: set.finishedAt, projectionSetId: set.projectionSetId,
    lineups: set.lineups.map((l) => ({
      id: l.id, index: l.index, salary: l.salary, projection: l.projection, ownership: l.ownership, needsSwap: l.needsSwap, swapReason: l.swapReason,
      players: l.players.map((p) => ({
        slot: p.slot, slotName: p.slotName, slatePlayerId: p.slatePlayerId, sitePlayerId: p.slatePlayer.sitePlayerId, name: p.slatePlayer.name,
        team: teams.get(p.slatePlayer.teamId) ?? '?', salary: p.slatePlayer.salary, siteStatus: p.slatePlayer.siteStatus,
      })),
    })),
  };
}
