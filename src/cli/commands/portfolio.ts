/**
 * `sportsdata portfolio (--slate ID | --salaries FILE [--projections FILE]) --entries DKEntries.csv --out filled.csv
 * [--projection-set ID] [--pool N] [--sims N] [--precision 0-10] [--rules rules.json] [--seed S]
 * [--field-size N --payout FILE.csv] [--site draftkings|fanduel] [--workers N] [--json]`: the slate-day flow in one
 * command: a pool from the sims, each contest's lineups chosen by simulated portfolio return, the entries filled.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readRulesFile, readTextFile } from '../read-input-file.js';
import { CliError, stringOption, type Command, type OptionValues } from '../command.js';
import { withDatabase } from '../database-session.js';
import { readProjectionsFile } from '../projections-file.js';
import type { PortfolioSlate, RunPortfolioResult } from '../../portfolio/index.js';
import { isSite, SITES, type Site } from '../../core/site-rules.js';

const usage = 'sportsdata portfolio (--slate ID [--projection-set ID] | --salaries FILE [--projections FILE]) --entries DKEntries.csv --out filled.csv ' +
  '[--pool 3000] [--sims 10000] [--precision 0-10] [--rules rules.json] [--seed S] [--field-size N --payout FILE.csv] [--site draftkings|fanduel] [--workers 2] [--json]';

function whole(values: OptionValues, name: string, min: number, max: number, fallback: number): number {
  const text = stringOption(values, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}


function report(result: RunPortfolioResult, out: string): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return [
    `pool of ${result.pool} lineups in ${result.seconds.pool} s; contests simulated in ${result.seconds.contests} s`,
    ...result.warnings.map((w) => `warning: ${w}`),
    ...result.contests.flatMap((c) => [
      `${c.contestId} ${c.name}: ${c.entries} entries of ${c.fieldSize} at $${c.entryFee}`,
      `  portfolio      ROI ${pct(c.portfolio.roi)}  cash ${pct(c.portfolio.cashRate)}  win ${pct(c.portfolio.winRate)}`,
      `  by projection  ROI ${pct(c.byProjection.roi)}  cash ${pct(c.byProjection.cashRate)}  win ${pct(c.byProjection.winRate)}`,
      `  exposure: ${c.exposure.slice(0, 6).map((x) => `${x.name} ${pct(x.share)}`).join(', ')}`,
    ]),
    `filled entries written to ${out}`,
  ].join('\n');
}

export const portfolioCommand: Command = {
  path: ['portfolio'],
  summary: 'Fill an entries file with lineups chosen per contest by simulated portfolio ROI',
  usage,
  options: {
    slate: { type: 'string' }, 'projection-set': { type: 'string' }, salaries: { type: 'string' }, projections: { type: 'string' },
    entries: { type: 'string' }, out: { type: 'string' }, pool: { type: 'string' }, sims: { type: 'string' }, precision: { type: 'string' },
    rules: { type: 'string' }, seed: { type: 'string' }, 'field-size': { type: 'string' }, payout: { type: 'string' }, site: { type: 'string' },
    workers: { type: 'string' }, user: { type: 'string' },
  },
  async run({ values }) {
    const entriesPath = stringOption(values, 'entries', true);
    const out = stringOption(values, 'out', true);
    const slateText = stringOption(values, 'slate');
    const salariesPath = stringOption(values, 'salaries');
    if ((slateText === undefined) === (salariesPath === undefined)) throw new CliError('give either --slate ID or --salaries FILE');
    const poolSize = whole(values, 'pool', 1, 10_000, 3000);
    const simsGiven = stringOption(values, 'sims') !== undefined;
    const sims = whole(values, 'sims', 100, 100_000, 10_000);
    const precision = whole(values, 'precision', 0, 10, 8);
    const seed = whole(values, 'seed', 0, 2 ** 31 - 1, 1);
    const workers = whole(values, 'workers', 0, 16, 2);
    const fieldSizeText = stringOption(values, 'field-size');
    const payoutPath = stringOption(values, 'payout');
    if ((fieldSizeText === undefined) !== (payoutPath === undefined)) throw new CliError('--field-size and --payout go together');
    const fallback = fieldSizeText === undefined ? undefined : { fieldSize: whole(values, 'field-size', 2, 10_000_000, 0), payoutCsv: await readTextFile(payoutPath!, 'payout') };
    const entriesText = await readTextFile(entriesPath, 'entries');
    const siteText = stringOption(values, 'site') ?? (/^\s*"?entry_id"?\s*,/im.test(entriesText) ? 'fanduel' : 'draftkings');
    if (!isSite(siteText)) throw new CliError(`--site must be ${SITES.join(' or ')}`);
    const site: Site = siteText;
    const rulesJson = await readRulesFile(stringOption(values, 'rules'));
    const opt = await import('../../optimizer/solve.js');
    const portfolio = await import('../../portfolio/index.js');
    const { getConfig } = await import('../../config.js');
    const rules = opt.parseOptimizerRules(rulesJson);
    const config = getConfig();
    const { createDkApi } = await import('../../ingest/dfs/index.js');
    const dk = createDkApi(config, 10_000);
    const contestSources = { ...(site === 'draftkings' ? { fetchDkContest: (id: number) => dk.contest(id) } : {}), ...(fallback ? { fallback } : {}) };

    const runWith = async (slate: PortfolioSlate, store?: (result: RunPortfolioResult) => Promise<string | null>): Promise<{ json: Record<string, unknown>; text: string }> => {
      const backend = workers > 0 ? opt.createWorkerBackend(workers) : opt.createInThreadBackend();
      try {
        const result = await portfolio.runPortfolio({ slate, entriesText, contestSources, rules, poolSize, precision, seed, backend, workers });
        await writeFile(out, result.csv);
        const stored = store ? await store(result) : null;
        if (stored) result.warnings.push(stored);
        return {
          json: {
            slateId: slate.slateId, projectionSetId: slate.projectionSetId, site: slate.site, sport: slate.sport, sims: slate.sims, precision,
            pool: result.pool, out, seconds: result.seconds, warnings: result.warnings, contests: result.contests,
          },
          text: report(result, out),
        };
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(error instanceof Error ? error.message : String(error));
      } finally {
        await backend.close();
      }
    };

    if (salariesPath !== undefined) {
      const projectionsPath = stringOption(values, 'projections');
      const bytes = await readFile(salariesPath).catch((e: Error) => { throw new CliError(`cannot read salaries ${salariesPath}: ${e.message}`); });
      const slate = await portfolio.loadFilesSlate({
        site, salaries: { bytes, path: salariesPath }, sims, seed,
        ...(projectionsPath ? { projections: (await readProjectionsFile(projectionsPath, (await import('../../ingest/dfs/index.js')).buildPlayerKey)).projections } : {}),
      }).catch((e: unknown) => { throw new CliError(e instanceof Error ? e.message : String(e)); });
      return runWith(slate);
    }
    const slateId = whole(values, 'slate', 1, 2 ** 31 - 1, 0);
    const setText = stringOption(values, 'projection-set');
    const projectionSetId = setText === undefined ? null : whole(values, 'projection-set', 1, 2 ** 31 - 1, 0);
    return withDatabase(async ({ db }) => {
      const slate = await portfolio.loadDbSlate(db, { slateId, projectionSetId, sims: simsGiven ? sims : null, seed })
        .catch((e: unknown) => { throw new CliError(e instanceof Error ? e.message : String(e)); });
      // The filled entries are stored as the user's contests and entries on the slate (for late swap and export).
      return runWith(slate, async (result) => {
        const email = stringOption(values, 'user');
        const { findFirstAdmin, lookupUser } = await import('../../api/index.js');
        const user = email !== undefined ? await lookupUser(db, email) : await findFirstAdmin(db);
        if (!user) return 'entries not stored: no user to store them for (create one, or give --user EMAIL)';
        await portfolio.importEntries(db, { slateId, userId: user.id, text: result.csv, payouts: result.payouts });
        return null;
      });
    });
  },
};
