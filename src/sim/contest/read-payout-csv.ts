import { parse } from 'csv-parse/sync';
import { validatePayoutTable, type PayoutTable } from './payout-table.js';

/**
 * A payout file with the header `place_from,place_to,prize` (one prize tier a line, places 1-based) as a payout
 * table for a contest of `fieldSize` entries at `entryFee`. Errors name the line.
 */
export function readPayoutCsv(text: string, contest: { name: string; entryFee: number; fieldSize: number }): PayoutTable {
  const rows = (parse(text.replace(/\r\n?/g, '\n'), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]).filter((r) => r.some((c) => c.trim() !== ''));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  const [from, to, prize] = [col('place_from'), col('place_to'), col('prize')];
  if (from < 0 || to < 0 || prize < 0) throw new Error(`payout file: the header must be place_from,place_to,prize (got "${(rows[0] ?? []).join(',')}")`);
  const tiers = rows.slice(1).map((r, i) => {
    const line = i + 2;
    const num = (c: number, what: string): number => {
      const n = Number((r[c] ?? '').replace(/[$,\s]/g, ''));
      if (!Number.isFinite(n) || n < 0) throw new Error(`payout file line ${line}: ${what} "${r[c] ?? ''}" is not a number`);
      return n;
    };
    const minPosition = num(from, 'place_from');
    const maxPosition = num(to, 'place_to');
    if (!Number.isInteger(minPosition) || !Number.isInteger(maxPosition) || minPosition < 1 || maxPosition < minPosition) {
      throw new Error(`payout file line ${line}: places ${minPosition}-${maxPosition} must be whole numbers with 1 <= place_from <= place_to`);
    }
    return { minPosition, maxPosition, amount: num(prize, 'prize') };
  });
  if (tiers.length === 0) throw new Error('payout file: no prize tiers under the header');
  try {
    return validatePayoutTable({ name: contest.name, entryFee: contest.entryFee, fieldSize: contest.fieldSize, tiers, source: 'user' });
  } catch (error) {
    throw new Error(`payout file: ${error instanceof Error ? error.message : String(error)}`);
  }
}
