/**
 * `sportsdata optimize --site draftkings --salaries FILE [--projections FILE] [--rules rules.json] [-n 150]
 * [--out lineups.csv] [--template DKEntries.csv] [--late-swap DKEntries.csv --now ISO] [--workers N] [--json]`:
 * builds lineups from files alone, with no database.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readRulesFile, readTextFile } from '../read-input-file.js';
import { CliError, stringOption, type Command } from '../command.js';
import type { OptimizeStats } from '../../optimizer/index.js';
import { isSite, SITES } from '../../core/site-rules.js';
import { projectionsReportLines, readProjectionsFile } from '../projections-file.js';

const usage = 'sportsdata optimize --site draftkings|fanduel --salaries FILE [--projections FILE] [--rules rules.json] [-n 150] ' +
  '[--out lineups.csv] [--template ENTRIES.csv] [--sport NFL] [--game-type classic|showdown] [--late-swap ENTRIES.csv --now ISO] [--workers 2] [--json]';


/** Fast mode's honesty line: how many solves the time limit cut short, and how far lineups may be from the best. */
function proofLine(stats: OptimizeStats): string[] {
  if (stats.mode !== 'fast-sequential') return [];
  const gap = stats.gapToBound;
  return [`fast mode: ${stats.stoppedEarly} of ${stats.solves} solves stopped by the time limit (${stats.retries} retried); ` +
    `${stats.unproven} lineups not proven within 0.5%` +
    (gap ? `; below the proven bound by at most ${gap.worst} pts (${gap.worstPct}%), ${gap.total} pts in all` : '')];
}

/**
 * Lineups built so far, on one self-rewriting stderr line when stderr is a terminal (at most 10 updates a
 * second); nothing when it is a file or pipe, so scripted output stays clean.
 */
function progressLine(total: number): ((done: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    process.stderr.write(`\r\x1b[Kbuilt ${done}/${total} lineups`);
  };
}

