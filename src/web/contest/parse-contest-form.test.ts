import { describe, expect, it } from 'vitest';
import { parseContestForm } from './parse-contest-form.js';
import { parsePayoutLines } from './parse-payout-lines.js';

describe('parsePayoutLines', () => {
  it('when lines are "from-to amount" or "place amount" with $ and commas, then tiers come back sorted by place', () => {
    expect(parsePayoutLines('2-40 10\n\n1 $1,000.50\r\n41 – 100  2', 500)).toEqual({
      tiers: [{ minPosition: 1, maxPosition: 1, amount: 1000.5 }, { minPosition: 2, maxPosition: 40, amount: 10 }, { minPosition: 41, maxPosition: 100, amount: 2 }],
    });
  });

  it('when a line is not a tier, then the problem names that line (blank lines counted) and quotes it', () => {
    expect(parsePayoutLines('1-1 200\n\nfirst place wins', 100)).toEqual({ problem: 'payout line 3 ("first place wins"): write "from-to amount", e.g. "2-40 10" (or "1 200" for one place)' });
  });

  it('when tiers overlap, run backwards or pay past the field, then each is named by line', () => {
    expect(parsePayoutLines('1-5 20\n5-10 5', 100)).toEqual({ problem: 'payout line 2 overlaps line 1: place 5 is paid twice' });
    expect(parsePayoutLines('10-2 5', 100)).toMatchObject({ problem: expect.stringMatching(/^payout line 1 .*before the first 10/) });
    expect(parsePayoutLines('1-1 50\n2-200 1', 100)).toMatchObject({ problem: expect.stringMatching(/^payout line 2 .*past the field of 100/) });
  });

  it('when nothing is entered, then it asks for a line', () => {
    expect(parsePayoutLines(' \n', 10)).toEqual({ problem: 'payout: enter at least one line, e.g. "1-1 200"' });
  });
});

describe('parseContestForm', () => {
  const sets = { lineupSetId: '4', projectionSetId: '9' };

  it('when a DraftKings contest is chosen, then the payout is its id for the use-case to fetch', () => {
    expect(parseContestForm({ ...sets, payoutSource: 'draftkings', draftkingsContestId: '9000', tiers: 'ignored' }, 3)).toEqual({
      input: { kind: 'contest', slateId: 3, lineupSetId: 4, projectionSetId: 9, payout: { draftkingsContestId: 9000 } },
    });
    expect(parseContestForm({ ...sets, payoutSource: 'draftkings', draftkingsContestId: '' }, 3)).toMatchObject({ problem: expect.stringMatching(/^draftkingsContestId: /) });
  });

  it('when the payout is entered by hand, then it is a user payout table named after the contest (or its fee and size)', () => {
    const parsed = parseContestForm({ ...sets, payoutSource: 'manual', contestName: '', entryFee: '5', fieldSize: '1000', tiers: '1-1 200\n2-100 20' }, 3);
    expect(parsed).toEqual({
      input: {
        kind: 'contest', slateId: 3, lineupSetId: 4, projectionSetId: 9,
        payout: { name: '$5 1,000-entry contest', entryFee: 5, fieldSize: 1000, source: 'user', tiers: [{ minPosition: 1, maxPosition: 1, amount: 200 }, { minPosition: 2, maxPosition: 100, amount: 20 }] },
      },
    });
  });

  it('when no lineup set is chosen or the fee is missing, then the field is named', () => {
    expect(parseContestForm({ projectionSetId: '9', payoutSource: 'draftkings', draftkingsContestId: '1' }, 3)).toMatchObject({ problem: expect.stringMatching(/^lineupSetId: choose a lineup set/) });
    expect(parseContestForm({ ...sets, payoutSource: 'manual', fieldSize: '10', tiers: '1 5' }, 3)).toEqual({ problem: 'entryFee: enter the entry fee' });
  });
});
