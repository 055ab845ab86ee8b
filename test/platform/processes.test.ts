/**
 * The image's start command, run for real: each role alone starts, is healthy and stops cleanly on SIGTERM
 * against a shared database; an unknown role exits non-zero naming the valid ones; the CLI speaks JSON and
 * fails with one line. The compose file and Dockerfile are checked against the roles and this command.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRoles, ROLE_NAMES } from '../../src/core/role-names.js';
import { loadConfig } from '../../src/config.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** The CMD of the Dockerfile's final stage, e.g. ['node', 'dist/main.js']. */
function imageCommand(): string[] {
  const cmd = readFileSync(join(root, 'Dockerfile'), 'utf8').split('\n').filter((l) => l.startsWith('CMD ')).at(-1);
  return JSON.parse(cmd?.slice(4) ?? '[]') as string[];
}

interface Started { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> }

/** Runs the image's command with extra environment and waits for the "platform started" log line. */
async function startImageCommand(env: Record<string, string>): Promise<Started> {
  const [command = 'node', ...args] = imageCommand();
  const child = spawn(command, args, { cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_SLATE: 'false', ...env } });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const line = output.split('\n').find((l) => l.includes('"msg":"platform started"'));
    if (line) return { child, port: (JSON.parse(line) as { port: number }).port, output: () => output, exited };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await run('npm', ['run', 'build'], { cwd: root });
}, 180_000);
afterAll(async () => {
  await t?.drop();
});

describe('the image start command', () => {
  it('when ROLE names an unknown role, then it exits non-zero naming the valid roles', async () => {
    const [command = 'node', ...args] = imageCommand();
    const result = await run(command, args, { cwd: root, env: { ...process.env, ROLE: 'sim-engine,webserver', DATABASE_URL: t.url } })
      .then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => error);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown role "webserver"; valid roles: ingest-dfs, ingest-odds/);
  });

  it('when backend-api and sim-engine run alone against one database, then each is healthy and stops cleanly on SIGTERM', async () => {
    const api = await startImageCommand({ ROLE: 'backend-api', DATABASE_URL: t.url });
    const sim = await startImageCommand({ ROLE: 'sim-engine', DATABASE_URL: t.url });
    for (const [started, role] of [[api, 'backend-api'], [sim, 'sim-engine']] as const) {
      const response = await fetch(`http://127.0.0.1:${started.port}/healthz`);
      expect(response.status).toBe(200);
      const body = await response.json() as { status: string; database: string; roles: Record<string, string> };
      expect(body).toEqual({ status: 'ok', database: 'ok', roles: { [role]: 'running' } });
    }
    api.child.kill('SIGTERM');
    sim.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(await sim.exited).toBe(0);
    for (const started of [api, sim]) {
      const log = started.output();
      // Ordered shutdown: HTTP, then the job workers, then the database.
      const order = ['stopping: HTTP', 'stopping: job workers', 'stopping: database', '"msg":"stopped"'].map((m) => log.indexOf(m));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });
});

describe('the CLI', () => {
  const cli = (args: string[]) => run('node', ['dist/cli/main.js', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: t.url } })
    .then((r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }), (e: { code: number; stdout: string; stderr: string }) => e);

  it('when asked for jobs with --json, then it prints one JSON object', async () => {
    const result = await cli(['jobs', 'list', '--state', 'failed', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ jobs: expect.any(Array) });
  });

  it('when a command fails, then it exits non-zero with a one-line reason on stderr', async () => {
    const result = await cli(['jobs', 'retry', '00000000-0000-0000-0000-000000000000']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/job 00000000-0000-0000-0000-000000000000 not found/);
  });

  it('when the command is unknown, then it exits 2 and says so', async () => {
    const result = await cli(['frobnicate', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({ error: expect.stringMatching(/unknown command "frobnicate"/) });
  });

  it('when migrate runs on a migrated database, then nothing is applied', async () => {
    const result = await cli(['migrate', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ applied: [] });
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, {
      environment?: Record<string, string>; image?: string; depends_on?: Record<string, { condition: string }>; ports?: string[];
      container_name?: string; stop_grace_period?: string; env_file?: { path: string; required: boolean }[];
    }>;
  };
  const appServices = Object.entries(compose.services).filter(([name]) => name !== 'db');

  it('has one service per role, each with a valid ROLE, the same image and a healthy database to wait for', () => {
    expect(appServices.map(([, s]) => s.environment?.ROLE).sort()).toEqual([...ROLE_NAMES].sort());
    for (const [name, service] of appServices) {
      expect(parseRoles(service.environment?.ROLE)).toEqual([name]);
      expect(service.image).toBe('sportsdata:latest');
      expect(service.depends_on?.db?.condition).toBe('service_healthy');
      expect(service.environment?.DATABASE_URL).toMatch(/@db:5432\//);
    }
  });

  it("gives in-flight jobs longer than the platform's shutdown timeout, and passes .env's settings to every role", () => {
    const shutdownSeconds = loadConfig({}).SHUTDOWN_TIMEOUT_MS / 1000;
    for (const [, service] of appServices) {
      expect(Number(/^(\d+)s$/.exec(service.stop_grace_period ?? '')?.[1])).toBeGreaterThan(shutdownSeconds);
      expect(service.env_file).toEqual([{ path: '.env', required: false }]);
    }
  });

  it('lets sim-engine and optimizer scale (no fixed ports or names)', () => {
    for (const name of ['sim-engine', 'optimizer']) {
      expect(compose.services[name]?.ports).toBeUndefined();
      expect(compose.services[name]?.container_name).toBeUndefined();
    }
  });

  it('runs the command these tests run', () => {
    expect(imageCommand()).toEqual(['node', 'dist/main.js']);
  });
});
