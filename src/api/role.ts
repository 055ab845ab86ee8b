/**
 * The backend-api role: mounts /api on the process's app and creates the bootstrap admin when configured.
 * Its jobs' workers (none today) are started by the platform.
 */
import { noopHandle, type RoleContext, type RoleHandle } from '../core/role-context.js';
import { getAuth } from './auth/create-auth.js';
import { ensureBootstrapAdmin } from './auth/users.js';
import { createApiRouter } from './create-api-router.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  await ensureBootstrapAdmin(ctx.db, ctx.config, ctx.logger);
  const auth = getAuth(ctx.db, ctx.config);
  ctx.app.use('/api', createApiRouter({ db: ctx.db, config: ctx.config, auth, boss: ctx.boss, send: ctx.send, logger: ctx.logger }));
  ctx.logger.info('backend-api mounted /api');
  return noopHandle;
}
