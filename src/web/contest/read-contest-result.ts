/**
 * A finished contest run's stored result (see finishContestRun in src/sim: { payout, field, lineups[] }) as the
 * results table shows it. The JSON is read through a schema because older or partial rows must render as
 * "no results" rather than crash the page; rows are sorted by the column the user picked, ROI by default.
 */
import { z } from 'zod';

const LineupResult = z.object({
  index: z.number().int(), lineupId: z.number().int().nullable(),
  roi: z.number(), averagePayout: z.number(), winRate: z.number(), topRate: z.number(), cashRate: z.number(),
  averageFinish: z.number(), duplicates: z.number(),
});
const Spread = z.object({ p10: z.number(), p50: z.number(), p90: z.number() });
/** The field summary (issue 14); runs finished before it existed have none and show no field section. */
const FieldSummary = z.object({
  winningScore: Spread, cashLine: Spread, medianScore: z.number(), meanScore: z.number().optional(), duplicateRate: z.number(), meanRoi: z.number(),
  roiCheck: z.object({ prizePool: z.number(), entryFees: z.number(), paidMin: z.number(), paidMax: z.number(), sampledSims: z.number() }).optional(),
});
const ContestResult = z.object({
  payout: z.object({ name: z.string(), source: z.string().optional(), fieldSize: z.number(), entryFee: z.number(), warnings: z.array(z.string()).optional() }),
  field: z.unknown().transform((f) => FieldSummary.safeParse(f).data ?? null),
  lineups: z.array(LineupResult),
});
export type ContestLineupResult = z.infer<typeof LineupResult>;
export type ContestResultView = z.infer<typeof ContestResult>;

/** Columns the table sorts by, with their better direction (a lower average finish is better). */
export const CONTEST_SORTS = {
  roi: { label: 'ROI', key: 'roi', desc: true },
  win: { label: 'Win %', key: 'winRate', desc: true },
  top: { label: 'Top 1 %', key: 'topRate', desc: true },
  cash: { label: 'Cash %', key: 'cashRate', desc: true },
  finish: { label: 'Avg finish', key: 'averageFinish', desc: false },
  dupes: { label: 'Duplicates', key: 'duplicates', desc: false },
} as const satisfies Record<string, { label: string; key: keyof ContestLineupResult; desc: boolean }>;
export type ContestSort = keyof typeof CONTEST_SORTS;

export const contestSortOf = (value: unknown): ContestSort => (typeof value === 'string' && value in CONTEST_SORTS ? (value as ContestSort) : 'roi');

/** The result sorted for the table, or null when the stored JSON is not a contest result. */
export function readContestResult(result: unknown, sort: ContestSort = 'roi'): ContestResultView | null {
  const parsed = ContestResult.safeParse(result);
  if (!parsed.success) return null;
  const { key, desc } = CONTEST_SORTS[sort];
  // Ties keep the lineup order so the table is stable between reloads.
  const lineups = [...parsed.data.lineups].sort((a, b) => (desc ? b[key] - a[key] : a[key] - b[key]) || a.index - b.index);
  return { ...parsed.data, lineups };
}
