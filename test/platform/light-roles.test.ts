/**
 * Light roles stay light (issue 16): the `frontend` role, started as production starts it in a child process, never
 * loads the solver (HiGHS or the optimizer's search), and the sim-engine role never loads the injury news parser
 * (RSS/XML) just to read injury statuses. A wide index.ts re-exporting heavy code would bring them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { loadedPackage, measureRoleStartup, type RoleStartup } from '../support/role-startup.js';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t?.drop(); });

const SOLVER = /^src\/optimizer\/(solver|engine|search|model|sim-pool)\//;

describe('role start-up', () => {
  let frontend: RoleStartup;

  it('when the frontend role starts, then it answers health without loading the solver', async () => {
    frontend = await measureRoleStartup({ mode: 'source', role: 'frontend', databaseUrl: t.url, memory: false });
    // The recording saw the role's own code: a recorder that saw nothing would pass every check below.
    expect(frontend.projectFiles).toContain('src/web/role.ts');
    expect(frontend.projectFiles).toContain('src/optimizer/index.ts');
    expect(loadedPackage(frontend, 'express')).toBe(true);
    expect(loadedPackage(frontend, 'highs')).toBe(false);
    expect(frontend.projectFiles.filter((f) => SOLVER.test(f) || f === 'src/optimizer/optimize-lineups.ts')).toEqual([]);
  }, 120_000);

  it('when the sim-engine role starts and its job code is loaded, then the injury news parser is not', async () => {
    const sim = await measureRoleStartup({ mode: 'source', role: 'sim-engine', databaseUrl: t.url, memory: false, preload: ['src/sim/start-runs.ts'] });
    expect(sim.projectFiles).toContain('src/sim/start-runs.ts');
    // The status vocabulary lives in core (src/core/player-status.ts), so the sim loads it without the injury module.
    expect(sim.projectFiles).toContain('src/core/player-status.ts');
    expect(sim.projectFiles.filter((f) => f.startsWith('src/ingest/injury/parse/parse-news-feed'))).toEqual([]);
    expect(loadedPackage(sim, 'fast-xml-parser')).toBe(false);
  }, 120_000);
});
