import type { GameType, Sport } from '../../../core/site-rules.js';
import type { DkRulesResponse } from './dk-api-schemas.js';

/**
 * DraftKings roster slot ids as seen in draftables (checked against the rules API, lineups/v1/gametypes/{id}/rules).
 * Used when the rules endpoint was not fetched; a rules response always wins (see slotNamesFromRules).
 */
export const DK_DEFAULT_SLOT_NAMES: Record<Sport, Partial<Record<GameType, Record<number, string>>>> = {
  NFL: {
    classic: { 66: 'QB', 67: 'RB', 68: 'WR', 69: 'TE', 70: 'FLEX', 71: 'DST' },
    showdown: { 511: 'CPT', 512: 'FLEX' },
  },
  NBA: {
    classic: { 458: 'PG', 459: 'SG', 460: 'SF', 461: 'PF', 462: 'C', 463: 'F', 464: 'G', 465: 'UTIL' },
    showdown: { 476: 'CPT', 475: 'UTIL' },
  },
  NHL: { classic: { 77: 'C', 78: 'W', 79: 'D', 80: 'G', 81: 'UTIL' } },
  MLB: {},
};

/** Slot id → name from a rules response ("lineupTemplate"). */
export function slotNamesFromRules(rules: DkRulesResponse): Record<number, string> {
  const names: Record<number, string> = {};
  for (const entry of rules.lineupTemplate) names[entry.rosterSlot.id] = entry.rosterSlot.name;
  return names;
}

/**
 * Our game type for a DK game type name: "Classic" and "Showdown Captain Mode" are the formats the platform models;
 * Tiers, Superflex, Madden, In-Game Showdown, Best Ball and the like return null (skipped, with the name reported).
 */
export function classifyDkGameType(name: string, draftType?: string | null): GameType | null {
  if (draftType && draftType !== 'SalaryCap') return null;
  if (name === 'Classic') return 'classic';
  if (name === 'Showdown Captain Mode') return 'showdown';
  return null;
}
