import { availableParallelism } from 'node:os';
import type { z } from 'zod';
import type { Db } from '../../core/db.js';
import { getSiteRules, type GameType, type Site } from '../../core/site-rules.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ContestRow, LineupMatrix } from '../contest/contest-types.js';
import { validatePayoutTable } from '../contest/payout-table.js';
import { ContestRunRequestSchema, type ContestRunRequest } from './request-schema.js';
import { concatPartials, reduceContest, type LineupContestResult } from '../contest/reduce-contest.js';
import { CONTEST_BLOCK, type ContestPartial, type ContestScoringInput } from '../contest/score-contest.js';
import { scoreContestParallel } from '../workers/run-contest-workers.js';
import { prepareContest } from '../contest/simulate-contest.js';
import { transposeToSimMajor } from '../contest/transpose-draws.js';
import { bytesToFloat32, decodeJson, encodeJson } from '../data/codec.js';
import { completeRun, createRun, loadChunk, loadChunks, storeChunk } from '../data/run-store.js';
import { planChunks } from '../engine/merge-chunks.js';
import { randomSeed } from '../projections/projection-run.js';
import type { SimSport } from '../types.js';



interface ContestParams {
  projectionSetId: number;
  chunkSize: number;
  playerCount: number;
  entryFee: number;
  lineupIds: (number | null)[];
  payoutName: string;
  payoutSource: string;
  fieldSize: number;
  jobId: string | null;
}

/** The field and scoring arrays shared by the chunks (stored once as chunk -1). */
interface StoredPrepared {
  scoring: ContestScoringInput;
  duplicates: Int32Array;
  fieldStats: { entries: number; ownershipError: number; averageSalary: number };
}

const PREPARED_CHUNK = -1;

/**
 * Plans a contest run: loads draws, rows and our lineups, builds the field (deterministic for the seed) and
 * stores it as chunk -1, then returns the scoring chunk plan.
 */