export const optimizeCommand: Command = {
  path: ['optimize'],
  summary: 'Build DFS lineups from a salary file (no database needed)',
  usage,
  options: {
    site: { type: 'string' }, salaries: { type: 'string' }, projections: { type: 'string' }, rules: { type: 'string' },
    n: { type: 'string', short: 'n' }, out: { type: 'string' }, template: { type: 'string' }, sport: { type: 'string' },
    'game-type': { type: 'string' }, 'late-swap': { type: 'string' }, now: { type: 'string' }, workers: { type: 'string' },
  },
  async run({ values }) {
    const site = stringOption(values, 'site', true);
    if (!isSite(site)) throw new CliError(`--site must be ${SITES.join(' or ')}`);
    const salariesPath = stringOption(values, 'salaries', true);
    const count = stringOption(values, 'n');
    const lineupsWanted = count === undefined ? undefined : Number(count);
    if (lineupsWanted !== undefined && (!Number.isInteger(lineupsWanted) || lineupsWanted < 1 || lineupsWanted > 10_000)) throw new CliError('-n must be a whole number from 1 to 10000');
    const workers = Number(stringOption(values, 'workers') ?? '2');
    if (!Number.isInteger(workers) || workers < 0 || workers > 16) throw new CliError('--workers must be a whole number from 0 to 16');

    // The parser modules only: the dfs index also loads the pollers and their HTTP client.
    const [{ parseSalaryFile }, { buildPlayerKey }] = await Promise.all([import('../../ingest/dfs/parse/parse-salary-file.js'), import('../../ingest/dfs/normalize-player-name.js')]);
    const dfs = { parseSalaryFile, buildPlayerKey };
    const opt = await import('../../optimizer/solve.js');
    const { getSiteRules } = await import('../../sites/index.js');
    const sport = stringOption(values, 'sport');
    const gameType = stringOption(values, 'game-type');
    const slate = dfs.parseSalaryFile(await readFile(salariesPath).catch((e: Error) => { throw new CliError(`cannot read salaries ${salariesPath}: ${e.message}`); }), {
      site, fileName: basename(salariesPath),
      ...(sport ? { sport: sport.toUpperCase() as 'NFL' } : {}),
      ...(gameType ? { gameType: gameType as 'classic' } : {}),
    });
    const siteRules = getSiteRules(slate.site, slate.sport, slate.gameType);
    const projectionsPath = stringOption(values, 'projections');
    const projectionsFile = projectionsPath ? await readProjectionsFile(projectionsPath, dfs.buildPlayerKey) : undefined;
    const projections = projectionsFile?.projections;
    const projectionsJson = projectionsFile ? { projections: projectionsFile.report } : {};
    const projectionsText = projectionsFile ? projectionsReportLines(projectionsFile.report) : [];
    const players = opt.playersFromParsedSlate(slate.players, slate.games, projections ? { projections } : {});
    const rulesJson = await readRulesFile(stringOption(values, 'rules'));
    const rules = opt.parseOptimizerRules({ ...(rulesJson as object), ...(lineupsWanted ? { lineups: lineupsWanted } : {}) });
    // HiGHS starts only if the run needs it: the exact search answers most runs without it.
    const backend = workers > 0 ? opt.createLazyBackend(workers, () => opt.createWorkerBackend(workers)) : opt.createLazyBackend(1, opt.createInThreadBackend);
    const out = stringOption(values, 'out');
    try {
      const lateSwapPath = stringOption(values, 'late-swap');
      if (lateSwapPath) {
        const nowText = stringOption(values, 'now');
        const now = nowText ? new Date(nowText) : new Date();
        if (Number.isNaN(now.getTime())) throw new CliError('--now must be an ISO date-time');
        const swapped = await opt.lateSwap(await readTextFile(lateSwapPath, 'entries'), players, siteRules, rules, { now, backend });
        if (out) await writeFile(out, swapped.csv);
        return {
          json: { site, sport: slate.sport, gameType: slate.gameType, now: now.toISOString(), out: out ?? null, warnings: [...slate.warnings, ...swapped.warnings], entries: swapped.entries, ...projectionsJson },
          text: [`late swap at ${now.toISOString()}: ${swapped.entries.length} entries`, ...projectionsText, ...swapped.warnings.map((w) => `warning: ${w}`), ...swapped.entries.map((e) =>
            `  ${e.entryId ?? `line ${e.line}`}: kept ${e.kept.length}, ${e.projectionBefore} -> ${e.projectionAfter}`), out ? `written to ${out}` : swapped.csv].join('\n'),
        };
      }
      const result = await opt.optimizeLineups(players, siteRules, rules, { backend, onProgress: progressLine(rules.lineups) });
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      const templatePath = stringOption(values, 'template');
      const exported = opt.exportLineupsCsv(result.lineups, siteRules, templatePath ? await readTextFile(templatePath, 'template') : undefined);
      if (out) await writeFile(out, exported.csv);
      const lineups = result.lineups.map((l) => ({
        index: l.index, salary: l.salary, projection: l.projection, ownershipSum: l.ownershipSum,
        players: l.slots.map((s) => ({ slot: s.slot, id: s.player.id, name: s.player.name, team: s.player.team, salary: s.salary, points: s.points })),
        stacks: l.stacks.map((s) => `${s.key} ${s.positions.join('+')}`),
      }));
      const text = [
        `${result.lineups.length} ${slate.site} ${slate.sport} ${slate.gameType} lineups in ${result.stats.wallSeconds} s (${result.stats.solves} solves, ${result.stats.mode})`,
        ...proofLine(result.stats),
        ...projectionsText,
        ...result.warnings.map((w) => `warning: ${w}`),
        ...lineups.slice(0, 10).map((l) => `  #${l.index} ${l.projection.toFixed(2)} pts $${l.salary}: ${l.players.map((p) => `${p.slot} ${p.name}`).join(', ')}`),
        'top exposure: ' + result.exposure.players.slice(0, 8).map((p) => `${p.name} ${(p.share * 100).toFixed(0)}%`).join(', '),
        out ? `upload file written to ${out}${exported.unfilledEntries ? ` (${exported.unfilledEntries} entries left unchanged)` : ''}` : exported.csv,
      ].join('\n');
      return {
        json: { site, sport: slate.sport, gameType: slate.gameType, out: out ?? null, warnings: [...slate.warnings, ...result.warnings], stats: result.stats, lineups, exposure: result.exposure, missedExposure: result.missedExposure, ...projectionsJson },
        text,
      };
    } finally {
      await backend.close();
    }
  },
};
