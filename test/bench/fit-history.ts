/**
 * Fits the history model's constants (src/sim/history/fitted-history-model.ts) from the real results in
 * test/fixtures/results and prints them: `npx tsx test/bench/fit-history.ts`. Walks forward (each date sees
 * only earlier dates), as the simulator will. Forms: salary line (OLS), availability logistic (IRLS), blend
 * weights (grid search on MAE of players who played), sd = scale * mean^power (log-log OLS over equal-count bins
 * of the baseline), dud share = exp(logAt0 - rate * mean) (log-linear OLS over the same bins), vacated share
 * (team's points over baseline against the expected points of its absent players, OLS through the origin).
 */
import { DEFAULT_PROFILES, defaultSd, normalizePosition, profileAtMean, type OutcomeProfile } from '../../src/sim/dist/outcome-profiles.js';
import { buildQuantileTable, TABLE_STRIDE, Z_GRID } from '../../src/sim/dist/quantile-table.js';
import { normalQuantile } from '../../src/sim/math/normal.js';
import { HISTORY_MODELS, type SportHistoryModel } from '../../src/sim/history/fitted-history-model.js';
import { availabilityInputs, historyPlayProbability } from '../../src/sim/history/history-availability.js';
import { historyBaseline } from '../../src/sim/history/history-baseline.js';
import { buildHistoryIndex, type HistoryRecord } from '../../src/sim/history/history-index.js';
import type { PlayerHistoryInput } from '../../src/sim/history/history-types.js';
import { loadNbaFixtureSlates, loadNflverseWeeks } from '../sim/support/load-results-fixtures.js';

interface Sample { input: PlayerHistoryInput; actual: number; played: boolean; team: string; date: string; status: string | null }

