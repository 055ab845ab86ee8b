import { AppError } from '../../core/errors.js';
import type { SiteRules } from '../../core/site-rules.js';
import { findSlotColumns, readCsvText } from './csv-text.js';

/** One lineup cell of an upload file: the site id, the name when given, and DK's "(LOCKED)" late-swap mark. */
export interface UploadCell {
  slot: string;
  id: string | null;
  name: string | null;
  locked: boolean;
}

/** One row of a DKEntries / FanDuel entries file (entry fields are null in a plain new-lineup upload). */
export interface UploadEntry {
  line: number;
  entryId: string | null;
  contestName: string | null;
  contestId: string | null;
  entryFee: string | null;
  cells: UploadCell[];
}

/** `Name (123)`, `Name(123)`, `123`, FanDuel `124417-138820:Name` or `124417-138820`, optional ` (LOCKED)`. */
export function parseUploadCell(slot: string, raw: string): UploadCell {
  let text = raw.trim();
  const locked = /\(LOCKED\)\s*$/i.test(text);
  if (locked) text = text.replace(/\s*\(LOCKED\)\s*$/i, '').trim();
  if (text === '') return { slot, id: null, name: null, locked };
  const dk = /^(.*?)\s*\((\d+)\)$/.exec(text);
  if (dk) return { slot, id: dk[2] ?? null, name: (dk[1] ?? '').trim() || null, locked };
  const fd = /^(\d+-\d+)(?::(.*))?$/.exec(text) ?? /^(\d+):(.+)$/.exec(text);
  if (fd) return { slot, id: fd[1] ?? null, name: fd[2]?.trim() || null, locked };
  if (/^\d+$/.test(text)) return { slot, id: text, name: null, locked };
  throw new AppError('invalid_upload', `slot ${slot}: "${raw}" is not a player id, "Name (id)" or "id:Name"`);
}

/**
 * Reads the lineups of an upload file for `rules` (DKEntries edit file, DK new-lineup template, FanDuel entries
 * template or plain id rows). Errors name the line and slot.
 */
export function parseUploadLineups(text: string, rules: SiteRules): UploadEntry[] {
  const rows = readCsvText(text);
  const headerIndex = rows.findIndex((r) => findSlotColumns(r, rules.uploadSlotNames) >= 0);
  const header = rows[headerIndex];
  if (!header) throw new AppError('invalid_upload', `no header with the slot columns ${rules.uploadSlotNames.join(',')} found`);
  const first = findSlotColumns(header, rules.uploadSlotNames);
  const col = (name: RegExp): number => header.findIndex((h) => name.test(h.trim()));
  const entryCol = col(/^entry[ _]id$/i);
  const contestNameCol = col(/^contest[ _]name$/i);
  const contestIdCol = col(/^contest[ _]id$/i);
  const feeCol = col(/^entry[ _]fee$/i);
  const cell = (r: string[], c: number): string | null => (c >= 0 ? (r[c] ?? '').trim() || null : null);

  const entries: UploadEntry[] = [];
  rows.slice(headerIndex + 1).forEach((row, k) => {
    const line = headerIndex + k + 2;
    const slots = row.slice(first, first + rules.uploadSlotNames.length);
    const entryId = cell(row, entryCol);
    if (entryCol >= 0 ? entryId === null : slots.every((s) => s.trim() === '')) return;
    try {
      entries.push({
        line, entryId, contestName: cell(row, contestNameCol), contestId: cell(row, contestIdCol), entryFee: cell(row, feeCol),
        cells: rules.uploadSlotNames.map((slot, i) => parseUploadCell(slot, slots[i] ?? '')),
      });
    } catch (error) {
      throw new AppError('invalid_upload', `line ${line}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return entries;
}
