/** Job ids the API can find again: pg-boss ids are UUIDs; a lineup set's build job id is derived from the set id. */
import { deterministicJobId } from '../../core/jobs/deterministic-job-id.js';

export const lineupSetJobId = (lineupSetId: number): string => deterministicJobId(`optimizer.build-lineups:${lineupSetId}`);
