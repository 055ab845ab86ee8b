/**
 * The optimizer rules form (urlencoded) → the optimizer's rules object. Only shapes the input: the optimizer's
 * own schema (through the API) validates it. Problems a user can fix in the form are reported by field here.
 */
import { z } from 'zod';
import { formNumber } from '../forms/form-number.js';
import { dbId } from '../../core/validation/db-id.js';
import type { OptimizerRulesInput } from '../../optimizer/index.js';

export interface RulesFromForm {
  lineups: number;
  minUnique: number;
  locks: { player: string }[];
  excludePlayers: string[];
  maxPerTeam?: number;
  minSalary?: number;
  stacks: ({ kind: 'team'; positions: string[][]; count: number; bringBack?: { positions: string[]; count: number } } | { kind: 'game'; size: number; minFromEachTeam: number })[];
  exposure: { mode: 'strict' | 'best-effort'; maxPlayer?: number; players: Record<string, never>; teams: Record<string, never> };
  randomness?: { distribution: 'normal'; amount: number; perPlayer: Record<string, never>; seed: number };
}

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
});

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
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'form'}: ${i.message}`) };
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
      exposure: { mode: f.exposureMode, ...(f.maxExposure !== undefined ? { maxPlayer: f.maxExposure / 100 } : {}), players: {}, teams: {} },
      ...(f.randomness ? { randomness: { distribution: 'normal' as const, amount: f.randomness / 100, perPlayer: {}, seed: 1 } } : {}),
    },
  };
}
