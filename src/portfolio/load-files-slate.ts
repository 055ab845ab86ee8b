import { basename } from 'node:path';
import { type Site } from '../core/site-rules.js';
import type { ProjectionInput } from '../optimizer/from-parsed-slate.js';
import type { PortfolioSlate } from './portfolio-slate.js';
import { getSiteRules } from '../sites/index.js';

export interface FilesSlateInput {
  site: Site;
  salaries: { bytes: Uint8Array; path: string };
  /** The user's projections by site id or name key (read by the one projection-file check, cli/projections-file). */
  projections?: ReadonlyMap<string, ProjectionInput>;
  sims: number;
  seed: number;
}

/**
 * A slate from files alone: the salary file's rows (players ruled out by the site dropped), projected by the
 * user's projections file or the site average, and simulated in this process.
 */
export async function loadFilesSlate(input: FilesSlateInput): Promise<PortfolioSlate> {
  const dfs = await import('../ingest/dfs/index.js');
  const opt = await import('../optimizer/index.js');
  const sim = await import('../sim/index.js');
  const slate = dfs.parseSalaryFile(input.salaries.bytes, { site: input.site, fileName: basename(input.salaries.path) });
  const siteRules = getSiteRules(slate.site, slate.sport, slate.gameType);
  const projections = input.projections;
  const players = opt.playersFromParsedSlate(slate.players, slate.games, projections ? { projections } : {});
  const parsed = new Map(slate.players.map((p) => [p.sitePlayerId, p]));
  const uploaded = (id: string, key: string): boolean => projections !== undefined && (projections.has(id) || projections.has(key));
  const simMajor = await sim.simulateRows(slate.sport, players.map((p) => ({
    playerKey: p.playerKey, name: p.name, team: p.team, opponent: p.opponent, gameKey: p.gameKey, position: p.positions[0] ?? 'UTIL',
    salary: p.salary, mean: p.projection, sd: p.stdDev, status: parsed.get(p.id)?.status ?? null, battingOrder: p.battingOrder,
    uploaded: uploaded(p.id, p.playerKey),
  })), input.sims, input.seed);
  return { slateId: null, projectionSetId: null, site: slate.site, sport: slate.sport, siteRules, players, simMajor, sims: input.sims, warnings: [...slate.warnings] };
}
