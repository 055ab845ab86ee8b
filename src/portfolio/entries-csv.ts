import type { SiteRules } from '../core/site-rules.js';
import { toCsvLine, type UploadCell } from '../optimizer/index.js';

export interface StoredContestEntries {
  siteContestId: string;
  name: string;
  entryFee: number;
  entries: { siteEntryId: string; slots: readonly UploadCell[] }[];
}

const cellText = (site: SiteRules['site'], c: UploadCell | undefined): string => {
  if (!c || c.id === null) return '';
  const text = site === 'draftkings' ? (c.name ? `${c.name} (${c.id})` : c.id) : (c.name ? `${c.id}:${c.name}` : c.id);
  return c.locked ? `${text} (LOCKED)` : text;
};

/**
 * Stored entries as the site's entries upload file: DraftKings' DKEntries layout (Entry ID, Contest Name,
 * Contest ID, Entry Fee, then the slot columns) or FanDuel's (entry_id, contest_id, contest_name, entry_fee, slots,
 * every cell quoted as FanDuel's own templates are), one row per entry.
 */
export function storedEntriesCsv(rules: SiteRules, contests: readonly StoredContestEntries[]): string {
  const dk = rules.site === 'draftkings';
  const header = dk ? ['Entry ID', 'Contest Name', 'Contest ID', 'Entry Fee', ...rules.uploadSlotNames] : ['entry_id', 'contest_id', 'contest_name', 'entry_fee', ...rules.uploadSlotNames];
  const lines = [toCsvLine(header, !dk)];
  for (const c of contests) {
    const fee = dk ? `$${c.entryFee}` : String(c.entryFee);
    for (const e of c.entries) {
      const slots = rules.uploadSlotNames.map((_, i) => cellText(rules.site, e.slots[i]));
      lines.push(toCsvLine(dk ? [e.siteEntryId, c.name, c.siteContestId, fee, ...slots] : [e.siteEntryId, c.siteContestId, c.name, fee, ...slots], !dk));
    }
  }
  return `${lines.join('\n')}\n`;
}
