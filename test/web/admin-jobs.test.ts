/**
 * When an admin retries or cancels a job from the jobs page, then pg-boss's state changes and the row is swapped
 * in place (htmx) or the page reloads with a notice (plain form).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJob } from '../../src/core/jobs/job-admin.js';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';

const QUEUE = 'web-test.flaky';
let h: WebHarness;

/** A job that failed for good: sent, fetched by a "worker" and failed with an error message. */
let queues = 0;
async function failedJob(message: string): Promise<string> {
  // A queue per job, so fetch takes this job and not one an earlier test put back.
  const queue = `${QUEUE}-${++queues}`;
  await h.platform.boss.createQueue(queue);
  const id = await h.platform.boss.send(queue, { n: 1 }, { retryLimit: 0 });
  const [job] = await h.platform.boss.fetch(queue);
  if (!id || job?.id !== id) throw new Error('could not fetch the job just sent');
  await h.platform.boss.fail(queue, id, { message });
  return id;
}

beforeAll(async () => {
  h = await startWebHarness();
  await h.platform.boss.createQueue(QUEUE);
});
afterAll(async () => {
  await h?.stop();
});

describe('admin jobs', () => {
  it('when a failed job is listed, then its error shows with a retry button, and retrying queues it again', async () => {
    const id = await failedJob('DraftKings answered 503');
    const agent = await signedIn(h.baseUrl, h.admin.email);
    const page = await agent.get('/admin/jobs').expect(200);
    expect(page.text).toContain('DraftKings answered 503');
    expect(page.text).toContain(`hx-post="/admin/jobs/${id}/retry"`);
    expect(page.text).toMatch(new RegExp(`${QUEUE.replace('.', '\\.')}-1</a></td>[\\s\\S]*?class="num bad"`));

    const res = await agent.post(`/admin/jobs/${id}/retry`).set('HX-Request', 'true').type('form').send({ _csrf: csrfFrom(page.text) }).expect(200);
    expect(res.text).toMatch(new RegExp(`^<tr id="job-${id}"`));
    expect(res.text).toContain('✓ retried');
    expect(['created', 'retry']).toContain((await getJob(h.platform.boss, id)).state);
  });

  it('when retried with a plain form, then the page reloads with a notice; a second retry is a conflict', async () => {
    const id = await failedJob('timeout');
    const agent = await signedIn(h.baseUrl, h.admin.email);
    const page = await agent.get('/admin/jobs?state=failed').expect(200);
    const res = await agent.post(`/admin/jobs/${id}/retry`).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    expect(res.headers.location).toBe(`/admin/jobs?done=${encodeURIComponent(`retried ${id}`)}`);
    const after = await agent.get(res.headers.location as string).expect(200);
    expect(after.text).toContain(`Job ${id} retried.`);
    const again = await agent.post(`/admin/jobs/${id}/retry`).set('HX-Request', 'true').type('form').send({ _csrf: csrfFrom(page.text) }).expect(409);
    expect(again.text).toContain('only failed or cancelled jobs can be retried');
    expect(again.headers['hx-retarget']).toBe('#flash');
  });

  it('when a queued job is cancelled, then it is cancelled', async () => {
    const id = await h.platform.boss.send(QUEUE, { n: 2 }, { startAfter: 3600 });
    const agent = await signedIn(h.baseUrl, h.admin.email);
    const page = await agent.get(`/admin/jobs?queue=${QUEUE}&state=created`).expect(200);
    expect(page.text).toContain(`/admin/jobs/${id}/cancel`);
    await agent.post(`/admin/jobs/${id}/cancel`).set('HX-Request', 'true').type('form').send({ _csrf: csrfFrom(page.text) }).expect(200);
    expect((await getJob(h.platform.boss, id as string)).state).toBe('cancelled');
  });

  it('when a user posts a retry, then it is refused with 403 and nothing changes', async () => {
    const id = await failedJob('nope');
    const agent = await signedIn(h.baseUrl, h.user.email);
    const home = await agent.get('/').expect(200);
    await agent.post(`/admin/jobs/${id}/retry`).type('form').send({ _csrf: csrfFrom(home.text) }).expect(403);
    expect((await getJob(h.platform.boss, id)).state).toBe('failed');
  });
});
