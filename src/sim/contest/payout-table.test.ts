import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cumulativePayouts, paidPositions, payoutWarnings, totalPrizes, validatePayoutTable } from './payout-table.js';
import { estimateLobbyPayouts, firstPrizeFromName, parseDkContestDetail, parseDkLobbyContests } from './parse-dk-contest.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../test/fixtures/sim/${name}`, import.meta.url), 'utf8'));

describe('DraftKings payout tables', () => {
  it('when parsing contest detail 9000, then it yields $30 for 1st and $15 for 2nd of 5 at $10', () => {
    const t = parseDkContestDetail(fixture('dk_api_contest_detail_9000.json'));
    expect(t).toMatchObject({ name: 'MLB $10 5-Player', entryFee: 10, fieldSize: 5, source: 'dk-contest-detail' });
    expect(t.tiers).toEqual([
      { minPosition: 1, maxPosition: 1, amount: 30 },
      { minPosition: 2, maxPosition: 2, amount: 15 },
    ]);
    expect(totalPrizes(t)).toBe(45);
    expect(Array.from(cumulativePayouts(t))).toEqual([0, 30, 45, 45, 45, 45]);
  });

  it('when estimating the Millionaire from the lobby, then the curve pays the pool, $1M to 1st and 2x fee min-cash', () => {
    const contests = parseDkLobbyContests(fixture('dk_lobby_getcontests_nfl_2023-12-03_TRIMMED.json'));
    expect(contests.length).toBeGreaterThan(50);
    const milly = contests.find((c) => c.id === 155079174)!;
    expect(firstPrizeFromName(milly.n)).toBe(1_000_000);
    const t = estimateLobbyPayouts(milly);
    expect(t.source).toBe('dk-lobby-estimate');
    expect(totalPrizes(t)).toBeCloseTo(milly.po, 0);
    expect(t.tiers[0]!.amount).toBeCloseTo(1_000_000, -3);
    expect(t.tiers[t.tiers.length - 1]!.amount).toBe(40);
    const paid = paidPositions(t);
    expect(paid / milly.m).toBeGreaterThan(0.15);
    expect(paid / milly.m).toBeLessThan(0.221);
    // Prizes never increase down the table.
    for (let i = 1; i < t.tiers.length; i++) expect(t.tiers[i]!.amount).toBeLessThanOrEqual(t.tiers[i - 1]!.amount);
  });

  it('when estimating a double up, then the top pool/(2 fee) entries win twice the fee', () => {
    const contests = parseDkLobbyContests(fixture('dk_lobby_getcontests_nfl_2023-12-03_TRIMMED.json'));
    const du = contests.find((c) => /GIANT \$5 Double Up$/.test(c.n.trim()))!;
    const t = estimateLobbyPayouts(du);
    expect(t.tiers).toEqual([{ minPosition: 1, maxPosition: Math.floor(du.po / 10), amount: 10 }]);
  });

  it('when a user table overlaps or pays past the field, then the error names the tier', () => {
    const base = { name: 'x', entryFee: 1, fieldSize: 10, source: 'user' };
    expect(() => validatePayoutTable({ ...base, tiers: [{ minPosition: 1, maxPosition: 3, amount: 5 }, { minPosition: 3, maxPosition: 4, amount: 1 }] })).toThrow(/3-4 overlaps tier 1-3/);
    expect(() => validatePayoutTable({ ...base, tiers: [{ minPosition: 1, maxPosition: 11, amount: 1 }] })).toThrow('payout tier 1-11 pays places past the field: a contest of 10 entries has places 1-10 only');
  });

  it('when a $1, 100-entry contest pays $100,000 to first, then the table is refused naming the pool and the fees', () => {
    const table = { name: 'typo', entryFee: 1, fieldSize: 100, source: 'user', tiers: [{ minPosition: 1, maxPosition: 1, amount: 100_000 }] };
    expect(() => validatePayoutTable(table)).toThrow('prize pool $100,000 is more than the entry fees paid in ($1 x 100 entries = $100)');
    // The same pool spread so it fits the fees passes; a pool of exactly the fees is allowed (no rake).
    expect(validatePayoutTable({ ...table, tiers: [{ minPosition: 1, maxPosition: 1, amount: 100 }] }).tiers).toHaveLength(1);
  });

  it('when a field size is past the limit, then the schema names MAX_CONTEST_FIELD_SIZE', () => {
    const table = { name: 'huge', entryFee: 1, fieldSize: 5_000_000, source: 'user', tiers: [{ minPosition: 1, maxPosition: 1, amount: 1 }] };
    expect(() => validatePayoutTable(table)).toThrow(/fieldSize is at most 250000 entries \(MAX_CONTEST_FIELD_SIZE\)/);
  });

  it('when a table is a freeroll or pays most of the field, then it is accepted with warnings', () => {
    const freeroll = validatePayoutTable({ name: 'f', entryFee: 0, fieldSize: 10, source: 'user', tiers: [{ minPosition: 1, maxPosition: 1, amount: 5 }] });
    expect(payoutWarnings(freeroll)).toEqual(['entry fee is 0 (a freeroll): ROI is reported as 0']);
    const wide = validatePayoutTable({ name: 'w', entryFee: 1, fieldSize: 10, source: 'user', tiers: [{ minPosition: 1, maxPosition: 8, amount: 1 }] });
    expect(payoutWarnings(wide)).toEqual(['8 of 10 places are paid: real contests pay 20-50%']);
  });
});
