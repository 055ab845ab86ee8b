import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUploadLineups } from '../../src/optimizer/index.js';
import { runCliCaptured } from '../support/run-cli.js';
import { getSiteRules } from '../../src/sites/index.js';

const fixture = (name: string): string => new URL(`../fixtures/optimizer/${name}`, import.meta.url).pathname;

const cli = runCliCaptured;

describe('sportsdata optimize (no database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'optimize-'));

  it('when a DK showdown salary file, projections and rules are given, then it writes an upload file that parses back and prints JSON', async () => {
    const salaries = fixture('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv');
    const projections = join(dir, 'proj.csv');
    writeFileSync(projections, 'Name,Team,Projection,Ownership\nCade Cunningham,DET,80,25\n');
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ minUnique: 2 }));
    const out = join(dir, 'lineups.csv');

    const { code, stdout, stderr } = await cli(['optimize', '--site', 'draftkings', '--salaries', salaries, '--projections', projections,
      '--rules', rules, '-n', '4', '--out', out, '--workers', '0', '--json']);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { lineups: Array<{ players: Array<{ slot: string; name: string }> }>; gameType: string };
    expect(json.gameType).toBe('showdown');
    expect(json.lineups).toHaveLength(4);
    // 80 points makes Cade the captain of lineup #1 (1.5x).
    expect(json.lineups[0]?.players[0]).toMatchObject({ slot: 'CPT', name: 'Cade Cunningham' });
    const entries = parseUploadLineups(readFileSync(out, 'utf8'), getSiteRules('draftkings', 'NBA', 'showdown'));
    expect(entries).toHaveLength(4);
    expect(entries.every((e) => e.cells.every((c) => c.id !== null))).toBe(true);
  });

  it('when the projections file has bad rows, then they are skipped and reported by line like a web upload (not an abort)', async () => {
    const projections = join(dir, 'messy.csv');
    writeFileSync(projections, 'Name,Team,Projection\nCade Cunningham,DET,80\nJayson Tatum,BOS,N/A\nJaylen Brown,BOS,-3\n');
    const { code, stdout, stderr } = await cli(['optimize', '--site', 'draftkings', '--salaries', fixture('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv'),
      '--projections', projections, '-n', '1', '--workers', '0', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { projections: { rows: number; used: number; skipped: { line: number; reason: string }[]; warnings: string[] } };
    expect(json.projections).toMatchObject({ rows: 3, used: 2, skipped: [{ line: 3, reason: 'projection "N/A" is not a number' }] });
    expect(json.projections.warnings).toContain('line 4: projection -3 is negative (kept as given: check the sign)');
  });

  it('when the rules file is not valid, then it exits non-zero with one line naming the field', async () => {
    const rules = join(dir, 'bad.json');
    writeFileSync(rules, JSON.stringify({ minUnique: 0 }));
    const { code, stderr } = await cli(['optimize', '--site', 'draftkings', '--salaries', fixture('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv'), '--rules', rules, '--workers', '0']);
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/minUnique/);
  });
});
