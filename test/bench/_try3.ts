import { readFileSync } from 'node:fs';
import { getSiteRules } from '../../src/core/site-rules.js';
import { parseSalaryFile } from '../../src/ingest/dfs/index.js';
import { playersFromParsedSlate, parseOptimizerRules } from '../../src/optimizer/index.js';
import { buildLineupModel } from '../../src/optimizer/model/build-lineup-model.js';
import { searchTopLineups } from '../../src/optimizer/search/top-lineups.js';
const slate = parseSalaryFile(readFileSync('test/fixtures/optimizer/dk_nfl_classic_2022-11-20_DKSalaries.csv'), { site: 'draftkings', fileName: 'DKSalaries.csv' });
const players = playersFromParsedSlate(slate.players, slate.games);
const site = getSiteRules('draftkings', 'NFL', 'classic');
const rules = parseOptimizerRules(JSON.parse(process.argv[2] ?? '{}'));
const model = buildLineupModel(players, site, rules);
for (const k of (process.argv[3] ?? '150,600,2400,9600').split(',').map(Number)) {
  const t = performance.now();
  const r = searchTopLineups(model, { count: k })!;
  console.log(k, 'ms', (performance.now()-t).toFixed(0), 'nodes', r.nodes, r.lineups.length, r.lineups.at(-1)?.objective);
}
