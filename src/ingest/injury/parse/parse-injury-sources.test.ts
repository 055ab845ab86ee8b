import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEspnInjuries } from './parse-espn-injuries.js';
import { parseNflInjuryReport } from './parse-nfl-injury-report.js';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/injury', name), 'utf8');

describe('parseEspnInjuries', () => {
  const { reports, warnings } = parseEspnInjuries(JSON.parse(fixture('espn_site_v2_nfl_injuries_SEMISYNTHETIC_fixture_2026-09-10.json')));

  it('when given the ESPN injuries payload, then every athlete becomes a normalised report in UTC', () => {
    expect(warnings).toEqual([]);
    expect(reports).toHaveLength(3);
    expect(reports[0]).toMatchObject({
      source: 'espn', sourcePlayerId: '4870808', playerName: 'Jeremiyah Love', team: 'ARI', position: 'RB',
      rawStatus: 'Questionable', status: 'questionable',
    });
    expect(reports[0]?.reportedAt.toISOString()).toBe('2026-09-10T20:48:00.000Z');
    expect(reports[0]?.note).toMatch(/warming up/);
    expect(reports[1]).toMatchObject({ playerName: 'Ty Okada', status: 'out', sourcePlayerId: '4361234' });
    // An athlete without links has no ESPN athlete id; the report is still kept.
    expect(reports[2]).toMatchObject({ playerName: 'No Body', sourcePlayerId: null, team: 'MYS' });
  });

  it('skips an entry with an unknown status and names it', () => {
    const body = { injuries: [{ displayName: 'Team', injuries: [{ id: '1', status: 'Mystery', date: '2026-09-10T20:48Z', athlete: { displayName: 'A B' } }] }] };
    const parsed = parseEspnInjuries(body);
    expect(parsed.reports).toEqual([]);
    expect(parsed.warnings[0]).toMatch(/entry 0: unknown status "Mystery" for A B/);
  });

  it('rejects a body that is not an injuries answer', () => {
    expect(() => parseEspnInjuries({ events: [] })).toThrow(/injuries/);
  });
});

describe('parseNflInjuryReport', () => {
  const { reports, warnings } = parseNflInjuryReport(fixture('nflverse_injuries_2025_week11_SYNTHETIC.csv'));

  it('reads game designations, skipping practice-only rows and reporting unknown words by line', () => {
    expect(reports.map((r) => [r.playerName, r.status])).toEqual([
      ['Rashee Rice', 'questionable'], ['Puka Nacua', 'questionable'], ['Davante Adams', 'doubtful'], ['Jaxon Smith-Njigba', 'out'],
    ]);
    expect(warnings).toEqual(['NFL injury report line 7: unknown report_status "Note" for Taylor Brinkmoor']);
  });

  it('keeps GSIS id, raw team, injuries and practice status, and reads date_modified as UTC', () => {
    const jsn = reports[3];
    expect(jsn).toMatchObject({ sourcePlayerId: '00-0038543', team: 'SEA', note: 'Shoulder, Illness - Did Not Participate In Practice' });
    expect(jsn?.reportedAt.toISOString()).toBe('2025-11-14T20:15:00.000Z');
    expect(reports[1]?.team).toBe('LA');
  });

  it('accepts bare CR line endings', () => {
    const cr = fixture('nflverse_injuries_2025_week11_SYNTHETIC.csv').replace(/\n/g, '\r');
    expect(parseNflInjuryReport(cr).reports).toHaveLength(4);
  });

  it('when the season file holds several weeks, then only each team\'s newest week is read (a bye team keeps its last)', () => {
    const multi = parseNflInjuryReport(fixture('nflverse_injuries_2025_weeks10-11_SYNTHETIC.csv'));
    expect(multi.reports.map((r) => [r.team, r.playerName, r.status])).toEqual([
      // IND has no week-11 rows (a bye): its week-10 report is still its newest.
      ['IND', 'Dale Vantreese', 'out'],
      ['KC', 'Rashee Rice', 'questionable'], ['LA', 'Puka Nacua', 'questionable'], ['LA', 'Davante Adams', 'doubtful'],
      ['SEA', 'Jaxon Smith-Njigba', 'out'],
    ]);
    // DEN's week 11 lists Dobbins without a designation: his and Sutton's week-10 designations are not read.
    expect(multi.reports.some((r) => r.team === 'DEN')).toBe(false);
    expect(multi.warnings).toEqual(['NFL injury report line 13: unknown report_status "Note" for Taylor Brinkmoor']);
    // Row order does not matter: the newest week wins wherever it sits in the file.
    const [header, ...lines] = fixture('nflverse_injuries_2025_weeks10-11_SYNTHETIC.csv').trimEnd().split('\n');
    expect(parseNflInjuryReport([header, ...lines.reverse()].join('\n')).reports).toHaveLength(5);
  });

  it('names missing columns', () => {
    expect(() => parseNflInjuryReport('season,team,full_name\n2025,KC,X\n')).toThrow(/missing column\(s\) game_type/);
  });
});
