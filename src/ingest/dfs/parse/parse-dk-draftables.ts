import type { GameType, Sport } from '../../../core/site-rules.js';
import { buildPlayerKey } from '../normalize-player-name.js';
import { readStatus, splitSlash } from './cell-values.js';
import { dkDraftablesResponseSchema, type DkDraftable } from './dk-api-schemas.js';
import { dkGameStatus } from './dk-game-status.js';
import { parseDkPayload, parseDkTime } from './parse-dk-payload.js';
import { SalaryFileError } from './salary-file-error.js';
import { SlateBuilder } from './slate-builder.js';
import type { ParsedPlayer, ParsedSlate } from './types.js';

export interface DkDraftablesOptions {
  draftGroupId: number | string;
  sport: Sport;
  gameType: GameType;
  /** Roster slot id → slot name (rules API or DK_DEFAULT_SLOT_NAMES). */
  slotNames: Record<number, string>;
  teamAliases?: ReadonlyMap<string, string>;
}

/**
 * Parses draftgroups/v1/draftgroups/{dg}/draftables into a slate. DK lists a player once per eligible slot, each
 * row with its own draftable id: classic rows of one player collapse into one ParsedPlayer (id of the first row,
 * as DKSalaries.csv shows it; slots in slot-id order), showdown CPT and FLEX rows stay separate like the CSV.
 * Disabled draftables are left out (importSlate takes them off a slate that had them). Games come from `competitions`
 * (all of them, even with no draftables), with DK's state: a postponed game is marked so.
 */
export function parseDkDraftables(body: unknown, options: DkDraftablesOptions): ParsedSlate {
  const data = parseDkPayload(dkDraftablesResponseSchema, body, 'draftables');
  const slate = new SlateBuilder(options.sport, options.teamAliases);
  const fppgId = data.draftStats?.find((s) => s.abbr === 'FPPG')?.id ?? null;
  const battingOrderId = data.playerGameAttributes?.find((a) => /batting order/i.test(a.name ?? ''))?.id ?? null;
  const gamesByCompetition = new Map<number, string>();
  for (const c of data.competitions) {
    const game = slate.addGame(slate.team(c.awayTeam.abbreviation, 'awayTeam', null), slate.team(c.homeTeam.abbreviation, 'homeTeam', null),
      parseDkTime(c.startTime, 'competition startTime'), String(c.competitionId));
    gamesByCompetition.set(c.competitionId, game.gameKey);
    const status = dkGameStatus(c, data.draftables);
    if (status) game.status = status;
    if (status && status !== 'scheduled') slate.warnings.push(`game ${game.gameKey} is ${status}: its kickoff is left as stored`);
  }

  const groups = new Map<string, DkDraftable[]>();
  let disabled = 0;
  for (const d of [...data.draftables].sort((a, b) => a.draftableId - b.draftableId)) {
    if (d.isDisabled) { disabled++; continue; }
    if (options.slotNames[d.rosterSlotId] === undefined) {
      throw new SalaryFileError('BAD_PAYLOAD', `DraftKings draftable ${d.draftableId} (${d.displayName}) has roster slot id ${d.rosterSlotId}, unknown for ${options.sport} ${options.gameType}`);
    }
    // Showdown: every row is its own entry (CPT at 1.5x salary); classic: one entry per player per game.
    const key = options.gameType === 'showdown' ? String(d.draftableId) : (d.playerGameHash ?? `${d.playerId}-${d.competition?.competitionId ?? ''}`);
    const group = groups.get(key);
    if (group) group.push(d); else groups.set(key, [d]);
  }

  for (const rows of groups.values()) {
    const first = rows[0];
    if (!first) continue;
    const team = slate.team(first.teamAbbreviation, `teamAbbreviation of draftable ${first.draftableId}`, null);
    const competitionId = first.competition?.competitionId;
    const gameKey = competitionId === undefined ? null : (gamesByCompetition.get(competitionId) ?? null);
    const game = gameKey === null ? undefined : slate.games.get(gameKey);
    const fppg = fppgId === null ? undefined : first.draftStatAttributes?.find((a) => a.id === fppgId)?.value;
    const order = battingOrderId === null ? undefined : first.playerGameAttributes?.find((a) => a.id === battingOrderId)?.value;
    const slots = [...new Set(rows.map((r) => options.slotNames[r.rosterSlotId] ?? ''))];
    const player: ParsedPlayer = {
      sitePlayerId: String(first.draftableId),
      playerKey: buildPlayerKey(first.displayName, team),
      name: first.displayName.trim(),
      positions: splitSlash(first.position),
      rosterPositions: slots,
      salary: first.salary,
      team,
      opponent: game ? slate.opponent(game, team, null) : null,
      gameKey,
      avgPoints: fppg === undefined || fppg === null || fppg === '-' || Number.isNaN(Number(fppg)) ? null : Number(fppg),
      status: readStatus(first.status ?? ''),
      injuryNote: null,
      battingOrder: order && Number(order) > 0 ? Number(order) : null,
      isProbablePitcher: null,
    };
    slate.addPlayer(player, null);
  }
  if (disabled > 0) slate.warnings.push(`${disabled} disabled draftables left out`);
  return {
    site: 'draftkings', sport: options.sport, gameType: options.gameType, siteSlateId: String(options.draftGroupId),
    games: [...slate.games.values()], players: slate.players, warnings: slate.warnings,
  };
}
