/**
 * Starts one role in a child process the way production does (`sportsdata start --role <role>`), waits until it
 * answers /healthz, and reports what it loaded: the project's own files, every module, and the resident memory.
 * Used by the role start-up benchmark and by the tests that keep heavy code (the solver) out of light roles.
 *
 * Two runs per measurement: one with the recording hooks (record-loads.mjs) for the module list, one without them
 * for the memory, since the hooks thread itself holds memory a real process does not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** How the role is started: the compiled dist/ (the Docker image, `npm start` after a build) or src/ through tsx. */
export type StartMode = 'compiled' | 'source';

export interface RoleStartup {
  /** Every module the process loaded (ESM URLs and CommonJS paths, node: built-ins excluded), sorted. */
  modules: string[];
  /** The project's own files among them (src/ or dist/), relative to the project root. */
  projectFiles: string[];
  /** Resident memory (MiB) once /healthz answered, from a run without the recording hooks. */
  rssMiB: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function commandFor(mode: StartMode, role: string, record: boolean): string[] {
  const recorder = join(import.meta.dirname, 'role-startup', 'record-loads.mjs');
  if (mode === 'compiled') {
    const main = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} does not exist: run \`npm run build\` first`);
    return [...(record ? ['--import', pathToFileURL(recorder).href] : []), main, 'start', '--role', role];
  }
  // What bin.mjs does for an edited checkout (tsx's loader, then the source CLI); the recorder registers after tsx
  // so its hooks see the .ts files before tsx compiles them.
  return ['--import', 'tsx', ...(record ? ['--import', pathToFileURL(recorder).href] : []), join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), 'start', '--role', role];
}

async function waitUntil<T>(what: string, child: ChildProcess, output: () => string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the role exited (${child.exitCode}) before ${what}:\n${output()}`);
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function readRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kb) / 1024;
}

interface RunResult { modules: string[]; rssMiB: number }

async function runOnce(mode: StartMode, role: string, databaseUrl: string, record: boolean, timeoutMs: number, preload: string[]): Promise<RunResult> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'role-startup-'));
  const file = join(dir, 'loads.json');
  const child = spawn(process.execPath, commandFor(mode, role, record), {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_SLATE: 'false',
      NODE_ENV: 'test', RECORD_LOADS_FILE: file, RECORD_LOADS_IMPORT: preload.map((p) => join(PROJECT_ROOT, p)).join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntil('healthy /healthz', child, () => output, async () => {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return response.status === 200 ? true : undefined;
    }, timeoutMs);
    const rssMiB = readRss(child.pid!);
    if (!record) return { modules: [], rssMiB };
    child.kill('SIGUSR2');
    const dump = await waitUntil('module dump', child, () => output, async () => {
      if (!existsSync(file)) return undefined;
      return JSON.parse(readFileSync(file, 'utf8')) as { cjs: string[]; rss: number };
    }, 10_000);
    const esm = readFileSync(`${file}.esm`, 'utf8').split('\n').filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    return { modules: [...new Set([...esm, ...dump.cjs])].sort(), rssMiB };
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts `role` twice (recording, then plain) against `databaseUrl` and reports what it loaded. */
export async function measureRoleStartup(options: {
  mode: StartMode; role: string; databaseUrl: string; timeoutMs?: number;
  /** false: skip the second run and report the recording run's memory. */
  memory?: boolean;
  /** Project files (relative to the root) the recording run imports once healthy, before listing: job code. */
  preload?: string[];
}): Promise<RoleStartup> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const recorded = await runOnce(options.mode, options.role, options.databaseUrl, true, timeoutMs, options.preload ?? []);
  const rssMiB = options.memory === false ? recorded.rssMiB : (await runOnce(options.mode, options.role, options.databaseUrl, false, timeoutMs, [])).rssMiB;
  const own = [join(PROJECT_ROOT, 'src') + sep, join(PROJECT_ROOT, 'dist') + sep];
  const projectFiles = recorded.modules.filter((m) => own.some((prefix) => m.startsWith(prefix))).map((m) => m.slice(PROJECT_ROOT.length + 1));
  return { modules: recorded.modules, projectFiles, rssMiB: Math.round(rssMiB * 10) / 10 };
}

/** True when any loaded module lives in node_modules/<pkg>/. */
export function loadedPackage(startup: RoleStartup, pkg: string): boolean {
  const marker = `${sep}node_modules${sep}${pkg}${sep}`;
  return startup.modules.some((m) => m.includes(marker));
}
