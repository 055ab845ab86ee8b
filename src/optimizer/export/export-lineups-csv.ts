import { AppError } from '../../core/errors.js';
import type { SiteRules } from '../../core/site-rules.js';
import { siteAdapter } from '../../sites/index.js';
import type { Lineup } from '../types.js';
import { findSlotColumns, readCsvText, toCsvLine } from './csv-text.js';

export interface ExportResult {
  csv: string;
  /** Lineups written, and entries of a template left unchanged (more entries than lineups). */
  written: number;
  unfilledEntries: number;
}

/**
 * The upload cell for a player, in the site's format (DK `Name (id)`, FanDuel `id:Name`; see each site's adapter,
 * which also keeps a name a spreadsheet would run as a formula out of the cell).
 */
export function uploadCell(site: SiteRules['site'], id: string, name: string): string {
  return siteAdapter(site).uploadCell(id, name);
}

function slotCells(lineup: Lineup, rules: SiteRules): string[] {
  const cells = rules.uploadSlotNames.map(() => '');
  for (const s of lineup.slots) cells[s.slotIndex] = uploadCell(rules.site, s.player.id, s.player.name);
  return cells;
}

/**
 * Lineups as an upload file. With a template (DKEntries.csv or FanDuel's entries template), each entry row gets
 * the next lineup in its slot columns and every other cell (entry ids, instructions, the player list on the right)
 * is kept; without one, a new-lineup upload: the slot header and one row per lineup.
 */
export function exportLineupsCsv(lineups: Lineup[], rules: SiteRules, template?: string): ExportResult {
  if (template === undefined) {
    const lines = [toCsvLine(rules.uploadSlotNames), ...lineups.map((l) => toCsvLine(slotCells(l, rules)))];
    return { csv: `${lines.join('\n')}\n`, written: lineups.length, unfilledEntries: 0 };
  }
  const rows = readCsvText(template);
  const headerIndex = rows.findIndex((r) => findSlotColumns(r, rules.uploadSlotNames) >= 0);
  const header = rows[headerIndex];
  if (!header) {
    throw new AppError('invalid_template', `the template has no header with the slot columns ${rules.uploadSlotNames.join(',')}: is it for ${rules.site} ${rules.sport} ${rules.gameType}?`);
  }
  const first = findSlotColumns(header, rules.uploadSlotNames);
  const entryCol = header.findIndex((h) => /^entry[ _]id$/i.test(h.trim()));
  const quoteAll = siteAdapter(rules.site).quotesEveryCell;
  let next = 0;
  let unfilled = 0;
  const out = rows.map((row, i) => {
    if (i <= headerIndex || entryCol < 0 || (row[entryCol] ?? '').trim() === '') return toCsvLine(row, quoteAll && i > headerIndex);
    const lineup = lineups[next];
    if (!lineup) {
      unfilled += 1;
      return toCsvLine(row, quoteAll);
    }
    next += 1;
    const copy = [...row];
    slotCells(lineup, rules).forEach((c, k) => { copy[first + k] = c; });
    return toCsvLine(copy, quoteAll);
  });
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return { csv: `${out.join('\n')}\n`, written: next, unfilledEntries: unfilled };
}
