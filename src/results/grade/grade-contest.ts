/**
 * The post-lock contest check: a slate's simulated contest field (the newest finished contest simulation, or the
 * one named) beside the real contest imported for the slate (the newest standings with lineups): winning score,
 * median score, ownership MAE and duplicate rate in one table (compareFieldToStandings in the sim module).
 * Players are keyed by slate player id on both sides, so names never need to match twice.
 */
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import { compareFieldToStandings, type DkStandings, type FieldComparisonRow, type FieldSummary } from '../../sim/index.js';

export interface ContestGrade {
  slateId: number;
  contestKey: string;
  entries: number;
  simulationRunId: number;
  field: FieldComparisonRow[];
}

interface StoredContestResult {
  field?: Partial<FieldSummary>;
  ownership?: { slatePlayerId: number; projected: number; realized: number }[];
}

export async function gradeContest(db: Db, input: { slateId: number; simulationRunId?: number; userId?: number | null }): Promise<ContestGrade> {
  const standing = await db.contestStanding.findFirst({ where: { slateId: input.slateId, hasLineups: true }, orderBy: { id: 'desc' } });
  if (!standing) throw new AppError('no_standings', `slate ${input.slateId} has no imported contest standings with lineups: import the DraftKings standings export first (sportsdata results import)`);
  const run = await db.simulationRun.findFirst({
    where: { slateId: input.slateId, kind: 'contest', status: 'done', ...(input.simulationRunId !== undefined ? { id: input.simulationRunId } : {}), ...(input.userId !== undefined ? { OR: [{ userId: input.userId }, { userId: null }] } : {}) },
    orderBy: { id: 'desc' },
  });
  if (!run) throw input.simulationRunId !== undefined ? notFound(`contest simulation ${input.simulationRunId} on slate ${input.slateId}`) : new AppError('no_contest_simulation', `slate ${input.slateId} has no finished contest simulation to compare: run sportsdata contest first`);
  const result = (run.result ?? {}) as StoredContestResult;
  const field = result.field;
  if (!field?.winningScore || field.medianScore === undefined || field.duplicateRate === undefined) {
    throw new AppError('no_field_summary', `contest simulation ${run.id} has no field summary (it ran before the field summary existed): run it again`);
  }
  const entries = await db.contestStandingEntry.findMany({ where: { contestStandingId: standing.id }, select: { rank: true, points: true, slatePlayerIds: true } });
  const players = await db.slatePlayerResult.findMany({ where: { slateId: input.slateId, actualOwnership: { not: null } }, select: { slatePlayerId: true, actualOwnership: true, actualPoints: true } });
  const standings: DkStandings = {
    entries: entries.map((e) => ({ rank: e.rank, entrant: '', maxEntries: 1, points: e.points, lineup: e.slatePlayerIds.map((id) => ({ slot: '', name: String(id) })) })),
    // The results tier stores %Drafted in percent (55.51).
    players: players.map((p) => ({ name: String(p.slatePlayerId), rosterPosition: '', drafted: (p.actualOwnership ?? 0) / 100, fpts: p.actualPoints })),
  };
  const ownershipByName = new Map((result.ownership ?? []).map((o) => [String(o.slatePlayerId), o.realized > 0 ? o.realized : o.projected]));
  const rows = compareFieldToStandings({ summary: { winningScore: field.winningScore, medianScore: field.medianScore, duplicateRate: field.duplicateRate }, ownershipByName }, standings);
  return { slateId: input.slateId, contestKey: standing.contestKey, entries: standing.entryCount, simulationRunId: run.id, field: rows };
}
