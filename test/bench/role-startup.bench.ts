/**
 * Role start-up benchmark (issue 16): the `frontend` role started as production starts it, compiled (dist/, what
 * the Docker image and `npm start` after a build run) and from source (tsx, what bin.mjs runs for an edited
 * checkout): the project files and modules it loaded and its resident memory once /healthz answers, and whether it
 * loaded the solver (`highs`). The compiled run is skipped, with a note, when dist/ is missing or older than src/.
 * Run alone with `npm run bench -- role-startup` (after `npm run build` for the compiled figures).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withBenchDatabase, type Bench, type BenchMetric } from './bench-support.js';
import { PROJECT_ROOT, loadedPackage, measureRoleStartup, type StartMode } from '../support/role-startup.js';

const ROLE = process.env.BENCH_ROLE ?? 'frontend';

/** True when dist/ was built after the last change to a source file (the rule bin.mjs applies). */
function distIsFresh(): boolean {
  const main = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) return false;
  const builtAt = statSync(main).mtimeMs;
  return readdirSync(join(PROJECT_ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .every((e) => statSync(join(e.parentPath, e.name)).mtimeMs <= builtAt);
}

async function run(): Promise<BenchMetric[]> {
  return withBenchDatabase(async (url) => {
    const metrics: BenchMetric[] = [];
    const modes: StartMode[] = distIsFresh() ? ['compiled', 'source'] : ['source'];
    if (!modes.includes('compiled')) process.stderr.write('role-startup: dist/ missing or stale, compiled run skipped (npm run build)\n');
    for (const mode of modes) {
      const startup = await measureRoleStartup({ mode, role: ROLE, databaseUrl: url });
      const byModule = new Map<string, number>();
      for (const file of startup.projectFiles) {
        const top = file.split('/').slice(1, 2).join('/');
        byModule.set(top, (byModule.get(top) ?? 0) + 1);
      }
      const spread = [...byModule].sort((a, b) => b[1] - a[1]).map(([m, n]) => `${m} ${n}`).join(', ');
      const prefix = `${ROLE} ${mode}`;
      metrics.push(
        { name: `${prefix}: project files`, value: startup.projectFiles.length, unit: 'files', note: spread },
        { name: `${prefix}: modules`, value: startup.modules.length, unit: 'modules' },
        { name: `${prefix}: RSS at health`, value: startup.rssMiB, unit: 'MiB' },
        { name: `${prefix}: highs loaded`, value: loadedPackage(startup, 'highs') ? 1 : 0, unit: 'bool', target: 0 },
      );
    }
    return metrics;
  });
}

export const bench: Bench = { name: 'role-startup', run };

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const m of await run()) console.log(`${m.name}: ${m.value} ${m.unit}${m.note ? ` (${m.note})` : ''}`);
}
