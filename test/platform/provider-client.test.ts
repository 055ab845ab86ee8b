/** The shared provider client against a local server: JSON, query strings, and errors that keep what a caller needs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderClient, ProviderError } from '../../src/core/http/provider-client.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({
    'GET /ok': { body: { hello: 'world' } },
    'GET /limited': { status: 429, headers: { 'retry-after': '120', 'x-requests-remaining': '0' }, body: { message: 'quota used up' } },
    'GET /broken': { status: 502, body: 'bad gateway' },
    'GET /garbage': { body: '{not json' },
  });
});
afterAll(() => server.close());

const client = () => createProviderClient({ provider: 'test-api', baseUrl: `${server.url}/`, headers: { 'x-key': 'k' } });

async function failure(path: string): Promise<ProviderError> {
  const error = await client().getJson(path).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('createProviderClient', () => {
  it('when the provider answers JSON, then it is parsed and the query and headers are sent', async () => {
    const response = await client().getJson<{ hello: string }>('/ok', { sport: 'NFL', skip: undefined });
    expect(response.body).toEqual({ hello: 'world' });
    const request = server.requests.at(-1);
    expect(request?.query.get('sport')).toBe('NFL');
    expect(request?.query.has('skip')).toBe(false);
    expect(request?.headers['x-key']).toBe('k');
  });

  it('when the provider refuses with 429, then the error is not retryable and keeps its headers and body', async () => {
    const error = await failure('/limited');
    expect(error.status).toBe(429);
    expect(error.retryable).toBe(false);
    expect(error.headers['retry-after']).toBe('120');
    expect(error.bodyExcerpt).toContain('quota used up');
  });

  it('when the provider fails with 5xx or sends garbage, then the error is retryable', async () => {
    expect((await failure('/broken')).retryable).toBe(true);
    const garbage = await failure('/garbage');
    expect(garbage.message).toMatch(/malformed JSON/);
    expect(garbage.retryable).toBe(true);
  });
});
