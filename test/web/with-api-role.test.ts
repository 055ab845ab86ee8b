/**
 * When the dashboard runs in one process with the backend API (the default: every role), then each answers its
 * own paths: pages stay HTML, /api stays JSON, and a browser session works for both.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness(['backend-api']);
});
afterAll(async () => {
  await h?.stop();
});

describe('frontend next to backend-api', () => {
  it('when both roles run, then pages are HTML, the API is JSON and /healthz reports both', async () => {
    await request(h.baseUrl).get('/login').expect(200).expect('content-type', /html/);
    await request(h.baseUrl).get('/').expect(303);
    const api = await request(h.baseUrl).get('/api/v1/slates').expect(401);
    expect(api.headers['content-type']).toContain('json');
    const health = await request(h.baseUrl).get('/healthz').expect(200);
    expect(health.body.roles).toEqual({ frontend: 'running', 'backend-api': 'running' });
  });

  it('when signed in through the dashboard, then the same session reads the API', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    await agent.get('/').expect(200).expect('content-type', /html/);
    const res = await agent.get('/api/v1/slates').expect(200);
    expect(res.body).toHaveProperty('items');
  });
});
