import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UnknownSiteRulesError } from '../core/site-rules.js';
import { getSiteRules, listSiteRules } from './index.js';

const FIXTURES = new URL('../../test/fixtures/optimizer/', import.meta.url);

const DkRulesSchema = z.object({
  salaryCap: z.object({ maxValue: z.number() }),
  gameCount: z.object({ isEnabled: z.boolean(), minValue: z.number().nullable() }),
  teamCount: z.object({ isEnabled: z.boolean(), minValue: z.number().nullable() }),
  lineupTemplate: z.array(z.object({ rosterSlot: z.object({ name: z.string() }), order: z.number() })),
});

function readDkRules(gameTypeId: number): z.infer<typeof DkRulesSchema> {
  return DkRulesSchema.parse(JSON.parse(readFileSync(new URL(`dk_api_rules_gametype${gameTypeId}.json`, FIXTURES), 'utf8')));
}

/** Slot columns of a DKEntries / upload template header: between "Entry Fee" and the blank column. */
function uploadHeaderSlots(file: string, firstSlotIndex: number): string[] {
  const header = readFileSync(new URL(file, FIXTURES), 'utf8').split(/\r\n|\n|\r/)[0] ?? '';
  const cells = header.split(',').map((c) => c.replace(/^"|"$/g, ''));
  const end = cells.indexOf('', firstSlotIndex);
  return cells.slice(firstSlotIndex, end);
}

describe('getSiteRules', () => {
  it.each([
    [1, 'NFL', 'classic'],
    [70, 'NBA', 'classic'],
    [81, 'NBA', 'showdown'],
    [96, 'NFL', 'showdown'],
  ] as const)('when DK game type %i is compared, then %s %s matches cap, slots, games and teams', (id, sport, gameType) => {
    const dk = readDkRules(id);
    const rules = getSiteRules('draftkings', sport, gameType);
    const dkSlots = [...dk.lineupTemplate].sort((a, b) => a.order - b.order).map((t) => t.rosterSlot.name);

    expect(rules.salaryCap).toBe(dk.salaryCap.maxValue);
    expect(rules.slots.map((s) => s.name)).toEqual(dkSlots);
    expect(rules.uploadSlotNames).toEqual(dkSlots);
    expect(rules.minGames).toBe(dk.gameCount.isEnabled ? dk.gameCount.minValue : 1);
    expect(rules.minTeams).toBe(dk.teamCount.isEnabled ? dk.teamCount.minValue : null);
  });

  it.each([
    ['dk_nfl_classic_2025-11-16_DKEntries_upload_template.csv', 'draftkings', 'NFL', 'classic', 4],
    ['dk_nba_classic_2025-11-13_DKEntries_upload_template.csv', 'draftkings', 'NBA', 'classic', 4],
    ['dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv', 'draftkings', 'NBA', 'showdown', 4],
    ['dk_mlb_classic_2016-04_LEGACY_new_lineup_upload_template.csv', 'draftkings', 'MLB', 'classic', 0],
    ['fd_nfl_2026-10-04_FanDuel-NFL-2026-10-04-134747-entries-upload-template_TRIMMED.csv', 'fanduel', 'NFL', 'classic', 4],
  ] as const)('when the upload header of %s is read, then its slot columns are the upload slot names', (file, site, sport, gameType, first) => {
    expect(getSiteRules(site, sport, gameType).uploadSlotNames).toEqual(uploadHeaderSlots(file, first));
  });

  it('when DK showdown is asked for, then the captain has a 1.5x points multiplier and no salary multiplier', () => {
    const cpt = getSiteRules('draftkings', 'NFL', 'showdown').slots[0];
    expect(cpt).toMatchObject({ name: 'CPT', pointsMultiplier: 1.5 });
    expect(cpt?.salaryMultiplier).toBeUndefined();
  });

  it('when every combination is listed, then each has 16 entries with one upload name per slot and positive cap', () => {
    const all = listSiteRules();
    expect(all).toHaveLength(16);
    for (const r of all) {
      expect(r.uploadSlotNames).toHaveLength(r.slots.length);
      expect(r.salaryCap).toBeGreaterThan(0);
      for (const s of r.slots) expect(s.eligible.length).toBeGreaterThan(0);
    }
  });

  it('when the caller mutates the returned rules, then the table is unchanged', () => {
    getSiteRules('draftkings', 'NFL', 'classic').slots[0]?.eligible.push('K');
    expect(getSiteRules('draftkings', 'NFL', 'classic').slots[0]?.eligible).toEqual(['QB']);
  });

  it('when the combination is unknown, then the error names it', () => {
    expect(() => getSiteRules('yahoo', 'NFL', 'classic')).toThrow(UnknownSiteRulesError);
    expect(() => getSiteRules('draftkings', 'PGA', 'classic')).toThrow(/"draftkings", sport "PGA", game type "classic"/);
  });
});
