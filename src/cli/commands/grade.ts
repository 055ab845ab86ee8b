/**
 * `sportsdata grade --slate ID [--projection-set ID] [--lineup-set ID] [--json]`: a projection set (and lineup set) against the slate's results.
 * `sportsdata grade --slate ID --contest [--simulation ID] [--json]`: the simulated contest field against the real standings.
 */
import { CliError, stringOption, type Command, type OptionValues } from '../command.js';
import { withDatabase } from '../database-session.js';

function idOption(values: OptionValues, name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new CliError(`--${name} must be an id`);
  return id;
}

const fmt = (x: number | null, digits = 2): string => (x === null ? '-' : x.toFixed(digits));

export const gradeCommand: Command = {
  path: ['grade'],
  summary: 'Grade a projection set (default: the slate\'s latest) and optionally a lineup set against the slate\'s results',
  usage: 'sportsdata grade --slate ID [--projection-set ID] [--lineup-set ID] [--json] | sportsdata grade --slate ID --contest [--simulation ID] [--json]',
  options: { slate: { type: 'string' }, 'projection-set': { type: 'string' }, 'lineup-set': { type: 'string' }, contest: { type: 'boolean' }, simulation: { type: 'string' } },
  async run({ values }) {
    const slateId = idOption(values, 'slate');
    if (slateId === undefined) throw new CliError('--slate is required');
    if (values.contest === true) return gradeContestField(slateId, idOption(values, 'simulation'));
    const projectionSetId = idOption(values, 'projection-set');
    const lineupSetId = idOption(values, 'lineup-set');
    const { gradeSlate } = await import('../../results/index.js');
    const grade = await withDatabase(({ db }) => gradeSlate(db, {
      slateId, ...(projectionSetId !== undefined ? { projectionSetId } : {}), ...(lineupSetId !== undefined ? { lineupSetId } : {}),
    }));
    const players = grade.players.map(({ slatePlayerId, name, team, position, salary, actual, played, actualOwnership, mean, p10, p25, p50, p75, p90, p99 }) =>
      ({ slatePlayerId, name, team, position, salary, actual, played, actualOwnership, mean, p10, p25, p50, p75, p90, p99 }));
    const s = grade.summary;
    const text = [
      `slate ${grade.slateId}, projection set ${grade.projectionSetId ?? '-'}: n ${s.n} (${s.played} played)`,
      `MAE ${fmt(s.mae)} (AvgPointsPerGame ${fmt(s.baselineMae)}), correlation ${fmt(s.correlation, 3)}, CRPS ${fmt(s.crps)}, ownership MAE ${fmt(s.ownershipMae)}`,
      'coverage   nominal  all    played',
      ...(['p10', 'p25', 'p50', 'p75', 'p90', 'p99'] as const).map((k) =>
        `  ${k}      ${(Number(k.slice(1)) / 100).toFixed(2)}     ${fmt(s.coverage[k])}   ${fmt(grade.playedSummary.coverage[k])}`),
      ...(grade.lineups ?? []).map((l) => `lineup ${l.index}: projected ${l.projection.toFixed(2)}, actual ${fmt(l.actual)}` +
        l.contests.map((c) => `, rank ${c.rank}/${c.entries} (${c.percentile.toFixed(1)}th pct) in contest ${c.contestKey}`).join('')),
    ].join('\n');
    const { players: _omit, ...rest } = grade;
    void _omit;
    return { json: { ...rest, players }, text };
  },
};

/** The contest check: simulated field vs the imported standings, one row per measure. */
async function gradeContestField(slateId: number, simulationRunId: number | undefined) {
  const { gradeContest } = await import('../../results/index.js');
  const grade = await withDatabase(({ db }) => gradeContest(db, { slateId, ...(simulationRunId !== undefined ? { simulationRunId } : {}) }));
  const label = { winningScore: 'winning score', medianScore: 'median score', ownershipMae: 'ownership MAE (pts)', duplicateRate: 'duplicate rate' } as const;
  const text = [
    `slate ${grade.slateId}: contest simulation ${grade.simulationRunId} vs real contest ${grade.contestKey} (${grade.entries} entries)`,
    'measure               simulated       real   difference',
    ...grade.field.map((r) => `${label[r.measure].padEnd(20)} ${String(r.simulated).padStart(10)} ${String(r.measure === 'ownershipMae' ? '-' : r.real).padStart(10)} ${String(r.difference).padStart(12)}${r.relative === null ? '' : ` (${(r.relative * 100).toFixed(1)}%)`}`),
  ].join('\n');
  return { json: { ...grade }, text };
}
