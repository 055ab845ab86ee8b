/** /api/v1/jobs (admins): jobs by queue and state, counts, one job, retry, cancel — core/jobs/job-admin does the work. */
import { Router } from 'express';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { cancelJob, countJobs, getJob, JOB_STATES, listJobs, retryJob } from '../../core/jobs/job-admin.js';
import { requireAdmin } from '../auth/request-auth.js';
import { paginationSchema } from '../data/pagination.js';
import { parseInput } from './parse-input.js';

const jobFilter = z.object({ state: z.enum(JOB_STATES).optional(), queue: z.string().trim().min(1).max(200).optional() });
const jobIdParam = z.object({ id: z.string().uuid('is not a job id (a UUID)') });

export function jobRoutes(boss: PgBoss): Router {
  const router = Router();
  router.use('/jobs', requireAdmin);
  router.get('/jobs', async (req, res) => {
    const filter = parseInput(jobFilter, req.query, 'query');
    const page = parseInput(paginationSchema, req.query, 'query');
    res.json({ items: await listJobs(boss, { ...filter, limit: page.limit, offset: page.offset }), ...page });
  });
  router.get('/jobs/counts', async (_req, res) => {
    res.json({ items: await countJobs(boss) });
  });
  router.get('/jobs/:id', async (req, res) => {
    res.json({ job: await getJob(boss, parseInput(jobIdParam, req.params, 'path').id) });
  });
  router.post('/jobs/:id/retry', async (req, res) => {
    res.json({ job: await retryJob(boss, parseInput(jobIdParam, req.params, 'path').id) });
  });
  router.post('/jobs/:id/cancel', async (req, res) => {
    res.json({ job: await cancelJob(boss, parseInput(jobIdParam, req.params, 'path').id) });
  });
  return router;
}
