import { parse } from 'csv-parse/sync';
import { validatePayoutTable, type PayoutTable } from './payout-table.js';

/**
 * A payout CSV (header `place_from,place_to,prize`, one tier a row: places place_from..place_to each win `prize`)
 * plus the contest's fee and size → a validated payout table. Errors name the row and the column.
 */
export function parsePayoutCsv(text: string, contest: { entryFee: number; fieldSize: number; name?: string }): PayoutTable {
  const records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const expected = ['place_from', 'place_to', 'prize'];
  if (expected.some((h, i) => header[i] !== h)) throw new Error(`payout file: the header must be ${expected.join(',')} (found ${header.join(',') || 'nothing'})`);
  if (records.length < 2) throw new Error('payout file: no prize rows under the header');
  const tiers = records.slice(1).map((r, i) => {
    const line = i + 2;
    const num = (k: number, name: string, integer: boolean): number => {
      const raw = (r[k] ?? '').replace(/^\$/, '').replace(/,/g, '');
      const n = Number(raw);
      if (raw === '' || !Number.isFinite(n) || n < 0 || (integer && (!Number.isInteger(n) || n < 1))) {
        throw new Error(`payout file row ${line}: ${name} "${r[k] ?? ''}" is not ${integer ? 'a place (a whole number from 1)' : 'an amount'}`);
      }
      return n;
    };
    const minPosition = num(0, 'place_from', true);
    const maxPosition = num(1, 'place_to', true);
    if (maxPosition < minPosition) throw new Error(`payout file row ${line}: place_to ${maxPosition} is before place_from ${minPosition}`);
    return { minPosition, maxPosition, amount: num(2, 'prize', false) };
  });
  return validatePayoutTable({ name: contest.name ?? 'payout file', entryFee: contest.entryFee, fieldSize: contest.fieldSize, source: 'user', tiers });
}
