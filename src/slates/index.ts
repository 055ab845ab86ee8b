/**
 * slates public API: the owner of teams, players (aliases, external ids), games, slates and slate players. Only
 * src/slates/data/* calls Prisma on those tables; every other module reads and writes them through this file.
 * Reads return the canonical SlateRow (slate-row.ts); writes are the ingest steps of one slate import, each given a
 * transaction client by runSlateTransaction.
 */
export type { GameInfo, SlateInfo, SlatePool, SlateRow, SlateRowStats, TeamRef } from './slate-row.js';
export { loadGame, loadGames, loadSlateGames } from './data/load-games.js';
export { countSlateRows, listSlateSummaries, loadSlateSummary, type SlateListFilter, type SlateSummary } from './data/slate-summaries.js';
export { gameKey, gameKeyOf } from './game-key.js';
export { captainRowTest } from './captain-row.js';
export { loadSlateInfo, loadSlatePool, loadSlateRow, loadSlateRowIds, loadSlateRowsById } from './data/load-slate-pool.js';
export { runSlateTransaction, type SlateTx, type Tx } from './data/tx.js';
export { ensureTeams, loadExtraTeamAliasRows, BUILTIN_ALIAS_SOURCE, type SportTeams, type TeamSeed } from './data/ensure-teams.js';
export { upsertGames, type GameInput, type GameStatus, type SourceGame } from './data/upsert-games.js';
export { upsertSlate, type SlateInput } from './data/upsert-slate.js';
export { loadSlatePlayers, upsertSlatePlayers, type ExistingSlatePlayer, type SlatePlayerInput } from './data/upsert-slate-players.js';
export { withdrawSlatePlayers } from './data/withdraw-slate-players.js';
export { findSlateByKey, findSlateKeyByPlayerIds, knownDkSlateKeys, rekeySlate } from './data/slate-keys.js';
export {
  addPlayerExternalIds, insertPlayers, loadPlayerCandidates, loadPlayersByExternalId, loadSportCode, updatePlayerTeams,
  type NewPlayer, type PlayerCandidateRow,
} from './data/player-store.js';
export { MANUAL_ALIAS_SOURCE, setManualPlayerAlias, upsertManualTeamAlias } from './data/manual-aliases.js';