export async function planContestRun(db: Db, input: ContestRunRequest, jobId: string | null = null): Promise<{ runId: number; chunks: { index: number; simStart: number; simEnd: number }[] }> {
  const request = ContestRunRequestSchema.parse(input);
  const payout = validatePayoutTable(request.payout);
  const slate = await db.slate.findUnique({ where: { id: request.slateId }, include: { sport: true } });
  if (!slate) throw new Error(`slate ${request.slateId} does not exist`);
  const set = await db.projectionSet.findUnique({ where: { id: request.projectionSetId }, include: { projections: true } });
  if (!set || set.slateId !== slate.id) throw new Error(`projection set ${request.projectionSetId} does not exist for slate ${slate.id}`);
  if (!set.draws || !set.drawCount) throw new Error(`projection set ${set.id} has no simulation draws: run sim-engine.run-projections first`);
  const sims = set.drawCount;
  const slateRows = await db.slatePlayer.findMany({ where: { slateId: slate.id }, orderBy: { id: 'asc' } });
  const teams = new Map((await db.team.findMany({ where: { id: { in: slateRows.map((r) => r.teamId) } } })).map((t) => [t.id, t.code]));
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
  const rules = getSiteRules(slate.site as Site, slate.sport.code as SimSport, slate.gameType as GameType);
  const rows: ContestRow[] = slateRows.map((r) => ({
    simIndex: firstRowOfPlayer.get(r.playerId)!,
    positions: r.positions,
    salary: r.salary,
    team: teams.get(r.teamId) ?? String(r.teamId),
    gameKey: r.gameId === null ? null : String(r.gameId),
    captainRow: rules.captainRows && r.rosterPositions.length === 1 && r.rosterPositions[0] === rules.slots[0]?.name,
    ownership: ownershipOf(r.id),
    mean: projections.get(r.id)?.mean ?? 0,
  }));
  const { matrix, lineupIds } = await loadOurLineups(db, request, rowIndex, rules.slots.length);
  const seed = request.seed ?? randomSeed();
  const draws = bytesToFloat32(set.draws);
  if (draws.length !== slateRows.length * sims) throw new Error(`projection set ${set.id} holds ${draws.length} draws, expected ${slateRows.length} rows x ${sims} sims (the slate changed since it was simulated)`);
  const useEstimate = request.ownership === 'estimate' || rows.every((r) => r.ownership === 0);
  const prepared = prepareContest({
    sport: slate.sport.code as SimSport,
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
  const chunks = planChunks(sims, chunkSize);
  const params: ContestParams = { projectionSetId: set.id, chunkSize, playerCount: slateRows.length, entryFee: payout.entryFee, lineupIds, payoutName: payout.name, payoutSource: payout.source, fieldSize: payout.fieldSize, jobId };
  const runId = await createRun(db, { kind: 'contest', slateId: slate.id, userId: request.userId ?? null, seed, sims, chunkCount: chunks.length, params: params as unknown as Prisma.InputJsonValue });
  const stored: StoredPrepared = { scoring: prepared.scoring, duplicates: prepared.duplicates, fieldStats: prepared.fieldStats };
  await db.simulationChunk.upsert({
    where: { runId_chunkIndex: { runId, chunkIndex: PREPARED_CHUNK } },
    create: { runId, chunkIndex: PREPARED_CHUNK, payload: Uint8Array.from(encodeJson(stored)) },
    update: {},
  });
  return { runId, chunks };
}

/** Scores one chunk of sims against the stored field and stores the partial (idempotent). */
export async function computeContestChunk(db: Db, runId: number, chunkIndex: number): Promise<{ done: number; total: number }> {
  const { run, params, prepared, draws } = await loadContestRun(db, runId);
  const chunk = planChunks(run.sims, params.chunkSize)[chunkIndex];
  if (!chunk) throw new Error(`simulation run ${runId} has no chunk ${chunkIndex}`);
  const simMajor = transposeToSimMajor(draws, params.playerCount, run.sims, chunk.simStart, chunk.simEnd);
  // Both cores on one chunk: the job's own thread only waits, so a process that also serves HTTP stays responsive.
  const tasks = await scoreContestParallel(prepared.scoring, simMajor, params.playerCount, chunk, Math.min(2, availableParallelism()), 500);
  const partial = concatPartials(tasks);
  const done = await storeChunk(db, runId, chunkIndex, encodeJson(partial));
  return { done, total: run.chunkCount };
}

/** Reduces the partials into per-lineup results and marks the run done. */
export async function finishContestRun(db: Db, runId: number): Promise<{ lineups: (LineupContestResult & { lineupId: number | null; index: number })[] }> {
  const run = await db.simulationRun.findUniqueOrThrow({ where: { id: runId } });
  const params = run.params as unknown as ContestParams;
  const preparedBytes = await loadChunk(db, runId, PREPARED_CHUNK);
  if (!preparedBytes) throw new Error(`simulation run ${runId} has no prepared field`);
  const prepared = decodeJson<StoredPrepared>(preparedBytes);
  const partials = (await loadChunks(db, runId)).map((c) => decodeJson<ContestPartial>(c.payload));
  const results = reduceContest(partials, run.sims, params.entryFee, prepared.duplicates);
  const lineups = results.map((r, index) => ({ index, lineupId: params.lineupIds[index] ?? null, ...r }));
  await completeRun(db, runId, { field: prepared.fieldStats, payout: { name: params.payoutName, source: params.payoutSource, fieldSize: params.fieldSize, entryFee: params.entryFee }, lineups } as unknown as Prisma.InputJsonValue);
  await db.simulationChunk.deleteMany({ where: { runId } });
  return { lineups };
}

async function loadContestRun(db: Db, runId: number) {
  const run = await db.simulationRun.findUnique({ where: { id: runId } });
  if (!run) throw new Error(`simulation run ${runId} does not exist`);
  const params = run.params as unknown as ContestParams;
  const preparedBytes = await loadChunk(db, runId, PREPARED_CHUNK);
  if (!preparedBytes) throw new Error(`simulation run ${runId} has no prepared field`);
  const set = await db.projectionSet.findUniqueOrThrow({ where: { id: params.projectionSetId }, select: { draws: true } });
  if (!set.draws) throw new Error(`projection set ${params.projectionSetId} lost its draws`);
  return { run, params, prepared: decodeJson<StoredPrepared>(preparedBytes), draws: bytesToFloat32(set.draws) };
}

async function loadOurLineups(db: Db, request: z.output<typeof ContestRunRequestSchema>, rowIndex: Map<number, number>, slotCount: number): Promise<{ matrix: LineupMatrix; lineupIds: (number | null)[] }> {
  let lists: { id: number | null; players: number[] }[];
  if (request.lineupSetId !== undefined) {
    const lineups = await db.lineup.findMany({ where: { lineupSetId: request.lineupSetId }, orderBy: { index: 'asc' }, include: { players: { orderBy: { slot: 'asc' } } } });
    if (lineups.length === 0) throw new Error(`lineup set ${request.lineupSetId} has no lineups`);
    lists = lineups.map((l) => ({ id: l.id, players: l.players.map((p) => p.slatePlayerId) }));
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
