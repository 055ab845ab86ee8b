/** Where the demo's seed files live (prisma/seed-data/demo, shipped with the project), for tsx and the build. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'prisma', 'seed-data', 'demo');
export const DEMO_SALARIES = 'dk_nfl_classic_2025-11-16_DKSalaries.csv';
export const DEMO_CONTEXT = 'context_nfl_2025-11-16.json';
export const DEMO_INJURIES = 'nflverse_injuries_2025_week11_SYNTHETIC.csv';
/** The demo slate's name, which is also how later steps find it again. */
export const DEMO_SLATE_NAME = 'Demo · NFL main, week 11 2025';
