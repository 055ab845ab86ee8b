/**
 * The platform's one error middleware with the dashboard and the API in one process: the same failure (a slate
 * that does not exist) answers JSON under /api and the dashboard's HTML page on a page path, each with the status
 * of its code; a client asking a page path for JSON gets JSON.
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

describe('errors answer in the form the request asks for', () => {
  it('when a missing slate is read through /api, then a JSON 404 with code not_found answers', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get('/api/v1/slates/999999').set('Accept', 'text/html').expect(404);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'slate 999999 not found', details: null } });
  });

  it('when the same slate is opened as a dashboard page, then the HTML error page answers with 404 and the message', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get('/slates/999999').set('Accept', 'text/html').expect(404);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.text).toContain('404 · Not found');
    expect(res.text).toContain('slate 999999 not found');
    expect(res.text).toContain('Back to the slates');
    const json = await agent.get('/slates/999999').set('Accept', 'application/json').expect(404);
    expect(json.body.error).toMatchObject({ code: 'not_found', message: 'slate 999999 not found' });
  });

  it('when an htmx request on a page fails, then the alert fragment is retargeted to the flash area', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get('/slates/999999/pool').set('HX-Request', 'true').expect(404);
    expect(res.headers['hx-retarget']).toBe('#flash');
    expect(res.text).toMatch(/<div class="alert error" role="alert">[^<]*not found<\/div>/);
  });

  it('when a dashboard form is refused, then its page shows the code\'s status; the API answers its own refusal in JSON', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    // A non-admin on an admin page: forbidden is 403 in both forms.
    const page = await agent.get('/admin/jobs').expect(403);
    expect(page.text).toContain('403 · Not allowed');
    const api = await agent.get('/api/v1/jobs').expect(403);
    expect(api.body.error.code).toBe('forbidden');
    const anonymous = await request(h.baseUrl).get('/api/v1/slates').set('Accept', 'text/html').expect(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
  });
});
