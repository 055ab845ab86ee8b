// Part of `npm install` (postinstall): compiles the TypeScript sources to dist/ (and bundles `optimize`) so the `sportsdata` command starts
// from JavaScript (see src/cli/bin.mjs). Skipped where there are no sources yet (the Docker build installs before
// it copies src/ and builds on its own); a failed build never fails the install: the command then runs the
// sources through tsx, as before.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('src/cli/main.ts') || !existsSync('tsconfig.build.json') || process.env.SPORTSDATA_SKIP_BUILD === '1') process.exit(0);
const result = spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (result.status !== 0) console.warn('sportsdata: compiling to dist/ failed; the CLI will run the TypeScript sources through tsx');
else {
  // The optimize bundle (scripts/bundle-cli.mjs) sits on top of dist/; without it `optimize` runs dist/cli/main.js.
  const bundled = spawnSync(process.execPath, ['scripts/bundle-cli.mjs'], { stdio: 'inherit' });
  if (bundled.status !== 0) console.warn('sportsdata: bundling the optimize command failed; it will run from dist/cli/main.js');
}
process.exit(0);
