/**
 * Fits the contest field model to the real DraftKings NBA standings of 2025-10-26 (9,803 entries with every
 * lineup and each player's actual %Drafted) and prints what the fitted constants in
 * src/sim/contest/field-model.ts, src/sim/contest/estimate-ownership.ts and src/sim/contest/projection-error.ts are
 * set from.
 * Run: `npx tsx test/bench/contest-fit.ts` (about a minute).
 */
import { estimateOwnership, baselineOwnership } from '../../src/sim/contest/estimate-ownership.js';
import { generateField } from '../../src/sim/contest/generate-field.js';
import { simOptimalFrequency } from '../../src/sim/contest/sim-optimal-frequency.js';
import { loadNbaSlate, loadStandings, simulateNbaDraws } from './contest/load-nba-results.js';
import { fieldShape } from './contest/real-field-stats.js';
import { printProjectionErrorEvidence } from './contest/fit-projection-error.js';

const slate = loadNbaSlate('2025-10-26');
const standings = loadStandings();
const index = new Map(slate.names.map((n, i) => [n, i]));
const realLineups = standings.entries.filter((e) => e.lineup.length === 8).map((e) => e.lineup.map((p) => {
  const i = index.get(p.name);
  if (i === undefined) throw new Error(`standings name ${p.name} is not on the slate`);
  return i;
}));

// Multi-entry: how entries spread over entrants and their max-entry caps.
const byEntrant = new Map<string, number>();
for (const e of standings.entries) byEntrant.set(e.entrant, (byEntrant.get(e.entrant) ?? 0) + 1);
const counts = [...byEntrant.values()];
const share = (pred: (c: number) => boolean): number => counts.filter(pred).reduce((s, c) => s + c, 0) / standings.entries.length;
console.log('entrants', byEntrant.size, 'entries', standings.entries.length);
console.log('share of entries from entrants with 1 entry', share((c) => c === 1).toFixed(3), '2-20', share((c) => c > 1 && c <= 20).toFixed(3), '21-149', share((c) => c > 20 && c < 150).toFixed(3), '150', share((c) => c >= 150).toFixed(3));

// Best projection the real field reached: a stand-in for the projection optimum.
const sims = 1000;
const draws = simulateNbaDraws(slate, sims, 1026);
const best = Math.max(...realLineups.map((l) => l.reduce((s, r) => s + slate.rows[r]!.mean, 0)));
console.log('real field', fieldShape(realLineups, slate.rows, 50_000, best));

// Ownership: actual %Drafted per slate row (0 for the undrafted).
const actual = new Float64Array(slate.playerCount);
for (const p of standings.players) {
  const i = index.get(p.name);
  if (i !== undefined) actual[i] = p.drafted;
}
const mae = (own: Float64Array): number => {
  let s = 0;
  let n = 0;
  for (let i = 0; i < own.length; i++) {
    if (slate.rows[i]!.mean <= 0 && actual[i] === 0) continue; // out and undrafted: nobody's question
    s += Math.abs(own[i]! - actual[i]!);
    n++;
  }
  return (s / n) * 100;
};
const freq = simOptimalFrequency(slate.rows, slate.rules, 300, (s, p) => draws[p * sims + s]!);
const base = baselineOwnership(slate.rows, slate.rules);
const est = estimateOwnership(slate.rows, slate.rules, freq);
console.log('ownership MAE (points of %Drafted) baseline salary+projection', mae(base).toFixed(2), 'estimator', mae(est).toFixed(2), 'LineStar ProjOwn', mae(slate.lineStarOwnership).toFixed(2));
console.log('sum actual', actual.reduce((a, b) => a + b, 0).toFixed(2), 'sum estimate', est.reduce((a, b) => a + b, 0).toFixed(2));
const top = [...actual.keys()].sort((a, b) => actual[b]! - actual[a]!).slice(0, 15);
for (const i of top) console.log(slate.names[i]!.padEnd(24), slate.rows[i]!.salary, slate.rows[i]!.mean.toFixed(1), 'actual', (actual[i]! * 100).toFixed(1), 'est', (est[i]! * 100).toFixed(1), 'base', (base[i]! * 100).toFixed(1), 'opt', (freq[i]! * 100).toFixed(1));

const rows = slate.rows.map((r, i) => ({ ...r, ownership: est[i]! }));
const field = generateField(rows, slate.rules, { sport: 'NBA', entries: 9803, seed: 26 });
const generated = Array.from({ length: field.lineups.entryCount }, (_, e) => Array.from(field.lineups.rows.subarray(e * 8, e * 8 + 8)));
console.log('generated field', fieldShape(generated, slate.rows, 50_000, best));

// Ownership model: grid search on the actual %Drafted; LineStar's projection on the other 15 slates is a
// second opinion (not truth) that the weights do not only fit this one night.
const grid: { value: number; projection: number; simOptimal: number; mae: number; proxy: number }[] = [];
const others = ['2025-10-22', '2025-10-24', '2025-10-27', '2025-10-29', '2025-10-31', '2025-11-03', '2025-11-05'].map((d) => loadNbaSlate(d));
const proxyMae = (s: typeof slate, own: Float64Array): number => {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < own.length; i++) {
    if (s.rows[i]!.mean <= 0) continue;
    sum += Math.abs(own[i]! - s.lineStarOwnership[i]!);
    n++;
  }
  return (sum / n) * 100;
};
for (const value of [0.6, 1, 1.4, 1.8, 2.4]) {
  for (const projection of [0, 0.4, 0.8, 1.2]) {
    for (const simOptimal of [0, 0.25, 0.5]) {
      const model = { value, projection, simOptimal };
      const proxy = others.reduce((s, o) => s + proxyMae(o, estimateOwnership(o.rows, o.rules, undefined, model)), 0) / others.length;
      grid.push({ ...model, mae: mae(estimateOwnership(slate.rows, slate.rules, freq, model)), proxy });
    }
  }
}
grid.sort((a, b) => a.mae - b.mae);
console.log('ownership grid, best 8 by MAE vs actual (proxy: MAE vs LineStar ProjOwn on 7 other slates, no sims)');
for (const g of grid.slice(0, 8)) console.log(`  value ${g.value} projection ${g.projection} simOptimal ${g.simOptimal}: MAE ${g.mae.toFixed(2)} proxy ${g.proxy.toFixed(2)}`);
console.log('baseline proxy', (others.reduce((s, o) => s + proxyMae(o, baselineOwnership(o.rows, o.rules)), 0) / others.length).toFixed(2));

// Projection error: what the projections miss and the real field partly reads (FITTED_PROJECTION_ERROR).
await printProjectionErrorEvidence();
