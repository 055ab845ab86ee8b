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
}

export interface ExposureBound { min?: number; max?: number }

export interface ParsedRulesForm { projectionSetId: number | null; rules: RulesFromForm }

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
export function parsePlayerExposure(body: Record<string, unknown>): { players: Record<string, ExposureBound>; problems: string[] } {
  const players: Record<string, ExposureBound> = {};
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(body)) {
    const m = /^p(min|max)_([A-Za-z0-9:_-]{1,40})$/.exec(key);
    if (!m || typeof raw !== 'string' || raw.trim() === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      problems.push(`exposure for ${m[2]}: "${raw}" is not a percentage (0-100)`);
      continue;
    }
    const bound = (players[m[2]!] ??= {});
    bound[m[1] as 'min' | 'max'] = value / 100;
  }
  for (const [id, b] of Object.entries(players)) {
    if (b.min !== undefined && b.max !== undefined && b.min > b.max) problems.push(`exposure for ${id}: min ${b.min * 100}% is above max ${b.max * 100}%`);
  }
  return { players, problems };
}

/**
 * A stack written as positions separated by spaces or commas, alternatives with '/': "QB WR/TE WR/TE" →
 * [['QB'],['WR','TE'],['WR','TE']].
 */
export function parseStackPositions(text: string): string[][] {
  return text.split(/[\s,]+/).filter(Boolean).map((slot) => slot.split('/').map((p) => p.trim().toUpperCase()).filter(Boolean)).filter((s) => s.length);
}

/** Throws a list of "field: problem" lines when the form cannot become rules. */
export function parseRulesForm(body: unknown): ParsedRulesForm | { problems: string[] } {
  const parsed = FormSchema.safeParse(body ?? {});
  if (!parsed.success) return { problems: zodProblemLines(parsed.error, { separator: ': ' }) };
  const f = parsed.data;
  const problems: string[] = [];
  const clash = f.lock.filter((id) => f.exclude.includes(id));
  if (clash.length) problems.push(`lock/exclude: ${clash.join(', ')} cannot be both locked and excluded`);
  const stacks: RulesFromForm['stacks'] = [];
  const stackPositions = parseStackPositions(f.stack);
  if (stackPositions.length === 1) problems.push('stack: a stack needs at least two positions, e.g. "QB WR/TE"');
  if (stackPositions.length > 1) {
    const bringBack = parseStackPositions(f.bringBack).flat();
    stacks.push({ kind: 'team', positions: stackPositions, count: f.stackCount ?? 1, ...(bringBack.length ? { bringBack: { positions: bringBack, count: 1 } } : {}) });
  }
  if (f.gameStack !== undefined) stacks.push({ kind: 'game', size: f.gameStack, minFromEachTeam: 1 });
  if (f.stackMaxExposure !== undefined) for (const stack of stacks) stack.maxExposure = f.stackMaxExposure / 100;
  const teams = parseTeamExposure(f.teamExposure);
  if (typeof teams === 'string') problems.push(teams);
  const playerExposure = parsePlayerExposure((body ?? {}) as Record<string, unknown>);
  problems.push(...playerExposure.problems);
  if ((f.ifPlayers.length > 0) !== (f.thenPlayers.length > 0)) problems.push('conditional rule: pick players for both "if" and "then"');
  if (problems.length) return { problems };
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
      ...(f.ifPlayers.length ? { conditionals: [{ if: [...new Set(f.ifPlayers)], then: [...new Set(f.thenPlayers)], min: 1 }] } : {}),
      ...(f.randomness ? { randomness: { distribution: 'normal' as const, amount: f.randomness / 100, perPlayer: {}, seed: 1 } } : {}),
    },
  };
}
