import type { Db } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import { siteAdapter } from '../../../sites/index.js';
import type { ParsedSlate } from '../parse/types.js';
import {
  findSlateByKey, findSlateKeyByPlayerIds, loadSlatePlayers, rekeySlate, runSlateTransaction, upsertGames, upsertSlate,
  upsertSlatePlayers, withdrawSlatePlayers, type SlatePlayerInput, type Tx,
} from '../../../slates/index.js';
import { resolvePlayers, type PersonInput } from './resolve-players.js';
import { ensureTeams } from './team-seeds.js';
import { csvSlateKey, defaultSlateName, slateDate } from './slate-identity.js';

export interface ImportSlateOptions {
  /** 'csv' or 'api'. */
  source: 'csv' | 'api';
  fileName?: string;
  name?: string;
  siteGameTypeId?: number | null;
  /** sitePlayerId → the site's stable player id (DK playerId); FanDuel's is read from its ids. */
  externalPlayerIds?: ReadonlyMap<string, string>;
  now?: Date;
  /** The slate's date (YYYY-MM-DD, US Eastern) for a file that gives none; required for such a file. */
  date?: string;
  /** Site player ids the site has withdrawn (DK disabled draftables): rows the slate holds for them are taken off. */
  withdrawnSitePlayerIds?: ReadonlySet<string>;
  /**
   * 'update' (ingestion roles, admins): an existing slate takes the file's values. 'keep' (a normal user's
   * upload): an existing shared slate is left as it is and its id returned; the file may only add a new slate.
   */
  existingSlate?: 'update' | 'keep';
}

export interface ImportSlateResult {
  slateId: number;
  created: boolean;
  site: string;
  sport: string;
  gameType: string;
  siteSlateId: string;
  players: number;
  games: number;
  inserted: number;
  updated: number;
  unchanged: number;
  statusChanges: number;
  newCanonicalPlayers: number;
  warnings: string[];
}

/**
 * Stores a parsed slate in one transaction: teams and aliases, games, the slate and its roster rules, canonical
 * players (persisting across slates and sites) and the slate's player rows. Natural keys throughout, so a second
 * import of the same data writes nothing; changed statuses are updated and their history kept.
 */
export async function importSlate(db: Db, slate: ParsedSlate, options: ImportSlateOptions): Promise<ImportSlateResult> {
  const now = options.now ?? new Date();
  const { date, guessed } = slateDate(slate, options.fileName, now, options.date);
  // A file with no date anywhere (legacy DK export, undated FanDuel list) is not stored as today's slate.
  if (guessed) throw slateDateRequired(slate);
  const warnings = [...slate.warnings];
  const source = slate.site;

  return runSlateTransaction(db, async (tx) => {
    if (options.existingSlate === 'keep') {
      const kept = await keepExistingSlate(tx, slate, warnings);
      if (kept) return kept;
    }
    const { sportId, teamIds } = await ensureTeams(tx, slate.sport);
    const teamId = (code: string): number => {
      const id = teamIds.get(code);
      if (id === undefined) throw new Error(`team ${code} has no row`);
      return id;
    };
    const gameIds = await upsertGames(tx, sportId, slate.games.map((game) => ({
      game, homeTeamId: teamId(game.homeTeam), awayTeamId: teamId(game.awayTeam), externalId: game.siteGameId,
    })), date, source);
    const siteSlateId = slate.siteSlateId ?? await findSlateByIds(tx, slate) ?? csvSlateKey(slate);
    if (slate.siteSlateId !== null) await adoptCsvSlate(tx, slate, slate.siteSlateId);
    const kickoffs = slate.games.map((g) => g.startsAt?.getTime()).filter((t): t is number => t !== undefined);
    const firstStartsAt = kickoffs.length ? new Date(Math.min(...kickoffs)) : null;
    const { slateId, created } = await upsertSlate(tx, {
      site: slate.site, sportId, sport: slate.sport, gameType: slate.gameType, siteSlateId, source: options.source,
      name: options.name ?? defaultSlateName(slate, date), siteGameTypeId: options.siteGameTypeId ?? null,
      firstStartsAt, lastStartsAt: kickoffs.length ? new Date(Math.max(...kickoffs)) : null,
      gameIds: [...new Set(gameIds.values())],
    });

    const existing = await loadSlatePlayers(tx, slateId);
    const knownPerson = new Map<string, number>();
    for (const p of slate.players) {
      const row = existing.get(p.sitePlayerId);
      if (row) knownPerson.set(p.playerKey, row.playerId);
    }
    const persons = new Map<string, PersonInput>();
    for (const p of slate.players) {
      if (knownPerson.has(p.playerKey) || persons.has(p.playerKey)) continue;
      persons.set(p.playerKey, {
        playerKey: p.playerKey, name: p.name, team: p.team, teamId: teamId(p.team), positions: p.positions,
        externalId: options.externalPlayerIds?.get(p.sitePlayerId) ?? siteAdapter(slate.site).personIdOf(p.sitePlayerId),
      });
    }
    // Files without kickoff times (FanDuel lists) count from midday US Eastern of their date.
    const slateStartsAt = firstStartsAt ?? new Date(`${date}T17:00:00Z`);
    const resolved = await resolvePlayers(tx, sportId, source, [...persons.values()], slateStartsAt);
    warnings.push(...resolved.warnings);

    const rows: SlatePlayerInput[] = slate.players.map((p) => ({
      sitePlayerId: p.sitePlayerId,
      playerId: knownPerson.get(p.playerKey) ?? resolved.playerIds.get(p.playerKey) ?? 0,
      name: p.name, positions: p.positions, rosterPositions: p.rosterPositions, salary: p.salary,
      teamId: teamId(p.team), opponentTeamId: p.opponent ? teamId(p.opponent) : null,
      gameId: p.gameKey ? (gameIds.get(p.gameKey) ?? null) : null,
      status: p.status, injuryNote: p.injuryNote, avgPoints: p.avgPoints, battingOrder: p.battingOrder, isProbablePitcher: p.isProbablePitcher,
    }));
    const written = await upsertSlatePlayers(tx, slateId, rows, existing, now);
    const listed = new Set(rows.map((r) => r.sitePlayerId));
    const withdrawn = [...existing.values()].filter((e) => !listed.has(e.sitePlayerId) && options.withdrawnSitePlayerIds?.has(e.sitePlayerId));
    const taken = await withdrawSlatePlayers(tx, withdrawn, now);
    if (taken.removed + taken.ruledOut > 0) {
      warnings.push(`${taken.removed + taken.ruledOut} players disabled by the site were taken off the slate` +
        (taken.ruledOut > 0 ? ` (${taken.ruledOut} kept as OUT because lineups hold them)` : ''));
    }
    return {
      slateId, created, site: slate.site, sport: slate.sport, gameType: slate.gameType, siteSlateId,
      players: rows.length, games: gameIds.size, inserted: written.inserted, updated: written.updated,
      unchanged: rows.length - written.inserted - written.updated, statusChanges: written.statusChanges,
      newCanonicalPlayers: resolved.created, warnings,
    };
  });
}

