import type { DkCompetition, DkDraftable } from './dk-api-schemas.js';
import type { GameStatus } from './types.js';

/**
 * A DK competition's status: its competitionState when it names one ("Postponed", "Cancelled", "Suspended"), else
 * postponed when DK disabled every draftable of the game and an alert of theirs says so. Null when DK says nothing
 * decisive, so a stored status is left as it is; a state of a game on the board ("Upcoming", "InProgress", ...)
 * is scheduled (a postponed game DK puts back on the board is scheduled again).
 */
export function dkGameStatus(competition: DkCompetition, draftables: readonly DkDraftable[]): GameStatus | null {
  const state = competition.competitionState ?? '';
  if (/postpon/i.test(state)) return 'postponed';
  if (/cancel/i.test(state)) return 'cancelled';
  if (/suspend/i.test(state)) return 'suspended';
  const own = draftables.filter((d) => d.competition?.competitionId === competition.competitionId);
  if (own.length > 0 && own.every((d) => d.isDisabled) && own.some((d) => /postpon/i.test(JSON.stringify(d.draftAlerts ?? [])))) return 'postponed';
  return /^(upcoming|pregame|scheduled|inprogress|live)$/i.test(state) ? 'scheduled' : null;
}
