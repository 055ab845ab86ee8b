import type { Site } from '../../../core/site-rules.js';
import { decodeText } from './decode-text.js';
import { listSiteAdapters, siteAdapter, type SalaryFileOptions } from '../../../sites/index.js';
import { readCsvRows } from './read-csv-rows.js';
import { SalaryFileError } from './salary-file-error.js';
import type { ParsedSlate } from './types.js';

export interface ParseSalaryFileOptions extends SalaryFileOptions {
  site: Site;
  maxBytes?: number;
}

/**
 * A salary file as uploaded (bytes in any of UTF-8 with/without BOM, Latin-1, CRLF/LF/CR) to a ParsedSlate.
 * Throws SalaryFileError naming what is wrong: the size, a file for the other site, a template without salaries,
 * the missing columns, or the line of a bad row.
 */
export function parseSalaryFile(bytes: Uint8Array, options: ParseSalaryFileOptions): ParsedSlate {
  const { text, encoding } = decodeText(bytes, options.maxBytes);
  const rows = readCsvRows(text);
  const adapter = siteAdapter(options.site);
  const own = adapter.salaryFile.findHeader(rows);
  if (!own || own.missing.length > 0) {
    // A complete table of another site: say which site the file is for instead of listing missing columns.
    const other = listSiteAdapters().find((a) => a !== adapter && isComplete(a.salaryFile.findHeader(rows)));
    if (other) throw new SalaryFileError('WRONG_SITE', `this is a ${other.label} ${other.salaryFile.title}, not a ${adapter.label} ${adapter.salaryFile.title}: import it with site ${other.site}`);
  }
  const slate = adapter.salaryFile.parse(rows, options);
  if (encoding === 'windows-1252') slate.warnings.push('file is not UTF-8: read as Windows-1252 (Latin-1)');
  return slate;
}

function isComplete(header: { missing: string[] } | null): boolean {
  return header !== null && header.missing.length === 0;
}
