/**
 * The served OpenAPI document: 3.1, every response schema compiles (all $refs resolve), every operation has a
 * summary and declares its errors, every documented path is actually routed (no "no route" 404), and every
 * operation's answer was validated against the document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { startApiHarness, tokenUser, type ApiHarness } from './api-harness.js';
import { validateEveryResponse } from './validate-every-response.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
type Operation = { summary?: string; responses: Record<string, { content?: Record<string, { schema?: object }> }> };

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(async () => {
  try {
    // Every response above went through the validator (validate-every-response.ts): each documented operation
    // must have been answered at least once, so an operation added to the document without a route shows up here.
    const answered = new Set([...(h?.openapi.seen ?? [])].map((s) => s.split(' ').slice(0, 2).join(' ')));
    expect(h?.openapi.operations().filter((op) => !answered.has(op)) ?? []).toEqual([]);
  } finally {
    await h?.stop();
  }
});

describe('OpenAPI document', () => {
  it('when it is served, then every response schema compiles and every operation documents 401 (except login)', () => {
    const doc = h.openapi.doc as unknown as { paths: Record<string, Record<string, Operation>> };
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ ...doc, $id: 'openapi.json' });
    let compiled = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(op.summary, `${method} ${path} summary`).toBeTruthy();
        if (path !== '/api/v1/auth/login') expect(Object.keys(op.responses), `${method} ${path}`).toContain('401');
        for (const [status, response] of Object.entries(op.responses)) {
          const schema = response.content?.['application/json']?.schema;
          if (!schema) continue;
          const pointer = `openapi.json#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${status}/content/application~1json/schema`;
          expect(() => ajv.compile({ $ref: pointer })).not.toThrow();
          compiled += 1;
        }
      }
    }
    expect(compiled).toBeGreaterThan(60);
  });

  it('when each documented path is requested, then it is routed (never the "no route" fallback)', async () => {
    const admin = await tokenUser(h, 'admin');
    const doc = h.openapi.doc as unknown as { paths: Record<string, Record<string, Operation>> };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const concrete = path.replace('{jobId}', '00000000-0000-4000-8000-000000000000').replace('{id}', path.startsWith('/api/v1/jobs') ? '00000000-0000-4000-8000-000000000000' : '999999');
        const res = await request(h.baseUrl)[method as 'get' | 'post' | 'delete'](concrete).set('Authorization', admin.auth);
        expect(String(res.body?.error?.message ?? ''), `${method} ${concrete}`).not.toMatch(/^no route/);
      }
    }
  });

  it('when a response breaks the document, then the request itself fails without the test asking', async () => {
    // A stand-in server answering a documented path with an undocumented body, checked against the real document.
    const fake = express().get('/api/v1/me', (_req, res) => res.json({ user: 'not an object' }));
    const server = fake.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const stop = validateEveryResponse(baseUrl, h.openapi);
    try {
      await expect(request(baseUrl).get('/api/v1/me')).rejects.toThrow(/OpenAPI: GET \/api\/v1\/me 200 body does not match/);
      await expect(request(baseUrl).get('/api/v1/undocumented')).rejects.toThrow(/OpenAPI: no operation for GET \/api\/v1\/undocumented/);
    } finally {
      stop();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
