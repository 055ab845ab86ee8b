/**
 * Builds a contest run's field and chunk plan from the request: reads the projection set's draws, the slate's
 * rows and our lineups, estimates or takes ownership, and generates the field for a seed.
 */
import type { z } from 'zod';
import type { Db } from '../../core/db.js';
import { type GameType, type Site } from '../../core/site-rules.js';
import type { ContestRow, LineupMatrix } from '../contest/contest-types.js';
import { payoutWarnings, totalPrizes, validatePayoutTable } from '../contest/payout-table.js';
import { CONTEST_BLOCK, type ContestScoringInput } from '../contest/score-contest.js';
import type { FieldStats } from '../contest/simulate-contest.js';
import { prepareContestOffThread } from '../workers/run-prepare-contest.js';
import { MAX_CONTEST_LINEUPS } from '../contest/contest-limits.js';
import { bytesToFloat32 } from '../data/codec.js';
import { loadSetDrawBytes } from '../data/draw-blocks.js';
import { planChunks } from '../engine/merge-chunks.js';
import { loadSlatePool } from '../../slates/index.js';
import type { SimSport } from '../types.js';
import type { ContestRunRequestSchema } from './request-schema.js';
import { getSiteRules, isCaptainRow } from '../../sites/index.js';

/** A contest run's frozen parameters (SimulationRun.params). */
export interface ContestParams {
  projectionSetId: number;
  chunkSize: number;
  playerCount: number;
  entryFee: number;
  lineupIds: (number | null)[];
  payoutName: string;
  payoutSource: string;
  fieldSize: number;
  /** Sum of all prizes (the identity: the field's mean ROI is prizePool / (entryFee x fieldSize) - 1). */
  prizePool: number;
  warnings: string[];
  jobId: string | null;
}

/** The field and scoring arrays shared by the chunks (stored once as chunk -1). */
export interface StoredPrepared {
  scoring: ContestScoringInput;
  duplicates: Int32Array;
  fieldStats: FieldStats;
  /** Projected and realized field ownership per slate player (rows either side has), for the post-lock check. */
  ownership?: { slatePlayerId: number; projected: number; realized: number }[];
}

/** A contest's field and chunk plan, built from the request and the seed alone (deterministic). */
export interface ContestPlan {
  slateId: number;
  sims: number;
  chunks: { index: number; simStart: number; simEnd: number }[];
  params: Omit<ContestParams, 'jobId'>;
  prepared: StoredPrepared;
}

