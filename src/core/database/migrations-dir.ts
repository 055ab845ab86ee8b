/** Where the SQL migrations live, for both `tsx src/...` and the compiled `dist/...`. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const MIGRATIONS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'prisma', 'migrations');
