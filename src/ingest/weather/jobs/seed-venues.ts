import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';

/** Upserts the venue table from prisma/seed-data/venues.json and links home teams (idempotent). */
export const seedVenuesJob = defineJob({
  name: 'ingest-weather.seed-venues',
  role: 'ingest-weather',
  description: 'Seeds NFL and MLB venues (coordinates, roof, field bearing) and home teams',
  schema: z.object({}),
  policy: { retryLimit: 2, retryDelay: 10, expireInSeconds: 5 * 60 },
  handler: async (_payload, ctx) => {
    const { seedVenues } = await import('../store/seed-venues.js');
    return seedVenues(ctx.db);
  },
});
