import highsModule, { type Highs } from 'highs';

type Loader = () => Promise<Highs>;

let loading: Promise<Highs> | null = null;

/**
 * The HiGHS WebAssembly runtime, loaded once per thread (the first load costs ~0.5 s; keep it warm).
 * The package's CommonJS typings describe the loader as `.default` while Node's ESM entry exports it directly:
 * accept both shapes.
 */
export function loadHighs(): Promise<Highs> {
  const candidate: unknown = highsModule;
  const loader = (typeof candidate === 'function' ? candidate : (candidate as { default: unknown }).default) as Loader;
  loading ??= loader();
  return loading;
}
