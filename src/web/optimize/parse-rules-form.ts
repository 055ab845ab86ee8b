/**
 * The optimizer rules form (urlencoded) → the optimizer's rules object. Only shapes the input: the optimizer's
 * own schema (through the API) validates it. Problems a user can fix in the form are reported by field here.
 */
import { z } from 'zod';
import { formNumber } from '../forms/form-number.js';
import { dbId } from '../../core/validation/db-id.js';
import type { OptimizerRulesInput } from '../../optimizer/index.js';
import { zodProblemLines } from '../../core/validation/zod-problems.js';

export interface RulesFromForm {
  lineups: number;
  minUnique: number;
  locks: { player: string }[];
  excludePlayers: string[];
  maxPerTeam?: number;
  minSalary?: number;
  stacks: ({ kind: 'team'; positions: string[][]; count: number; bringBack?: { positions: string[]; count: number }; maxExposure?: number } | { kind: 'game'; size: number; minFromEachTeam: number; maxExposure?: number })[];
  exposure: { mode: 'strict' | 'best-effort'; maxPlayer?: number; players: Record<string, ExposureBound>; teams: Record<string, ExposureBound> };
  randomness?: { distribution: 'normal'; amount: number; perPlayer: Record<string, never>; seed: number };
  ownership?: { maxSum?: number; maxMean?: number };
  simDraws?: { blend: number };
  conditionals?: { if: string[]; then: string[]; min: number }[];
  groups?: { name: string; players: string[]; min?: number; max?: number }[];
}

/** Groups the form offers: a player's G select puts him in one; each group has its own min/max fields. */
export const FORM_GROUPS = 3;

export interface ExposureBound { min?: number; max?: number }

export interface ParsedRulesForm { projectionSetId: number | null; rules: RulesFromForm }

/** Problems as "field: message" lines, and the same keyed by the form input they belong to (shown beside it). */
export interface RulesFormProblems { problems: string[]; fieldErrors: Record<string, string> }

// A compile-time check that the form's output is rules input the optimizer accepts (type only: the frontend
// never loads the solver's code).
const fitsOptimizer = (rules: RulesFromForm): OptimizerRulesInput => rules;
void fitsOptimizer;

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().min(1).max(40)).max(2000));
const optionalNumber = (schema: z.ZodNumber) => z.preprocess((v) => (v === '' || v === undefined ? undefined : v), formNumber().pipe(schema).optional());

const FormSchema = z.object({
  set: optionalNumber(dbId()),
  lineups: formNumber().int().min(1, 'at least 1 lineup').max(500, 'at most 500 lineups from the dashboard (use the API for more)'),
  minUnique: optionalNumber(z.number().int().min(1).max(8)),
  lock: list,
  exclude: list,
  maxPerTeam: optionalNumber(z.number().int().min(1).max(8)),
  minSalary: optionalNumber(z.number().int().min(0)),
  maxExposure: optionalNumber(z.number().min(1, 'max exposure is a percentage (1-100)').max(100)),
  exposureMode: z.enum(['strict', 'best-effort']).default('best-effort'),
  stack: z.string().trim().max(60).default(''),
  stackCount: optionalNumber(z.number().int().min(1).max(4)),
  bringBack: z.string().trim().max(30).default(''),
  gameStack: optionalNumber(z.number().int().min(2).max(8)),
  randomness: optionalNumber(z.number().min(0).max(100)),
  /** Per-stack exposure: no team (or game) stacked in more than this share of lineups, percent. */
  stackMaxExposure: optionalNumber(z.number().min(1, 'stack max exposure is a percentage (1-100)').max(100)),
  /** Team exposure, "KC:40 BUF:10-30": max percent, or min-max. */
  teamExposure: z.string().trim().max(400).default(''),
  /** Ownership caps: the lineup's summed projected ownership at most this many percent. */
  maxOwnership: optionalNumber(z.number().min(1).max(900)),
  /** Sim-draw mode: lineup k optimizes draw k blended with the projection (blend = projection share, percent). */
  simDraws: z.preprocess((v) => v === 'on' || v === '1' || v === 'true', z.boolean()).default(false),
  simBlend: optionalNumber(z.number().min(0).max(100)),
  /** A conditional rule: if any of these (site ids) then at least one of those. */
  ifPlayers: list,
  thenPlayers: list,
  /** At least this many of the "then" players. */
  thenMin: optionalNumber(z.number().int().min(1, 'then: at least 1').max(8, 'then: at most 8')),
  ...Object.fromEntries(Array.from({ length: FORM_GROUPS }, (_, i) => [
    [`group${i + 1}Min`, optionalNumber(z.number().int().min(0, 'a group min is 0 or more').max(9, 'a group min is at most 9'))],
    [`group${i + 1}Max`, optionalNumber(z.number().int().min(0, 'a group max is 0 or more').max(9, 'a group max is at most 9'))],
  ]).flat()) as Record<`group${number}${'Min' | 'Max'}`, z.ZodType<number | undefined>>,
});

