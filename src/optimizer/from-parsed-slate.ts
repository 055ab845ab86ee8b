import { isRuledOut } from '../core/player-status.js';
import type { ParsedGame, ParsedPlayer } from '../ingest/dfs/index.js';
import type { OptimizerPlayer } from './types.js';

/** The fields of the shared ParsedPlayer contract the optimizer reads (a type-only import: no ingest code loads). */
export type ParsedPlayerLike = Pick<ParsedPlayer,
  'sitePlayerId' | 'playerKey' | 'name' | 'positions' | 'rosterPositions' | 'salary' | 'team' | 'opponent' | 'gameKey'
  | 'avgPoints' | 'status' | 'battingOrder'>;

export type ParsedGameLike = Pick<ParsedGame, 'gameKey' | 'startsAt'>;

/** Per-player projection data keyed by site id or playerKey (a projection file or a stored projection set). */
export interface ProjectionInput {
  points: number;
  ownership?: number | null;
  stdDev?: number | null;
  line?: string | null;
}

export interface FromParsedOptions {
  projections?: ReadonlyMap<string, ProjectionInput>;
  /** Drop rows with these site statuses (default: every status isRuledOut names, players who will not play). */
  dropStatuses?: string[];
  /** Without projections, rows with no site average are dropped; set to keep them at 0 points. */
  keepUnprojected?: boolean;
}

/**
 * Slate rows → optimizer players. The projection is the projection set's value (by site id, then playerKey),
 * else the site average points. Injured-out players are dropped so they never land in a lineup.
 */
export function playersFromParsedSlate(
  players: ParsedPlayerLike[],
  games: ParsedGameLike[],
  options: FromParsedOptions = {},
): OptimizerPlayer[] {
  const startsAt = new Map(games.map((g) => [g.gameKey, g.startsAt]));
  const listed = options.dropStatuses ? new Set(options.dropStatuses.map((s) => s.toUpperCase())) : null;
  const drop = (status: string): boolean => (listed ? listed.has(status.toUpperCase()) : isRuledOut(status));
  const out: OptimizerPlayer[] = [];
  for (const p of players) {
    if (p.status !== null && drop(p.status)) continue;
    const proj = options.projections?.get(p.sitePlayerId) ?? options.projections?.get(p.playerKey);
    const points = proj?.points ?? p.avgPoints;
    if (points === null && !options.keepUnprojected) continue;
    out.push({
      id: p.sitePlayerId, playerKey: p.playerKey, name: p.name, positions: p.positions,
      rosterPositions: p.rosterPositions, salary: p.salary, team: p.team, opponent: p.opponent, gameKey: p.gameKey,
      projection: points ?? 0, ownership: proj?.ownership ?? null, stdDev: proj?.stdDev ?? null,
      battingOrder: p.battingOrder, line: proj?.line ?? null,
      startsAt: p.gameKey === null ? null : (startsAt.get(p.gameKey) ?? null),
    });
  }
  return out;
}
