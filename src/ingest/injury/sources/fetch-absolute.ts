import { createProviderClient, type ProviderResponse } from '../../../core/http/provider-client.js';

/**
 * GETs an absolute URL (a configured feed or CSV) through the provider client, so errors are ProviderErrors
 * with `retryable` like every other provider. The query string is passed apart: the client builds it.
 */
export async function fetchAbsoluteText(provider: string, url: string): Promise<ProviderResponse<string>> {
  const u = new URL(url);
  const client = createProviderClient({ provider, baseUrl: u.origin, timeoutMs: 20_000 });
  return client.getText(u.pathname, Object.fromEntries(u.searchParams));
}
