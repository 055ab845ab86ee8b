/** What the write use-cases need: the database, the job sender and the signed-in user. */
import type { Db } from '../../core/db.js';
import type { SendJob } from '../../core/jobs/send-job.js';
import type { PublicUser } from '../auth/users.js';

export interface ActionContext { db: Db; send: SendJob; user: PublicUser }
