/**
 * Every recorded salary CSV with the counts it must give: players, games, roster slots. Checked by hand against
 * the files (`wc -l`, distinct Game Info values, distinct Roster Position values); used by the parse and the
 * import tests.
 */
import type { GameType, Sport } from '../../src/ingest/dfs/index.js';

export interface CsvCase { file: string; site: 'draftkings' | 'fanduel'; sport: Sport; gameType: GameType; players: number; games: number; slots: string[]; siteSlateId?: string; /** The slate's date, for legacy files that give none. */ date?: string }

export const csvCases: CsvCase[] = [
  { file: 'dk_nfl_classic_2025-11-16_DKSalaries.csv', site: 'draftkings', sport: 'NFL', gameType: 'classic', players: 556, games: 11, slots: ['DST', 'FLEX', 'QB', 'RB', 'TE', 'WR'] },
  { file: 'dk_nfl_classic_2025-11-16_DKEntries_upload_template.csv', site: 'draftkings', sport: 'NFL', gameType: 'classic', players: 556, games: 11, slots: ['DST', 'FLEX', 'QB', 'RB', 'TE', 'WR'] },
  { file: 'dk_nfl_classic_2022-11-20_DKSalaries.csv', site: 'draftkings', sport: 'NFL', gameType: 'classic', players: 563, games: 11, slots: ['DST', 'FLEX', 'QB', 'RB', 'TE', 'WR'] },
  { file: 'dk_nba_classic_2025-11-13_DKEntries_upload_template.csv', site: 'draftkings', sport: 'NBA', gameType: 'classic', players: 106, games: 3, slots: ['C', 'F', 'G', 'PF', 'PG', 'SF', 'SG', 'UTIL'] },
  { file: 'dk_nba_classic_2025-11-13_DKSalaries_EXTRACTED_from_DKEntries.csv', site: 'draftkings', sport: 'NBA', gameType: 'classic', players: 106, games: 3, slots: ['C', 'F', 'G', 'PF', 'PG', 'SF', 'SG', 'UTIL'] },
  { file: 'dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv', site: 'draftkings', sport: 'NBA', gameType: 'showdown', players: 90, games: 1, slots: ['CPT', 'UTIL'] },
  { file: 'dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv', site: 'draftkings', sport: 'NBA', gameType: 'showdown', players: 90, games: 1, slots: ['CPT', 'UTIL'] },
  { file: 'dk_nhl_classic_2022-02-08_DKSalaries.csv', site: 'draftkings', sport: 'NHL', gameType: 'classic', players: 820, games: 7, slots: ['C', 'D', 'G', 'UTIL', 'W'] },
  { file: 'dk_mlb_classic_2026-06-26_DKSalaries.csv', site: 'draftkings', sport: 'MLB', gameType: 'classic', players: 1197, games: 13, slots: ['1B', '2B', '3B', 'C', 'OF', 'P', 'SS'] },
  { file: 'dk_mlb_classic_2026-06-25_early_DKSalaries_small.csv', site: 'draftkings', sport: 'MLB', gameType: 'classic', players: 175, games: 2, slots: ['1B', '2B', '3B', 'C', 'OF', 'P', 'SS'] },
  { file: 'dk_mlb_classic_2018_LEGACY_6col_DKSalaries.csv', date: '2018-05-01', site: 'draftkings', sport: 'MLB', gameType: 'classic', players: 127, games: 2, slots: ['1B', '2B', '3B', 'C', 'OF', 'P', 'SS'] },
  { file: 'dk_mlb_classic_2016-04_LEGACY_EntryEditUpload.csv', date: '2016-04-14', site: 'draftkings', sport: 'MLB', gameType: 'classic', players: 640, games: 6, slots: ['1B', '2B', '3B', 'C', 'OF', 'P', 'SS'] },
  { file: 'dk_mlb_classic_2016-04_LEGACY_new_lineup_upload_template.csv', date: '2016-04-14', site: 'draftkings', sport: 'MLB', gameType: 'classic', players: 188, games: 3, slots: ['1B', '2B', '3B', 'C', 'OF', 'P', 'SS'] },
  { file: 'fd_nfl_classic_2025-12-21_FanDuel-NFL-2025_EST-12_EST-21_EST-124417-players-list.csv', site: 'fanduel', sport: 'NFL', gameType: 'classic', players: 568, games: 11, slots: ['DEF', 'FLEX', 'QB', 'RB', 'TE', 'WR'], siteSlateId: '124417' },
  { file: 'fd_mlb_classic_2019-07-24_FanDuel-MLB-2019-07-24-37139-players-list.csv', site: 'fanduel', sport: 'MLB', gameType: 'classic', players: 703, games: 8, slots: ['2B', '3B', 'C/1B', 'OF', 'P', 'SS', 'UTIL'], siteSlateId: '37139' },
  { file: 'fd_nfl_2026-10-04_FanDuel-NFL-2026-10-04-134747-entries-upload-template_TRIMMED.csv', site: 'fanduel', sport: 'NFL', gameType: 'classic', players: 10, games: 9, slots: ['FLEX', 'QB', 'RB', 'WR'], siteSlateId: '134747' },
];
