/**
 * The contest simulation form (urlencoded) → the API's contest start input. Only shapes the input and names the
 * problems a user can fix in the form; startSimulation still checks ownership, draws and the payout schema.
 * The payout is either a DraftKings contest id (the use-case fetches its table) or a table entered by hand.
 */
import { z } from 'zod';
import { formNumber } from '../forms/form-number.js';
import { MAX_DB_ID } from '../../core/validation/db-id.js';
import type { StartSimulationInput } from '../../api/index.js';
import { parsePayoutLines } from './parse-payout-lines.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

const id = (what: string) => z.coerce.number({ error: `choose a ${what}` }).int().positive(`choose a ${what}`).max(MAX_DB_ID, `the ${what} id must be at most ${MAX_DB_ID}`);
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const FormSchema = z.object({
  lineupSetId: id('lineup set'),
  projectionSetId: id('projection set with draws'),
  payoutSource: z.enum(['draftkings', 'manual'], { error: 'choose a DraftKings contest or enter the payout' }),
  draftkingsContestId: z.preprocess(blankToUndefined, formNumber().int().positive('a DraftKings contest id is a positive number').optional()),
  contestName: z.string().trim().max(80).default(''),
  entryFee: z.preprocess(blankToUndefined, formNumber().nonnegative('the entry fee cannot be negative').max(100_000).optional()),
  fieldSize: z.preprocess(blankToUndefined, formNumber().int().min(2, 'a field has at least 2 entries').max(2_000_000).optional()),
  tiers: z.string().max(20_000).default(''),
});

export type ContestStart = Extract<StartSimulationInput, { kind: 'contest' }>;
export type ParsedContestForm = { input: ContestStart } | { problem: string };

const problemOf = (error: z.ZodError): string => describeZodError(error, { separator: ': ' });

export function parseContestForm(body: unknown, slateId: number): ParsedContestForm {
  const form = FormSchema.safeParse(body ?? {});
  if (!form.success) return { problem: problemOf(form.error) };
  const f = form.data;
  const base = { kind: 'contest' as const, slateId, lineupSetId: f.lineupSetId, projectionSetId: f.projectionSetId };
  if (f.payoutSource === 'draftkings') {
    if (f.draftkingsContestId === undefined) return { problem: 'draftkingsContestId: enter the DraftKings contest id (the number in the contest URL)' };
    return { input: { ...base, payout: { draftkingsContestId: f.draftkingsContestId } } };
  }
  if (f.entryFee === undefined) return { problem: 'entryFee: enter the entry fee' };
  if (f.fieldSize === undefined) return { problem: 'fieldSize: enter the field size (entries when full)' };
  const tiers = parsePayoutLines(f.tiers, f.fieldSize);
  if ('problem' in tiers) return tiers;
  const name = f.contestName || `$${f.entryFee} ${f.fieldSize.toLocaleString('en-US')}-entry contest`;
  return { input: { ...base, payout: { name, entryFee: f.entryFee, fieldSize: f.fieldSize, tiers: tiers.tiers, source: 'user' } } };
}
