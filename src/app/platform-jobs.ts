/** Jobs of the platform itself rather than of one module. */
import { z } from 'zod';
import { defineJob } from '../core/jobs/define-job.js';

export const purgeExpiredSessions = defineJob({
  name: 'platform.purge-expired-sessions',
  role: 'backend-api',
  description: 'Deletes login sessions past their expiry.',
  schema: z.object({}).strict(),
  policy: { retryLimit: 2, retryDelay: 60 },
  handler: async (_payload, { db }) => {
    const { deleteExpiredSessions } = await import('../api/index.js');
    return { deleted: await deleteExpiredSessions(db) };
  },
});

export const platformJobs = [purgeExpiredSessions] as const;
