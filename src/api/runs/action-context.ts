/** What the write use-cases need: the database, the job sender, the signed-in user (and provider URLs). */
import type { Config } from '../../config.js';
import type { Db } from '../../core/db.js';
import type { SendJob } from '../../core/jobs/send-job.js';
import type { PublicUser } from '../auth/users.js';

export interface ActionContext {
  db: Db; send: SendJob; user: PublicUser;
  /** Where to fetch a DraftKings contest's payout table (contest simulations given a contest id). */
  providers?: Pick<Config, 'DRAFTKINGS_API_URL' | 'DRAFTKINGS_LOBBY_URL'>;
}
