/**
 * `sportsdata contest --slate ID (--lineup-set ID | --lineups DK_UPLOAD.csv) --field-size N --entry-fee F
 *  (--payout FILE.csv | --draftkings-contest ID) [--projection-set ID] [--sims N] [--seed S] [--json]`:
 * simulates our lineups in a contest against a generated field, in the foreground.
 */
import { readFile } from 'node:fs/promises';
import type { Db } from '../../core/db.js';
import { type GameType, type Site, type Sport } from '../../core/site-rules.js';
import type { PayoutTable } from '../../sim/index.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase, type CliSession } from '../database-session.js';
import { getSiteRules } from '../../sites/index.js';

const MAX_ID = 2 ** 31 - 1;

function wholeNumber(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

async function readText(option: string, path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`--${option} ${path}: ${(error as Error).message}`);
  }
}

/** The lineups of a site upload file as slate player ids in slot order. */
async function lineupsFromFile(db: Db, slateId: number, path: string, site: Site, sport: Sport, gameType: GameType): Promise<number[][]> {
  const { parseUploadLineups } = await import('../../optimizer/index.js');
  const entries = parseUploadLineups(await readText('lineups', path), getSiteRules(site, sport, gameType));
  if (entries.length === 0) throw new CliError(`--lineups ${path}: no lineups in the file`);
  const { loadSlatePool } = await import('../../slates/index.js');
  const players = (await loadSlatePool(db, slateId))?.rows ?? [];
  const bySiteId = new Map(players.map((p) => [p.sitePlayerId, p.id]));
  return entries.map((entry) =>
    entry.cells.map((cell) => {
      const id = cell.id === null ? undefined : bySiteId.get(cell.id);
      if (id === undefined) throw new CliError(`--lineups ${path} line ${entry.line}, slot ${cell.slot}: ${cell.id ?? '(empty)'} is not a player of slate ${slateId}`);
      return id;
    }),
  );
}

/** The projection set whose draws score the contest: the one named, else the newest with draws (of `sims`). */
async function projectionSetFor(session: CliSession, slateId: number, setId: number | undefined, sims: number | undefined): Promise<number> {
  const { db } = session;
  if (setId !== undefined) {
    const set = await db.projectionSet.findFirst({ where: { id: setId, slateId }, select: { id: true, drawCount: true } });
    if (!set) throw new CliError(`projection set ${setId} does not exist for slate ${slateId}`);
    if (!set.drawCount) throw new CliError(`projection set ${setId} has no simulation draws: run sportsdata simulate --slate ${slateId} first`);
    if (sims !== undefined && sims !== set.drawCount) throw new CliError(`projection set ${setId} holds ${set.drawCount} sims: drop --sims, or leave out --projection-set to simulate ${sims}`);
    return set.id;
  }
  const newest = await db.projectionSet.findFirst({ where: { slateId, drawCount: sims ?? { gt: 0 }, userId: null }, orderBy: { id: 'desc' }, select: { id: true } });
  if (newest) return newest.id;
  const { runProjectionsInline } = await import('../../sim/index.js');
  const run = await runProjectionsInline(db, { slateId, sims: sims ?? 10_000, baselineSetId: null });
  return run.projectionSetId;
}

