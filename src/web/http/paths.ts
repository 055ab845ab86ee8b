/** Where templates and static files live, for both `tsx src/web/...` and the compiled `dist/web/...`. */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');

export const VIEWS_DIR = join(root, 'views');
export const PUBLIC_DIR = join(root, 'public');
/** htmx from node_modules: the dashboard never loads script from a CDN. */
export const HTMX_FILE = createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js');
