import type { Lineup, OptimizerRules, SolverBackend } from '../optimizer/index.js';
import type { PayoutTable } from '../sim/index.js';
import { buildPortfolio, type ContestPortfolio } from './build-portfolio.js';
import { groupEntriesByContest } from './entries-contests.js';
import type { PortfolioSlate } from './portfolio-slate.js';
import { resolveContests, type ContestDetailsSources } from './resolve-contests.js';

export interface RunPortfolioInput {
  slate: PortfolioSlate;
  entriesText: string;
  contestSources: ContestDetailsSources;
  rules: OptimizerRules;
  poolSize: number;
  precision: number;
  seed: number;
  backend: SolverBackend;
  /** Worker threads for the pool's searches (default: every core). */
  workers?: number;
  onStage?: (stage: string) => void;
}

/** Rates of a set of lineups in one contest, as the portfolio command reports them. */
export interface PortfolioRates { roi: number; cashRate: number; winRate: number; expectedWinnings: number; fees: number }

export interface PortfolioContestReport {
  contestId: string;
  name: string;
  entryFee: number;
  fieldSize: number;
  entries: number;
  portfolio: PortfolioRates;
  byProjection: PortfolioRates;
  exposure: { name: string; share: number }[];
}

export interface RunPortfolioResult {
  csv: string;
  pool: number;
  contests: PortfolioContestReport[];
  /** Entry id → its lineup (for storing filled entries). */
  assignments: { entryId: string; contestId: string; lineup: Lineup }[];
  seconds: { pool: number; contests: number };
  warnings: string[];
  /** The payout table each contest was simulated with, by site contest id. */
  payouts: Map<string, PayoutTable>;
}

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;
const rates = (r: ContestPortfolio['portfolio']): PortfolioRates => ({
  roi: round(r.roi), cashRate: round(r.cashRate), winRate: round(r.winRate, 6), expectedWinnings: round(r.expectedWinnings, 2), fees: round(r.fees, 2),
});

/**
 * The whole slate-day flow from an entries file: contests and their payouts, the pool, the portfolio per
 * contest, and the entries file filled in place (every entry id, contest and fee kept, each row given its
 * contest's next chosen lineup).
 */
export async function runPortfolio(input: RunPortfolioInput): Promise<RunPortfolioResult> {
  const opt = await import('../optimizer/index.js');
  const { slate } = input;
  const entries = opt.parseUploadLineups(input.entriesText, slate.siteRules);
  if (entries.length === 0) throw new Error('the entries file holds no entries');
  const grouped = groupEntriesByContest(entries);
  const resolved = await resolveContests(grouped, input.contestSources);
  const built = await buildPortfolio({
    sport: slate.sport, siteRules: slate.siteRules, players: slate.players, simMajor: slate.simMajor, sims: slate.sims,
    rules: input.rules, poolSize: input.poolSize, precision: input.precision, seed: input.seed, contests: resolved.contests,
    backend: input.backend, ...(input.workers !== undefined ? { workers: input.workers } : {}), ...(input.onStage ? { onStage: input.onStage } : {}),
  });
  const queues = new Map(built.contests.map((c) => [c.contest.contestId, [...c.lineups]]));
  const assignments: RunPortfolioResult['assignments'] = [];
  const ordered: Lineup[] = [];
  for (const e of entries) {
    const lineup = queues.get(e.contestId!)?.shift();
    if (!lineup) throw new Error(`entry ${e.entryId}: no lineup left for contest ${e.contestId} (the pool is smaller than its entries)`);
    ordered.push(lineup);
    assignments.push({ entryId: e.entryId!, contestId: e.contestId!, lineup });
  }
  const exported = opt.exportLineupsCsv(ordered, slate.siteRules, input.entriesText);
  return {
    csv: exported.csv,
    pool: built.pool.length,
    contests: built.contests.map((c) => ({
      contestId: c.contest.contestId, name: c.contest.name, entryFee: c.contest.payout.entryFee, fieldSize: c.contest.payout.fieldSize,
      entries: c.contest.entryIds.length, portfolio: rates(c.portfolio), byProjection: rates(c.byProjection),
      exposure: c.exposure.slice(0, 15).map((x) => ({ name: x.name, share: round(x.share, 3) })),
    })),
    assignments,
    seconds: { pool: round(built.seconds.pool, 2), contests: round(built.seconds.contests, 2) },
    warnings: [...slate.warnings, ...resolved.warnings, ...built.warnings],
    payouts: new Map(resolved.contests.map((c) => [c.contestId, c.payout])),
  };
}
