import type { SiteRules } from '../core/site-rules.js';
import { toCsvLine, type UploadCell } from '../optimizer/index.js';
import { siteAdapter, type SiteAdapter } from '../sites/index.js';

export interface StoredContestEntries {
  siteContestId: string;
  name: string;
  entryFee: number;
  entries: { siteEntryId: string; slots: readonly UploadCell[] }[];
}

const cellText = (adapter: SiteAdapter, c: UploadCell | undefined): string => {
  if (!c || c.id === null) return '';
  const text = adapter.uploadCell(c.id, c.name);
  return c.locked ? `${text} (LOCKED)` : text;
};

/**
 * Stored entries as the site's entries upload file: DraftKings' DKEntries layout (Entry ID, Contest Name,
 * Contest ID, Entry Fee, then the slot columns) or FanDuel's (entry_id, contest_id, contest_name, entry_fee, slots,
 * every cell quoted as FanDuel's own templates are), one row per entry.
 */
export function storedEntriesCsv(rules: SiteRules, contests: readonly StoredContestEntries[]): string {
  const adapter = siteAdapter(rules.site);
  const quoteAll = adapter.quotesEveryCell;
  const lines = [toCsvLine(adapter.entriesHeader(rules.uploadSlotNames), quoteAll)];
  for (const c of contests) {
    for (const e of c.entries) {
      const slots = rules.uploadSlotNames.map((_, i) => cellText(adapter, e.slots[i]));
      lines.push(toCsvLine(adapter.entriesRow({ entryId: e.siteEntryId, contestId: c.siteContestId, contestName: c.name, entryFee: c.entryFee }, slots), quoteAll));
    }
  }
  return `${lines.join('\n')}\n`;
}
