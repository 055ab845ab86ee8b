import type { Highs } from 'highs';

type Loader = () => Promise<Highs>;

let loading: Promise<Highs> | null = null;

/**
 * The HiGHS WebAssembly runtime, loaded once per thread (the first load costs ~0.5 s; keep it warm). The package
 * is imported on first use, so a process the exact search serves alone never loads it.
 * The package's CommonJS typings describe the loader as `.default` while Node's ESM entry exports it directly:
 * accept both shapes.
 */
export function loadHighs(): Promise<Highs> {
  loading ??= import('highs').then((mod) => {
    const candidate: unknown = mod.default;
    const loader = (typeof candidate === 'function' ? candidate : (candidate as { default: unknown }).default) as Loader;
    return loader();
  });
  return loading;
}
