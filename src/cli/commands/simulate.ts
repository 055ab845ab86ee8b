/**
 * `sportsdata simulate --slate ID [--sims N] [--seed S] [--baseline SET_ID] [--correlations FILE.json] [--json]`: a
 * projections run in the foreground.
 */
import { readFile } from 'node:fs/promises';
import type { CorrelationOverrides } from '../../sim/index.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

function wholeNumber(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** The JSON of a --correlations file, or a one-line error naming the file. */
async function readJsonFile(option: string, path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`--${option} ${path}: ${(error as Error).message}`);
  }
}

export const simulateCommand: Command = {
  path: ['simulate'],
  summary: 'Simulate a slate (correlated Monte Carlo) and store the projection set',
  usage: 'sportsdata simulate --slate ID [--sims N] [--seed S] [--baseline PROJECTION_SET_ID] [--correlations FILE.json] [--json]',
  options: { slate: { type: 'string' }, sims: { type: 'string' }, seed: { type: 'string' }, baseline: { type: 'string' }, correlations: { type: 'string' } },
  async run({ values }) {
    const slateId = wholeNumber(stringOption(values, 'slate', true), 'slate', 1, 2 ** 31 - 1)!;
    const sims = wholeNumber(stringOption(values, 'sims'), 'sims', 100, 200_000) ?? 10_000;
    const seed = wholeNumber(stringOption(values, 'seed'), 'seed', 0, Number.MAX_SAFE_INTEGER);
    const baselineSetId = wholeNumber(stringOption(values, 'baseline'), 'baseline', 1, 2 ** 31 - 1) ?? null;
    const { runProjectionsInline, CorrelationOverridesSchema } = await import('../../sim/index.js');
    const correlationsFile = stringOption(values, 'correlations');
    let correlations: CorrelationOverrides | undefined;
    if (correlationsFile !== undefined) {
      // Checked with the run's own schema: a misspelt key is an error here, not a silently unused target.
      const parsed = CorrelationOverridesSchema.safeParse(await readJsonFile('correlations', correlationsFile));
      if (!parsed.success) {
        throw new CliError(`--correlations ${correlationsFile}: ${describeZodError(parsed.error)}`);
      }
      correlations = parsed.data;
    }
    const started = performance.now();
    const result = await withDatabase(async ({ db }) => {
      const { loadSlateInfo } = await import('../../slates/index.js');
      const exists = await loadSlateInfo(db, slateId);
      if (!exists) throw new CliError(`slate ${slateId} does not exist`);
      return runProjectionsInline(db, { slateId, sims, seed, baselineSetId, ...(correlations ? { correlations } : {}) });
    });
    const seconds = (performance.now() - started) / 1000;
    const players = result.rows.map((r) => ({
      slatePlayerId: r.slatePlayerId,
      name: r.name,
      team: r.team,
      position: r.position,
      salary: r.salary,
      mean: r.mean,
      sd: r.sd,
      median: r.median,
      p10: r.p10,
      p25: r.p25,
      p75: r.p75,
      p90: r.p90,
      p99: r.p99,
      value4x: r.value4x,
      value5x: r.value5x,
      bust: r.bust,
      ownership: r.ownership,
      baselineSource: r.baselineSource,
      playProbability: r.playProbability,
    }));
    const top = [...players].sort((a, b) => b.mean - a.mean).slice(0, 15);
    const text = [
      `simulation run ${result.runId}: ${sims} sims, seed ${result.seed}, projection set ${result.projectionSetId} (${seconds.toFixed(1)} s)`,
      ...result.warnings.map((w) => `warning: ${w}`),
      'top projections (mean / sd / p10-p90):',
      ...top.map((p) => `  ${p.name.padEnd(24)} ${p.position.padEnd(4)} ${p.team.padEnd(4)} ${p.mean.toFixed(2).padStart(6)} / ${p.sd.toFixed(2).padStart(5)} / ${p.p10.toFixed(1)}-${p.p90.toFixed(1)}`),
    ].join('\n');
    return { json: { runId: result.runId, slateId, sims, seed: result.seed, projectionSetId: result.projectionSetId, warnings: result.warnings, correlationTargets: result.correlationTargets, players }, text };
  },
};
