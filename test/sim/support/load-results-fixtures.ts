import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** One slate row with its outcome, from the fixture salary + results files. */
export interface FixtureSlateRow {
  /** Canonical person key across dates (name: the fixture IDs are per date). */
  playerKey: string;
  name: string;
  team: string;
  opponent: string | null;
  gameKey: string | null;
  positions: string[];
  salary: number;
  siteAverage: number;
  actual: number;
  played: boolean;
  /** LineStar's pre-lock StartingStatus read as a site status: 4 (out) → 'O', else null. */
  status: string | null;
}

/** One date's slate. */
export interface FixtureSlate {
  date: string;
  rows: FixtureSlateRow[];
}

const DIR = fileURLToPath(new URL('../../fixtures/results/', import.meta.url));

/** Path of a file in test/fixtures/results. */
export function resultsFixture(name: string): string {
  return `${DIR}${name}`;
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(resultsFixture(file), 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/** The DraftKings NBA dates of test/fixtures/results (salaries joined to results by ID), oldest first. */
export function loadNbaFixtureSlates(): FixtureSlate[] {
  const dates = readdirSync(DIR)
    .map((f) => /^nba_dk_(\d{4}-\d{2}-\d{2})_results\.csv$/.exec(f)?.[1])
    .filter((d): d is string => d !== undefined)
    .sort();
  return dates.map((date) => {
    const results = new Map(readCsv(`nba_dk_${date}_results.csv`).map((r) => [r.ID!, r]));
    const rows = readCsv(`nba_dk_${date}_salaries.csv`).map((s): FixtureSlateRow => {
      const r = results.get(s.ID!);
      if (!r) throw new Error(`nba_dk_${date}_results.csv: no row for ID ${s.ID}`);
      const match = /^(\w+)@(\w+)/.exec(s['Game Info'] ?? '');
      const team = s.TeamAbbrev!;
      return {
        playerKey: s.Name!,
        name: s.Name!,
        team,
        opponent: match ? (match[1] === team ? match[2]! : match[1]!) : null,
        gameKey: match ? `${match[1]}@${match[2]}` : null,
        positions: s.Position!.split('/'),
        salary: Number(s.Salary),
        siteAverage: Number(s.AvgPointsPerGame),
        actual: Number(r.FPTS),
        played: r.Played === '1',
        status: r.Status === '4' ? 'O' : null,
      };
    });
    return { date, rows };
  });
}

/** One nflverse weekly row scored to DraftKings classic points. */
export interface NflverseWeek {
  playerId: string;
  name: string;
  position: string;
  team: string;
  week: number;
  points: number;
}

const num = (v: string | undefined): number => (v === undefined || v === '' || v === 'NA' ? 0 : Number(v));

/**
 * nflverse 2022 weeks 1-10 scored with DraftKings' NFL classic table (the SOURCES.md recipe: 0.04/pass yard,
 * 4/pass TD, -1/INT, 0.1/rush or receiving yard, 6/TD, 1/reception, 2/two-point, -1/fumble lost, +3 at 300
 * pass yards, 100 rush yards, 100 receiving yards).
 */
export function loadNflverseWeeks(): NflverseWeek[] {
  return readCsv('nfl_2022_weeks01-10_player_stats.csv').map((r) => {
    const passYds = num(r.passing_yards);
    const rushYds = num(r.rushing_yards);
    const recYds = num(r.receiving_yards);
    const points =
      0.04 * passYds + 4 * num(r.passing_tds) - num(r.interceptions) + 0.1 * rushYds + 6 * num(r.rushing_tds) + 0.1 * recYds + 6 * num(r.receiving_tds) +
      num(r.receptions) + 6 * num(r.special_teams_tds) - (num(r.sack_fumbles_lost) + num(r.rushing_fumbles_lost) + num(r.receiving_fumbles_lost)) +
      2 * (num(r.passing_2pt_conversions) + num(r.rushing_2pt_conversions) + num(r.receiving_2pt_conversions)) +
      (passYds >= 300 ? 3 : 0) + (rushYds >= 100 ? 3 : 0) + (recYds >= 100 ? 3 : 0);
    return { playerId: r.player_id!, name: r.player_display_name!, position: r.position!, team: r.recent_team!, week: Number(r.week), points: Math.round(points * 100) / 100 };
  });
}

/**
 * nflverse 2022 as backtest slates: week N (fromWeek..toWeek) holds every QB/RB/WR/TE seen in an earlier week whose
 * (latest) team plays week N; played = he has a stat line in week N (nflverse has rows only for players who
 * recorded a stat), actual = his DraftKings points then. The site average stands in as the plain mean of his
 * earlier weeks (what AvgPointsPerGame shows before the week). No salaries (0) and no games (independent players):
 * MAE, CRPS and coverage are graded, boom is not. Dates are `2022-wNN` (they sort like the weeks).
 */
export function loadNflverseBacktestSlates(fromWeek: number, toWeek: number): FixtureSlate[] {
  const weeks = loadNflverseWeeks();
  const slates: FixtureSlate[] = [];
  for (let week = fromWeek; week <= toWeek; week++) {
    const earlier = weeks.filter((w) => w.week < week);
    const latest = new Map<string, NflverseWeek>();
    for (const w of earlier) latest.set(w.playerId, w);
    const thisWeek = new Map(weeks.filter((w) => w.week === week).map((w) => [w.playerId, w]));
    const teamsPlaying = new Set([...thisWeek.values()].map((w) => w.team));
    const rows = [...latest.values()]
      .filter((p) => ['QB', 'RB', 'WR', 'TE'].includes(p.position) && teamsPlaying.has(p.team))
      .map((p): FixtureSlateRow => {
        const own = earlier.filter((w) => w.playerId === p.playerId);
        const now = thisWeek.get(p.playerId);
        return {
          playerKey: p.playerId, name: p.name, team: p.team, opponent: null, gameKey: null, positions: [p.position], salary: 0,
          siteAverage: own.reduce((s, w) => s + w.points, 0) / own.length, actual: now?.points ?? 0, played: now !== undefined, status: null,
        };
      });
    slates.push({ date: nflverseWeekDate(week), rows });
  }
  return slates;
}

/** The backtest date of an nflverse week: `2022-w05`. */
export function nflverseWeekDate(week: number): string {
  return `2022-w${String(week).padStart(2, '0')}`;
}
