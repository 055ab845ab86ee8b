/**
 * The `sportsdata` command's choice of what to run (src/cli/choose-entry.mjs) on made-up trees, and the optimize
 * bundle (scripts/bundle-cli.mjs, built by `npm install`/`npm run build`) against the TypeScript sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseEntry } from '../../src/cli/choose-entry.mjs';
import { runCliCaptured } from '../support/run-cli.js';

const choose = chooseEntry;

const root = fileURLToPath(new URL('../..', import.meta.url));
const trees: string[] = [];
afterAll(() => { for (const t of trees) rmSync(t, { recursive: true, force: true }); });

/** A tree with the given files, each written with the given modification time (seconds since the epoch). */
function tree(files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-entry-'));
  trees.push(dir);
  for (const [path, mtime] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, mtime, mtime);
  }
  return dir;
}

describe('chooseEntry', () => {
  const source = { 'src/cli/main.ts': 100, 'src/optimizer/x.ts': 100, 'src/optimizer/x.test.ts': 500 };

  it('runs the sources through tsx when there is no build', () => {
    expect(choose(tree(source), ['optimize'], {}).kind).toBe('source');
  });

  it('runs optimize from the bundle and other commands from dist when the build is newer than every source', () => {
    const dir = tree({ ...source, 'dist/cli/main.js': 200, 'dist/cli/optimize.bundle.mjs': 200 });
    expect(choose(dir, ['optimize', '-n', '1'], {})).toEqual({ kind: 'bundle', file: join(dir, 'dist/cli/optimize.bundle.mjs') });
    expect(choose(dir, ['simulate'], {})).toEqual({ kind: 'compiled', file: join(dir, 'dist/cli/main.js') });
  });

  it('never runs a build older than an edited source (test files do not count)', () => {
    const edited = tree({ ...source, 'src/optimizer/x.ts': 300, 'dist/cli/main.js': 200, 'dist/cli/optimize.bundle.mjs': 200 });
    expect(choose(edited, ['optimize'], {}).kind).toBe('source');
    expect(choose(edited, ['simulate'], {}).kind).toBe('source');
  });

  it('falls back to dist when only the bundle is stale or missing', () => {
    const stale = tree({ ...source, 'dist/cli/main.js': 300, 'dist/cli/optimize.bundle.mjs': 50 });
    expect(choose(stale, ['optimize'], {}).kind).toBe('compiled');
    const missing = tree({ ...source, 'dist/cli/main.js': 300 });
    expect(choose(missing, ['optimize'], {}).kind).toBe('compiled');
  });

  it('uses the build where there are no sources (the Docker image) and the sources when asked to', () => {
    const image = tree({ 'dist/cli/main.js': 1, 'dist/cli/optimize.bundle.mjs': 1 });
    expect(choose(image, ['optimize'], {}).kind).toBe('bundle');
    expect(choose(image, ['start'], { SPORTSDATA_FROM_SOURCE: '1' }).kind).toBe('compiled');
    const dir = tree({ ...source, 'dist/cli/main.js': 200, 'dist/cli/optimize.bundle.mjs': 200 });
    expect(choose(dir, ['optimize'], { SPORTSDATA_FROM_SOURCE: '1' }).kind).toBe('source');
  });
});

describe('the optimize bundle', () => {
  const bundle = join(root, 'dist', 'cli', 'optimize.bundle.mjs');
  const salaries = join(root, 'test', 'fixtures', 'optimizer', 'dk_nfl_classic_2022-11-20_DKSalaries.csv');

  it('writes the same lineups as the TypeScript sources', async () => {
    // `npm install` and `npm run build` make it; a checkout without it would silently test nothing.
    expect(existsSync(bundle), `${bundle} is missing: run npm run build`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
    trees.push(dir);
    const args = ['optimize', '--site', 'draftkings', '--salaries', salaries, '-n', '3', '--workers', '0'];
    const fromBundle = spawnSync(process.execPath, [join(root, 'src', 'cli', 'bin.mjs'), ...args, '--out', join(dir, 'bundle.csv')], { encoding: 'utf8' });
    // bin.mjs may pick the sources when this checkout has edits newer than its build; run the bundle itself too.
    const direct = spawnSync(process.execPath, [bundle, ...args, '--out', join(dir, 'direct.csv')], { encoding: 'utf8' });
    expect(direct.status, direct.stderr).toBe(0);
    expect(fromBundle.status, fromBundle.stderr).toBe(0);
    const fromSource = await runCliCaptured([...args, '--out', join(dir, 'source.csv')]);
    expect(fromSource.code, fromSource.stderr).toBe(0);
    const expected = readFileSync(join(dir, 'source.csv'), 'utf8');
    expect(expected.split('\n').length).toBeGreaterThan(3);
    expect(readFileSync(join(dir, 'direct.csv'), 'utf8')).toBe(expected);
    expect(readFileSync(join(dir, 'bundle.csv'), 'utf8')).toBe(expected);
  });
});
