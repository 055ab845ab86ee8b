import type { Db } from '../core/db.js';
import type { Site } from '../core/site-rules.js';
import type { SimSport } from '../sim/index.js';
import { loadSlateInfo } from '../slates/index.js';
import type { PortfolioSlate } from './portfolio-slate.js';

export interface DbSlateInput {
  slateId: number;
  /** The set to project and simulate from; null: the slate's newest set. */
  projectionSetId: number | null;
  /** Simulate anew with this many sims; null: use the set's stored draws when it has them (else 10,000). */
  sims: number | null;
  seed: number;
  userId?: number | null;
}

/**
 * A stored slate for the portfolio flow. The draws come from a simulated projection set; an uploaded set (or
 * none, or --sims) is simulated first, in this process, with the upload as its baseline, and the new set used.
 */
export async function loadDbSlate(db: Db, input: DbSlateInput): Promise<PortfolioSlate> {
  const opt = await import('../optimizer/slate-input.js');
  const sim = await import('../sim/index.js');
  const slate = await loadSlateInfo(db, input.slateId);
  if (!slate) throw new Error(`slate ${input.slateId} does not exist`);
  const set = input.projectionSetId !== null
    ? await db.projectionSet.findUnique({ where: { id: input.projectionSetId }, select: { id: true, slateId: true, simulationRunId: true, drawCount: true } })
    : await db.projectionSet.findFirst({ where: { slateId: slate.id }, orderBy: { id: 'desc' }, select: { id: true, slateId: true, simulationRunId: true, drawCount: true } });
  if (input.projectionSetId !== null && (!set || set.slateId !== slate.id)) throw new Error(`projection set ${input.projectionSetId} does not exist for slate ${slate.id}`);
  const warnings: string[] = [];
  let setId = set?.id ?? null;
  if (!set || !set.drawCount || input.sims !== null) {
    const baseline = set && set.simulationRunId === null ? set.id : null;
    const ran = await sim.runProjectionsInline(db, { slateId: slate.id, sims: input.sims ?? 10_000, seed: input.seed, baselineSetId: baseline, userId: input.userId ?? null });
    warnings.push(...ran.warnings);
    setId = ran.projectionSetId;
  }
  const loaded = await opt.loadSlateOptimizerPlayers(db, slate.id, setId);
  const draws = loaded.draws;
  if (!draws || draws.length === 0) throw new Error(`projection set ${setId} has no usable draws for slate ${slate.id}`);
  const rows = loaded.players.length;
  const simMajor = new Float32Array(draws.length * rows);
  draws.forEach((d, s) => simMajor.set(d, s * rows));
  return {
    slateId: slate.id, projectionSetId: setId, site: slate.site as Site, sport: slate.sport as SimSport, siteRules: loaded.siteRules,
    players: loaded.players, simMajor, sims: draws.length, warnings,
  };
}
