import type { Db } from '../../core/db.js';
import type { SimSport } from '../types.js';
import { injuryInputChangedAt, weatherInputChangedAt } from './input-changed-at.js';

/** A slate whose inputs changed after its latest projections run (or that has none). */
export interface StaleSlate {
  slateId: number;
  /** Newest input change: part of the refresh job's id, so one input state triggers one run. */
  inputsChangedAt: Date;
}

/**
 * Slates starting within `horizonHours` whose slate rows, game lines, or what the sim makes of injuries and
 * weather changed after the newest projections run was created (a refresh that repeats a forecast or an
 * injury status is no change). Slates with a run still going are skipped (it will be stale next tick if inputs
 * moved meanwhile).
 */
export async function findStaleSlates(db: Db, now: Date, horizonHours: number): Promise<StaleSlate[]> {
  const until = new Date(now.getTime() + horizonHours * 3600_000);
  const slates = await db.slate.findMany({ where: { firstStartsAt: { gte: now, lte: until } }, select: { id: true, sport: { select: { code: true } } } });
  const out: StaleSlate[] = [];
  for (const { id, sport } of slates) {
    const runs = await db.simulationRun.findMany({ where: { slateId: id, kind: 'projections' }, orderBy: { createdAt: 'desc' }, take: 1 });
    const last = runs[0];
    if (last?.status === 'running' || last?.status === 'queued') continue;
    const rows = await db.slatePlayer.findMany({ where: { slateId: id }, select: { updatedAt: true, playerId: true, gameId: true, siteStatus: true } });
    if (rows.length === 0) continue;
    const gameIds = [...new Set(rows.flatMap((r) => (r.gameId === null ? [] : [r.gameId])))];
    const [injury, line, weather] = await Promise.all([
      injuryInputChangedAt(db, rows, last?.createdAt ?? null),
      db.gameLine.aggregate({ where: { gameId: { in: gameIds } }, _max: { capturedAt: true } }),
      weatherInputChangedAt(db, sport.code as SimSport, gameIds, last?.createdAt ?? null),
    ]);
    const stamps = [...rows.map((r) => r.updatedAt), injury, line._max.capturedAt, weather].filter((d): d is Date => d instanceof Date);
    const changed = new Date(Math.max(...stamps.map((d) => d.getTime())));
    if (!last || changed > last.createdAt) out.push({ slateId: id, inputsChangedAt: changed });
  }
  return out;
}
