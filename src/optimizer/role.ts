/**
 * The optimizer role. Its jobs' workers are started by the platform; once they have drained it ends the solver
 * worker threads (release, not stop: an in-flight build still solves on them while pg-boss waits for it).
 */
import type { RoleContext, RoleHandle } from '../core/role-context.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  ctx.logger.info('optimizer started');
  return {
    stop: async () => undefined,
    release: async () => {
      const { closeOptimizerBackend } = await import('./build-lineup-set.js');
      await closeOptimizerBackend();
    },
  };
}
