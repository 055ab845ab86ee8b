import type { Db } from '../../core/db.js';
import type { UploadCell } from '../../optimizer/index.js';
import type { PayoutTable } from '../../sim/index.js';
import type { StoredContestEntries } from '../entries-csv.js';

export interface StoredContest extends StoredContestEntries {
  id: number;
  fieldSize: number | null;
  payout: PayoutTable | null;
}

/** A user's contests on a slate with their entries (file order), as stored by importEntries. */
export async function loadStoredContests(db: Db, slateId: number, userId: number): Promise<StoredContest[]> {
  const contests = await db.contest.findMany({
    where: { slateId, userId }, orderBy: { id: 'asc' },
    include: { entries: { orderBy: [{ line: 'asc' }, { id: 'asc' }] } },
  });
  return contests.map((c) => ({
    id: c.id, siteContestId: c.siteContestId, name: c.name, entryFee: c.entryFee, fieldSize: c.fieldSize,
    payout: (c.payout as PayoutTable | null) ?? null,
    entries: c.entries.map((e) => ({ siteEntryId: e.siteEntryId, slots: e.slots as unknown as UploadCell[] })),
  }));
}
