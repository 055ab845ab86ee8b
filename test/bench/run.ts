/**
 * `npm run bench [-- name ...]`: runs the benchmarks (all, or those whose name contains an argument) and prints
 * each metric with its target and the ratio to it (below 1.00 meets the target).
 */
import { benches } from './index.js';
import type { BenchMetric } from './bench-support.js';

const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const rows: (BenchMetric & { bench: string })[] = [];
let failed = false;

for (const load of benches) {
  const { bench } = await load();
  if (filters.length && !filters.some((f) => bench.name.includes(f))) continue;
  process.stderr.write(`running ${bench.name}...\n`);
  try {
    for (const metric of await bench.run()) rows.push({ ...metric, bench: bench.name });
  } catch (error) {
    failed = true;
    process.stderr.write(`${bench.name} failed: ${(error as Error).stack ?? String(error)}\n`);
  }
}

const width = Math.max(10, ...rows.map((r) => r.name.length));
console.log(`${'metric'.padEnd(width)}  ${'value'.padStart(10)}  ${'target'.padStart(10)}  ratio`);
for (const r of rows) {
  const ratio = r.target ? (r.value / r.target).toFixed(2) : '';
  const value = `${r.value} ${r.unit}`;
  const target = r.target !== undefined ? `${r.target} ${r.unit}` : '';
  console.log(`${r.name.padEnd(width)}  ${value.padStart(10)}  ${target.padStart(10)}  ${ratio}${r.note ? `  (${r.note})` : ''}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
process.exitCode = failed ? 1 : 0;
