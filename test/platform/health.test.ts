/** /healthz runs SELECT 1: 200 when the database answers and every role runs, 503 otherwise. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../src/core/http/create-app.js';
import { createDb, type Db } from '../../src/core/db.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

let t: TestDb;
let unreachable: Db;

beforeAll(async () => {
  t = await createTestDb();
  // Port 1 on loopback: nothing listens there, so every query fails at once.
  unreachable = createDb('postgresql://postgres@127.0.0.1:1/none', { max: 1 });
});
afterAll(async () => {
  await unreachable?.$disconnect();
  await t?.drop();
});

describe('GET /healthz', () => {
  it('when the database answers and the roles run, then it is 200 ok', async () => {
    const response = await request(createApp(t.db, { roles: { 'sim-engine': 'running' } })).get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'ok', roles: { 'sim-engine': 'running' } });
  });

  it('when the database is down, then it is 503 and says so', async () => {
    const response = await request(createApp(unreachable, { roles: { 'sim-engine': 'running' } })).get('/healthz');
    expect(response.status).toBe(503);
    expect(response.body.status).toBe('unhealthy');
    expect(response.body.database).toMatch(/^down: /);
  });

  it('when a role failed to start, then it is 503 naming the role', async () => {
    const response = await request(createApp(t.db, { roles: { 'ingest-odds': 'failed: provider config invalid', optimizer: 'running' } })).get('/healthz');
    expect(response.status).toBe(503);
    expect(response.body.roles['ingest-odds']).toBe('failed: provider config invalid');
  });
});
