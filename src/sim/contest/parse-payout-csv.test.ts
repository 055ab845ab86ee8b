import { describe, expect, it } from 'vitest';
import { parsePayoutCsv } from './parse-payout-csv.js';
import { totalPrizes } from './payout-table.js';

describe('parsePayoutCsv', () => {
  it('when the file has the place_from,place_to,prize header, then each row is a tier', () => {
    const table = parsePayoutCsv('place_from,place_to,prize\n1,1,"$1,000"\n2,10,50\n11,200,8\n', { entryFee: 3, fieldSize: 1000 });
    expect(table.tiers).toEqual([
      { minPosition: 1, maxPosition: 1, amount: 1000 },
      { minPosition: 2, maxPosition: 10, amount: 50 },
      { minPosition: 11, maxPosition: 200, amount: 8 },
    ]);
    expect(totalPrizes(table)).toBe(1000 + 450 + 1520);
  });

  it('when a row or the header is wrong, then the error names it', () => {
    expect(() => parsePayoutCsv('from,to,prize\n1,1,5\n', { entryFee: 1, fieldSize: 10 })).toThrow('the header must be place_from,place_to,prize (found from,to,prize)');
    expect(() => parsePayoutCsv('place_from,place_to,prize\n1,1,5\n2,x,1\n', { entryFee: 1, fieldSize: 10 })).toThrow('payout file row 3: place_to "x" is not a place');
    expect(() => parsePayoutCsv('place_from,place_to,prize\n', { entryFee: 1, fieldSize: 10 })).toThrow('no prize rows');
    expect(() => parsePayoutCsv('place_from,place_to,prize\n1,1,100000\n', { entryFee: 1, fieldSize: 100 })).toThrow('prize pool $100,000 is more than the entry fees paid in');
    expect(() => parsePayoutCsv('place_from,place_to,prize\n1,150,1\n', { entryFee: 2, fieldSize: 100 })).toThrow('pays places past the field');
  });
});
