import type { Config } from '../../../config.js';
import type { Db } from '../../../core/db.js';
import { readNextKickoff, readPollState } from '../store/record-poll.js';
import { decidePoll, type PollDecision } from './decide-poll.js';
import { parsePollSchedule } from './parse-poll-schedule.js';

/** Whether a scheduled tick should poll now, from the stored poll history and the next kickoff. */
export async function checkPollDue(db: Db, config: Config, now = new Date()): Promise<PollDecision> {
  const [state, nextKickoff] = await Promise.all([readPollState(db), readNextKickoff(db, now)]);
  return decidePoll({ now, nextKickoff, state, schedule: parsePollSchedule(config.ODDS_POLL_SCHEDULE), quotaReserve: config.ODDS_QUOTA_RESERVE });
}
