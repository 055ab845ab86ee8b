/**
 * Grades a projection set (and optionally a lineup set) against a slate's results: per player actual vs mean and
 * percentiles; summary MAE, correlation, CRPS (from stored draws), coverage of each stored percentile, the naive
 * AvgPointsPerGame MAE, ownership MAE; each lineup's actual points and its rank in every imported real contest.
 * Showdown captain rows repeat their player and are left out of the summary.
 */
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import { decodeDraws, loadSetDrawBytes } from '../../sim/index.js';
import { isCaptainRow } from '../../sites/index.js';
import { COVERAGE_LEVELS, correlation, crpsFromSample, meanAbsoluteError, pitFromPercentiles, pitFromSample, type CoverageLevel } from './metrics.js';
import { gradeLineups, type LineupGrade } from './grade-lineups.js';
import { loadSlateInfo, loadSlatePool } from '../../slates/index.js';

export interface GradedPlayer {
  slatePlayerId: number; name: string; team: string; position: string; salary: number;
  actual: number | null; played: boolean | null; actualOwnership: number | null;
  mean: number | null; p10: number | null; p25: number | null; p50: number | null; p75: number | null; p90: number | null; p99: number | null;
  /** Not in the summary: a showdown captain row. */
  captain: boolean;
  avgPoints: number | null;
  pit: number | null;
}

export interface GradeSummary {
  n: number; played: number; mae: number | null; baselineMae: number | null; correlation: number | null; crps: number | null;
  coverage: Record<CoverageLevel, number | null>; ownershipMae: number | null;
}

export interface SlateGrade {
  slateId: number;
  projectionSetId: number | null;
  players: GradedPlayer[];
  summary: GradeSummary;
  /** The same summary over players who played (how calibrated the distributions are when a player takes the floor). */
  playedSummary: GradeSummary;
  /** PIT histogram (10 bins) of the summarized players with an actual. */
  pitHistogram: number[];
  lineupSetId?: number;
  lineups?: LineupGrade[];
}

export interface GradeOptions {
  slateId: number;
  projectionSetId?: number;
  lineupSetId?: number;
  /** The API's signed-in user: another user's private sets are not found. Unset (CLI): every set. */
  viewerId?: number;
}

