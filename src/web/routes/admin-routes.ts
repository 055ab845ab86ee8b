/**
 * GET /admin/jobs (admins only; users get 403): counts per queue and state, jobs with their errors, retry and
 * cancel buttons, provider health. POST /admin/jobs/:id/retry|cancel: htmx swaps the row, plain forms redirect.
 */
import type { Express, Request, Response } from 'express';
import { getJob, JOB_STATES, retryJob, cancelJob, type JobRow } from '../../core/jobs/job-admin.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { redirectAfterPost, renderPage, wantsFragment } from '../http/render-page.js';
import { JobsQuerySchema, jobError, loadJobList, loadProviderHealth, loadQueueCounts } from '../data/load-admin-jobs.js';

export function mountAdminRoutes(web: Express, { db, boss }: WebDeps, guards: Guards): void {
  web.get('/admin/jobs', ...guards.admin, async (req, res) => {
    const query = JobsQuerySchema.parse(req.query);
    const [counts, jobs, failed, providers] = await Promise.all([
      loadQueueCounts(boss),
      loadJobList(boss, query),
      query.state === 'failed' ? Promise.resolve(null) : loadJobList(boss, { state: 'failed', queue: query.queue }, 25),
      loadProviderHealth(db),
    ]);
    const notice = typeof req.query.done === 'string' && /^(retried|cancelled) [0-9a-f-]{36}$/.test(req.query.done) ? `Job ${req.query.done.split(' ')[1]} ${req.query.done.split(' ')[0]}.` : null;
    renderPage(req, res, 'admin-jobs', { title: 'Jobs', nav: 'admin', counts, jobs, failed, providers, query, states: JOB_STATES, notice });
  });

  const act = (action: 'retried' | 'cancelled', run: (id: string) => Promise<JobRow>) => async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const job = await run(id);
    // From the job's own page: reload that page, whose header shows the new state and tries.
    if ((req.body as { back?: unknown } | undefined)?.back === 'job') {
      redirectAfterPost(req, res, `/admin/jobs/${encodeURIComponent(job.id)}?done=${action}`);
      return;
    }
    if (wantsFragment(req)) {
      renderPage(req, res, 'partials/job-row', { title: '', job: { ...job, error: jobError(job) }, flash: action });
      return;
    }
    res.redirect(303, `/admin/jobs?done=${encodeURIComponent(`${action} ${job.id}`)}`);
  };
  web.post('/admin/jobs/:id/retry', ...guards.adminForm, act('retried', (id) => retryJob(boss, id)));
  web.post('/admin/jobs/:id/cancel', ...guards.adminForm, act('cancelled', (id) => cancelJob(boss, id)));
  web.get('/admin/jobs/:id', ...guards.admin, async (req, res) => {
    const job = await getJob(boss, String(req.params.id));
    const notice = req.query.done === 'retried' || req.query.done === 'cancelled' ? `Job ${req.query.done}.` : null;
    renderPage(req, res, 'admin-job', { title: `Job ${job.id}`, nav: 'admin', job: { ...job, error: jobError(job) }, notice });
  });
}
