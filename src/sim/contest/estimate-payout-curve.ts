import type { PayoutTier } from './payout-table.js';

/** Inputs of a modelled DraftKings tournament payout. */
export interface PayoutCurveInput {
  pool: number;
  fieldSize: number;
  entryFee: number;
  /** First prize when known (lobby names say "$1M to 1st"); else 15% of the pool. */
  firstPrize: number | null;
  /** Share of the field that cashes (DraftKings GPPs: about 20-25%). */
  paidShare?: number;
}

/**
 * Top-heavy payout curve: prize(r) = minCash + (first - minCash) * (r^-a - P^-a) / (1 - P^-a) for r = 1..P,
 * with minCash = 2x the fee (DraftKings' usual min-cash) and the exponent a found by bisection so prizes sum
 * to the pool. Rounded (cents at the top, whole dollars deeper), grouped into tiers; rounding dust goes to 1st.
 */
export function estimatePayoutCurve(input: PayoutCurveInput): PayoutTier[] {
  const { pool, fieldSize, entryFee } = input;
  let paid = Math.max(1, Math.min(fieldSize, Math.round(fieldSize * (input.paidShare ?? 0.22))));
  let minCash = entryFee > 0 ? entryFee * 2 : pool / paid / 4;
  // Keep at least 40% of the pool for the top of the curve.
  while (paid > 1 && paid * minCash > pool * 0.6) paid = Math.floor(paid * 0.9);
  if (paid * minCash > pool * 0.6) minCash = (pool * 0.6) / paid;
  if (paid === 1) return [{ minPosition: 1, maxPosition: 1, amount: round2(pool) }];
  const first = Math.min(Math.max(input.firstPrize ?? pool * 0.15, minCash * 2), pool - (paid - 1) * minCash);

  const sumFor = (a: number): number => {
    const tail = paid ** -a;
    let h = 0;
    for (let r = 1; r <= paid; r++) h += r ** -a;
    return paid * minCash + ((first - minCash) * (h - paid * tail)) / (1 - tail);
  };
  let lo = 0.01;
  let hi = 12;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (sumFor(mid) > pool) lo = mid;
    else hi = mid;
  }
  const a = (lo + hi) / 2;
  const tail = paid ** -a;
  const amounts: number[] = [];
  for (let r = 1; r <= paid; r++) {
    const raw = minCash + ((first - minCash) * (r ** -a - tail)) / (1 - tail);
    amounts.push(r <= 10 ? round2(raw) : Math.max(Math.round(raw), round2(minCash)));
  }
  const dust = pool - amounts.reduce((s, x) => s + x, 0);
  amounts[0] = round2(amounts[0]! + dust);
  const tiers: PayoutTier[] = [];
  amounts.forEach((amount, i) => {
    const last = tiers[tiers.length - 1];
    if (last && last.amount === amount && last.maxPosition === i) last.maxPosition = i + 1;
    else tiers.push({ minPosition: i + 1, maxPosition: i + 1, amount });
  });
  return tiers;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
