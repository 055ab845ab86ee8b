/**
 * The hand-entered payout tiers of the contest form: one line per tier, "from-to amount" (e.g. "2-40 10") or
 * "place amount" for a single place. Problems name the line as the user numbered it (1-based, blank lines count)
 * so a 30-line table can be fixed without guessing; overlaps and tiers past the field are caught here too because
 * the API's schema only checks each tier alone.
 */
import type { PayoutTier } from '../../sim/index.js';

const LINE = /^(\d{1,7})(?:\s*[-–]\s*(\d{1,7}))?\s*[:=,]?\s+\$?\s*([\d,]*\.?\d+)$/;

export type ParsedPayoutLines = { tiers: PayoutTier[] } | { problem: string };

/** Tiers sorted by place; `fieldSize` (when known) bounds the last paid place. */
export function parsePayoutLines(text: string, fieldSize: number | null): ParsedPayoutLines {
  const tiers: (PayoutTier & { line: number })[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const where = `payout line ${i + 1} ("${trimmed.slice(0, 40)}")`;
    const match = LINE.exec(trimmed);
    if (!match) return { problem: `${where}: write "from-to amount", e.g. "2-40 10" (or "1 200" for one place)` };
    const minPosition = Number(match[1]);
    const maxPosition = match[2] === undefined ? minPosition : Number(match[2]);
    const amount = Number((match[3] ?? '').replace(/,/g, ''));
    if (minPosition < 1) return { problem: `${where}: places start at 1` };
    if (maxPosition < minPosition) return { problem: `${where}: the last place ${maxPosition} is before the first ${minPosition}` };
    if (!Number.isFinite(amount)) return { problem: `${where}: the amount is not a number` };
    if (fieldSize !== null && maxPosition > fieldSize) return { problem: `${where}: pays place ${maxPosition}, past the field of ${fieldSize}` };
    tiers.push({ minPosition, maxPosition, amount, line: i + 1 });
  }
  if (!tiers.length) return { problem: 'payout: enter at least one line, e.g. "1-1 200"' };
  tiers.sort((a, b) => a.minPosition - b.minPosition);
  for (const [i, tier] of tiers.entries()) {
    const prev = tiers[i - 1];
    if (prev && tier.minPosition <= prev.maxPosition) return { problem: `payout line ${tier.line} overlaps line ${prev.line}: place ${tier.minPosition} is paid twice` };
  }
  return { tiers: tiers.map(({ minPosition, maxPosition, amount }) => ({ minPosition, maxPosition, amount })) };
}
