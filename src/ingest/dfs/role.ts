/** The ingest-dfs role. Its jobs' workers are started by the platform; this adds what else the role runs. */
import { noopHandle, type RoleContext, type RoleHandle } from '../../core/role-context.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  ctx.logger.info('ingest-dfs started');
  return noopHandle;
}
