/** The adapter registry: every site answers for every sport and game type, and the site-specific formats. */
import { describe, expect, it } from 'vitest';
import { GAME_TYPES, SITES, SPORTS } from '../core/site-rules.js';
import { normalizeInjuryStatus } from '../core/player-status.js';
import { STAT_KEYS } from '../core/scoring-rules.js';
import { getScoringTable, getSiteRules, isCaptainRow, isCaptainSlot, listSiteAdapters, siteAdapter } from './index.js';

describe('site adapter registry', () => {
  it('when every site is asked, then each has an adapter naming its own site', () => {
    expect(listSiteAdapters().map((a) => a.site)).toEqual([...SITES]);
    for (const site of SITES) expect(siteAdapter(site).site).toBe(site);
  });

  it.each(SITES.flatMap((site) => SPORTS.flatMap((sport) => GAME_TYPES.map((g) => [site, sport, g] as const))))(
    'when %s %s %s is asked, then it has roster rules and a scoring table for its slots', (site, sport, gameType) => {
      const rules = getSiteRules(site, sport, gameType);
      expect(rules).toMatchObject({ site, sport, gameType });
      expect(rules.slots.length).toBeGreaterThan(0);
      expect(rules.uploadSlotNames).toHaveLength(rules.slots.length);
      const table = getScoringTable(site, sport);
      expect(table).toMatchObject({ site, sport });
      expect(Object.keys(table.perStat).length).toBeGreaterThan(0);
      const known = new Set<string>(STAT_KEYS[sport]);
      expect(Object.keys(table.perStat).filter((k) => !known.has(k))).toEqual([]);
      for (const slot of rules.slots.filter((s) => s.pointsMultiplier !== undefined)) {
        expect(table.slotMultipliers[slot.name]).toBe(slot.pointsMultiplier);
      }
    });

  it("when a site's status codes are read, then the one status rule knows every one of them", () => {
    for (const adapter of listSiteAdapters()) {
      expect(adapter.statusCodes.filter((code) => normalizeInjuryStatus(code) === undefined)).toEqual([]);
    }
  });

  it("when a site's showdown captain slot is named, then it is one of the site's captain slots", () => {
    for (const adapter of listSiteAdapters()) {
      for (const sport of SPORTS) {
        const first = getSiteRules(adapter.site, sport, 'showdown').slots[0];
        if (first?.pointsMultiplier !== undefined && ['CPT', 'MVP', 'CAPTAIN'].includes(first.name)) {
          expect(adapter.captainSlots).toContain(first.name);
        }
      }
    }
  });

  it('when upload cells are written, then DK is "Name (id)", FanDuel "id:Name", both the bare id without a name', () => {
    expect(siteAdapter('draftkings').uploadCell('40742296', 'Josh Allen')).toBe('Josh Allen (40742296)');
    expect(siteAdapter('draftkings').uploadCell('40742296', '=HYPERLINK("x")')).toBe('40742296');
    expect(siteAdapter('draftkings').uploadCell('40742296', null)).toBe('40742296');
    expect(siteAdapter('fanduel').uploadCell('124417-138820', 'Josh Allen')).toBe('124417-138820:Josh Allen');
    expect(siteAdapter('fanduel').uploadCell('124417-138820', null)).toBe('124417-138820');
  });

  it('when file names and entry rows are asked, then each site keeps its own layout', () => {
    expect(siteAdapter('draftkings').lineupsFileName(7)).toBe('DKEntries-lineups-7.csv');
    expect(siteAdapter('fanduel').lineupsFileName(7)).toBe('FanDuel-lineups-7.csv');
    expect(siteAdapter('draftkings').entriesFileName(3)).toBe('DKEntries-slate-3.csv');
    expect(siteAdapter('fanduel').entriesFileName(3)).toBe('FanDuel-entries-slate-3.csv');
    const entry = { entryId: 'e1', contestId: 'c1', contestName: 'NFL $5', entryFee: 5 };
    expect(siteAdapter('draftkings').entriesRow(entry, ['x'])).toEqual(['e1', 'NFL $5', 'c1', '$5', 'x']);
    expect(siteAdapter('fanduel').entriesRow(entry, ['x'])).toEqual(['e1', 'c1', 'NFL $5', '5', 'x']);
    expect(siteAdapter('fanduel').personIdOf('124417-138820')).toBe('138820');
    expect(siteAdapter('draftkings').personIdOf('40742296')).toBeNull();
  });
});

describe('isCaptainRow', () => {
  it.each([
    [['CPT'], true], [['MVP'], true], [['CAPTAIN'], true],
    [['FLEX'], false], [['UTIL'], false], [['CPT', 'FLEX'], false], [['MVP', 'STAR', 'PRO', 'UTIL'], false],
    [['STAR'], false], [[], false], [['PG', 'G', 'UTIL'], false],
  ])('when the roster positions are %j, then it is a captain row: %s', (positions, expected) => {
    expect(isCaptainRow(positions)).toBe(expected);
  });

  it('when a slot name is a captain slot of some site, then isCaptainSlot says so', () => {
    expect(['CPT', 'MVP', 'CAPTAIN', 'FLEX', 'STAR'].filter(isCaptainSlot)).toEqual(['CPT', 'MVP', 'CAPTAIN']);
  });
});
