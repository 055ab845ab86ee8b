/**
 * ingest-dfs public API: DraftKings / FanDuel salary files and DraftKings JSON APIs → the normalized slate model,
 * plus team and player-name resolution shared with the other ingesters. Other modules import only this file.
 */
export type { ParsedGame, ParsedPlayer, ParsedSlate, Site, Sport, GameType } from './parse/types.js';
export { parseSalaryFile, type ParseSalaryFileOptions } from './parse/parse-salary-file.js';
export { SalaryFileError, type SalaryFileErrorCode } from './parse/salary-file-error.js';
export { DEFAULT_MAX_FILE_BYTES } from './parse/decode-text.js';
export { parseGameInfo, type GameInfo } from './parse/parse-game-info.js';
export { parseDkDraftables, type DkDraftablesOptions } from './parse/parse-dk-draftables.js';
export { parseDkDraftGroup, parseDkRules, type DkDraftGroupInfo, type DkGameTypeRules } from './parse/parse-dk-draft-group.js';
export { parseDkLobby, type DkLobbyDraftGroup } from './parse/parse-dk-lobby.js';
export { parseDkAvailablePlayers, parseDkContestDetail, parseDkDraftGroupsV3, type DkAvailablePlayer } from './parse/parse-dk-extra.js';
export { DK_DEFAULT_SLOT_NAMES, classifyDkGameType } from './parse/dk-roster-slots.js';
export { TEAMS, type TeamEntry } from './team-aliases.js';
export { resolveTeamCode, listTeamCodes, teamLookupKey } from './resolve-team-code.js';
export { normalizePlayerName, buildPlayerKey } from './normalize-player-name.js';
export { matchPlayer, matchKey, isTeamUnit, findNearMiss, alternativeKeys, type MatchCandidate, type MatchQuery, type MatchResult } from './match-player.js';
export { NICKNAME_GROUPS, firstNameVariants, sameFirstName } from './nicknames.js';
export { importSalaryFile, toAppError, type ImportSalaryFileOptions } from './import/import-salary-file.js';
export { importSlate, type ImportSlateOptions, type ImportSlateResult } from './import/import-slate.js';
export { runOnce } from './run-once.js';
export { runImportFile } from './import/run-import-file.js';
export { importFilePayload, type ImportFilePayload } from './jobs/import-file.js';
export { addTeamAlias, addPlayerAlias } from './import/manual-aliases.js';
export { createDkApi, DK_PROVIDER, type DkApi } from './draftkings/dk-api.js';
