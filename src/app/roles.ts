/**
 * Lazy loaders, one per role: only the roles a process runs are ever imported, so an `optimizer` container never
 * loads web code and the `frontend` never loads the solver.
 */
import type { RoleName } from '../core/role-names.js';
import type { StartRole } from '../core/role-context.js';

export const roleLoaders: Record<RoleName, () => Promise<{ start: StartRole }>> = {
  'ingest-dfs': () => import('../ingest/dfs/role.js'),
  'ingest-odds': () => import('../ingest/odds/role.js'),
  'ingest-weather': () => import('../ingest/weather/role.js'),
  'ingest-injury': () => import('../ingest/injury/role.js'),
  'ingest-stats': () => import('../ingest/stats/role.js'),
  'sim-engine': () => import('../sim/role.js'),
  optimizer: () => import('../optimizer/role.js'),
  'backend-api': () => import('../api/role.js'),
  frontend: () => import('../web/role.js'),
};