/** Least squares for small systems (normal equations). */
function ols(x: number[][], y: number[], w?: number[]): number[] {
  const k = x[0]!.length;
  const a = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const b = new Array<number>(k).fill(0);
  x.forEach((row, n) => {
    const wn = w?.[n] ?? 1;
    for (let i = 0; i < k; i++) {
      b[i]! += wn * row[i]! * y[n]!;
      for (let j = 0; j < k; j++) a[i]![j]! += wn * row[i]! * row[j]!;
    }
  });
  return solve(a, b);
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Logistic regression by IRLS with a tiny ridge. */
function logistic(x: number[][], y: number[]): number[] {
  const k = x[0]!.length;
  let beta = new Array<number>(k).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const h = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const g = new Array<number>(k).fill(0);
    x.forEach((row, n) => {
      const z = row.reduce((s, v, i) => s + v * beta[i]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const w = p * (1 - p) + 1e-9;
      for (let i = 0; i < k; i++) {
        g[i]! += row[i]! * (y[n]! - p);
        for (let j = 0; j < k; j++) h[i]![j]! += w * row[i]! * row[j]!;
      }
    });
    for (let i = 0; i < k; i++) { h[i]![i]! += 1e-3; g[i]! -= 1e-3 * beta[i]!; }
    const step = solve(h, g);
    beta = beta.map((v, i) => v + step[i]!);
  }
  return beta;
}

const round = (v: number, d = 3): number => Math.round(v * 10 ** d) / 10 ** d;
const mae = (pairs: [number, number][]): number => pairs.reduce((s, [a, b]) => s + Math.abs(a - b), 0) / pairs.length;

/** Equal-count bins of (mean, actual) sorted by mean: [mean of means, sd of residual, share at or below dudAt]. */
function bins(pairs: [number, number][], count: number, dudAt: number): { m: number; sd: number; dud: number; n: number }[] {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const size = Math.ceil(sorted.length / count);
  const out = [];
  for (let i = 0; i < sorted.length; i += size) {
    const bin = sorted.slice(i, i + size);
    const m = bin.reduce((s, p) => s + p[0], 0) / bin.length;
    const res = bin.map((p) => p[1] - p[0]);
    const rm = res.reduce((s, v) => s + v, 0) / res.length;
    const sd = Math.sqrt(res.reduce((s, v) => s + (v - rm) ** 2, 0) / (res.length - 1));
    out.push({ m, sd, dud: bin.filter((p) => p[1] <= dudAt).length / bin.length, n: bin.length });
  }
  return out;
}

function fitSpread(pairs: [number, number][], dudAt: number): { spread: { scale: number; power: number }; dud: { logAt0: number; rate: number; cap: number }; table: string } {
  const b = bins(pairs.filter((p) => p[0] > 0.5), 10, dudAt);
  const s = ols(b.map((x) => [1, Math.log(x.m)]), b.map((x) => Math.log(x.sd)), b.map((x) => x.n));
  const withDud = b.filter((x) => x.dud > 0);
  const d = withDud.length >= 2 ? ols(withDud.map((x) => [1, x.m]), withDud.map((x) => Math.log(x.dud)), withDud.map((x) => x.n * x.dud)) : [Math.log(0.01), 0];
  const cap = Math.max(...b.map((x) => x.dud));
  const table = b.map((x) => `    mean ${x.m.toFixed(1).padStart(5)}  sd ${x.sd.toFixed(2).padStart(5)} (fit ${(Math.exp(s[0]!) * x.m ** s[1]!).toFixed(2)})  dud ${x.dud.toFixed(3)}  n ${x.n}`).join('\n');
  return { spread: { scale: round(Math.exp(s[0]!)), power: round(s[1]!) }, dud: { logAt0: round(d[0]!), rate: round(-d[1]!), cap: round(cap) }, table };
}

const LEVELS = [0.1, 0.25, 0.5, 0.75, 0.9];

/** Quantile at level q of a table (linear in z between grid points). */
function tableQuantile(table: Float64Array, q: number): number {
  const z = normalQuantile(q);
  const step = Z_GRID[1]! - Z_GRID[0]!;
  const t = (z - Z_GRID[0]!) / step;
  const i = Math.min(Math.max(Math.floor(t), 0), TABLE_STRIDE - 2);
  return table[i]! + (t - i) * (table[i + 1]! - table[i]!);
}

/** Skew weight whose tables put the observed scores closest to the nominal levels (sum of |share - level|). */
function fitSkew(base: OutcomeProfile, pairs: [number, number][]): { skew: number; coverage: string } {
  const table = new Float64Array(TABLE_STRIDE);
  let best = { skew: 1, error: Infinity, coverage: '' };
  for (let skew = 0; skew <= 1.0001; skew += 0.1) {
    const hits = LEVELS.map(() => 0);
    for (const [mean, actual] of pairs) {
      const profile = profileAtMean({ ...base, skew }, mean);
      buildQuantileTable({ mean, sd: defaultSd(profile, mean) }, profile, table, 0);
      LEVELS.forEach((q, i) => { if (actual <= tableQuantile(table, q)) hits[i]!++; });
    }
    const shares = hits.map((h) => h / pairs.length);
    const error = shares.reduce((sum, v, i) => sum + Math.abs(v - LEVELS[i]!), 0);
    if (error < best.error) best = { skew: round(skew, 1), error, coverage: shares.map((v) => v.toFixed(3)).join(' ') };
  }
  return best;
}

/** Walk-forward samples: each date's players with the index of earlier dates. */
function walkForward(records: HistoryRecord[], slates: { date: string; rows: { key: string; team: string; group: string; salary: number; siteAverage: number | null; actual: number; played: boolean; status: string | null }[] }[]): Sample[] {
  const out: Sample[] = [];
  for (const slate of slates) {
    const index = buildHistoryIndex(records, slate.date);
    for (const r of slate.rows) {
      out.push({
        input: { group: r.group, salary: r.salary, siteAverage: r.siteAverage, statusInformed: slate.rows.some((x) => x.status !== null), games: index.games.get(r.key) ?? [], teamDates: index.teamDates.get(r.team) ?? [] },
        actual: r.actual, played: r.played, team: r.team, date: slate.date, status: r.status,
      });
    }
  }
  return out;
}

function fitWeights(base: SportHistoryModel, samples: Sample[], siteWeights: number[]): { weights: SportHistoryModel['weights']; mae: number } {
  const played = samples.filter((s) => s.played);
  let best = { weights: base.weights, mae: Infinity };
  for (const siteAverageWeight of siteWeights)
    for (const priorGames of [1, 2, 3, 4, 6, 8])
      for (const halfLifeGames of [2, 3, 4, 6, 10]) {
        const model = { ...base, weights: { siteAverageWeight, priorGames, halfLifeGames } };
        const e = mae(played.map((s) => [historyBaseline(model, s.input)?.mean ?? 0, s.actual]));
        if (e < best.mae) best = { weights: model.weights, mae: e };
      }
  return best;
}

/**
 * Share of an absent player's expected points his teammates gain, in the form the sim uses (redistribute-vacated.ts
 * conditionalBoosts, centred on the history availability): when j sits his teammates gain share x mean_j, and the
 * baselines, read from games in which j sat at his usual rate, already hold (1 - p_j) of that. So a team's excess
 * over its played players' baselines is share x sum over j of mean_j x (absent_j - (1 - p_j)); least squares
 * through the origin (the baselines are unbiased for players who played: no intercept).
 */
function fitVacated(model: SportHistoryModel, samples: Sample[]): { share: number; se: number; teams: number } {
  const teams = new Map<string, { residual: number; vacated: number }>();
  for (const s of samples) {
    if (s.input.games.length === 0) continue;
    const mean = historyBaseline(model, s.input)?.mean ?? 0;
    const p = historyPlayProbability(model, s.input);
    const t = teams.get(`${s.date}|${s.team}`) ?? { residual: 0, vacated: 0 };
    if (s.played) t.residual += s.actual - mean;
    t.vacated += mean * ((s.played ? 0 : 1) - (1 - p));
    teams.set(`${s.date}|${s.team}`, t);
  }
  const list = [...teams.values()];
  const den = list.reduce((s, t) => s + t.vacated * t.vacated, 0);
  const share = list.reduce((s, t) => s + t.vacated * t.residual, 0) / den;
  const rss = list.reduce((s, t) => s + (t.residual - share * t.vacated) ** 2, 0);
  return { share: round(share), se: round(Math.sqrt(rss / (list.length - 1) / den)), teams: list.length };
}

function fitNba(): void {
  const slates = loadNbaFixtureSlates();
  const records: HistoryRecord[] = slates.flatMap((s) => s.rows.map((r) => ({ playerKey: r.playerKey, team: r.team, date: s.date, played: r.played, points: r.actual })));
  const played = slates.flatMap((s) => s.rows.filter((r) => r.played));
  const line = ols(played.map((r) => [1, r.salary / 1000]), played.map((r) => r.actual));
  const prior = { intercept: round(line[0]!, 2), perThousand: round(line[1]!, 2), min: 1 };
  const rows = slates.map((s) => ({ date: s.date, rows: s.rows.map((r) => ({ key: r.playerKey, team: r.team, group: normalizePosition('NBA', r.positions[0]!), salary: r.salary, siteAverage: r.siteAverage, actual: r.actual, played: r.played, status: r.status })) }));
  const all = walkForward(records, rows);
  // The availability without statuses reads every player; the one with statuses those not ruled out.
  const samples = all.map((s) => ({ ...s, input: { ...s.input, statusInformed: false } }));
  let model: SportHistoryModel = { ...HISTORY_MODELS.NBA, salaryPrior: Object.fromEntries(['PG', 'SG', 'SF', 'PF', 'C'].map((g) => [g, prior])) };
  const xs = samples.map((s) => availabilityInputs(model, s.input));
  const beta = logistic(xs.map((x) => [1, x.playedLast, x.recentShare, x.noTeamHistory, x.minSalary, x.noSiteAverage, x.form]), samples.map((s) => (s.played ? 1 : 0)));
  const [intercept, playedLast, recentShare, noTeamHistory, minSalary, noSiteAverage, form] = beta.map((b) => round(b));
  model = { ...model, availability: { intercept: intercept!, playedLast: playedLast!, recentShare: recentShare!, noTeamHistory: noTeamHistory!, minSalary: minSalary!, noSiteAverage: noSiteAverage!, form: form! } };
  const notOut = all.filter((s) => s.status === null);
  const xo = notOut.map((s) => availabilityInputs(model, s.input));
  const bo = logistic(xo.map((x) => [1, x.playedLast, x.recentShare, x.noTeamHistory, x.minSalary, x.noSiteAverage, x.form]), notOut.map((s) => (s.played ? 1 : 0))).map((b) => round(b));
  console.log(`  availabilityWithStatus ${JSON.stringify({ intercept: bo[0], playedLast: bo[1], recentShare: bo[2], noTeamHistory: bo[3], minSalary: bo[4], noSiteAverage: bo[5], form: bo[6] })} (${notOut.length} not ruled out, ${notOut.filter((s) => s.played).length} played)`);
  const weights = fitWeights(model, samples, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1]);
  model = { ...model, weights: weights.weights };
  const pairs = samples.filter((s) => s.played).map((s): [number, number] => [historyBaseline(model, s.input)!.mean, s.actual]);
  const fit = fitSpread(pairs, 1);
  const site = mae(samples.filter((s) => s.played).map((s) => [s.input.siteAverage ?? 0, s.actual]));
  console.log('NBA (16 DraftKings dates, walk-forward)');
  console.log(`  salaryPrior ${JSON.stringify(prior)}`);
  console.log(`  availability ${JSON.stringify(model.availability)}`);
  console.log(`  weights ${JSON.stringify(weights.weights)}  played MAE ${weights.mae.toFixed(3)} (AvgPointsPerGame ${site.toFixed(3)})`);
  console.log(`  spread ${JSON.stringify(fit.spread)}  dud(<=1 pt) ${JSON.stringify(fit.dud)}`);
  console.log(fit.table);
  const skew = fitSkew({ ...DEFAULT_PROFILES.NBA.PG!, spread: fit.spread, dud: fit.dud }, pairs);
  console.log(`  skew ${skew.skew} (coverage p10..p90 of players who played, if they surely play: ${skew.coverage})`);
  const vacated = fitVacated(model, samples);
  console.log(`  vacatedShare ${vacated.share} (se ${vacated.se}, ${vacated.teams} team-dates)`);
}

