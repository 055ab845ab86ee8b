/**
 * Anchor for the portfolio (issue 15): the DraftKings MLB slate of 2016-08-12 that Hunter, Vielma and Zaman used
 * ("Picking Winners in Daily Fantasy Sports Using Integer Programming"). We build 150 entries from the slate's
 * public projection (`Proj FP`) alone, score them with the players' actual points, and place them in that day's
 * real contest (52,941 entries, points only). The contest's fee and prizes are not in the data: the selection
 * uses a DraftKings-like top-heavy curve for a $3 contest of that size, so only the real places are facts here.
 * Run alone with `npx tsx test/bench/portfolio-mlb.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { createWorkerBackend, parseOptimizerRules, type OptimizerPlayer } from '../../src/optimizer/solve.js';
import { buildPortfolio } from '../../src/portfolio/build-portfolio.js';
import { estimatePayoutCurve } from '../../src/sim/contest/estimate-payout-curve.js';
import { simulateRows } from '../../src/sim/index.js';
import type { Bench, BenchMetric } from './bench-support.js';
import { getSiteRules } from '../../src/sites/index.js';

const dir = new URL('../fixtures/portfolio/', import.meta.url);
const read = (name: string): Record<string, string>[] => parse(readFileSync(new URL(name, dir), 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];

const ENTRIES = 150;
const FEE = 3;

function players(): { players: OptimizerPlayer[]; actual: Map<string, number> } {
  const out: OptimizerPlayer[] = [];
  const actual = new Map<string, number>();
  for (const [file, pitcher] of [['mlb_2016-08-12_hitters.csv', false], ['mlb_2016-08-12_pitchers.csv', true]] as const) {
    for (const r of read(file)) {
      const team = r.Team ?? '';
      const oppRaw = r.Opp ?? '';
      const away = oppRaw.startsWith('@');
      const opp = oppRaw.replace('@', '');
      const id = String(out.length + 1);
      const order = Number(r['Batting Order (Confirmed)']);
      out.push({
        id, playerKey: `${r['Player Name']}|${team}`, name: r['Player Name'] ?? '', positions: pitcher ? ['SP'] : (r.Pos ?? '').split('/'), rosterPositions: [],
        salary: Number(r.Salary), team, opponent: opp, gameKey: away ? `${team}@${opp}` : `${opp}@${team}`, projection: Number(r['Proj FP']),
        ownership: null, stdDev: null, battingOrder: Number.isInteger(order) && order >= 1 && order <= 9 ? order : null, line: null, startsAt: null,
      });
      actual.set(id, Number(r['Actual FP']));
    }
  }
  return { players: out.filter((p) => Number.isFinite(p.projection) && p.projection > 0), actual };
}

async function run(): Promise<BenchMetric[]> {
  const sims = Number(process.env.PORTFOLIO_SIMS ?? 2000);
  const poolSize = Number(process.env.PORTFOLIO_POOL ?? 1000);
  const real = readFileSync(new URL('dk_contest_standings_mlb_2016-08-12_points_only.csv', dir), 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '').map(Number).sort((a, b) => b - a);
  const fieldSize = real.length;
  const { players: pool, actual } = players();
  const rules = getSiteRules('draftkings', 'MLB', 'classic');
  const t0 = performance.now();
  const simRows = await simulateRows('MLB', pool.map((p) => ({
    playerKey: p.playerKey, name: p.name, team: p.team, opponent: p.opponent, gameKey: p.gameKey, position: p.positions[0] ?? 'OF', salary: p.salary,
    mean: p.projection, sd: null, status: null, battingOrder: p.battingOrder, uploaded: true,
  })), sims, 2016);
  const backend = createWorkerBackend(2);
  try {
    const payout = { name: 'MLB 2016-08-12', entryFee: FEE, fieldSize, source: 'user' as const, tiers: estimatePayoutCurve({ pool: fieldSize * FEE * 0.87, fieldSize, entryFee: FEE, firstPrize: null }) };
    const built = await buildPortfolio({
      sport: 'MLB', siteRules: rules, players: pool, simMajor: simRows, sims, rules: parseOptimizerRules({ exposure: { maxPlayer: 0.4 } }), poolSize, precision: 9, seed: 3,
      contests: [{ contestId: '2016-08-12', name: 'MLB', entryFee: FEE, entryIds: Array.from({ length: ENTRIES }, (_, i) => String(i)), payout }], backend,
    });
    const t1 = performance.now();
    const c = built.contests[0]!;
    const place = (points: number): number => {
      let lo = 0;
      let hi = real.length;
      while (lo < hi) { const mid = (lo + hi) >>> 1; if (real[mid]! > points) lo = mid + 1; else hi = mid; }
      return lo + 1;
    };
    const places = c.lineups.map((l) => place(l.slots.reduce((s, x) => s + (actual.get(x.player.id) ?? 0), 0))).sort((a, b) => a - b);
    const byProjection = [...built.pool].sort((a, b) => b.projection - a.projection).slice(0, ENTRIES)
      .map((l) => place(l.slots.reduce((s, x) => s + (actual.get(x.player.id) ?? 0), 0))).sort((a, b) => a - b);
    const share = (list: number[], cut: number): number => list.filter((p) => p <= cut).length;
    const top1 = Math.ceil(fieldSize * 0.01);
    const cash = Math.round(fieldSize * 0.22);
    return [{
      name: `portfolio MLB 2016-08-12: ${ENTRIES} entries placed in the real ${fieldSize}-entry contest`, value: places[0]!, unit: 'best place',
      note: `portfolio: best ${places[0]}, median ${places[ENTRIES >> 1]}, ${share(places, top1)} in top 1%, ${share(places, cash)} in top 22%; ` +
        `top ${ENTRIES} by projection: best ${byProjection[0]}, median ${byProjection[ENTRIES >> 1]}, ${share(byProjection, top1)} in top 1%, ${share(byProjection, cash)} in top 22%; ` +
        `simulated ROI ${(c.portfolio.roi * 100).toFixed(1)}% vs ${(c.byProjection.roi * 100).toFixed(1)}% (assumed $${FEE} payout curve); ${Math.round(t1 - t0)} ms`,
    }];
  } finally {
    await backend.close();
  }
}

export const bench: Bench = { name: 'portfolio-mlb', run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const metrics = await run();
  for (const m of metrics) console.log(`${m.name}: ${m.value} ${m.unit}${m.note ? ` — ${m.note}` : ''}`);
}
