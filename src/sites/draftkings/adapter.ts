import { looksLikeFormula } from '../../core/csv/csv-cell.js';
import type { SiteAdapter } from '../site-adapter.js';
import { findDkHeader, parseDkSalaryCsv } from './parse-salary-csv.js';
import { draftKingsRosterRules } from './roster-rules.js';
import { DRAFTKINGS_SCORING } from './scoring.js';

/** DraftKings: DKSalaries.csv, DKEntries.csv, `Name (id)` cells, CPT rows in showdown. */
export const draftKings: SiteAdapter = {
  site: 'draftkings',
  label: 'DraftKings',
  shortLabel: 'DK',
  rosterRules: draftKingsRosterRules,
  scoring: DRAFTKINGS_SCORING,
  salaryFile: { title: 'salary file', findHeader: findDkHeader, parse: (rows, options) => parseDkSalaryCsv(rows, options) },
  // Draftable ids are unique to one draft group.
  playerIdsNameOneSlate: true,
  personIdOf: () => null,
  // CSV `Status` (Q, D, O, OUT, IR) and draftables `status` ("None", O, IR, DL, IL...).
  statusCodes: ['None', 'Q', 'D', 'O', 'OUT', 'IR', 'DL', 'IL', 'IL10', 'IL60', 'PUP', 'NA', 'SUSP', 'GTD'],
  captainSlots: ['CPT'],
  // DK also accepts the bare id; a name a spreadsheet would run as a formula is written that way (still DK's own
  // format, where an apostrophe would not be).
  uploadCell: (id, name) => (name === null || name === '' || looksLikeFormula(name) ? id : `${name} (${id})`),
  quotesEveryCell: false,
  lineupsFileName: (id) => `DKEntries-lineups-${id}.csv`,
  entriesFileName: (slateId) => `DKEntries-slate-${slateId}.csv`,
  entriesHeader: (slotNames) => ['Entry ID', 'Contest Name', 'Contest ID', 'Entry Fee', ...slotNames],
  entriesRow: (e, cells) => [e.entryId, e.contestName, e.contestId, `$${e.entryFee}`, ...cells],
};
