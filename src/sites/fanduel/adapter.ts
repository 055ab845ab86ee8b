import type { SiteAdapter } from '../site-adapter.js';
import { findFdHeader, parseFdPlayersCsv } from './parse-players-csv.js';
import { fanDuelRosterRules } from './roster-rules.js';
import { FANDUEL_SCORING } from './scoring.js';

/** FanDuel: players lists, entries upload templates, `id:Name` cells, one row per player in single-game. */
export const fanDuel: SiteAdapter = {
  site: 'fanduel',
  label: 'FanDuel',
  shortLabel: 'FD',
  rosterRules: fanDuelRosterRules,
  scoring: FANDUEL_SCORING,
  salaryFile: { title: 'players list', findHeader: findFdHeader, parse: (rows, options) => parseFdPlayersCsv(rows, options) },
  playerIdsNameOneSlate: false,
  // "<slate>-<player>": the player part is stable across FanDuel slates.
  personIdOf: (sitePlayerId) => sitePlayerId.split('-')[1] ?? null,
  // `Injury Indicator` (Q, D, O, IR, IL, DTD, NA, GTD).
  statusCodes: ['Q', 'D', 'O', 'IR', 'IL', 'DTD', 'NA', 'GTD'],
  captainSlots: ['MVP', 'CAPTAIN'],
  // The cell starts with the id, so it never reads as a formula.
  uploadCell: (id, name) => (name === null || name === '' ? id : `${id}:${name}`),
  quotesEveryCell: true,
  lineupsFileName: (id) => `FanDuel-lineups-${id}.csv`,
  entriesFileName: (slateId) => `FanDuel-entries-slate-${slateId}.csv`,
  entriesHeader: (slotNames) => ['entry_id', 'contest_id', 'contest_name', 'entry_fee', ...slotNames],
  entriesRow: (e, cells) => [e.entryId, e.contestId, e.contestName, String(e.entryFee), ...cells],
};
