/** Each lineup's actual points (captain rows carry their multiplied points) and its rank in every imported real contest. */
import type { Db } from '../../core/db.js';
import { notFound } from '../../core/errors.js';

export interface LineupContestRank { contestStandingId: number; contestKey: string; rank: number; entries: number; percentile: number }
export interface LineupGrade { lineupId: number; index: number; projection: number; actual: number | null; missing: number; contests: LineupContestRank[] }

export async function gradeLineups(db: Db, slateId: number, lineupSetId: number, viewerId?: number): Promise<LineupGrade[]> {
  const visible = viewerId === undefined ? {} : { OR: [{ userId: null }, { userId: viewerId }] };
  const set = await db.lineupSet.findFirst({ where: { id: lineupSetId, ...visible }, select: { slateId: true,
    lineups: { orderBy: { index: 'asc' }, select: { id: true, index: true, projection: true, players: { select: { slatePlayer: { select: { result: { select: { actualPoints: true } } } } } } } } } });
  if (!set || set.slateId !== slateId) throw notFound(`lineup set ${lineupSetId} of slate ${slateId}`);
  const contests = await db.contestStanding.findMany({ where: { slateId }, select: { id: true, contestKey: true, entryCount: true } });
  const scores = await Promise.all(contests.map(async (c) => ({
    ...c, points: Float64Array.from((await db.contestStandingEntry.findMany({ where: { contestStandingId: c.id }, select: { points: true } })).map((e) => e.points)).sort(),
  })));
  return set.lineups.map((l) => {
    const values = l.players.map((p) => p.slatePlayer.result?.actualPoints);
    const missing = values.filter((v) => v === undefined).length;
    const actual = missing === values.length ? null : Math.round(values.reduce<number>((s, v) => s + (v ?? 0), 0) * 100) / 100;
    return {
      lineupId: l.id, index: l.index, projection: l.projection, actual, missing,
      contests: actual === null ? [] : scores.filter((c) => c.points.length > 0).map((c) => {
        const above = c.points.length - upperBound(c.points, actual);
        const below = lowerBound(c.points, actual);
        return { contestStandingId: c.id, contestKey: c.contestKey, rank: above + 1, entries: c.points.length, percentile: Math.round((below / c.points.length) * 10000) / 100 };
      }),
    };
  });
}

/** First index with value >= x in an ascending array. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0; let hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((a[mid] as number) < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/** First index with value > x. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0; let hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((a[mid] as number) <= x) lo = mid + 1; else hi = mid; }
  return lo;
}
