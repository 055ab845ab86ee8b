/**
 * The one read of a slate's rows: SlatePlayer with its team (relation), opponent, game and, when asked, one
 * projection set's numbers. Sims, lineups, pages and exports all start from this.
 */
import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { captainRowTest } from '../captain-row.js';
import { gameKeyOf } from '../game-key.js';
import type { SlateInfo, SlatePool, SlateRow } from '../slate-row.js';

/** What a row needs from its relations: team codes, the game's teams and kickoff. */
const rowInclude = {
  team: { select: { code: true } },
  opponentTeam: { select: { code: true } },
  game: { select: { startsAt: true, homeTeamId: true, homeTeam: { select: { code: true } }, awayTeam: { select: { code: true } } } },
} as const satisfies Prisma.SlatePlayerInclude;

type StoredRow = Prisma.SlatePlayerGetPayload<{ include: typeof rowInclude }>;
type StoredProjection = Prisma.ProjectionGetPayload<Record<string, never>>;

/** The slate itself (site, sport code, game type, name, kickoffs), or null when there is no such slate. */
export async function loadSlateInfo(db: Db, slateId: number): Promise<SlateInfo | null> {
  const slate = await db.slate.findUnique({ where: { id: slateId }, include: { sport: { select: { code: true } } } });
  if (!slate) return null;
  return {
    id: slate.id, site: slate.site, sport: slate.sport.code, gameType: slate.gameType, name: slate.name,
    siteSlateId: slate.siteSlateId, firstStartsAt: slate.firstStartsAt, lastStartsAt: slate.lastStartsAt,
  };
}

/**
 * A slate and every row of it in ascending SlatePlayer id (the order of stored draws), each projected by
 * `projectionSetId` when given (a row the set does not cover has mean null). Null when there is no such slate.
 */
export async function loadSlatePool(db: Db, slateId: number, projectionSetId?: number | null): Promise<SlatePool | null> {
  const slate = await loadSlateInfo(db, slateId);
  if (!slate) return null;
  const setId = projectionSetId ?? null;
  const stored = await db.slatePlayer.findMany({
    where: { slateId },
    orderBy: { id: 'asc' },
    include: { ...rowInclude, projections: setId === null ? false : { where: { projectionSetId: setId } } },
  });
  const isCaptain = captainRowTest(slate.site, slate.sport, slate.gameType);
  return { slate, projectionSetId: setId, rows: stored.map((r) => toSlateRow(r, isCaptain, r.projections?.[0] ?? null)) };
}

/** One row of a slate, projected by `projectionSetId` when given; null when the slate has no such row. */
export async function loadSlateRow(db: Db, slateId: number, slatePlayerId: number, projectionSetId?: number | null): Promise<SlateRow | null> {
  const setId = projectionSetId ?? null;
  const r = await db.slatePlayer.findFirst({
    where: { id: slatePlayerId, slateId },
    include: {
      ...rowInclude,
      slate: { select: { site: true, gameType: true, sport: { select: { code: true } } } },
      projections: setId === null ? false : { where: { projectionSetId: setId } },
    },
  });
  if (!r) return null;
  return toSlateRow(r, captainRowTest(r.slate.site, r.slate.sport.code, r.slate.gameType), r.projections?.[0] ?? null);
}

/** The ids of a slate's rows in ascending order: the row order of stored draws. */
export async function loadSlateRowIds(db: Db, slateId: number): Promise<number[]> {
  return (await db.slatePlayer.findMany({ where: { slateId }, select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
}

/**
 * Rows by SlatePlayer id, without projections (lineup and result pages name the players they hold). Ids of no row
 * are absent from the map.
 */
export async function loadSlateRowsById(db: Db, slatePlayerIds: readonly number[]): Promise<Map<number, SlateRow>> {
  const ids = [...new Set(slatePlayerIds)];
  if (ids.length === 0) return new Map();
  const stored = await db.slatePlayer.findMany({
    where: { id: { in: ids } },
    include: { ...rowInclude, slate: { select: { site: true, gameType: true, sport: { select: { code: true } } } } },
  });
  const tests = new Map<number, (rosterPositions: readonly string[]) => boolean>();
  return new Map(stored.map((r) => {
    let isCaptain = tests.get(r.slateId);
    if (!isCaptain) {
      isCaptain = captainRowTest(r.slate.site, r.slate.sport.code, r.slate.gameType);
      tests.set(r.slateId, isCaptain);
    }
    return [r.id, toSlateRow(r, isCaptain, null)];
  }));
}

function toSlateRow(r: StoredRow, isCaptain: (rosterPositions: readonly string[]) => boolean, p: StoredProjection | null): SlateRow {
  return {
    id: r.id, slateId: r.slateId, playerId: r.playerId, sitePlayerId: r.sitePlayerId, name: r.name,
    team: r.team.code, opponent: r.opponentTeam?.code ?? null,
    gameId: r.gameId, gameKey: gameKeyOf(r.game), isHome: r.game ? r.game.homeTeamId === r.teamId : null, startsAt: r.game?.startsAt ?? null,
    positions: r.positions, rosterPositions: r.rosterPositions, salary: r.salary,
    status: r.siteStatus, injuryNote: r.injuryNote, avgPoints: r.avgPoints, battingOrder: r.battingOrder, isProbablePitcher: r.isProbablePitcher,
    isCaptain: isCaptain(r.rosterPositions),
    mean: p?.mean ?? null, sd: p?.sd ?? null, ownership: p?.ownership ?? null,
    stats: p ? {
      median: p.median, floor: p.floor, ceiling: p.ceiling, p10: p.p10, p25: p.p25, p75: p.p75, p90: p.p90, p99: p.p99,
      boomProb: p.boomProb, boom4xProb: p.boom4xProb, bustProb: p.bustProb, minExposure: p.minExposure, maxExposure: p.maxExposure,
      line: p.line, baselineSource: p.baselineSource, playProbability: p.playProbability,
    } : null,
  };
}
