/**
 * Box scores scored by the platform. When nflverse weekly stats are scored with the DraftKings table, then every
 * row equals an independent computation from nflverse's own fantasy_points_ppr (DK's bonuses added, DK's -1 for an
 * interception or lost fumble instead of -2); when they are imported, then the stored 2022 slates (week 3 classic,
 * week 5 showdown) get those points (a captain 1.5x), and a re-import changes nothing. ESPN and MLB payloads are
 * checked against independent numbers from the same game.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DK_DEFAULT_SLOT_NAMES, importSlate, parseDkDraftables } from '../../src/ingest/dfs/index.js';
import { importStatLines, parseStatsFile, scoreStats } from '../../src/results/index.js';
import { createSlate, createSlatePlayer, createTeam } from '../factories.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { getScoringTable } from '../../src/sites/index.js';

const fixtures = join(import.meta.dirname, '../fixtures');
const read = (path: string): Buffer => readFileSync(join(fixtures, path));
const NFL_FILE = 'results/nfl_2022_weeks01-10_player_stats.csv';
const DK_NFL = getScoringTable('draftkings', 'NFL');
const DK_NBA = getScoringTable('draftkings', 'NBA');

type Row = Record<string, string>;
const num = (r: Row, k: string): number => Number(r[k] || 0);
/** DraftKings points from nflverse's own PPR total: add DK's bonuses, and give back one point per INT and lost fumble. */
function dkFromPpr(r: Row): number {
  const bonuses = (num(r, 'passing_yards') >= 300 ? 3 : 0) + (num(r, 'rushing_yards') >= 100 ? 3 : 0) + (num(r, 'receiving_yards') >= 100 ? 3 : 0);
  const fumblesLost = num(r, 'sack_fumbles_lost') + num(r, 'rushing_fumbles_lost') + num(r, 'receiving_fumbles_lost');
  return num(r, 'fantasy_points_ppr') + bonuses + num(r, 'interceptions') + fumblesLost;
}

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

