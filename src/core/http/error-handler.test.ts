/**
 * The one error middleware through real HTTP: an express app with an API path and a page path, errors thrown by
 * both, with and without a role's error pages registered.
 */
import express, { type Express } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { installErrorHandling, registerErrorPages } from './error-handler.js';

function appWith(pages: boolean): Express {
  const app = express();
  app.use(express.json({ limit: '1kb' }));
  app.get('/api/v1/thing', () => {
    throw new AppError('not_found', 'thing 7 not found');
  });
  app.post('/api/v1/thing', (_req, res) => res.json({ ok: true }));
  app.get('/slates/7', () => {
    throw new AppError('not_cancellable', 'run 7 is done');
  });
  app.get('/boom', () => {
    throw new Error('secret connection string in here');
  });
  if (pages) {
    registerErrorPages(app, {
      page: (_req, res, error) => void res.type('html').send(`<h1>${error.status} page</h1><p>${error.message}</p>`),
      fragment: (_req, res, error) => void res.set('HX-Retarget', '#flash').type('html').send(`<div>${error.message}</div>`),
    });
  }
  installErrorHandling(app, createLogger('silent'));
  return app;
}

describe('one error middleware', () => {
  const app = appWith(true);

  it('when an /api request fails, then it answers JSON with the code, message and the code\'s status, whatever Accept says', async () => {
    const res = await request(app).get('/api/v1/thing').set('Accept', 'text/html').expect(404);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'thing 7 not found', details: null } });
  });

  it('when a dashboard page fails for a browser, then the registered HTML page answers with the status', async () => {
    const res = await request(app).get('/slates/7').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(409);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.text).toBe('<h1>409 page</h1><p>run 7 is done</p>');
  });

  it('when the same page is asked for as JSON, then JSON answers', async () => {
    const res = await request(app).get('/slates/7').set('Accept', 'application/json').expect(409);
    expect(res.body.error).toMatchObject({ code: 'not_cancellable', message: 'run 7 is done' });
  });

  it('when an htmx request fails, then a page path gets the role\'s fragment and an /api path the plain alert', async () => {
    const page = await request(app).get('/slates/7').set('HX-Request', 'true').expect(409);
    expect(page.headers['hx-retarget']).toBe('#flash');
    expect(page.text).toBe('<div>run 7 is done</div>');
    const api = await request(app).get('/api/v1/thing').set('HX-Request', 'true').expect(404);
    expect(api.text).toBe('<div class="error" role="alert">thing 7 not found</div>');
  });

  it('when something unknown is thrown, then a 500 tells nothing of it; a bad or too large JSON body is a 400/413', async () => {
    const res = await request(app).get('/boom').set('Accept', 'application/json').expect(500);
    expect(res.body.error.code).toBe('internal');
    expect(JSON.stringify(res.body)).not.toContain('secret');
    const bad = await request(app).post('/api/v1/thing').set('Content-Type', 'application/json').send('{"a":').expect(400);
    expect(bad.body.error.code).toBe('invalid_json');
    const big = await request(app).post('/api/v1/thing').send({ a: 'x'.repeat(4000) }).expect(413);
    expect(big.body.error.code).toBe('payload_too_large');
  });

  it('when no role registered pages, then every path answers JSON, unknown paths a 404 naming the route', async () => {
    const res = await request(appWith(false)).get('/nowhere').set('Accept', 'text/html').expect(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', message: 'no route for GET /nowhere' });
  });
});
