import { z } from 'zod';

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
  fieldSize: z.number().int().min(2),
  tiers: z.array(PayoutTierSchema).min(1),
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
    if (t.maxPosition > table.fieldSize) throw new Error(`payout tier ${t.minPosition}-${t.maxPosition} pays past the field of ${table.fieldSize}`);
  });
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