function fitNfl(): void {
  const weeks = loadNflverseWeeks();
  const records: HistoryRecord[] = weeks.map((w) => ({ playerKey: w.playerId, team: w.team, date: `w${String(w.week).padStart(2, '0')}`, played: true, points: w.points }));
  const groups = ['QB', 'RB', 'WR', 'TE'];
  // Each week from 3 on: every player seen in earlier weeks whose (latest) team played that week; played when he
  // has a row. The site average stands in as the plain mean of his earlier games (what DraftKings shows).
  const slates = [];
  for (let week = 3; week <= 10; week++) {
    const date = `w${String(week).padStart(2, '0')}`;
    const earlier = weeks.filter((w) => w.week < week);
    const latest = new Map<string, (typeof weeks)[number]>();
    for (const w of earlier) latest.set(w.playerId, w);
    const thisWeek = new Map(weeks.filter((w) => w.week === week).map((w) => [w.playerId, w]));
    const teamsPlaying = new Set(weeks.filter((w) => w.week === week).map((w) => w.team));
    const rows = [...latest.values()].filter((p) => groups.includes(p.position) && teamsPlaying.has(p.team)).map((p) => {
      const own = earlier.filter((w) => w.playerId === p.playerId);
      return { key: p.playerId, team: p.team, group: p.position, salary: 0, siteAverage: own.reduce((s, w) => s + w.points, 0) / own.length, actual: thisWeek.get(p.playerId)?.points ?? 0, played: thisWeek.has(p.playerId), status: null };
    });
    slates.push({ date, rows });
  }
  const samples = walkForward(records, slates);
  let model: SportHistoryModel = { ...HISTORY_MODELS.NFL, salaryPrior: {} };
  const xs = samples.map((s) => availabilityInputs(model, s.input));
  const beta = logistic(xs.map((x) => [1, x.playedLast, x.recentShare, x.form]), samples.map((s) => (s.played ? 1 : 0)));
  const weights = fitWeights(model, samples, [1]);
  model = { ...model, weights: weights.weights };
  const site = mae(samples.filter((s) => s.played).map((s) => [s.input.siteAverage ?? 0, s.actual]));
  console.log('NFL (nflverse 2022 weeks 3-10, walk-forward; site average = plain mean of earlier weeks)');
  console.log(`  availability intercept/playedLast/recentShare/form ${beta.map((b) => round(b)).join(' / ')}`);
  console.log(`  weights ${JSON.stringify(weights.weights)}  played MAE ${weights.mae.toFixed(3)} (plain season mean ${site.toFixed(3)})`);
  for (const g of groups) {
    const pairs = samples.filter((s) => s.played && s.input.group === g).map((s): [number, number] => [historyBaseline(model, s.input)!.mean, s.actual]);
    const fit = fitSpread(pairs, 1);
    console.log(`  ${g}: spread ${JSON.stringify(fit.spread)}  dud(<=1 pt) ${JSON.stringify(fit.dud)}`);
    console.log(fit.table);
    const skew = fitSkew({ ...DEFAULT_PROFILES.NFL[g]!, spread: fit.spread, ...(g === 'QB' ? {} : { dud: fit.dud }) }, pairs);
    console.log(`  ${g}: skew ${skew.skew} (coverage p10..p90: ${skew.coverage})`);
  }
}

