/**
 * The contract every ingestion module's index.ts fulfils for `sportsdata ingest <name> --once`: run one poll cycle
 * in the foreground with the configured providers and return a summary.
 */
import type { Config } from '../config.js';
import type { Db } from './db.js';
import type { Logger } from './logger.js';
import type { SendJob } from './jobs/send-job.js';

export interface IngestOnceContext { db: Db; config: Config; logger: Logger; send: SendJob }

export type RunOnce = (ctx: IngestOnceContext) => Promise<Record<string, unknown>>;