describe('nflverse weekly stats → DraftKings points', () => {
  const rows = parse(read(NFL_FILE), { columns: true }) as Row[];
  const parsed = parseStatsFile('nflverse', read(NFL_FILE));

  it('parses all 2,971 rows and each scores what nflverse\'s fantasy_points_ppr says, adjusted for DK (within 0.02)', () => {
    expect(parsed.lines).toHaveLength(2971);
    expect(parsed.skipped).toEqual([]);
    const off = parsed.lines.map((l, i) => ({ name: l.playerName, ours: scoreStats(l.stats, DK_NFL), theirs: dkFromPpr(rows[i] as Row) }))
      .filter((x) => Math.abs(x.ours - x.theirs) > 0.02);
    expect(off).toEqual([]);
  });

  it('imports into the week 3 classic and week 5 showdown slates; a captain scores 1.5x; again → nothing changes', async () => {
    const classic = parseDkDraftables(JSON.parse(read('dfs/dk_api_draftables_dg74625_nfl_classic_2022-09-25_TRIMMED_2of13games.json').toString()),
      { draftGroupId: 74625, sport: 'NFL', gameType: 'classic', slotNames: DK_DEFAULT_SLOT_NAMES.NFL.classic ?? {} });
    const showdown = parseDkDraftables(JSON.parse(read('dfs/dk_api_draftables_dg75284_nfl_showdown_CIN-BAL_2022-10-09_minified.json').toString()),
      { draftGroupId: 75284, sport: 'NFL', gameType: 'showdown', slotNames: DK_DEFAULT_SLOT_NAMES.NFL.showdown ?? {} });
    const week3 = (await importSlate(t.db, classic, { source: 'api', name: 'dg74625' })).slateId;
    const week5 = (await importSlate(t.db, showdown, { source: 'api', name: 'dg75284' })).slateId;

    const report = await importStatLines(t.db, parsed);
    expect(report.statLines).toBe(2971);
    expect(report.slates.map((s) => s.slateId).sort()).toEqual([week3, week5].sort());
    expect(await t.db.playerGameStat.count({ where: { source: 'nflverse' } })).toBe(2971);

    const expected = (name: string, week: string): number => dkFromPpr(rows.find((r) => r.player_display_name === name && r.week === week) as Row);
    const taylor = await t.db.slatePlayerResult.findFirstOrThrow({ where: { slateId: week3, slatePlayer: { name: 'Jonathan Taylor' } }, include: { statLine: true } });
    expect(taylor).toMatchObject({ played: true, pointsSource: 'stats:nflverse' });
    expect(taylor.actualPoints).toBeCloseTo(expected('Jonathan Taylor', '3'), 2);
    expect(taylor.statLine).toMatchObject({ week: 3, season: 2022, teamCode: 'IND' });
    const lamar = await t.db.slatePlayerResult.findMany({ where: { slateId: week5, slatePlayer: { name: 'Lamar Jackson' } }, include: { slatePlayer: true } });
    const byRow = Object.fromEntries(lamar.map((r) => [r.slatePlayer.rosterPositions[0], r.actualPoints]));
    expect(byRow.FLEX).toBeCloseTo(expected('Lamar Jackson', '5'), 2);
    expect(byRow.CPT).toBeCloseTo(Math.round(expected('Lamar Jackson', '5') * 1.5 * 100) / 100, 2);
    // Covered offensive players with no line did not play; defenses and kickers are not covered by nflverse.
    const dst = await t.db.slatePlayerResult.count({ where: { slateId: week3, slatePlayer: { positions: { has: 'DST' } } } });
    expect(dst).toBe(0);
    const week3Sum = report.slates.find((s) => s.slateId === week3);
    expect(week3Sum?.scored).toBeGreaterThan(20);

    const statsBefore = await t.db.playerGameStat.findMany({ orderBy: { id: 'asc' } });
    const resultsBefore = await t.db.slatePlayerResult.findMany({ orderBy: { slatePlayerId: 'asc' } });
    await importStatLines(t.db, parseStatsFile('nflverse', read(NFL_FILE)));
    expect(await t.db.playerGameStat.findMany({ orderBy: { id: 'asc' } })).toEqual(statsBefore);
    expect(await t.db.slatePlayerResult.findMany({ orderBy: { slatePlayerId: 'asc' } })).toEqual(resultsBefore);
  }, 60_000);

  it('a corrected stat updates the line and the score', async () => {
    const text = read(NFL_FILE).toString('utf8');
    const taylorLine = text.split('\n').find((l) => l.includes('Jonathan Taylor') && /,2022,3,REG,/.test(l)) as string;
    const cells = parse(taylorLine) as string[][];
    const header = (parse(text.split('\n')[0] as string) as string[][])[0] as string[];
    const row = cells[0] as string[];
    const yards = header.indexOf('rushing_yards');
    row[yards] = String(Number(row[yards]) + 10);
    const fixed = text.replace(taylorLine, row.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
    const before = await t.db.slatePlayerResult.findFirstOrThrow({ where: { slatePlayer: { name: 'Jonathan Taylor' } } });
    await importStatLines(t.db, parseStatsFile('nflverse', Buffer.from(fixed)));
    const after = await t.db.slatePlayerResult.findFirstOrThrow({ where: { slatePlayer: { name: 'Jonathan Taylor' } }, include: { statLine: true } });
    expect(after.actualPoints).toBeCloseTo(before.actualPoints + 1, 2);
    expect((after.statLine?.stats as Record<string, number>).rushYards).toBe(Number(row[yards]));
  });
});

describe('FanDuel NFL and the 2024 nflverse layout', () => {
  it('FanDuel points equal nflverse\'s standard fantasy_points plus half a point per catch and one back per INT (FD: -1 INT, -2 lost fumble)', () => {
    const rows = parse(read(NFL_FILE), { columns: true }) as Row[];
    const fd = getScoringTable('fanduel', 'NFL');
    const off = parseStatsFile('nflverse', read(NFL_FILE)).lines
      .map((l, i) => ({ name: l.playerName, ours: scoreStats(l.stats, fd), theirs: num(rows[i] as Row, 'fantasy_points') + 0.5 * num(rows[i] as Row, 'receptions') + num(rows[i] as Row, 'interceptions') }))
      .filter((x) => Math.abs(x.ours - x.theirs) > 0.02);
    expect(off).toEqual([]);
  });

  it('the 2024 file (with opponent_team) parses all 619 rows with opponents, and DK scoring matches its PPR the same way', () => {
    const file = 'gamelogs/nflverse_player_stats_weekly_2024_weeks1-2_TRIMMED.csv';
    const rows = parse(read(file), { columns: true }) as Row[];
    const parsed = parseStatsFile('nflverse', read(file));
    expect(parsed.lines).toHaveLength(619);
    expect(parsed.lines[0]).toMatchObject({ playerName: 'Aaron Rodgers', team: 'NYJ', opponent: 'SF', season: 2024, week: 1 });
    expect(parsed.lines.filter((l, i) => Math.abs(scoreStats(l.stats, DK_NFL) - dkFromPpr(rows[i] as Row)) > 0.02)).toEqual([]);
  });
});

describe('ESPN box score (NBA game 401809510, BOS at ORL)', () => {
  const derived = parse(read('gamelogs/espn_nba_boxscore_players_401809510_derived.csv'), { columns: true }) as Row[];
  const parsed = parseStatsFile('espn', read('gamelogs/espn_nba_gamepackage_boxscore_401809510.json'));

  it('every athlete scores what the scraper\'s own derived table gives, with DK\'s double-double and triple-double bonuses', () => {
    expect(parsed.lines).toHaveLength(derived.length);
    for (const r of derived) {
      const line = parsed.lines.find((l) => l.sourcePlayerId === r.playerId);
      const played = r.min !== '' && r.min !== undefined;
      const cats = ['pts', 'reb', 'ast', 'blk', 'stl'].filter((k) => num(r, k) >= 10).length;
      const dk = num(r, 'pts') + 0.5 * Number((r['3pt'] ?? '0-0').split('-')[0] || 0) + 1.25 * num(r, 'reb') + 1.5 * num(r, 'ast') + 2 * num(r, 'stl')
        + 2 * num(r, 'blk') - 0.5 * num(r, 'to') + (cats >= 2 ? 1.5 : 0) + (cats >= 3 ? 3 : 0);
      expect({ name: r.playerName, played: line?.played, points: scoreStats(line?.stats ?? {}, DK_NBA) })
        .toEqual({ name: r.playerName, played, points: Math.round(dk * 100) / 100 });
    }
  });

  it('imports into a slate holding that game: players scored, a listed DNP and an unlisted player get 0 and played=false', async () => {
    const slate = await createSlate(t.db, { sport: 'NBA' });
    const [bos, orl] = [await createTeam(t.db, { sport: 'NBA', code: 'BOS' }), await createTeam(t.db, { sport: 'NBA', code: 'ORL' })];
    const sport = await t.db.sport.findUniqueOrThrow({ where: { code: 'NBA' } });
    const game = await t.db.game.create({ data: { sportId: sport.id, homeTeamId: orl.id, awayTeamId: bos.id, startsAt: new Date('2025-11-08T00:00:00Z') } });
    const add = (name: string, teamId: number) => createSlatePlayer(t.db, slate, { name, teamId, gameId: game.id, positions: ['SF'], rosterPositions: ['SF', 'F', 'UTIL'] });
    const brown = await add('Jaylen Brown', bos.id);
    const boucher = await add('Chris Boucher', bos.id);
    const absent = await add('Somebody Notlisted', orl.id);
    const report = await importStatLines(t.db, parsed);
    expect(report.slates).toEqual([expect.objectContaining({ slateId: slate.id, scored: 2, didNotPlay: 1 })]);
    expect(report.slates[0]?.unmatched).toHaveLength(parsed.lines.length - 2);
    const result = async (id: number) => t.db.slatePlayerResult.findUniqueOrThrow({ where: { slatePlayerId: id } });
    const jb = derived.find((r) => r.playerName === 'Jaylen Brown') as Row;
    expect(await result(brown.id)).toMatchObject({ played: true, actualPoints: scoreStats(parsed.lines.find((l) => l.sourcePlayerId === jb.playerId)?.stats ?? {}, DK_NBA) });
    expect(await result(boucher.id)).toMatchObject({ played: false, actualPoints: 0 });
    expect(await result(absent.id)).toMatchObject({ played: false, actualPoints: 0, statLineId: null });
  });
});

describe('MLB Stats API game log (Mike Trout, 2025)', () => {
  it('parses one line per game, and a game scores DK points computed from its raw counts', async () => {
    const payload = JSON.parse(read('gamelogs/mlb_statsapi_people_stats_gamelog_hitting_trout_2025.json').toString()) as { stats: { splits: { date: string; stat: Record<string, number>; game: { gamePk: number } }[] }[] };
    const parsed = parseStatsFile('mlb', read('gamelogs/mlb_statsapi_people_stats_gamelog_hitting_trout_2025.json'));
    const splits = payload.stats[0]?.splits ?? [];
    expect(parsed.lines).toHaveLength(new Set(splits.map((s) => s.game.gamePk)).size);
    const table = getScoringTable('draftkings', 'MLB');
    for (const s of splits.slice(0, 20)) {
      const st = s.stat;
      const singles = st.hits! - st.doubles! - st.triples! - st.homeRuns!;
      const dk = 3 * singles + 5 * st.doubles! + 8 * st.triples! + 10 * st.homeRuns! + 2 * (st.rbi! + st.runs! + st.baseOnBalls! + st.hitByPitch!) + 5 * st.stolenBases!;
      const line = parsed.lines.find((l) => l.sourceGameId === String(s.game.gamePk));
      expect(scoreStats(line?.stats ?? {}, table)).toBeCloseTo(dk, 6);
    }
    const slate = await createSlate(t.db, { sport: 'MLB' });
    const [laa, cws] = [await createTeam(t.db, { sport: 'MLB', code: 'LAA' }), await createTeam(t.db, { sport: 'MLB', code: 'CWS' })];
    const sport = await t.db.sport.findUniqueOrThrow({ where: { code: 'MLB' } });
    const game = await t.db.game.create({ data: { sportId: sport.id, homeTeamId: cws.id, awayTeamId: laa.id, startsAt: new Date('2025-03-27T20:10:00Z') } });
    const trout = await createSlatePlayer(t.db, slate, { name: 'Mike Trout', teamId: laa.id, gameId: game.id, positions: ['OF'], rosterPositions: ['OF'] });
    const report = await importStatLines(t.db, parsed);
    expect(report.slates).toEqual([expect.objectContaining({ slateId: slate.id, scored: 1, didNotPlay: 0 })]);
    // 2025-03-27: 0-2, a walk and a hit by pitch → 4 DK points.
    expect(await t.db.slatePlayerResult.findUniqueOrThrow({ where: { slatePlayerId: trout.id } })).toMatchObject({ actualPoints: 4, played: true, pointsSource: 'stats:mlb' });
  });
});
