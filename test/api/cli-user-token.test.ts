/**
 * `sportsdata user create` and `sportsdata token create` against a real database: the password comes from stdin,
 * the token is printed once and works as a Bearer token on the real API.
 */
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { runCli } from '../../src/cli/main.js';
import { sha256 } from '../../src/api/auth/secrets.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

let h: ApiHarness;

beforeAll(async () => {
  h = await startApiHarness();
  // The CLI reads its configuration from the environment, like in production.
  process.env.DATABASE_URL = h.t.url;
  process.env.LOG_LEVEL = 'silent';
});
afterAll(async () => {
  await h?.stop();
});

async function cli(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, done) { append(String(chunk)); done(); } });
  const code = await runCli(args, {
    stdout: sink((s) => { stdout += s; }) as unknown as typeof process.stdout,
    stderr: sink((s) => { stderr += s; }) as unknown as typeof process.stderr,
    stdin: Readable.from([input]) as unknown as typeof process.stdin,
  });
  return { code, stdout, stderr };
}

describe('sportsdata user create', () => {
  it('when a password is piped with --admin, then an admin with an argon2id hash is created and can log in', async () => {
    const result = await cli(['user', 'create', '--email', 'Ops@Example.com', '--admin', '--password-stdin', '--json'], 'a-long-admin-password\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { user: { email: string; role: string } };
    expect(body.user).toMatchObject({ email: 'ops@example.com', role: 'admin' });
    const row = await h.platform.db.user.findUniqueOrThrow({ where: { email: 'ops@example.com' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    await request(h.baseUrl).post('/api/v1/auth/login').send({ email: 'ops@example.com', password: 'a-long-admin-password' }).expect(200);
  });

  it('when the email is taken, the password short or --password-stdin missing, then it exits non-zero with one line', async () => {
    await cli(['user', 'create', '--email', 'dup@example.com', '--password-stdin'], 'first-password-ok');
    const dup = await cli(['user', 'create', '--email', 'dup@example.com', '--password-stdin'], 'first-password-ok');
    expect(dup.code).not.toBe(0);
    expect(dup.stderr).toMatch(/already exists/);
    const short = await cli(['user', 'create', '--email', 'short@example.com', '--password-stdin'], 'short');
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/at least 10 characters/);
    // One password rule (issue 18 item 13): not only spaces, and no longer than the login form can send.
    const spaces = await cli(['user', 'create', '--email', 'spaces@example.com', '--password-stdin'], ' '.repeat(11));
    expect(spaces.code).not.toBe(0);
    expect(spaces.stderr).toMatch(/password must not be only spaces/);
    const huge = await cli(['user', 'create', '--email', 'huge@example.com', '--password-stdin'], 'p'.repeat(2 * 1024 * 1024));
    expect(huge.code).not.toBe(0);
    expect(huge.stderr).toMatch(/password must be at most 1024 characters/);
    expect(await h.platform.db.user.count({ where: { email: { in: ['spaces@example.com', 'huge@example.com'] } } })).toBe(0);
    const noStdin = await cli(['user', 'create', '--email', 'x@example.com']);
    expect(noStdin.code).not.toBe(0);
    expect(noStdin.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('sportsdata token create', () => {
  it('when --json is given, then it prints {"token"} once; the hash is stored and the token authenticates', async () => {
    await cli(['user', 'create', '--email', 'script@example.com', '--password-stdin'], 'script-user-password');
    const result = await cli(['token', 'create', '--email', 'script@example.com', '--name', 'nightly', '--json']);
    expect(result.code).toBe(0);
    const { token } = JSON.parse(result.stdout) as { token: string };
    expect(token).toMatch(/^sd_[A-Za-z0-9_-]{40,}$/);
    expect(await h.platform.db.apiToken.count({ where: { tokenHash: sha256(token), name: 'nightly' } })).toBe(1);
    const me = await request(h.baseUrl).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.user.email).toBe('script@example.com');
  });

  it('when a token is revoked from the CLI, then the API refuses it and the list marks it revoked', async () => {
    await cli(['user', 'create', '--email', 'revoker@example.com', '--password-stdin'], 'revoker-password-ok');
    const { token, id } = JSON.parse((await cli(['token', 'create', '--email', 'revoker@example.com', '--name', 'temp', '--json'])).stdout) as { token: string; id: number };
    await request(h.baseUrl).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    const revoked = await cli(['token', 'revoke', '--email', 'revoker@example.com', '--id', String(id)]);
    expect(revoked.code).toBe(0);
    await request(h.baseUrl).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
    const list = JSON.parse((await cli(['token', 'list', '--email', 'revoker@example.com', '--json'])).stdout) as { tokens: { id: number; revokedAt: string | null }[] };
    expect(list.tokens.find((t) => t.id === id)?.revokedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(token);
  });

  it('when the user does not exist, then it fails naming the email', async () => {
    const result = await cli(['token', 'create', '--email', 'ghost@example.com', '--name', 'x']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ghost@example.com/);
  });
});