export const contestCommand: Command = {
  path: ['contest'],
  summary: 'Simulate lineups in a contest against a generated field (ROI, win %, cash %, field summary)',
  usage: 'sportsdata contest --slate ID (--lineup-set ID | --lineups DK_UPLOAD.csv) --field-size N --entry-fee F (--payout FILE.csv | --draftkings-contest ID) [--projection-set ID] [--sims N] [--seed S] [--json]',
  options: {
    slate: { type: 'string' }, 'lineup-set': { type: 'string' }, lineups: { type: 'string' }, 'field-size': { type: 'string' }, 'entry-fee': { type: 'string' },
    payout: { type: 'string' }, 'draftkings-contest': { type: 'string' }, 'projection-set': { type: 'string' }, sims: { type: 'string' }, seed: { type: 'string' },
  },
  async run({ values }) {
    const { MAX_CONTEST_FIELD_SIZE, parsePayoutCsv, parseDkContestDetail, runContestInline, validatePayoutTable, payoutWarnings } = await import('../../sim/index.js');
    const slateId = wholeNumber(stringOption(values, 'slate', true), 'slate', 1, MAX_ID)!;
    const lineupSetId = wholeNumber(stringOption(values, 'lineup-set'), 'lineup-set', 1, MAX_ID);
    const lineupsFile = stringOption(values, 'lineups');
    if ((lineupSetId === undefined) === (lineupsFile === undefined)) throw new CliError('give exactly one of --lineup-set ID or --lineups DK_UPLOAD.csv');
    const payoutFile = stringOption(values, 'payout');
    const dkContest = wholeNumber(stringOption(values, 'draftkings-contest'), 'draftkings-contest', 1, Number.MAX_SAFE_INTEGER);
    if ((payoutFile === undefined) === (dkContest === undefined)) throw new CliError('give exactly one of --payout FILE.csv or --draftkings-contest ID');
    const fieldSizeText = stringOption(values, 'field-size');
    const feeText = stringOption(values, 'entry-fee');
    if (payoutFile !== undefined && (fieldSizeText === undefined || feeText === undefined)) throw new CliError('--payout needs --field-size N and --entry-fee F');
    if (fieldSizeText !== undefined && Number(fieldSizeText) > MAX_CONTEST_FIELD_SIZE) throw new CliError(`--field-size is at most ${MAX_CONTEST_FIELD_SIZE} entries (MAX_CONTEST_FIELD_SIZE)`);
    const fieldSize = wholeNumber(fieldSizeText, 'field-size', 2, MAX_CONTEST_FIELD_SIZE);
    const entryFee = feeText === undefined ? undefined : Number(feeText);
    if (entryFee !== undefined && (!Number.isFinite(entryFee) || entryFee < 0 || entryFee > 100_000)) throw new CliError('--entry-fee must be an amount from 0 to 100000');
    const projectionSetId = wholeNumber(stringOption(values, 'projection-set'), 'projection-set', 1, MAX_ID);
    const sims = wholeNumber(stringOption(values, 'sims'), 'sims', 100, 200_000);
    const seed = wholeNumber(stringOption(values, 'seed'), 'seed', 0, Number.MAX_SAFE_INTEGER);

    let payout: PayoutTable;
    try {
      if (payoutFile !== undefined) payout = parsePayoutCsv(await readText('payout', payoutFile), { entryFee: entryFee!, fieldSize: fieldSize!, name: payoutFile });
      else payout = validatePayoutTable(parseDkContestDetail(await fetchDkContest(dkContest!)));
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
    if (dkContest !== undefined && fieldSize !== undefined && fieldSize !== payout.fieldSize) throw new CliError(`DraftKings contest ${dkContest} has ${payout.fieldSize} entries, not --field-size ${fieldSize}`);
    if (dkContest !== undefined && entryFee !== undefined && entryFee !== payout.entryFee) throw new CliError(`DraftKings contest ${dkContest} costs ${payout.entryFee}, not --entry-fee ${entryFee}`);

    const result = await withDatabase(async (session) => {
      const { db } = session;
      const { loadSlateInfo } = await import('../../slates/index.js');
      const slate = await loadSlateInfo(db, slateId);
      if (!slate) throw new CliError(`slate ${slateId} does not exist`);
      if (lineupSetId !== undefined) {
        const set = await db.lineupSet.findFirst({ where: { id: lineupSetId, slateId }, select: { id: true } });
        if (!set) throw new CliError(`lineup set ${lineupSetId} does not exist for slate ${slateId}`);
      }
      const lineups = lineupsFile === undefined ? undefined : await lineupsFromFile(db, slateId, lineupsFile, slate.site as Site, slate.sport as Sport, slate.gameType as GameType);
      const setId = await projectionSetFor(session, slateId, projectionSetId, sims);
      try {
        return await runContestInline(db, { slateId, projectionSetId: setId, payout, ...(lineupSetId !== undefined ? { lineupSetId } : { lineups }), ...(seed !== undefined ? { seed } : {}) });
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error));
      }
    });
    const lineups = result.lineups.map((l) => ({ index: l.index, lineupId: l.lineupId, roi: l.roi, winRate: l.winRate, top1Rate: l.topRate, cashRate: l.cashRate, avgFinish: l.averageFinish, duplicates: l.duplicates }));
    const warnings = payoutWarnings(payout);
    const f = result.field;
    const pctText = (x: number): string => `${(x * 100).toFixed(1)}%`;
    const text = [
      `contest run ${result.runId}: ${payout.fieldSize} entries at $${payout.entryFee}, ${result.sims} sims, seed ${result.seed}`,
      ...warnings.map((w) => `warning: ${w}`),
      `field: winning score ${f.winningScore.p50} (p10 ${f.winningScore.p10}, p90 ${f.winningScore.p90}), cash line ${f.cashLine.p50} (p10 ${f.cashLine.p10}, p90 ${f.cashLine.p90}), median ${f.medianScore}, duplicates ${pctText(f.duplicateRate)}, mean ROI ${pctText(f.meanRoi)} (prizes $${f.roiCheck.prizePool} / fees $${f.roiCheck.entryFees} - 1)`,
      ' #   ROI      win     top 1%  cash    avg finish  dupes',
      ...lineups.map((l) => `${String(l.index + 1).padStart(3)} ${pctText(l.roi).padStart(8)} ${pctText(l.winRate).padStart(7)} ${pctText(l.top1Rate).padStart(7)} ${pctText(l.cashRate).padStart(7)} ${l.avgFinish.toFixed(0).padStart(10)} ${String(l.duplicates).padStart(6)}`),
    ].join('\n');
    return {
      json: { runId: result.runId, slateId, sims: result.sims, seed: result.seed, payout: { name: payout.name, entryFee: payout.entryFee, fieldSize: payout.fieldSize, source: payout.source }, warnings, field: result.field, lineups },
      text,
    };
  },
};

/** A DraftKings contest's detail from DRAFTKINGS_API_URL (the same source as the API's draftkingsContestId). */
async function fetchDkContest(id: number): Promise<unknown> {
  const { loadConfig } = await import('../../config.js');
  const { createDkApi } = await import('../../ingest/dfs/index.js');
  try {
    return await createDkApi(loadConfig(), 10_000).contest(id);
  } catch (error) {
    throw new CliError(`could not read DraftKings contest ${id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
