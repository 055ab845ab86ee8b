/** The optimizer role. Its jobs' workers are started by the platform; on stop it ends the solver worker threads. */
import type { RoleContext, RoleHandle } from '../core/role-context.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  ctx.logger.info('optimizer started');
  return {
    stop: async () => {
      const { closeOptimizerBackend } = await import('./build-lineup-set.js');
      await closeOptimizerBackend();
    },
  };
}