/** Pearson correlation of pairs, each pair counted both ways (the key's two sides are interchangeable). */
function pairCorrelation(pairs: [number, number][]): number {
  const both = pairs.flatMap(([a, b]): [number, number][] => [[a, b], [b, a]]);
  const n = both.length;
  const mx = both.reduce((s, p) => s + p[0], 0) / n;
  const my = both.reduce((s, p) => s + p[1], 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (const [x, y] of both) { sxy += (x - mx) * (y - my); sxx += (x - mx) ** 2; syy += (y - my) ** 2; }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Correlation targets on the stored results: pairs of regulars who played the same game (baseline >= `regular`),
 * each scored as his residual over the walk-forward history baseline divided by sqrt(baseline) (so stars and role
 * players weigh alike), keyed as the correlation table keys them. Printed with the pair count.
 */
function fitCorrelations(sport: 'NBA' | 'NFL', players: { key: string; game: string; team: string; group: string; residual: number }[], keys: (a: string, b: string, sameTeam: boolean) => string): Record<string, { value: number; n: number }> {
  const byKey = new Map<string, [number, number][]>();
  const byGame = new Map<string, typeof players>();
  for (const p of players) byGame.set(p.game, [...(byGame.get(p.game) ?? []), p]);
  for (const list of byGame.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!, b = list[j]!;
        const key = keys(a.group, b.group, a.team === b.team);
        byKey.set(key, [...(byKey.get(key) ?? []), [a.residual, b.residual]]);
      }
  const out = Object.fromEntries([...byKey].map(([k, pairs]) => [k, { value: round(pairCorrelation(pairs)), n: pairs.length }]));
  console.log(`${sport} correlation targets (pairs of regulars): ${JSON.stringify(out)}`);
  return out;
}

function fitNbaCorrelations(): void {
  const slates = loadNbaFixtureSlates();
  const records: HistoryRecord[] = slates.flatMap((s) => s.rows.map((r) => ({ playerKey: r.playerKey, team: r.team, date: s.date, played: r.played, points: r.actual })));
  const players = [];
  for (const slate of slates) {
    const index = buildHistoryIndex(records, slate.date);
    for (const r of slate.rows) {
      if (!r.played || !r.gameKey) continue;
      const group = normalizePosition('NBA', r.positions[0]!);
      const mean = historyBaseline(HISTORY_MODELS.NBA, { group, salary: r.salary, siteAverage: r.siteAverage, statusInformed: false, games: index.games.get(r.playerKey) ?? [], teamDates: index.teamDates.get(r.team) ?? [] })?.mean ?? 0;
      if (mean < 15 || (index.games.get(r.playerKey)?.length ?? 0) === 0) continue;
      players.push({ key: r.playerKey, game: `${slate.date}|${r.gameKey}`, team: r.team, group, residual: (r.actual - mean) / Math.sqrt(mean) });
    }
  }
  // The NBA table keys C-C and PG-PG and falls back to same:* / opp:* for every other pair.
  fitCorrelations('NBA', players, (a, b, same) => (same ? (a === b && (a === 'C' || a === 'PG') ? `same:${a}-${a}` : 'same:*') : 'opp:*'));
}

function fitNflCorrelations(): void {
  const weeks = loadNflverseWeeks();
  const records: HistoryRecord[] = weeks.map((w) => ({ playerKey: w.playerId, team: w.team, date: `w${String(w.week).padStart(2, '0')}`, played: true, points: w.points }));
  const players = [];
  for (let week = 3; week <= 10; week++) {
    const index = buildHistoryIndex(records, `w${String(week).padStart(2, '0')}`);
    for (const w of weeks.filter((x) => x.week === week && (x.position === 'QB' || x.position === 'WR'))) {
      const games = index.games.get(w.playerId) ?? [];
      const mean = historyBaseline(HISTORY_MODELS.NFL, { group: w.position, salary: 0, siteAverage: games.length ? games.reduce((s, g) => s + g.points, 0) / games.length : null, statusInformed: false, games, teamDates: index.teamDates.get(w.team) ?? [] })?.mean ?? 0;
      // Regulars: a QB of 12+ points a game, a WR of 8+ (a team's starter, its top receivers).
      if (mean < (w.position === 'QB' ? 12 : 8)) continue;
      players.push({ key: w.playerId, game: `${week}|${w.team}`, team: w.team, group: w.position, residual: (w.points - mean) / Math.sqrt(mean) });
    }
  }
  // nflverse weekly rows carry no opponent and no defenses: only same-team QB-WR can be measured here.
  fitCorrelations('NFL', players, (a, b) => `same:${[a, b].sort().join('-')}`);
}

if (!process.env.ONLY_CORRELATIONS) fitNba();
if (!process.env.ONLY_CORRELATIONS) fitNfl();
fitNbaCorrelations();
fitNflCorrelations();