/** Loads draws, rows and our lineups and builds the field for `seed`. */
export async function buildContestPlan(db: Db, request: z.output<typeof ContestRunRequestSchema>, seed: number): Promise<ContestPlan> {
  const payout = validatePayoutTable(request.payout);
  const pool = await loadSlatePool(db, request.slateId);
  if (!pool) throw new Error(`slate ${request.slateId} does not exist`);
  const { slate, rows: slateRows } = pool;
  const set = await db.projectionSet.findUnique({ where: { id: request.projectionSetId }, include: { projections: true } });
  if (!set || set.slateId !== slate.id) throw new Error(`projection set ${request.projectionSetId} does not exist for slate ${slate.id}`);
  const stored = await loadSetDrawBytes(db, set.id);
  if (!stored) throw new Error(`projection set ${set.id} has no simulation draws: run sim-engine.run-projections first`);
  const sims = stored.drawCount;
  const projections = new Map(set.projections.map((p) => [p.slatePlayerId, p]));
  const ownershipRows = request.ownershipSetId === undefined ? null : await db.projection.findMany({ where: { projectionSetId: request.ownershipSetId } });
  if (ownershipRows !== null && ownershipRows.length === 0) throw new Error(`projection set ${request.ownershipSetId} has no projections to take ownership from`);
  const ownershipSource = new Map((ownershipRows ?? set.projections).map((p) => [p.slatePlayerId, p.ownership ?? 0]));
  // Uploads often carry percentages (23.5) where the engine wants shares (0.235); no real share exceeds 1.
  const percent = [...ownershipSource.values()].some((o) => o > 1.5);
  const ownershipOf = (slatePlayerId: number): number => (ownershipSource.get(slatePlayerId) ?? 0) / (percent ? 100 : 1);
  const rowIndex = new Map(slateRows.map((r, i) => [r.id, i]));
  const firstRowOfPlayer = new Map<number, number>();
  slateRows.forEach((r, i) => firstRowOfPlayer.has(r.playerId) || firstRowOfPlayer.set(r.playerId, i));
  const rules = getSiteRules(slate.site as Site, slate.sport as SimSport, slate.gameType as GameType);
  const rows: ContestRow[] = slateRows.map((r) => ({
    simIndex: firstRowOfPlayer.get(r.playerId)!,
    positions: r.positions,
    salary: r.salary,
    team: r.team,
    gameKey: r.gameId === null ? null : String(r.gameId),
    captainRow: r.isCaptain,
    ownership: ownershipOf(r.id),
    mean: projections.get(r.id)?.mean ?? 0,
  }));
  const { matrix, lineupIds } = await loadOurLineups(db, request, rowIndex, rules.slots.length);
  const draws = bytesToFloat32(stored.bytes);
  if (draws.length !== slateRows.length * sims) throw new Error(`projection set ${set.id} holds ${draws.length} draws, expected ${slateRows.length} rows x ${sims} sims (the slate changed since it was simulated)`);
  const useEstimate = request.ownership === 'estimate' || rows.every((r) => r.ownership === 0);
  // Off the event loop: the field can be MAX_CONTEST_FIELD_SIZE entries and this process may serve HTTP too.
  const prepared = await prepareContestOffThread({
    sport: slate.sport as SimSport,
    rows,
    rules,
    payout,
    ours: matrix,
    draws,
    playerCount: slateRows.length,
    sims,
    seed,
    ownership: useEstimate ? 'estimate' : 'rows',
  });
  const chunkSize = Math.ceil(request.chunkSize / CONTEST_BLOCK) * CONTEST_BLOCK;
  return {
    slateId: slate.id,
    sims,
    chunks: planChunks(sims, chunkSize),
    params: { projectionSetId: set.id, chunkSize, playerCount: slateRows.length, entryFee: payout.entryFee, lineupIds, payoutName: payout.name, payoutSource: payout.source, fieldSize: payout.fieldSize, prizePool: totalPrizes(payout), warnings: payoutWarnings(payout) },
    prepared: {
      scoring: prepared.scoring,
      duplicates: prepared.duplicates,
      fieldStats: prepared.fieldStats,
      ownership: slateRows.flatMap((r, i) => (prepared.ownership[i]! > 0 || prepared.realizedOwnership[i]! > 0 ? [{ slatePlayerId: r.id, projected: round4(prepared.ownership[i]!), realized: round4(prepared.realizedOwnership[i]!) }] : [])),
    },
  };
}

async function loadOurLineups(db: Db, request: z.output<typeof ContestRunRequestSchema>, rowIndex: Map<number, number>, slotCount: number): Promise<{ matrix: LineupMatrix; lineupIds: (number | null)[] }> {
  let lists: { id: number | null; players: number[] }[];
  if (request.lineupSetId !== undefined) {
    const lineups = await db.lineup.findMany({ where: { lineupSetId: request.lineupSetId }, orderBy: { index: 'asc' }, include: { players: { orderBy: { slot: 'asc' } } } });
    if (lineups.length === 0) throw new Error(`lineup set ${request.lineupSetId} has no lineups`);
    lists = lineups.map((l) => ({ id: l.id, players: l.players.map((p) => p.slatePlayerId) }));
    if (lists.length > MAX_CONTEST_LINEUPS) throw new Error(`lineup set ${request.lineupSetId} holds ${lists.length} lineups: a contest simulation takes at most ${MAX_CONTEST_LINEUPS} (MAX_CONTEST_LINEUPS)`);
  } else {
    lists = (request.lineups ?? []).map((players) => ({ id: null, players }));
  }
  const rows = new Int32Array(lists.length * slotCount);
  lists.forEach((l, i) => {
    if (l.players.length !== slotCount) throw new Error(`lineup ${i + 1} has ${l.players.length} players, the contest needs ${slotCount}`);
    l.players.forEach((id, k) => {
      const r = rowIndex.get(id);
      if (r === undefined) throw new Error(`lineup ${i + 1}: slate player ${id} is not on this slate`);
      rows[i * slotCount + k] = r;
    });
  });
  return { matrix: { slotCount, entryCount: lists.length, rows }, lineupIds: lists.map((l) => l.id) };
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