export async function gradeSlate(db: Db, options: GradeOptions): Promise<SlateGrade> {
  const visible = options.viewerId === undefined ? {} : { OR: [{ userId: null }, { userId: options.viewerId }] };
  const slate = await loadSlateInfo(db, options.slateId);
  if (!slate) throw notFound(`slate ${options.slateId}`);
  const set = options.projectionSetId !== undefined
    ? await db.projectionSet.findFirst({ where: { id: options.projectionSetId, ...visible }, select: { id: true, slateId: true, drawCount: true } })
    : await db.projectionSet.findFirst({ where: { slateId: options.slateId, ...visible }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true, slateId: true, drawCount: true } });
  if (options.projectionSetId !== undefined && (!set || set.slateId !== options.slateId)) throw notFound(`projection set ${options.projectionSetId} of slate ${options.slateId}`);
  const [pool, results] = await Promise.all([
    loadSlatePool(db, options.slateId, set?.id ?? null),
    db.slatePlayerResult.findMany({ where: { slateId: options.slateId } }),
  ]);
  const rows = pool?.rows ?? [];
  const resultOf = new Map(results.map((r) => [r.slatePlayerId, r]));
  // Draws live in the set's ProjectionDrawBlocks (row-major, slate rows in id order), read back whole here.
  const stored = set?.drawCount ? await loadSetDrawBytes(db, set.id) : null;
  const draws = stored ? decodeDraws(stored.bytes) : null;
  const drawCount = stored?.drawCount ?? 0;
  if (draws && draws.length !== drawCount * rows.length) throw new AppError('draws_mismatch', `projection set ${set?.id} holds draws for another player list`);
  // Projection.ownership is stored as a share (0..1, uploads included); %Drafted is a percent.
  const ownershipScale = 100;
  const crps: number[] = [];
  const players: GradedPlayer[] = rows.map((r, i) => {
    const p = r.stats;
    const result = resultOf.get(r.id);
    const actual = result?.actualPoints ?? null;
    const captain = r.isCaptain;
    const sample = draws ? draws.subarray(i * drawCount, (i + 1) * drawCount) : null;
    let pit: number | null = null;
    if (actual !== null && p) {
      if (sample && !captain) {
        pit = pitFromSample(sample, actual);
        crps.push(crpsFromSample(sample, actual));
      } else {
        pit = pitFromPercentiles([[0.1, p.p10 ?? NaN], [0.25, p.p25 ?? NaN], [0.5, p.median ?? NaN], [0.75, p.p75 ?? NaN], [0.9, p.p90 ?? NaN], [0.99, p.p99 ?? NaN]], actual);
      }
    }
    return {
      slatePlayerId: r.id, name: r.name, team: r.team, position: r.positions.join('/'), salary: r.salary,
      actual, played: result?.played ?? null, actualOwnership: result?.actualOwnership ?? null,
      mean: r.mean, p10: p?.p10 ?? null, p25: p?.p25 ?? null, p50: p?.median ?? null, p75: p?.p75 ?? null, p90: p?.p90 ?? null, p99: p?.p99 ?? null,
      captain, avgPoints: r.avgPoints, pit,
    };
  });
  const projectedOwnership = new Map(rows.map((r) => {
    const own = r.ownership;
    return [r.id, own === null ? null : own * ownershipScale];
  }));
  const graded = players.filter((p) => !p.captain && p.actual !== null && p.mean !== null);
  const grade: SlateGrade = {
    slateId: options.slateId, projectionSetId: set?.id ?? null,
    players,
    summary: summarize(graded, crps.length === graded.length ? crps : null, projectedOwnership),
    playedSummary: summarize(graded.filter((p) => p.played), null, projectedOwnership),
    pitHistogram: histogram(graded.map((p) => p.pit).filter((x): x is number => x !== null)),
  };
  if (draws) grade.playedSummary.crps = mean(graded.map((p, i) => (p.played ? crps[i] : undefined)).filter((x): x is number => x !== undefined));
  if (options.lineupSetId !== undefined) {
    grade.lineupSetId = options.lineupSetId;
    grade.lineups = await gradeLineups(db, options.slateId, options.lineupSetId, options.viewerId);
  }
  return grade;
}

function summarize(graded: GradedPlayer[], crps: number[] | null, projectedOwnership: ReadonlyMap<number, number | null>): GradeSummary {
  const coverage = Object.fromEntries(COVERAGE_LEVELS.map((level) => {
    const withLevel = graded.filter((p) => p[level] !== null);
    return [level, withLevel.length === 0 ? null : withLevel.filter((p) => (p.actual as number) <= (p[level] as number)).length / withLevel.length];
  })) as Record<CoverageLevel, number | null>;
  const owned = graded.filter((p) => p.actualOwnership !== null && (projectedOwnership.get(p.slatePlayerId) ?? null) !== null);
  return {
    n: graded.length, played: graded.filter((p) => p.played).length,
    mae: meanAbsoluteError(graded.map((p) => [p.actual as number, p.mean as number])),
    baselineMae: meanAbsoluteError(graded.map((p) => [p.actual as number, p.avgPoints ?? 0])),
    correlation: correlation(graded.map((p) => p.mean as number), graded.map((p) => p.actual as number)),
    crps: crps ? mean(crps) : null,
    coverage,
    ownershipMae: meanAbsoluteError(owned.map((p) => [p.actualOwnership as number, projectedOwnership.get(p.slatePlayerId) as number])),
  };
}

function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function histogram(pits: number[], bins = 10): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const p of pits) counts[Math.min(bins - 1, Math.floor(p * bins))]! += 1;
  return counts;
}
