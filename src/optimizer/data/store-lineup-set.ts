import type { Db } from '../../core/db.js';
import type { Lineup } from '../types.js';

/** Progress and status writes of a lineup set (the only table this module writes). */
export async function markLineupSet(db: Db, id: number, data: { status?: string; progress?: number; error?: string | null; report?: object; finishedAt?: Date }): Promise<void> {
  await db.lineupSet.update({ where: { id }, data });
}

/**
 * Replaces the set's lineups and marks it done, in one transaction: a job that runs twice leaves one copy.
 */
export async function storeLineups(db: Db, id: number, lineups: Lineup[], slatePlayerIds: Map<string, number>, report: object): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.lineup.deleteMany({ where: { lineupSetId: id } });
    for (const l of lineups) {
      await tx.lineup.create({
        data: {
          lineupSetId: id, index: l.index, salary: Math.round(l.salary), projection: l.projection, ownership: l.ownershipSum,
          players: {
            create: l.slots.map((s) => {
              const slatePlayerId = slatePlayerIds.get(s.player.id);
              if (slatePlayerId === undefined) throw new Error(`lineup ${l.index}: player ${s.player.id} has no slate row`);
              return { slot: s.slotIndex, slotName: s.slot, slatePlayerId };
            }),
          },
        },
      });
    }
    await tx.lineupSet.update({ where: { id }, data: { status: 'done', progress: 1, error: null, report, finishedAt: new Date() } });
  });
}
