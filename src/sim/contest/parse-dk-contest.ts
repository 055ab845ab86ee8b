import { z } from 'zod';
import { estimatePayoutCurve } from './estimate-payout-curve.js';
import type { PayoutTable, PayoutTier } from './payout-table.js';

const DetailSchema = z.object({
  contestDetail: z.object({
    name: z.string(),
    entryFee: z.number(),
    maximumEntries: z.number().int(),
    payoutSummary: z.array(
      z.object({
        minPosition: z.number().int(),
        maxPosition: z.number().int(),
        tierPayoutDescriptions: z.record(z.string(), z.string()).optional(),
        payoutDescriptions: z.array(z.object({ payoutDescription: z.string().optional(), value: z.number().optional() })).optional(),
      }),
    ),
  }),
});

/** Parses "$1,000,000.00" → 1000000; null for non-cash prizes ("1 Contest Seat"). */
export function parseDollars(text: string): number | null {
  const m = /^\s*\$([\d,]+(?:\.\d+)?)\s*$/.exec(text);
  return m?.[1] ? Number(m[1].replace(/,/g, '')) : null;
}

/**
 * DraftKings contest detail (`api.draftkings.com/contests/v1/contests/{id}`) → exact payout table. Only cash
 * counts: tickets and seats have no cash value to add to ROI.
 */
export function parseDkContestDetail(json: unknown): PayoutTable {
  const d = DetailSchema.parse(json).contestDetail;
  const tiers: PayoutTier[] = d.payoutSummary.map((t, i) => {
    const cashText = t.tierPayoutDescriptions?.Cash;
    const cash = cashText === undefined ? null : parseDollars(cashText);
    const fallback = (t.payoutDescriptions ?? []).reduce((sum, p) => sum + (p.payoutDescription && parseDollars(p.payoutDescription) !== null ? (p.value ?? 0) : 0), 0);
    const amount = cash ?? fallback;
    if (!Number.isFinite(amount)) throw new Error(`contest detail payoutSummary[${i}]: no cash amount`);
    return { minPosition: t.minPosition, maxPosition: t.maxPosition, amount };
  });
  return { name: d.name, entryFee: d.entryFee, fieldSize: d.maximumEntries, tiers, source: 'dk-contest-detail' };
}

const LobbyContestSchema = z.object({ id: z.number(), n: z.string(), a: z.number(), po: z.number(), m: z.number().int(), dg: z.number() });
export type DkLobbyContest = z.infer<typeof LobbyContestSchema>;

/** Contests of a DraftKings lobby response (`/lobby/getcontests`), with the fields a payout model needs. */
export function parseDkLobbyContests(json: unknown): DkLobbyContest[] {
  const body = z.object({ Contests: z.array(z.unknown()) }).parse(json);
  return body.Contests.flatMap((c) => {
    const parsed = LobbyContestSchema.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * A lobby contest carries fee, prize pool, size and name but no breakdown: model one. Double-ups pay the top
 * po/(2 fee) entries 2x the fee; other contests get DraftKings' usual top-heavy curve with the first prize
 * from the name ("[$1M to 1st") when present. Marked 'dk-lobby-estimate'.
 */
export function estimateLobbyPayouts(contest: DkLobbyContest, fieldSize = contest.m): PayoutTable {
  const scale = fieldSize / contest.m;
  const pool = contest.po * scale;
  const base = { name: contest.n, entryFee: contest.a, fieldSize, source: 'dk-lobby-estimate' as const };
  if (/double up|50\/50/i.test(contest.n) && contest.a > 0) {
    const prize = /50\/50/.test(contest.n) ? contest.a * 1.8 : contest.a * 2;
    const paid = Math.max(1, Math.min(Math.floor(pool / prize), fieldSize));
    return { ...base, tiers: [{ minPosition: 1, maxPosition: paid, amount: prize }] };
  }
  const first = firstPrizeFromName(contest.n);
  return { ...base, tiers: estimatePayoutCurve({ pool, fieldSize, entryFee: contest.a, firstPrize: first === null ? null : first * scale }) };
}

/** "$1M to 1st" → 1000000, "$250K to 1st" → 250000. */
export function firstPrizeFromName(name: string): number | null {
  const m = /\$([\d.,]+)\s*([KM])?\s+to 1st/i.exec(name);
  if (!m?.[1]) return null;
  const unit = m[2]?.toUpperCase() === 'M' ? 1e6 : m[2]?.toUpperCase() === 'K' ? 1e3 : 1;
  return Number(m[1].replace(/,/g, '')) * unit;
}
