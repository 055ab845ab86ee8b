/** A slate's stored results for the API and the dashboard: actual points per player, imported contests, unmatched names. */
import type { Db } from '../../core/db.js';
import { notFound } from '../../core/errors.js';
import { loadSlateInfo } from '../../slates/index.js';

export async function loadSlateResults(db: Db, slateId: number) {
  const slate = await loadSlateInfo(db, slateId);
  if (!slate) throw notFound(`slate ${slateId}`);
  const [results, contests, unmatched] = await Promise.all([
    db.slatePlayerResult.findMany({ where: { slateId }, orderBy: { actualPoints: 'desc' },
      select: { slatePlayerId: true, actualPoints: true, played: true, actualOwnership: true, pointsSource: true, slatePlayer: { select: { name: true, salary: true, positions: true, rosterPositions: true } } } }),
    db.contestStanding.findMany({ where: { slateId }, orderBy: { id: 'asc' }, select: { id: true, contestKey: true, fileName: true, entryCount: true, hasLineups: true, updatedAt: true } }),
    db.resultUnmatchedName.findMany({ where: { slateId }, orderBy: [{ source: 'asc' }, { name: 'asc' }], select: { source: true, name: true, teamCode: true, actualPoints: true, actualOwnership: true } }),
  ]);
  const top = await Promise.all(contests.map((c) => db.contestStandingEntry.aggregate({ where: { contestStandingId: c.id }, _max: { points: true } })));
  return {
    slateId,
    players: results.map((r) => ({ slatePlayerId: r.slatePlayerId, name: r.slatePlayer.name, salary: r.slatePlayer.salary, positions: r.slatePlayer.positions,
      rosterPositions: r.slatePlayer.rosterPositions, actualPoints: r.actualPoints, played: r.played, actualOwnership: r.actualOwnership, pointsSource: r.pointsSource })),
    contests: contests.map((c, i) => ({ ...c, topScore: top[i]?._max.points ?? null })),
    unmatched,
  };
}