/** The refusal of an undated file: the CLI flag and the API field that give the date. */
export function slateDateRequired(slate: ParsedSlate): AppError {
  const site = siteAdapter(slate.site).label;
  return new AppError('invalid_salary_file',
    `this ${site} file gives no date (no date in its games nor in its file name): give the slate's date, ` +
    '`sportsdata import salaries --date YYYY-MM-DD` on the command line or the "date" field (YYYY-MM-DD) of the upload', { reason: 'DATE_REQUIRED', field: 'date' });
}

/**
 * A normal user's file naming a slate that already exists: nothing shared is written (salaries, names, games stay
 * as ingestion or an admin left them); the result points at the existing slate with a warning saying so.
 */
async function keepExistingSlate(tx: Tx, slate: ParsedSlate, warnings: string[]): Promise<ImportSlateResult | null> {
  const siteSlateId = slate.siteSlateId ?? await findSlateByIds(tx, slate) ?? csvSlateKey(slate);
  const known = await findSlateByKey(tx, slate.site, siteSlateId);
  if (!known) return null;
  return {
    slateId: known.id, created: false, site: slate.site, sport: slate.sport, gameType: slate.gameType, siteSlateId,
    players: known.players, games: known.games, inserted: 0, updated: 0, unchanged: known.players, statusChanges: 0, newCanonicalPlayers: 0,
    warnings: [...warnings, `slate ${known.id} already exists and is shared: only ingestion or an admin changes its data, so this file changed nothing; put your own numbers in a projection upload`],
  };
}

/**
 * A CSV of a slate already imported reuses that slate, for a site whose player ids are unique to one slate (DK
 * draftable ids are unique to one draft group); null for other sites.
 */
async function findSlateByIds(tx: Tx, slate: ParsedSlate): Promise<string | null> {
  if (!siteAdapter(slate.site).playerIdsNameOneSlate) return null;
  return findSlateKeyByPlayerIds(tx, slate.site, slate.players.slice(0, 50).map((p) => p.sitePlayerId));
}

/**
 * The API's first sight of a draft group that was imported earlier from its CSV (keyed "csv-<id>"): the slate takes
 * the draft group id as its key, so both sources keep writing one slate (sites whose ids name one slate: DK).
 */
async function adoptCsvSlate(tx: Tx, slate: ParsedSlate, draftGroupId: string): Promise<void> {
  if (!siteAdapter(slate.site).playerIdsNameOneSlate) return;
  if (await findSlateByKey(tx, slate.site, draftGroupId)) return;
  const csvKey = await findSlateByIds(tx, slate);
  if (csvKey?.startsWith('csv-')) await rekeySlate(tx, slate.site, csvKey, draftGroupId);
}
