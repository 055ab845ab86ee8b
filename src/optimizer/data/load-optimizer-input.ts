import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { isRuledOut } from '../../core/player-status.js';
import { decodeDrawRows, loadSetDrawBytes } from '../../sim/index.js';
import { type SiteRules } from '../../core/site-rules.js';
import type { OptimizerPlayer } from '../types.js';
import { getSiteRules } from '../../sites/index.js';

/** What a lineup set needs from the database, in the optimizer's terms. */
export interface OptimizerInput {
  lineupSetId: number;
  status: string;
  rules: unknown;
  requested: number;
  siteRules: SiteRules;
  players: OptimizerPlayer[];
  /** Site id → SlatePlayer id, to store lineups. */
  slatePlayerIds: Map<string, number>;
  /** Per-person exposure bounds the projection set carries (Projection.min/maxExposure). */
  exposure: Record<string, { min?: number; max?: number }>;
  draws: Float64Array[] | null;
}

/** A slate's rows in the optimizer's terms, projected by a projection set (or the site average). */
export interface SlateOptimizerPlayers {
  siteRules: SiteRules;
  players: OptimizerPlayer[];
  /** Site id → SlatePlayer id, to store lineups. */
  slatePlayerIds: Map<string, number>;
  /** Per-person exposure bounds the projection set carries (Projection.min/maxExposure). */
  exposure: Record<string, { min?: number; max?: number }>;
  /** Draw-major simulated points aligned with `players`, when the set has draws. */
  draws: Float64Array[] | null;
}

/**
 * Loads a lineup set with its slate and projection set: one row per SlatePlayer (CPT and FLEX rows share the
 * Player id as playerKey), projected by the set's mean (or the site average when there is no set), with the
 * set's NHL lines, without players ruled out by the site.
 */
export async function loadOptimizerInput(db: Db, lineupSetId: number): Promise<OptimizerInput> {
  const set = await db.lineupSet.findUnique({ where: { id: lineupSetId }, select: { slateId: true, projectionSetId: true, status: true, rules: true, requested: true } });
  if (!set) throw new AppError('not_found', `lineup set ${lineupSetId} not found`);
  const loaded = await loadSlateOptimizerPlayers(db, set.slateId, set.projectionSetId);
  return { lineupSetId, status: set.status, rules: set.rules, requested: set.requested, ...loaded };
}

/** The slate's playable rows under a projection set (null: the site average), with the set's draws if any. */
export async function loadSlateOptimizerPlayers(db: Db, slateId: number, projectionSetId: number | null): Promise<SlateOptimizerPlayers> {
  const slate = await db.slate.findUnique({ where: { id: slateId }, include: { sport: true } });
  if (!slate) throw new AppError('not_found', `slate ${slateId} not found`);
  const siteRules = getSiteRules(slate.site, slate.sport.code, slate.gameType);
  const [rows, projections, projectionSet] = await Promise.all([
    db.slatePlayer.findMany({ where: { slateId }, include: { game: { include: { homeTeam: true, awayTeam: true } } }, orderBy: { id: 'asc' } }),
    projectionSetId === null ? Promise.resolve([]) : db.projection.findMany({ where: { projectionSetId } }),
    projectionSetId === null ? Promise.resolve(null) : loadSetDrawBytes(db, projectionSetId),
  ]);
  const teamIds = [...new Set(rows.flatMap((r) => [r.teamId, r.opponentTeamId ?? r.teamId]))];
  const teams = new Map((await db.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, code: true } })).map((t) => [t.id, t.code]));
  const bySlatePlayer = new Map(projections.map((p) => [p.slatePlayerId, p]));
  const players: OptimizerPlayer[] = [];
  const slatePlayerIds = new Map<string, number>();
  const exposure: OptimizerInput['exposure'] = {};
  const kept: number[] = [];
  rows.forEach((r, rowIndex) => {
    const proj = bySlatePlayer.get(r.id);
    if (projectionSetId !== null && !proj) return;
    if (isRuledOut(r.siteStatus)) return;
    const points = proj?.mean ?? r.avgPoints;
    if (points === null) return;
    const g = r.game;
    players.push({
      id: r.sitePlayerId, playerKey: `p${r.playerId}`, name: r.name, positions: r.positions, rosterPositions: r.rosterPositions,
      salary: r.salary, team: teams.get(r.teamId) ?? String(r.teamId),
      opponent: r.opponentTeamId === null ? null : (teams.get(r.opponentTeamId) ?? null),
      gameKey: g ? `${g.awayTeam.code}@${g.homeTeam.code}` : null, projection: points, ownership: proj?.ownership ?? null,
      stdDev: proj?.sd ?? null, battingOrder: r.battingOrder, line: proj?.line == null ? null : String(proj.line), startsAt: g?.startsAt ?? null,
    });
    kept.push(rowIndex);
    slatePlayerIds.set(r.sitePlayerId, r.id);
    if (proj && (proj.minExposure !== null || proj.maxExposure !== null)) {
      exposure[`p${r.playerId}`] = { ...(proj.minExposure !== null ? { min: proj.minExposure } : {}), ...(proj.maxExposure !== null ? { max: proj.maxExposure } : {}) };
    }
  });
  return {
    siteRules, players, slatePlayerIds, exposure,
    draws: projectionSet ? decodeDrawRows(projectionSet.bytes, projectionSet.drawCount, rows.length, kept) : null,
  };
}
