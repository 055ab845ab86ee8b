import { isGameType, isSite, isSport } from '../core/site-rules.js';
import { getSiteRules } from '../sites/index.js';

/**
 * The test "is this row a captain (CPT / MVP) row?" for one slate: the site rules say whether the game type has
 * captain rows and name the captain slot; a row is one when that slot is its only roster position. The same rule
 * the contest field and the portfolio use. A combination we have no rules for has none.
 */
export function captainRowTest(site: string, sport: string, gameType: string): (rosterPositions: readonly string[]) => boolean {
  if (!isSite(site) || !isSport(sport) || !isGameType(gameType)) return () => false;
  const rules = getSiteRules(site, sport, gameType);
  const captainSlot = rules.slots[0]?.name;
  if (!rules.captainRows || captainSlot === undefined) return () => false;
  return (rosterPositions) => rosterPositions.length === 1 && rosterPositions[0] === captainSlot;
}
