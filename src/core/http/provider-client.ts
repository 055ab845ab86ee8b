/**
 * The HTTP client every data provider uses (got). It does not retry by itself: a failed fetch fails the job and
 * pg-boss retries it with backoff, so retries are visible and bounded. Errors say whether a retry can help.
 */
import got, { HTTPError, RequestError, type Got } from 'got';

export class ProviderError extends Error {
  constructor(
    message: string,
    /** HTTP status, or null for a network fault or an unreadable body. */
    readonly status: number | null,
    /** False for faults a retry cannot fix (401, 403, 404, 429 with quota gone, malformed body). */
    readonly retryable: boolean,
    readonly provider: string,
    /** The error response's headers (e.g. Retry-After, quota headers), when there was a response. */
    readonly headers: Record<string, string | string[] | undefined> = {},
    /** The start of the error response's body (providers explain 4xx there), when there was one. */
    readonly bodyExcerpt: string | null = null,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

export interface ProviderClientOptions {
  /** Names the provider in errors and logs. */
  provider: string;
  baseUrl: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface ProviderResponse<T> { body: T; status: number; headers: Record<string, string | string[] | undefined> }

export interface ProviderClient {
  /** GETs a path (relative to the base URL) and parses the body as JSON. */
  getJson<T = unknown>(path: string, query?: Record<string, string | number | undefined>): Promise<ProviderResponse<T>>;
  /** GETs a path and returns the raw text (feeds, CSV). */
  getText(path: string, query?: Record<string, string | number | undefined>): Promise<ProviderResponse<string>>;
}

const retryableStatus = (status: number): boolean => status >= 500 || status === 408;

function toProviderError(provider: string, url: string, error: unknown): ProviderError {
  if (error instanceof HTTPError) {
    const status = error.response.statusCode;
    const body = typeof error.response.body === 'string' ? error.response.body.slice(0, 500) : null;
    return new ProviderError(`${provider}: HTTP ${status} from ${url}`, status, retryableStatus(status), provider, error.response.headers, body || null);
  }
  if (error instanceof RequestError) {
    return new ProviderError(`${provider}: ${error.code ?? 'network error'} fetching ${url}`, null, true, provider);
  }
  return new ProviderError(`${provider}: ${(error as Error).message}`, null, true, provider);
}

function cleanQuery(query: Record<string, string | number | undefined> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
}

/** Creates a client bound to one provider's base URL. */
export function createProviderClient(options: ProviderClientOptions): ProviderClient {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const client: Got = got.extend({
    prefixUrl: base,
    headers: { 'user-agent': 'sportsdata (self-hosted DFS platform)', ...options.headers },
    timeout: { request: options.timeoutMs ?? 15_000 },
    retry: { limit: 0 },
    throwHttpErrors: true,
  });
  const fetchText = async (path: string, query?: Record<string, string | number | undefined>): Promise<ProviderResponse<string>> => {
    const relative = path.replace(/^\//, '');
    try {
      const response = await client.get(relative, { searchParams: cleanQuery(query) });
      return { body: response.body, status: response.statusCode, headers: response.headers };
    } catch (error) {
      throw toProviderError(options.provider, `${base}${relative}`, error);
    }
  };
  return {
    getText: fetchText,
    async getJson<T>(path: string, query?: Record<string, string | number | undefined>) {
      const response = await fetchText(path, query);
      try {
        return { ...response, body: JSON.parse(response.body) as T };
      } catch {
        throw new ProviderError(`${options.provider}: malformed JSON from ${path}`, response.status, true, options.provider);
      }
    },
  };
}
