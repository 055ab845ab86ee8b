/** `sportsdata jobs list [--state failed] [--queue NAME]` and `sportsdata jobs retry <id>`. */
import { JOB_STATES, listJobs, retryJob, type JobState } from '../../core/jobs/job-admin.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

function parseState(value: string | undefined): JobState | undefined {
  if (value === undefined) return undefined;
  if (!(JOB_STATES as readonly string[]).includes(value)) throw new CliError(`--state must be one of ${JOB_STATES.join(', ')}`);
  return value as JobState;
}

export const jobsListCommand: Command = {
  path: ['jobs', 'list'],
  summary: 'List background jobs, newest first',
  usage: 'sportsdata jobs list [--state created|retry|active|completed|cancelled|failed] [--queue NAME] [--limit N] [--json]',
  options: { state: { type: 'string' }, queue: { type: 'string' }, limit: { type: 'string' } },
  async run({ values }) {
    const state = parseState(stringOption(values, 'state'));
    const limit = Number(stringOption(values, 'limit') ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliError('--limit must be a whole number from 1 to 1000');
    const queue = stringOption(values, 'queue');
    const jobs = await withDatabase(({ boss }) => listJobs(boss, { state, queue, limit }));
    const text = jobs.length
      ? jobs.map((j) => `${j.id}  ${j.state.padEnd(9)}  ${j.queue}  retries ${j.retryCount}/${j.retryLimit}  ${j.createdOn.toISOString()}${j.state === 'failed' ? `  ${errorText(j.output)}` : ''}`).join('\n')
      : 'no jobs';
    return { json: { jobs }, text };
  },
};

export const jobsRetryCommand: Command = {
  path: ['jobs', 'retry'],
  summary: 'Put a failed or cancelled job back in its queue',
  usage: 'sportsdata jobs retry <job-id> [--json]',
  async run({ positionals }) {
    const id = positionals[0];
    if (!id) throw new CliError('a job id is required: sportsdata jobs retry <job-id>');
    const job = await withDatabase(({ boss }) => retryJob(boss, id));
    return { json: { job }, text: `job ${job.id} (${job.queue}) is now ${job.state}` };
  },
};

/** The message pg-boss stored for a failed job's last error. */
export function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String((output as { message: unknown }).message);
  return output === null || output === undefined ? '' : JSON.stringify(output);
}
