import { z } from 'zod';
import { MAX_CONTEST_LINEUPS } from '../contest/contest-limits.js';
import { PayoutTableSchema } from '../contest/payout-table.js';

/** Sims per accumulation block (mirrors CONTEST_BLOCK; kept here so the job schema loads no engine code). */
const BLOCK = 100;

/** What starts a contest simulation. */
export const ContestRunRequestSchema = z
  .object({
    slateId: z.number().int().positive(),
    /** A projection set with draws (a simulation run's set). */
    projectionSetId: z.number().int().positive(),
    /** Our lineups: a stored lineup set, or slatePlayerIds per lineup in slot order. */
    lineupSetId: z.number().int().positive().optional(),
    lineups: z
      .array(z.array(z.number().int().positive()).max(20))
      .max(MAX_CONTEST_LINEUPS, { message: `at most ${MAX_CONTEST_LINEUPS} lineups in one contest simulation (MAX_CONTEST_LINEUPS)` })
      .optional(),
    payout: PayoutTableSchema,
    /** Take projected ownership from this set (e.g. an upload) instead of projectionSetId's ownership column. */
    ownershipSetId: z.number().int().positive().optional(),
    /** 'projection': the set's ownership column (estimated where missing); 'estimate': always estimate. */
    ownership: z.enum(['projection', 'estimate']).default('projection'),
    seed: z.number().int().nonnegative().optional(),
    chunkSize: z.number().int().min(BLOCK).default(2_000),
    userId: z.number().int().positive().nullable().optional(),
  })
  .refine((r) => r.lineupSetId !== undefined || (r.lineups?.length ?? 0) > 0, { message: 'give lineupSetId or lineups' });
export type ContestRunRequest = z.input<typeof ContestRunRequestSchema>;
