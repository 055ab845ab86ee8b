/**
 * A contest simulation's payout table: as the user entered it, or a real DraftKings contest's, fetched by id from
 * the contest API (DRAFTKINGS_API_URL) so the sim uses that contest's exact entry fee, size and prize tiers.
 */
import { z } from 'zod';
import type { Config } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { ProviderError } from '../../core/http/provider-client.js';
import { createDkApi } from '../../ingest/dfs/index.js';
import { parseDkContestDetail } from '../../sim/index.js';

/** `{ draftkingsContestId }`: use that DraftKings contest's entry fee, size and prize tiers. */
export const payoutByContestIdSchema = z.strictObject({ draftkingsContestId: z.number().int().positive() });
const byContestId = payoutByContestIdSchema;

export type PayoutSourceConfig = Pick<Config, 'DRAFTKINGS_API_URL' | 'DRAFTKINGS_LOBBY_URL'>;

/** `{ draftkingsContestId }` → that contest's payout table; anything else is returned for the schema to check. */
export async function resolvePayout(payout: unknown, config: PayoutSourceConfig | undefined): Promise<unknown> {
  const ref = byContestId.safeParse(payout);
  if (!ref.success) return payout;
  if (!config) throw new AppError('invalid_request', 'payout by DraftKings contest id is not available here: enter the payout table');
  const id = ref.data.draftkingsContestId;
  let body: unknown;
  try {
    body = await createDkApi(config, 10_000).contest(id);
  } catch (error) {
    if (error instanceof ProviderError && error.status === 404) throw new AppError('not_found', `DraftKings contest ${id} not found`);
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('provider_unavailable', `could not read DraftKings contest ${id}: ${reason}`);
  }
  try {
    return parseDkContestDetail(body);
  } catch {
    throw new AppError('provider_unavailable', `DraftKings contest ${id}: the contest API answered in an unexpected shape`);
  }
}
