import { z } from 'zod';
import { MAX_CONTEST_FIELD_SIZE, MAX_PAYOUT_TIERS } from './contest-limits.js';

/** One prize tier: every finishing position from minPosition to maxPosition (1-based) wins `amount`. */
export const PayoutTierSchema = z
  .strictObject({ minPosition: z.number().int().min(1), maxPosition: z.number().int().min(1), amount: z.number().nonnegative() })
  .refine((t) => t.maxPosition >= t.minPosition, { message: 'maxPosition must be >= minPosition' });
export type PayoutTier = z.infer<typeof PayoutTierSchema>;

/** A contest's economics: what an entry costs, how many entries, what each finish pays. */
export const PayoutTableSchema = z.strictObject({
  name: z.string(),
  entryFee: z.number().nonnegative(),
  /** Total entries when full (the field the simulation builds, ours included). */
  fieldSize: z
    .number()
    .int()
    .min(2)
    .max(MAX_CONTEST_FIELD_SIZE, { message: `fieldSize is at most ${MAX_CONTEST_FIELD_SIZE} entries (MAX_CONTEST_FIELD_SIZE)` }),
  tiers: z.array(PayoutTierSchema).min(1).max(MAX_PAYOUT_TIERS, { message: `a payout table has at most ${MAX_PAYOUT_TIERS} tiers (MAX_PAYOUT_TIERS)` }),
  /** Where the table came from: 'estimated' tables are a model of DraftKings' curve, not DraftKings' own. */
  source: z.enum(['dk-contest-detail', 'dk-lobby-estimate', 'user']),
});
export type PayoutTable = z.infer<typeof PayoutTableSchema>;

/**
 * Validates a table (also the user-entered kind): tiers must not overlap or pay past the field.
 * Throws an Error naming the first bad tier.
 */
export function validatePayoutTable(input: unknown): PayoutTable {
  const table = PayoutTableSchema.parse(input);
  const tiers = [...table.tiers].sort((a, b) => a.minPosition - b.minPosition);
  tiers.forEach((t, i) => {
    const prev = tiers[i - 1];
    if (prev && t.minPosition <= prev.maxPosition) throw new Error(`payout tier ${t.minPosition}-${t.maxPosition} overlaps tier ${prev.minPosition}-${prev.maxPosition}`);
    if (t.maxPosition > table.fieldSize) throw new Error(`payout tier ${t.minPosition}-${t.maxPosition} pays places past the field: a contest of ${table.fieldSize} entries has places 1-${table.fieldSize} only`);
  });
  const pool = totalPrizes(table);
  const fees = table.entryFee * table.fieldSize;
  // A contest pays out at most what its entrants pay in (DraftKings keeps a rake); a pool above the fees is a
  // typo in an amount, the fee or the size, and would report impossible ROI. Freerolls (fee 0) are the exception.
  if (table.entryFee > 0 && pool > fees + 1e-6) {
    throw new Error(`prize pool $${money(pool)} is more than the entry fees paid in ($${money(table.entryFee)} x ${table.fieldSize} entries = $${money(fees)}): check the prize amounts, the entry fee and the field size`);
  }
  return { ...table, tiers };
}

/**
 * Prefix sums of the prize by finishing position: cumulative[k] = total paid to positions 1..k, so a tie for
 * positions r..r+t-1 splits (cumulative[r+t-1] - cumulative[r-1]) / t, as DraftKings splits tied prizes.
 */
export function cumulativePayouts(table: PayoutTable): Float64Array {
  const byPosition = new Float64Array(table.fieldSize + 1);
  for (const t of table.tiers) for (let p = t.minPosition; p <= Math.min(t.maxPosition, table.fieldSize); p++) byPosition[p] = t.amount;
  const cumulative = new Float64Array(table.fieldSize + 1);
  for (let p = 1; p <= table.fieldSize; p++) cumulative[p] = cumulative[p - 1]! + byPosition[p]!;
  return cumulative;
}

/** Sum of all prizes. */
export function totalPrizes(table: PayoutTable): number {
  return table.tiers.reduce((sum, t) => sum + t.amount * (t.maxPosition - t.minPosition + 1), 0);
}

/** Positions that win anything. */
export function paidPositions(table: PayoutTable): number {
  return table.tiers.reduce((max, t) => (t.amount > 0 ? Math.max(max, t.maxPosition) : max), 0);
}

function money(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Plausible but unusual tables: what a user should look at twice (shown beside the result, never refused). */
export function payoutWarnings(table: PayoutTable): string[] {
  const warnings: string[] = [];
  const pool = totalPrizes(table);
  const fees = table.entryFee * table.fieldSize;
  if (table.entryFee === 0 && pool > 0) warnings.push('entry fee is 0 (a freeroll): ROI is reported as 0');
  else if (fees > 0 && pool < fees * 0.5) warnings.push(`prize pool is ${Math.round((pool / fees) * 100)}% of the entry fees: real contests pay out 80-90%`);
  const paid = paidPositions(table);
  if (paid > table.fieldSize * 0.6) warnings.push(`${paid} of ${table.fieldSize} places are paid: real contests pay 20-50%`);
  return warnings;
}
