import { z } from 'zod';
import { CorrelationOverridesSchema } from '../correlation/correlation-overrides.js';
import { correlationTargets } from '../correlation/correlation-targets.js';
import type { Db } from '../../core/db.js';
import { SPORTS } from '../../core/site-rules.js';
import { isCaptainRow } from '../../sites/index.js';
import { adjustPlayers } from '../adjust/adjust-players.js';
import { isKnownStatus } from '../adjust/play-probability.js';
import { conditionalBoosts } from '../adjust/redistribute-vacated.js';
import type { ProjectionInput } from '../adjust/types.js';
import { loadHistoryRecords, slateDate } from '../data/load-history.js';
import { applyHistory } from '../history/apply-history.js';
import { buildHistoryIndex } from '../history/history-index.js';
import { loadGameContexts, loadInjuryStatuses, loadProjectionSet, loadPropLines, loadSlateRows, propsByKey, type SlateInputs } from '../data/load-sim-inputs.js';

const SimPlayerSchema = z.object({
  key: z.string(),
  name: z.string(),
  team: z.string(),
  opponent: z.string().nullable(),
  gameKey: z.string().nullable(),
  position: z.string(),
  salary: z.number(),
  mean: z.number(),
  sd: z.number().nullable(),
  playProbability: z.number(),
  battingOrder: z.number().nullable(),
  line: z.number().nullable(),
});

/** What a projections run freezes at planning time, so every chunk samples the same model. */
export const ProjectionRunParamsSchema = z.object({
  sport: z.enum(SPORTS),
  site: z.string(),
  gameType: z.string(),
  chunkSize: z.number().int().positive(),
  baselineSetId: z.number().int().nullable(),
  players: z.array(SimPlayerSchema),
  /** Slate rows in slatePlayerId order: the layout of the stored draws. */
  rows: z.array(z.object({ slatePlayerId: z.number().int(), person: z.number().int(), captainRow: z.boolean(), positions: z.array(z.string()), salary: z.number() })),
  notes: z.record(z.string(), z.array(z.string())),
  /** Where each player's mean started (same order as players): upload, history, prior, site-average, none. */
  baselineSources: z.array(z.string()).default([]),
  /** Per-sim boosts of teammates while a questionable player sits. */
  boosts: z.array(z.object({ from: z.number().int(), to: z.number().int(), factor: z.number(), playsFactor: z.number().optional() })).default([]),
  warnings: z.array(z.string()),
  /** The job that planned the run: a retried planning job finds its run instead of starting another. */
  jobId: z.string().nullable().default(null),
  /** The user's correlation overrides, over the sport's defaults. */
  correlations: CorrelationOverridesSchema.default({}),
  /** The correlation targets the run samples and where each came from (history with its pairs, default, user). */
  correlationTargets: z.array(z.object({ key: z.string(), value: z.number(), source: z.enum(['history', 'default', 'user']), n: z.number().int() })).default([]),
});
export type ProjectionRunParams = z.infer<typeof ProjectionRunParamsSchema>;

/**
 * Reads the slate and every optional input present (uploaded baseline, odds lines and props, weather,
 * injuries) and turns them into the frozen run parameters. One simulated person per real player
 * (a showdown CPT row and its FLEX row share the person).
 */
