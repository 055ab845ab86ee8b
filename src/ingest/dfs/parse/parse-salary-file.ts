import type { GameType, Site, Sport } from '../../../core/site-rules.js';
import { decodeText } from './decode-text.js';
import { findDkHeader, parseDkSalaryCsv } from './parse-dk-salary-csv.js';
import { findFdHeader, parseFdPlayersCsv } from './parse-fd-players-csv.js';
import { readCsvRows } from './read-csv-rows.js';
import { SalaryFileError } from './salary-file-error.js';
import type { ParsedSlate } from './types.js';

export interface ParseSalaryFileOptions {
  site: Site;
  /** Original file name: FanDuel names carry the sport and date. */
  fileName?: string;
  /** Only needed when the positions cannot tell (e.g. a file of only centers). */
  sport?: Sport;
  /** FanDuel single-game lists look like classic ones; pass 'showdown' for them. */
  gameType?: GameType;
  maxBytes?: number;
  /** Extra team aliases per sport (teamLookupKey → canonical code), e.g. manual ones from the database. */
  teamAliases?: Partial<Record<Sport, ReadonlyMap<string, string>>>;
  /** The slate's date (YYYY-MM-DD) when the file gives none (legacy DK exports): required then, see importSlate. */
  date?: string;
}

/**
 * A salary file as uploaded (bytes in any of UTF-8 with/without BOM, Latin-1, CRLF/LF/CR) to a ParsedSlate.
 * Throws SalaryFileError naming what is wrong: the size, a file for the other site, a template without salaries,
 * the missing columns, or the line of a bad row.
 */
export function parseSalaryFile(bytes: Uint8Array, options: ParseSalaryFileOptions): ParsedSlate {
  const { text, encoding } = decodeText(bytes, options.maxBytes);
  const rows = readCsvRows(text);
  const slate = options.site === 'draftkings' ? parseAsDraftKings() : parseAsFanDuel();
  if (encoding === 'windows-1252') slate.warnings.push('file is not UTF-8: read as Windows-1252 (Latin-1)');
  return slate;

  function parseAsDraftKings(): ParsedSlate {
    const dk = findDkHeader(rows);
    if ((!dk || dk.missing.length > 0) && isComplete(findFdHeader(rows))) {
      throw new SalaryFileError('WRONG_SITE', 'this is a FanDuel players list, not a DraftKings salary file: import it with site fanduel');
    }
    return parseDkSalaryCsv(rows, {
      ...(options.sport ? { sport: options.sport } : {}), ...(options.teamAliases ? { teamAliases: options.teamAliases } : {}), ...(options.date ? { date: options.date } : {}),
    });
  }

  function parseAsFanDuel(): ParsedSlate {
    const fd = findFdHeader(rows);
    if ((!fd || fd.missing.length > 0) && isComplete(findDkHeader(rows))) {
      throw new SalaryFileError('WRONG_SITE', 'this is a DraftKings salary file, not a FanDuel players list: import it with site draftkings');
    }
    return parseFdPlayersCsv(rows, options);
  }
}

function isComplete(header: { missing: string[] } | null): boolean {
  return header !== null && header.missing.length === 0;
}
