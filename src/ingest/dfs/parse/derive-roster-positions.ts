import type { SiteRules } from '../../../core/site-rules.js';

/**
 * Slots a player may fill, for files that do not list them (legacy DK exports, FanDuel MLB): every slot of the
 * site's rules whose eligible positions include one of the player's, in slot order, without repeats.
 * DK MLB "SP" → ['P']; FanDuel MLB "C" → ['C/1B', 'UTIL'].
 */
export function deriveRosterPositions(positions: readonly string[], rules: SiteRules): string[] {
  const names: string[] = [];
  for (const slot of rules.slots) {
    if (slot.eligible.some((p) => positions.includes(p)) && !names.includes(slot.name)) names.push(slot.name);
  }
  return names;
}
