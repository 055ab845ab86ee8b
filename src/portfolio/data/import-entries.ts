import type { Db } from '../../core/db.js';
import { type GameType, type Site, type Sport } from '../../core/site-rules.js';
import type { PayoutTable } from '../../sim/index.js';
import { loadSlatePool } from '../../slates/index.js';
import { groupEntriesByContest } from '../entries-contests.js';
import { getSiteRules } from '../../sites/index.js';

export interface ImportEntriesInput {
  slateId: number;
  userId: number;
  text: string;
  /** Fetches a DraftKings contest's detail (the contest API); failures leave the contest's details empty. */
  fetchDkContest?: (contestId: number) => Promise<unknown>;
  /** Payout tables already known (e.g. the user's, from a portfolio run), by site contest id: stored as given. */
  payouts?: ReadonlyMap<string, PayoutTable>;
}

export interface ImportEntriesResult {
  slateId: number;
  entries: number;
  contests: { contestId: string; name: string; entryFee: number; entries: number; fieldSize: number | null; payoutSource: string | null }[];
  /** Lineup cells naming a player id that is not on the slate (kept as given, listed here). */
  unknownPlayers: { entryId: string; slot: string; id: string }[];
}

/**
 * Stores an entries file's contests and entries for a user on a slate. Idempotent on (user, site, contest id)
 * and (contest, entry id): importing the same file again changes nothing, a newer file updates the lineups.
 * A contest's size and prizes come from DraftKings' contest API when it answers; a payout the user typed is
 * never replaced by nothing.
 */
export async function importEntries(db: Db, input: ImportEntriesInput): Promise<ImportEntriesResult> {
  const opt = await import('../../optimizer/index.js');
  const sim = await import('../../sim/index.js');
  const pool = await loadSlatePool(db, input.slateId);
  if (!pool) throw new Error(`slate ${input.slateId} does not exist`);
  const { slate } = pool;
  const siteRules = getSiteRules(slate.site as Site, slate.sport as Sport, slate.gameType as GameType);
  const parsed = opt.parseUploadLineups(input.text, siteRules);
  if (parsed.length === 0) throw new Error('the entries file holds no entries');
  const contests = groupEntriesByContest(parsed);
  const onSlate = new Set(pool.rows.map((r) => r.sitePlayerId));
  const unknownPlayers = parsed.flatMap((e) => e.cells.filter((c) => c.id !== null && !onSlate.has(c.id)).map((c) => ({ entryId: e.entryId!, slot: c.slot, id: c.id! })));

  const out: ImportEntriesResult['contests'] = [];
  for (const c of contests) {
    let payout: PayoutTable | null = input.payouts?.get(c.contestId) ?? null;
    if (payout === null && input.fetchDkContest && slate.site === 'draftkings' && /^\d+$/.test(c.contestId)) {
      try {
        payout = { ...sim.parseDkContestDetail(await input.fetchDkContest(Number(c.contestId))), name: c.name };
      } catch {
        payout = null;
      }
    }
    const details = payout ? { fieldSize: payout.fieldSize, payout: payout as object } : {};
    const contest = await db.contest.upsert({
      where: { userId_site_siteContestId: { userId: input.userId, site: slate.site, siteContestId: c.contestId } },
      create: { userId: input.userId, slateId: slate.id, site: slate.site, siteContestId: c.contestId, name: c.name, entryFee: c.entryFee, ...details },
      update: { slateId: slate.id, name: c.name, entryFee: c.entryFee, ...details },
    });
    const entries = parsed.filter((e) => e.contestId === c.contestId);
    // One batch (not an interactive transaction): upserts on the natural key, so a re-import changes nothing.
    await db.$transaction(entries.map((e) => db.contestEntry.upsert({
      where: { contestId_siteEntryId: { contestId: contest.id, siteEntryId: e.entryId! } },
      create: { contestId: contest.id, siteEntryId: e.entryId!, line: e.line, slots: e.cells as unknown as object },
      update: { line: e.line, slots: e.cells as unknown as object },
    })));
    const stored = contest.payout as { source?: string } | null;
    out.push({ contestId: c.contestId, name: c.name, entryFee: c.entryFee, entries: entries.length, fieldSize: contest.fieldSize, payoutSource: stored?.source ?? null });
  }
  return { slateId: slate.id, entries: parsed.length, contests: out, unknownPlayers };
}
