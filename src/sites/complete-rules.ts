import type { GameType, Site, SiteRules, Sport } from '../core/site-rules.js';
import type { RulesBody } from './roster-positions.js';

/**
 * One site's rules body as the SiteRules every module reads: a fresh copy (callers may mutate it) with the upload
 * column names defaulting to the slot names.
 */
export function completeRules(site: Site, sport: Sport, gameType: GameType, body: RulesBody): SiteRules {
  const slots = body.slots.map((s) => ({ ...s, eligible: [...s.eligible] }));
  return { ...body, site, sport, gameType, slots, uploadSlotNames: body.uploadSlotNames ? [...body.uploadSlotNames] : slots.map((s) => s.name) };
}
