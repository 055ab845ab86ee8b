/** The scoring tables agree with the roster rules' slot multipliers and cover every site x sport. */
import { describe, expect, it } from 'vitest';
import { STAT_KEYS } from '../core/scoring-rules.js';
import { SITES, SPORTS } from '../core/site-rules.js';
import { getScoringTable, listScoringTables, listSiteRules } from './index.js';

describe('scoring tables', () => {
  it('exist for every site and sport, and score only known stat keys', () => {
    for (const site of SITES) for (const sport of SPORTS) {
      const table = getScoringTable(site, sport);
      const known = new Set<string>(STAT_KEYS[sport]);
      expect(Object.keys(table.perStat).filter((k) => !known.has(k))).toEqual([]);
      expect(table.bonuses.flatMap((b) => b.stats).filter((k) => !known.has(k))).toEqual([]);
    }
    expect(listScoringTables()).toHaveLength(SITES.length * SPORTS.length);
  });

  it('a captain/MVP slot multiplies points as the roster rules say', () => {
    for (const rules of listSiteRules()) {
      const table = getScoringTable(rules.site, rules.sport);
      for (const slot of rules.slots.filter((s) => s.pointsMultiplier !== undefined)) {
        expect({ site: rules.site, sport: rules.sport, slot: slot.name, x: table.slotMultipliers[slot.name] })
          .toEqual({ site: rules.site, sport: rules.sport, slot: slot.name, x: slot.pointsMultiplier });
      }
    }
  });
});