/** "KC:40 BUF:10-30" → { KC: { max: 0.4 }, BUF: { min: 0.1, max: 0.3 } }, or the problem. */
export function parseTeamExposure(text: string): Record<string, ExposureBound> | string {
  const out: Record<string, ExposureBound> = {};
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const m = /^([A-Za-z]{2,4}):(?:(\d{1,3})-)?(\d{1,3})$/.exec(part);
    if (!m) return `team exposure: "${part}" is not TEAM:max or TEAM:min-max (percent), e.g. KC:40 BUF:10-30`;
    const min = m[2] === undefined ? undefined : Number(m[2]) / 100;
    const max = Number(m[3]) / 100;
    if (max > 1 || (min !== undefined && min > max)) return `team exposure: "${part}" needs 0 <= min <= max <= 100`;
    out[m[1]!.toUpperCase()] = { ...(min !== undefined ? { min } : {}), max };
  }
  return out;
}

/** Per-player exposure fields pmin_<id> / pmax_<id> (percent) → { id: { min, max } }, or the problems. */
export function parsePlayerExposure(body: Record<string, unknown>): { players: Record<string, ExposureBound>; problems: string[]; fields: string[] } {
  const players: Record<string, ExposureBound> = {};
  const problems: string[] = [];
  const fields: string[] = [];
  for (const [key, raw] of Object.entries(body)) {
    const m = /^p(min|max)_([A-Za-z0-9:_-]{1,40})$/.exec(key);
    if (!m || typeof raw !== 'string' || raw.trim() === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      problems.push(`exposure for ${m[2]}: "${raw}" is not a percentage (0-100)`);
      fields.push(key);
      continue;
    }
    const bound = (players[m[2]!] ??= {});
    bound[m[1] as 'min' | 'max'] = value / 100;
  }
  for (const [id, b] of Object.entries(players)) {
    if (b.min !== undefined && b.max !== undefined && b.min > b.max) {
      problems.push(`exposure for ${id}: min ${b.min * 100}% is above max ${b.max * 100}%`);
      fields.push(`pmin_${id}`);
    }
  }
  return { players, problems, fields };
}

/**
 * A stack written as positions separated by spaces or commas, alternatives with '/': "QB WR/TE WR/TE" →
 * [['QB'],['WR','TE'],['WR','TE']].
 */
export function parseStackPositions(text: string): string[][] {
  return text.split(/[\s,]+/).filter(Boolean).map((slot) => slot.split('/').map((p) => p.trim().toUpperCase()).filter(Boolean)).filter((s) => s.length);
}

/** Group fields grp_<id> = 1..FORM_GROUPS (the player's group) → players per group. */
function readGroupPicks(body: Record<string, unknown>): Map<number, string[]> {
  const picks = new Map<number, string[]>();
  for (const [key, raw] of Object.entries(body)) {
    const m = /^grp_([A-Za-z0-9:_-]{1,40})$/.exec(key);
    const group = typeof raw === 'string' && /^\d$/.test(raw) ? Number(raw) : 0;
    if (!m || group < 1 || group > FORM_GROUPS) continue;
    picks.set(group, [...(picks.get(group) ?? []), m[1]!]);
  }
  return picks;
}

