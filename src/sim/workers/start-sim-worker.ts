import { Worker } from 'node:worker_threads';

/**
 * Starts the worker-thread entry `name` (a file in this folder): the .js file when built; under tsx or vitest
 * (.ts sources) a one-line bootstrap registers tsx's loader inside the worker first, since a worker thread does
 * not inherit the parent's loader hooks.
 */
export function startSimWorker(name: string): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, import.meta.url));
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}
