/**
 * When the platform stops while a job is in flight, then a role's release (the optimizer's solver threads) comes
 * only after that job has finished: stop → drain → release.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { defineJob, type JobDefinition } from '../../src/core/jobs/define-job.js';
import { createLogger } from '../../src/core/logger.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { waitFor } from '../support/wait-for.js';

const events: string[] = [];
let finishJob: () => void = () => undefined;

const usesPool = defineJob({
  name: 'test.uses-pool', role: 'optimizer', description: 'holds the role resource until told to finish',
  schema: z.object({}),
  handler: async () => {
    events.push('job started');
    await new Promise<void>((resolve) => { finishJob = resolve; });
    events.push('job finished');
    return {};
  },
});

let t: TestDb;
let platform: Platform;

beforeAll(async () => {
  t = await createTestDb();
  platform = await startPlatform({
    config: testConfig(t.url),
    roles: ['optimizer'],
    logger: createLogger('silent'),
    loaders: {
      optimizer: async () => ({
        start: async () => ({
          stop: async () => { events.push('role stopped'); },
          release: async () => { events.push('role released'); },
        }),
      }),
    },
    jobs: [usesPool] as unknown as JobDefinition[],
  });
});
afterAll(async () => {
  finishJob();
  await platform?.stop();
  await t?.drop();
});

describe('role release on shutdown', () => {
  it('when a job is in flight at stop, then the role is released only after the job finished', async () => {
    await platform.boss.send('test.uses-pool', {});
    await waitFor(async () => (events.includes('job started') ? true : undefined));
    const stopping = platform.stop();
    await waitFor(async () => (events.includes('role stopped') ? true : undefined));
    expect(events).not.toContain('role released');
    finishJob();
    await stopping;
    expect(events).toEqual(['job started', 'role stopped', 'job finished', 'role released']);
  });
});