export async function buildRunInputs(db: Db, slateId: number, options: { baselineSetId: number | null; chunkSize: number }): Promise<ProjectionRunParams> {
  const slate = await loadSlateRows(db, slateId);
  if (!slate) throw new Error(`slate ${slateId} does not exist`);
  if (!(SPORTS as readonly string[]).includes(slate.sport)) throw new Error(`slate ${slateId} is ${slate.sport}: the simulator models ${SPORTS.join(', ')}`);
  if (slate.rows.length === 0) throw new Error(`slate ${slateId} has no players`);
  const warnings: string[] = [];
  const baseline = options.baselineSetId === null ? null : await loadProjectionSet(db, options.baselineSetId);
  if (options.baselineSetId !== null && !baseline) throw new Error(`projection set ${options.baselineSetId} does not exist`);
  if (baseline && baseline.slateId !== slateId) throw new Error(`projection set ${options.baselineSetId} belongs to slate ${baseline.slateId}, not ${slateId}`);

  const people = groupPeople(slate);
  const playerIds = people.map((p) => p.playerId);
  const injuries = await loadInjuryStatuses(db, playerIds);
  // The site's probable-pitcher flag per row: FanDuel files flag every pitcher yes or no, DraftKings imports none.
  const probable = new Map(slate.sport === 'MLB' ? slate.rows.flatMap((r) => (r.isProbablePitcher === null ? [] : [[r.id, r.isProbablePitcher] as const])) : []);
  const siteInputs: ProjectionInput[] = people.map((person) => {
    const main = person.rows.find((r) => !r.isCaptain) ?? person.rows[0]!;
    const uploaded = baseline ? person.rows.map((r) => baseline.byRow.get(r.id)).find((b) => b !== undefined) : undefined;
    const status = injuries.get(person.playerId) ?? main.status;
    if (status && !isKnownStatus(status)) warnings.push(`${main.name}: unknown injury status "${status}" treated as healthy`);
    const baselineMean = uploaded?.mean ?? main.avgPoints;
    return {
      key: String(person.playerId),
      name: main.name,
      team: main.team,
      opponent: main.opponent,
      gameKey: main.gameKey,
      position: main.positions[0] ?? 'UTIL',
      salary: main.salary,
      baseline: baselineMean ?? null,
      baselineSource: uploaded ? 'upload' : main.avgPoints !== null ? 'site-average' : 'none',
      sd: uploaded?.sd ?? null,
      status,
      battingOrder: main.battingOrder,
      line: null,
      probablePitcher: probable.get(main.id) ?? null,
    };
  });
  const inputs = await withHistory(db, slate, people, siteInputs, warnings);
  if (slate.sport === 'MLB' && ![...probable.values()].some(Boolean)) {
    warnings.push('no probable-pitcher flags on this slate (DraftKings files carry none): every pitcher is simulated as starting');
  }
  const missing = inputs.filter((i) => i.baseline === null).length;
  if (missing > 0) warnings.push(`${missing} players have no projection or site average and score 0`);
  const props = await loadPropLines(db, playerIds);
  const games = await loadGameContexts(db, slate.rows);
  const adjusted = adjustPlayers(slate.sport, inputs, {
    games,
    props: propsByKey(people.map((p) => ({ key: String(p.playerId), playerId: p.playerId })), props),
    redistribute: baseline === null,
  });
  const personIndex = new Map(people.map((p, i) => [p.playerId, i]));
  return {
    sport: slate.sport,
    site: slate.site,
    gameType: slate.gameType,
    chunkSize: options.chunkSize,
    baselineSetId: options.baselineSetId,
    players: adjusted.map(({ baseline: _b, notes: _n, ...p }) => p),
    rows: slate.rows.map((r) => ({ slatePlayerId: r.id, person: personIndex.get(r.playerId)!, captainRow: r.isCaptain, positions: r.positions, salary: r.salary })),
    notes: Object.fromEntries(adjusted.filter((p) => p.notes.length > 0).map((p) => [p.key, p.notes.map((n) => `${n.kind} x${n.factor.toFixed(3)}: ${n.detail}`)])),
    warnings,
    baselineSources: inputs.map((i) => i.baselineSource),
    boosts: baseline === null ? conditionalBoosts(slate.sport, adjusted) : [],
    jobId: null,
    correlations: {},
    correlationTargets: correlationTargets(slate.sport, {}),
  };
}

/**
 * The history model over the site averages when the sport has stored results on this site before the slate's
 * date (sportsdata results import): history baselines and play probabilities read from the results; an upload
 * stays the user's. Without stored results the inputs are returned as they are.
 */
async function withHistory(db: Db, slate: SlateInputs, people: { playerId: number; rows: SlateInputs['rows'] }[], inputs: ProjectionInput[], warnings: string[]): Promise<ProjectionInput[]> {
  if (!slate.firstStartsAt) return inputs;
  const before = slateDate(slate.firstStartsAt);
  const records = await loadHistoryRecords(db, { sportCode: slate.sport, site: slate.site, before });
  if (records.length === 0) return inputs;
  const keys = people.map((person) => {
    const main = person.rows.find((r) => !r.isCaptain) ?? person.rows[0]!;
    return { historyKey: String(person.playerId), siteAverage: main.avgPoints };
  });
  const index = buildHistoryIndex(records, before);
  const out = applyHistory(slate.sport, inputs, keys, index);
  const dates = new Set(records.map((r) => r.date)).size;
  warnings.push(`history baseline: ${out.filter((i) => i.baselineSource === 'history').length} players from ${dates} earlier dates of stored results`);
  return out;
}

function groupPeople(slate: SlateInputs): { playerId: number; rows: SlateInputs['rows'] }[] {
  const map = new Map<number, SlateInputs['rows']>();
  for (const r of slate.rows) map.set(r.playerId, [...(map.get(r.playerId) ?? []), r]);
  return [...map.entries()].map(([playerId, rows]) => ({ playerId, rows }));
}
