/**
 * When a user manages API tokens in the dashboard, then the list never shows a token, a new token is shown once
 * and works as Bearer against the API, revoking it makes the API answer 401, and nobody revokes another's token.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/api/index.js';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;

beforeAll(async () => {
  // The API role too: the new token is tried against /api/v1/slates in the same process.
  h = await startWebHarness(['backend-api']);
});
afterAll(async () => {
  await h?.stop();
});

const newTokenFrom = (html: string): string => {
  const match = /<code id="new-token">(sd_[A-Za-z0-9_-]+)<\/code>/.exec(html);
  if (!match?.[1]) throw new Error('no new token on the page');
  return match[1];
};

describe('API tokens page', () => {
  it('when the user has tokens, then /tokens lists name, prefix and last use but never the token; the nav links to it', async () => {
    const { token } = await createApiToken(h.t.db, h.user.id, 'laptop <script>');
    await request(h.baseUrl).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get('/tokens').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('<a href="/tokens" class="active">API tokens</a>');
    expect(res.text).toContain('laptop &lt;script&gt;');
    expect(res.text).toContain(`<code>${token.slice(0, 9)}…</code>`);
    expect(res.text).not.toContain(token);
    expect(res.text).toMatch(/s ago<\/td>/);
    const other = await signedIn(h.baseUrl, h.admin.email);
    expect((await other.get('/tokens').expect(200)).text).not.toContain('laptop &lt;script&gt;');
  });

  it('when a token is created, then it is shown once and works as Bearer against /api/v1/slates', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/tokens').expect(200);
    const res = await agent.post('/tokens').type('form').send({ _csrf: csrfFrom(page.text), name: 'nightly-script' }).expect(201);
    const token = newTokenFrom(res.text);
    expect(res.text).toContain('will not be shown again');
    const api = await request(h.baseUrl).get('/api/v1/slates').set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body).toHaveProperty('items');
    const again = await agent.get('/tokens').expect(200);
    expect(again.text).toContain('nightly-script');
    expect(again.text).not.toContain(token);
  });

  it('when the name is empty, then the form says so with 400 and nothing is created', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/tokens').expect(200);
    const before = await h.t.db.apiToken.count();
    const res = await agent.post('/tokens').type('form').send({ _csrf: csrfFrom(page.text), name: '  ' }).expect(400);
    expect(res.text).toContain('name is required');
    expect(await h.t.db.apiToken.count()).toBe(before);
  });

  it('when a token is revoked with a plain form, then the list marks it and the API answers 401', async () => {
    const { token, info } = await createApiToken(h.t.db, h.user.id, 'to-revoke');
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/tokens').expect(200);
    expect(page.text).toContain(`action="/tokens/${info.id}/revoke"`);
    const res = await agent.post(`/tokens/${info.id}/revoke`).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    expect(res.headers.location).toBe(`/tokens?revoked=${info.id}`);
    const after = await agent.get(res.headers.location as string).expect(200);
    expect(after.text).toContain(`Token ${info.id} revoked`);
    expect(after.text).toMatch(new RegExp(`<tr id="token-${info.id}" class="revoked">`));
    const api = await request(h.baseUrl).get('/api/v1/slates').set('Authorization', `Bearer ${token}`).expect(401);
    expect(api.body.error.code).toBe('unauthorized');
  });

  it('when htmx revokes a token, then only its row comes back, marked revoked and without a revoke button', async () => {
    const { info } = await createApiToken(h.t.db, h.user.id, 'htmx-revoke');
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/tokens').expect(200);
    const res = await agent.post(`/tokens/${info.id}/revoke`).set('HX-Request', 'true').set('X-CSRF-Token', csrfFrom(page.text)).expect(200);
    expect(res.text).not.toContain('<html');
    expect(res.text).toMatch(new RegExp(`^<tr id="token-${info.id}" class="revoked">`));
    expect(res.text).not.toContain('/revoke"');
  });

  it("when a user revokes another user's token, then it is a 404 and the token keeps working", async () => {
    const { token, info } = await createApiToken(h.t.db, h.admin.id, 'admin-script');
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/tokens').expect(200);
    const res = await agent.post(`/tokens/${info.id}/revoke`).type('form').send({ _csrf: csrfFrom(page.text) }).expect(404);
    expect(res.text).toContain(`API token ${info.id} not found`);
    await request(h.baseUrl).get('/api/v1/slates').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('when create or revoke is posted without the CSRF token, then it is refused and nothing changes', async () => {
    const { info } = await createApiToken(h.t.db, h.user.id, 'csrf-target');
    const agent = await signedIn(h.baseUrl, h.user.email);
    const before = await h.t.db.apiToken.count();
    await agent.post('/tokens').type('form').send({ name: 'forged' }).expect(403);
    await agent.post(`/tokens/${info.id}/revoke`).type('form').send({ _csrf: 'x'.repeat(43) }).expect(403);
    expect(await h.t.db.apiToken.count()).toBe(before);
    expect((await h.t.db.apiToken.findUniqueOrThrow({ where: { id: info.id } })).revokedAt).toBeNull();
  });

  it('when anonymous, then /tokens redirects to the login form', async () => {
    const res = await request(h.baseUrl).get('/tokens').expect(303);
    expect(res.headers.location).toBe('/login?next=%2Ftokens');
  });
});
