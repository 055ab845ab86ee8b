import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../../test/optimizer/support/generate-slate.js';
import { optimizeLineups } from '../optimize-lineups.js';
import { parseOptimizerRules } from '../rules-schema.js';
import type { Lineup } from '../types.js';
import { exportLineupsCsv, uploadCell } from './export-lineups-csv.js';
import { parseUploadCell, parseUploadLineups } from './parse-upload-lineups.js';
import { getSiteRules } from '../../sites/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/optimizer/${name}`, import.meta.url), 'utf8');
const ids = (l: Lineup): string[] => l.slots.map((s) => s.player.id);

async function lineupsFor(site: 'draftkings' | 'fanduel', sport: 'NFL' | 'NBA', gameType: 'classic' | 'showdown', n: number): Promise<Lineup[]> {
  const rules = getSiteRules(site, sport, gameType);
  const { lineups } = await optimizeLineups(generateSlate(rules, { seed: 3 }), rules, parseOptimizerRules({ lineups: n }));
  return lineups;
}

describe('upload export round trip', () => {
  it('when DK NFL lineups fill the real DKEntries file, then entry columns and the player list are kept and ids parse back', async () => {
    const rules = getSiteRules('draftkings', 'NFL', 'classic');
    const template = fixture('dk_nfl_classic_2025-11-16_DKEntries_upload_template.csv');
    const lineups = await lineupsFor('draftkings', 'NFL', 'classic', 3);
    const entriesBefore = parseUploadLineups(template, rules);

    const { csv, written, unfilledEntries } = exportLineupsCsv(lineups, rules, template);

    const entries = parseUploadLineups(csv, rules);
    expect(written).toBe(3);
    expect(unfilledEntries).toBe(entriesBefore.length - 3);
    expect(entries.map((e) => e.entryId)).toEqual(entriesBefore.map((e) => e.entryId));
    expect(entries.slice(0, 3).map((e) => e.cells.map((c) => c.id))).toEqual(lineups.map(ids));
    expect(entries[3]?.cells).toEqual(entriesBefore[3]?.cells);
    expect(csv).toContain('Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame');
  });

  it('when DK showdown lineups fill the real showdown DKEntries file, then CPT and UTIL ids round-trip', async () => {
    const rules = getSiteRules('draftkings', 'NBA', 'showdown');
    const lineups = await lineupsFor('draftkings', 'NBA', 'showdown', 2);
    const { csv } = exportLineupsCsv(lineups, rules, fixture('dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv'));
    expect(parseUploadLineups(csv, rules).slice(0, 2).map((e) => e.cells.map((c) => c.id))).toEqual(lineups.map(ids));
  });

  it('when FanDuel lineups fill the real entries template, then every field stays quoted and "id:name" cells parse back', async () => {
    const rules = getSiteRules('fanduel', 'NFL', 'classic');
    const lineups = await lineupsFor('fanduel', 'NFL', 'classic', 2);
    const { csv } = exportLineupsCsv(lineups, rules, fixture('fd_nfl_2026-10-04_FanDuel-NFL-2026-10-04-134747-entries-upload-template_TRIMMED.csv'));
    const entries = parseUploadLineups(csv, rules);
    expect(entries[0]?.entryId).toBe('3736988188');
    expect(entries.slice(0, 2).map((e) => e.cells.map((c) => c.id))).toEqual(lineups.map(ids));
    expect(csv.split('\n')[1]).toMatch(/^"3736988188","134747-280845235",/);
    expect(entries[0]?.cells[0]?.name).toBe(lineups[0]?.slots[0]?.player.name);
  });

  it('when FanDuel single-game lineups fill an entries file, then MVP and AnyFLEX ids parse back to the same players', async () => {
    // No FanDuel single-game template is stored: its slot header is built from the site rules' upload names, the
    // entry columns and quoting from the real classic template above.
    const rules = getSiteRules('fanduel', 'NFL', 'showdown');
    expect(rules.uploadSlotNames).toEqual(['MVP - 1.5X Points', 'AnyFLEX', 'AnyFLEX', 'AnyFLEX', 'AnyFLEX']);
    const template = [
      `entry_id,contest_id,contest_name,entry_fee,${rules.uploadSlotNames.join(',')},"","Instructions"`,
      ...[0, 1, 2].map((k) => `"${3736988188 + k}","134747-280845235","$5 Single Game","0.05","","","","","","","${k === 0 ? '1) Edit your lineup' : ''}"`),
    ].join('\n');
    const lineups = await lineupsFor('fanduel', 'NFL', 'showdown', 2);

    const { csv, written, unfilledEntries } = exportLineupsCsv(lineups, rules, template);

    expect([written, unfilledEntries]).toEqual([2, 1]);
    const entries = parseUploadLineups(csv, rules);
    expect(entries.map((e) => e.entryId)).toEqual(['3736988188', '3736988189', '3736988190']);
    expect(entries.slice(0, 2).map((e) => e.cells.map((c) => c.id))).toEqual(lineups.map(ids));
    lineups.forEach((l, i) => {
      expect(l.slots[0]?.slot).toBe('MVP');
      expect(entries[i]?.cells[0]).toMatchObject({ slot: 'MVP - 1.5X Points', id: l.slots[0]?.player.id, name: l.slots[0]?.player.name });
    });
    expect(csv.split('\n')[1]).toMatch(/^"3736988188","134747-280845235",/);

    const plain = exportLineupsCsv(lineups, rules).csv;
    expect(plain.split('\n')[0]).toBe('MVP - 1.5X Points,AnyFLEX,AnyFLEX,AnyFLEX,AnyFLEX');
    expect(parseUploadLineups(plain, rules).map((e) => e.cells.map((c) => c.id))).toEqual(lineups.map(ids));
  });

  it('when no template is given, then a new-lineup upload (header + one row per lineup) round-trips', async () => {
    const rules = getSiteRules('draftkings', 'NBA', 'classic');
    const lineups = await lineupsFor('draftkings', 'NBA', 'classic', 3);
    const { csv } = exportLineupsCsv(lineups, rules);
    expect(csv.split('\n')[0]).toBe('PG,SG,SF,PF,C,G,F,UTIL');
    expect(parseUploadLineups(csv, rules).map((e) => e.cells.map((c) => c.id))).toEqual(lineups.map(ids));
  });

  it('when a template is for another game type, then the error says so', () => {
    const rules = getSiteRules('draftkings', 'NFL', 'classic');
    expect(() => exportLineupsCsv([], rules, fixture('dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv'))).toThrow(/no header with the slot columns QB,RB/);
  });
});

