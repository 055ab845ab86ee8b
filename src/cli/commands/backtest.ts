/**
 * `sportsdata backtest --sport NBA|NFL|MLB|NHL --site draftkings --from YYYY-MM-DD --to YYYY-MM-DD [--sims N] [--json]`:
 * walks the stored slates with results in date order; each is simulated as `sportsdata simulate` would (the
 * history model reads only results dated before the slate) into a projection set, which the results tier's
 * grade (`sportsdata grade`) scores against the slate's results. Played-player figures unless named "all".
 */
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

const SPORTS = ['NBA', 'NFL', 'MLB', 'NHL'] as const;
const SITES = ['draftkings', 'fanduel'] as const;

function isoDate(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new CliError(`--${name} must be a date YYYY-MM-DD, not "${value}"`);
  return value;
}

export const backtestCommand: Command = {
  path: ['backtest'],
  summary: 'Project each stored slate with results from earlier results only, and grade it',
  usage: 'sportsdata backtest --sport NBA|NFL|MLB|NHL --site draftkings --from YYYY-MM-DD --to YYYY-MM-DD [--sims N] [--seed S] [--json]',
  options: { sport: { type: 'string' }, site: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, sims: { type: 'string' }, seed: { type: 'string' } },
  async run({ values }) {
    const sport = stringOption(values, 'sport', true).toUpperCase();
    if (!(SPORTS as readonly string[]).includes(sport)) throw new CliError(`--sport must be one of ${SPORTS.join(', ')}, not "${sport}"`);
    const site = stringOption(values, 'site', true).toLowerCase();
    if (!(SITES as readonly string[]).includes(site)) throw new CliError(`--site must be one of ${SITES.join(', ')}, not "${site}"`);
    const from = isoDate(stringOption(values, 'from', true), 'from');
    const to = isoDate(stringOption(values, 'to', true), 'to');
    if (from > to) throw new CliError(`--from ${from} is after --to ${to}`);
    const simsText = stringOption(values, 'sims') ?? '10000';
    const sims = Number(simsText);
    if (!Number.isInteger(sims) || sims < 100 || sims > 100_000) throw new CliError('--sims must be a whole number from 100 to 100000');
    const seed = Number(stringOption(values, 'seed') ?? '1');
    if (!Number.isInteger(seed) || seed < 0) throw new CliError('--seed must be a whole number of 0 or more');
    const { listBacktestSlates } = await import('../../sim/backtest/load-backtest-slates.js');
    const { formatBacktest } = await import('../../sim/backtest/format-backtest.js');
    const { runProjectionsInline } = await import('../../sim/index.js');
    const { gradeSlate } = await import('../../results/index.js');
    const { summarizeGrades } = await import('./backtest-grades.js');
    const result = await withDatabase(async ({ db }) => {
      const slates = await listBacktestSlates(db, { sportCode: sport, site, from, to });
      if (slates.length === 0) throw new CliError(`no ${site} ${sport} slates with results from ${from} to ${to} (import them with sportsdata results import)`);
      const graded = [];
      for (const slate of slates) {
        const run = await runProjectionsInline(db, { slateId: slate.slateId, sims, seed });
        const grade = await gradeSlate(db, { slateId: slate.slateId, projectionSetId: run.projectionSetId });
        graded.push({
          date: slate.date,
          grade,
          boom: new Map(run.rows.map((r) => [r.slatePlayerId, r.value5x])),
          sources: new Map(run.rows.map((r) => [r.slatePlayerId, r.baselineSource])),
          play: new Map(run.rows.map((r) => [r.slatePlayerId, r.playProbability])),
          projectionSetId: run.projectionSetId,
        });
      }
      const dates = graded.map((g) => ({ ...summarizeGrades(g.date, g.grade.slateId, [g]), projectionSetId: g.projectionSetId }));
      return { dates, overall: summarizeGrades('all', null, graded) };
    });
    return { json: { sport, site, from, to, sims, ...result }, text: formatBacktest(result.dates, result.overall) };
  },
};
