/** `sportsdata grade --slate ID [--projection-set ID] [--lineup-set ID] [--json]`: a projection set (and lineup set) against the slate's results. */
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
  usage: 'sportsdata grade --slate ID [--projection-set ID] [--lineup-set ID] [--json]',
  options: { slate: { type: 'string' }, 'projection-set': { type: 'string' }, 'lineup-set': { type: 'string' } },
  async run({ values }) {
    const slateId = idOption(values, 'slate');
    if (slateId === undefined) throw new CliError('--slate is required');
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