describe('parseUploadCell', () => {
  it.each([
    ['J.J. McCarthy (40742296)', '40742296', 'J.J. McCarthy', false],
    ['Jaylen Brown(21458221)', '21458221', 'Jaylen Brown', false],
    ['6482773', '6482773', null, false],
    ['134747-129458:Jaxon Smith-Njigba', '134747-129458', 'Jaxon Smith-Njigba', false],
    ['Josh Allen (25323137) (LOCKED)', '25323137', 'Josh Allen', true],
  ])('when the cell is %s, then it reads id %s', (raw, id, name, locked) => {
    expect(parseUploadCell('QB', raw)).toEqual({ slot: 'QB', id, name, locked });
  });

  it('when the cell is not a player, then the error names the slot', () => {
    expect(() => parseUploadCell('FLEX', 'Josh Allen')).toThrow(/slot FLEX: "Josh Allen"/);
  });
});

describe('formula-like names in upload files (issue 18 item 9)', () => {
  it('when a DraftKings name starts with =, +, - or @, then the cell is the bare id (a format DK accepts); FanDuel cells start with the id', () => {
    for (const name of ['=cmd|"/c calc"!A1', '+SUM(1,2)', '-2+3', '@SUM(A1)']) {
      expect(uploadCell('draftkings', '40742354', name)).toBe('40742354');
      expect(uploadCell('fanduel', '123-456', name)).toBe(`123-456:${name}`);
    }
    expect(uploadCell('draftkings', '40742354', 'Christian McCaffrey')).toBe('Christian McCaffrey (40742354)');
    expect(parseUploadCell('QB', '40742354')).toMatchObject({ id: '40742354' });
  });
});
