import type { PayoutTable } from '../sim/index.js';
import type { EntriesContest } from './entries-contests.js';
import type { PortfolioContest } from './build-portfolio.js';

export interface ContestDetailsSources {
  /** Fetches a DraftKings contest's detail body (the contest API); absent for FanDuel. */
  fetchDkContest?: (contestId: number) => Promise<unknown>;
  /** Payout tables already known (stored contests), by site contest id: used without fetching. */
  known?: ReadonlyMap<string, PayoutTable>;
  /** The user's fallback for contests whose details cannot be fetched. */
  fallback?: { fieldSize: number; payoutCsv: string };
}

/**
 * Each contest's size and prizes: DraftKings' own contest detail when it can be read, else the user's
 * --field-size and --payout file. A contest with neither is an error that names it and says what to give.
 */
export async function resolveContests(contests: readonly EntriesContest[], sources: ContestDetailsSources): Promise<{ contests: PortfolioContest[]; warnings: string[] }> {
  const sim = await import('../sim/index.js');
  const warnings: string[] = [];
  const out: PortfolioContest[] = [];
  for (const c of contests) {
    let payout: PayoutTable | null = sources.known?.get(c.contestId) ?? null;
    let why = 'no contest API for this site';
    if (payout === null && sources.fetchDkContest && /^\d+$/.test(c.contestId)) {
      try {
        const detail = sim.parseDkContestDetail(await sources.fetchDkContest(Number(c.contestId)));
        payout = { ...detail, name: c.name };
      } catch (error) {
        why = error instanceof Error ? error.message : String(error);
      }
    }
    if (payout === null) {
      if (!sources.fallback) {
        throw new Error(`contest ${c.contestId} (${c.name}): its details could not be fetched (${why}); give --field-size N --payout FILE.csv`);
      }
      payout = sim.parsePayoutCsv(sources.fallback.payoutCsv, { name: c.name, entryFee: c.entryFee, fieldSize: sources.fallback.fieldSize });
      warnings.push(`contest ${c.contestId}: details not fetched (${why}); using --field-size ${sources.fallback.fieldSize} and the --payout file`);
    }
    if (c.entryIds.length >= payout.fieldSize) throw new Error(`contest ${c.contestId}: ${c.entryIds.length} entries do not fit a contest of ${payout.fieldSize}`);
    out.push({ ...c, payout });
  }
  return { contests: out, warnings };
}
