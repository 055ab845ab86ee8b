/**
 * The frontend role: mounts the dashboard (ejs + htmx) on the process's HTTP app. It has no jobs of its own;
 * writes go through the backend API's use-cases, which enqueue the work.
 */
import type { RoleContext, RoleHandle } from '../core/role-context.js';
import { noopHandle } from '../core/role-context.js';
import { createWebApp } from './http/create-web-app.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  ctx.app.use(createWebApp({ db: ctx.db, config: ctx.config, boss: ctx.boss, send: ctx.send, logger: ctx.logger }));
  ctx.logger.info('frontend mounted: dashboard at /');
  return noopHandle;
}
