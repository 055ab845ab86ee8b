import type { UploadEntry } from '../optimizer/index.js';

/** The contests of an entries file, with our entry ids in file order. */
export interface EntriesContest {
  contestId: string;
  name: string;
  entryFee: number;
  entryIds: string[];
}

/** "$3", "$1,000", "0.05", "25.00" → dollars; null when unreadable. */
export function parseEntryFee(text: string | null): number | null {
  if (text === null) return null;
  const n = Number(text.replace(/[$,\s]/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Groups a DKEntries / FanDuel entries file's rows by contest. Every row must carry an entry id, a contest id and
 * a readable entry fee: the filled file goes back to the site, so a row we cannot place is an error naming it.
 */
export function groupEntriesByContest(entries: readonly UploadEntry[]): EntriesContest[] {
  const byId = new Map<string, EntriesContest>();
  for (const e of entries) {
    if (e.entryId === null) throw new Error(`line ${e.line}: no entry id (is this a DKEntries / FanDuel entries file?)`);
    if (e.contestId === null) throw new Error(`line ${e.line}: entry ${e.entryId} has no contest id`);
    const fee = parseEntryFee(e.entryFee);
    if (fee === null) throw new Error(`line ${e.line}: entry ${e.entryId} has no readable entry fee ("${e.entryFee ?? ''}")`);
    let contest = byId.get(e.contestId);
    if (!contest) byId.set(e.contestId, contest = { contestId: e.contestId, name: e.contestName ?? `contest ${e.contestId}`, entryFee: fee, entryIds: [] });
    contest.entryIds.push(e.entryId);
  }
  return [...byId.values()];
}