/** The form's rules, or every problem named by its field ("field: message") and keyed by its input. */
export function parseRulesForm(body: unknown): ParsedRulesForm | RulesFormProblems {
  const fieldErrors: Record<string, string> = {};
  const problems: string[] = [];
  const problem = (field: string, line: string) => {
    problems.push(line);
    fieldErrors[field] ??= line.slice(line.indexOf(': ') + 2);
  };
  const parsed = FormSchema.safeParse(body ?? {});
  if (!parsed.success) {
    // The one formatter words each problem; the issue's first path segment says which input to mark.
    const lines = zodProblemLines(parsed.error, { separator: ': ' });
    parsed.error.issues.forEach((issue, k) => problem(String(issue.path[0] ?? '(root)'), lines[k] ?? issue.message));
    return { problems, fieldErrors };
  }
  const f = parsed.data;
  const raw = (body ?? {}) as Record<string, unknown>;
  const clash = f.lock.filter((id) => f.exclude.includes(id));
  if (clash.length) problem('lock', `lock/exclude: ${clash.join(', ')} cannot be both locked and excluded`);
  const stacks: RulesFromForm['stacks'] = [];
  const stackPositions = parseStackPositions(f.stack);
  if (stackPositions.length === 1) problem('stack', 'stack: a stack needs at least two positions, e.g. "QB WR/TE"');
  if (stackPositions.length > 1) {
    const bringBack = parseStackPositions(f.bringBack).flat();
    stacks.push({ kind: 'team', positions: stackPositions, count: f.stackCount ?? 1, ...(bringBack.length ? { bringBack: { positions: bringBack, count: 1 } } : {}) });
  }
  if (f.gameStack !== undefined) stacks.push({ kind: 'game', size: f.gameStack, minFromEachTeam: 1 });
  if (f.stackMaxExposure !== undefined) for (const stack of stacks) stack.maxExposure = f.stackMaxExposure / 100;
  const teams = parseTeamExposure(f.teamExposure);
  if (typeof teams === 'string') problem('teamExposure', teams);
  const playerExposure = parsePlayerExposure(raw);
  playerExposure.problems.forEach((line, i) => problem(playerExposure.fields[i]!, line));
  if ((f.ifPlayers.length > 0) !== (f.thenPlayers.length > 0)) problem('ifPlayers', 'conditional rule: pick players for both "if" and "then"');
  if (f.thenMin !== undefined && f.thenMin > f.thenPlayers.length && f.thenPlayers.length > 0) problem('thenMin', `conditional rule: at least ${f.thenMin} of ${f.thenPlayers.length} "then" players cannot be met`);
  const groups = readGroups(f as unknown as Record<string, number | undefined>, readGroupPicks(raw), problem);
  if (problems.length) return { problems, fieldErrors };
  return {
    projectionSetId: f.set ?? null,
    rules: {
      lineups: f.lineups,
      minUnique: f.minUnique ?? 1,
      locks: [...new Set(f.lock)].map((player) => ({ player })),
      excludePlayers: [...new Set(f.exclude)],
      ...(f.maxPerTeam !== undefined ? { maxPerTeam: f.maxPerTeam } : {}),
      ...(f.minSalary !== undefined ? { minSalary: f.minSalary } : {}),
      stacks,
      exposure: { mode: f.exposureMode, ...(f.maxExposure !== undefined ? { maxPlayer: f.maxExposure / 100 } : {}), players: playerExposure.players, teams: typeof teams === 'string' ? {} : teams },
      ...(f.maxOwnership !== undefined ? { ownership: { maxSum: f.maxOwnership / 100 } } : {}),
      ...(f.simDraws ? { simDraws: { blend: (f.simBlend ?? 0) / 100 } } : {}),
      ...(f.ifPlayers.length ? { conditionals: [{ if: [...new Set(f.ifPlayers)], then: [...new Set(f.thenPlayers)], min: f.thenMin ?? 1 }] } : {}),
      ...(groups.length ? { groups } : {}),
      ...(f.randomness ? { randomness: { distribution: 'normal' as const, amount: f.randomness / 100, perPlayer: {}, seed: 1 } } : {}),
    },
  };
}

/**
 * Groups 1..FORM_GROUPS: players picked into a group with its min and/or max ("at least 1 and at most 2 of these
 * in every lineup"). A group needs players and a bound; its bounds must fit its size.
 */
function readGroups(f: Record<string, number | undefined>, picks: Map<number, string[]>, problem: (field: string, line: string) => void): NonNullable<RulesFromForm['groups']> {
  const groups: NonNullable<RulesFromForm['groups']> = [];
  for (let g = 1; g <= FORM_GROUPS; g++) {
    const min = f[`group${g}Min`];
    const max = f[`group${g}Max`];
    const players = picks.get(g) ?? [];
    const field = `group${g}${min === undefined && max !== undefined ? 'Max' : 'Min'}`;
    if (!players.length && (min !== undefined || max !== undefined)) problem(field, `group ${g}: pick its players in the G column`);
    else if (players.length && min === undefined && max === undefined) problem(field, `group ${g}: ${players.length} player${players.length === 1 ? '' : 's'} picked, give it a min or a max`);
    else if (min !== undefined && max !== undefined && min > max) problem(`group${g}Min`, `group ${g}: min ${min} is above max ${max}`);
    else if (min !== undefined && min > players.length) problem(`group${g}Min`, `group ${g}: min ${min} is more than its ${players.length} player${players.length === 1 ? '' : 's'}`);
    else if (players.length) groups.push({ name: `group ${g}`, players, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
  }
  return groups;
}
