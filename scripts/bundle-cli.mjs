// Bundles the `sportsdata optimize` path into one file, dist/cli/optimize.bundle.mjs, after `tsc` has built dist/.
// Why: a cold `optimize -n 1` spends ~5x more time starting Node and resolving ~150 ES modules (our files plus zod,
// luxon, csv-parse) than solving; one pre-linked file loads in a fraction of that. esbuild is the bundler tsx already
// runs on; it is a direct dependency so this script never relies on a transitive install.
//
// Two details keep the bundle honest to the compiled tree it sits in:
// - `import.meta.url` in each bundled source file is rewritten to the URL of that file's compiled twin in dist/, so
//   `new URL('./solver-worker.js', import.meta.url)` still finds dist/optimizer/engine/solver-worker.js and the
//   paths to views/, prisma/ and migrations stay right.
// - The full command list (./commands/index.js) stays outside: only `optimize` runs from the bundle (src/cli/bin.mjs),
//   every other command runs from dist/cli/main.js, so no class (AppError, CliError) exists twice in one process.
// highs stays external: it loads its WebAssembly next to its own file.
import { build } from 'esbuild';
import { readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'src');
const outdir = join(root, 'dist', 'cli');
const entryName = 'optimize.bundle';

/** The compiled twin of a source file, as a path relative to the bundle's folder ('../optimizer/engine/x.js'). */
function compiledTwin(sourcePath) {
  const rel = relative(srcDir, sourcePath).replace(/\.ts$/, '.js');
  const fromBundle = relative(outdir, join(root, 'dist', rel)).split(sep).join('/');
  return fromBundle.startsWith('.') ? fromBundle : `./${fromBundle}`;
}

const rewriteImportMeta = {
  name: 'import-meta-url-of-compiled-twin',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const twin = JSON.stringify(compiledTwin(args.path));
      return { contents: text.replaceAll('import.meta.url', `new URL(${twin}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

const commandListOutside = {
  name: 'command-list-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/index\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// Chunks from an earlier build would pile up beside the new ones.
for (const name of await readdir(outdir).catch(() => [])) {
  if (/^optimize\..*\.mjs$/.test(name)) await rm(join(outdir, name));
}

await build({
  entryPoints: { [entryName]: join(srcDir, 'cli', 'main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  // Lazily imported code (the projections checker, the sim-draw pool, ...) becomes chunks loaded only when used;
  // they sit beside the entry so every chunk's compiled-twin paths are the same.
  splitting: true,
  chunkNames: 'optimize.chunk-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['highs', '@node-rs/argon2'],
  plugins: [rewriteImportMeta, commandListOutside],
  // CommonJS dependencies bundled into ESM need a `require` for Node built-ins.
  banner: { js: "import { createRequire as __sdCreateRequire } from 'node:module'; const require = __sdCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
