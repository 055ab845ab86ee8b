/** The jobs of this module, in the order the registry lists them (src/app/registry.ts). */
import { importDraftGroupJob } from './import-draft-group.js';
import { importFile } from './import-file.js';
import { pollDraftkings } from './poll-draftkings.js';

export const dfsJobs = [importFile, pollDraftkings, importDraftGroupJob] as const;
