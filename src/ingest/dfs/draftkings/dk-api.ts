import type { Config } from '../../../config.js';
import { createProviderClient } from '../../../core/http/provider-client.js';

/** The DraftKings endpoints ingest-dfs reads, each returning the raw JSON body (parsed by parse/*). */
export interface DkApi {
  /** www.draftkings.com/lobby/getcontests?sport=NFL */
  lobby(sport: string): Promise<unknown>;
  /** api.draftkings.com/draftgroups/v1/{dg} */
  draftGroup(draftGroupId: number): Promise<unknown>;
  /** api.draftkings.com/draftgroups/v1/draftgroups/{dg}/draftables */
  draftables(draftGroupId: number): Promise<unknown>;
  /** api.draftkings.com/lineups/v1/gametypes/{id}/rules */
  rules(gameTypeId: number): Promise<unknown>;
  /** api.draftkings.com/contests/v1/contests/{id}: a contest's entry fee, size and payout tiers */
  contest(contestId: number): Promise<unknown>;
}

export const DK_PROVIDER = 'draftkings';

/**
 * DraftKings over the platform's provider client (got): base URLs from DRAFTKINGS_API_URL and DRAFTKINGS_LOBBY_URL.
 * No retries here: a failed fetch fails the job and pg-boss retries it with backoff.
 */
export function createDkApi(config: Pick<Config, 'DRAFTKINGS_API_URL' | 'DRAFTKINGS_LOBBY_URL'>, timeoutMs = 20_000): DkApi {
  const api = createProviderClient({ provider: DK_PROVIDER, baseUrl: config.DRAFTKINGS_API_URL, timeoutMs, headers: { accept: 'application/json' } });
  const lobby = createProviderClient({ provider: DK_PROVIDER, baseUrl: config.DRAFTKINGS_LOBBY_URL, timeoutMs, headers: { accept: 'application/json' } });
  return {
    lobby: async (sport) => (await lobby.getJson('lobby/getcontests', { sport })).body,
    draftGroup: async (dg) => (await api.getJson(`draftgroups/v1/${dg}`)).body,
    draftables: async (dg) => (await api.getJson(`draftgroups/v1/draftgroups/${dg}/draftables`)).body,
    rules: async (id) => (await api.getJson(`lineups/v1/gametypes/${id}/rules`)).body,
    contest: async (id) => (await api.getJson(`contests/v1/contests/${id}`)).body,
  };
}
