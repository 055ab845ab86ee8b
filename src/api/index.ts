/**
 * backend-api public interface: other modules (the dashboard in src/web, the CLI) import only this file.
 *
 * Authentication, shared by the API and the dashboard:
 * - `getAuth(db, config)` → `Auth` (one per database client, so both HTTP roles share the login rate limiter):
 *   - `auth.loadSession`: middleware; sets `req.auth` = { user, via: 'session' | 'token', session } or null.
 *     `Authorization: Bearer <token>` wins over the cookie; an unknown/revoked token is a 401. Idempotent, so
 *     mounting it on both routers is fine.
 *   - `auth.verifyCsrf`: middleware (after the body parser); POST/PUT/PATCH/DELETE need `csrfToken(req)` in the
 *     form field `_csrf` or the header `X-CSRF-Token` (htmx: `hx-headers='{"X-CSRF-Token": "..."}'`), else 403
 *     `csrf_failed`. Signed in: the session's secret. Anonymous form posts (the /login form): the token from
 *     `csrfToken(req)`, which also sets an `sd_csrf` cookie (double submit) — render the form with it.
 *     Exempt: Bearer-token requests and anonymous `application/json` posts (a preflight guards those).
 *   - `auth.login(req, res, email, password)` → PublicUser; sets the `sd_session` cookie (httpOnly, SameSite=Lax,
 *     Secure when the request came over TLS, directly or through a proxy TRUST_PROXY trusts). Wrong email or password: 401
 *     `invalid_credentials`; too many failures per (email, IP) or per IP: 429 `too_many_attempts`
 *     (details.retryAfterSeconds). `auth.logout(req, res)` deletes the session row and clears the cookie.
 * - Guards: `requireAdmin` (401 / 403). `currentUser(req)` → PublicUser | null;
 *   `csrfToken(req)` → the token for forms and htmx (also works before login, see above).
 * - Use-cases: `createUser(db, { email, password, role })`, `createApiToken(db, userId, name)` (the plain
 *   token is returned once; SHA-256 stored), `listApiTokens`, `revokeApiToken(db, userId, tokenId)`.
 *
 * Use-cases for the dashboard (ctx = { db, send, user }):
 * - `uploadProjections(ctx, { slateId, fileName, content, name? })` → { uploadId, projectionSetId, report }; a fatal
 *   file throws AppError (422/413) with details { uploadId, report } (the Upload row keeps the report either way).
 * - `startSimulation(ctx, { kind: 'projections', slateId, sims?, seed?, projectionSetId? } | { kind: 'contest', ... })`
 *   → { jobId, runId: null }: the sim module creates the run when a worker takes the job.
 * - `startOptimizer(ctx, { slateId, projectionSetId?, rules })` → { lineupSetId, jobId } (rules checked by the
 *   optimizer's schema; 400 naming bad fields).
 * - `exportLineups(ctx, lineupSetId)` → { fileName, csv } in the site's upload format.
 * - `uploadSalaries({ db, user }, { site, sport?, gameType?, fileName, content })` → { uploadId, import } through the
 *   DFS importer (a refused file: AppError with details.uploadId).
 * - Slate days: `calendarDateSchema` (YYYY-MM-DD that exists) and `easternDayRange(date)` → { gte, lt }, the US Eastern day
 *   the API's `date` filter uses (how DFS sites date slates); the dashboard filters with the same range.
 * - Reads with ownership (another user's row is a 404): `listUploads`/`loadUpload`, `listProjectionSets`/
 *   `loadProjectionSet`, `listSimulations`/`loadSimulation`/`loadSimulationResults`,
 *   `listLineupSets`/`loadLineupSet`/`loadLineups`.
 *
 * HTTP: the backend-api role mounts /api (role.ts → create-api-router.ts); /api/openapi.json documents every route.
 */
export { getAuth, type Auth } from './auth/create-auth.js';
export { requireAdmin, currentUser, userOf, csrfToken } from './auth/request-auth.js';
export { createFirstAdmin, needsFirstAdmin } from './auth/first-admin.js';
export { createUser, findUserByEmail, lookupUser, findFirstAdmin, toPublicUser, type PublicUser } from './auth/users.js';
export { createApiToken, listApiTokens, revokeApiToken, type ApiTokenInfo } from './auth/api-tokens.js';
export { deleteExpiredSessions, SESSION_COOKIE } from './auth/sessions.js';
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, loginPasswordSchema } from './auth/password-rule.js';
export { editProjection, projectionEditSchema, type ProjectionEdit, type EditProjectionResult } from './projections/edit-projection.js';
export { uploadProjections } from './projections/upload-projections.js';
export { checkProjectionFile } from './projections/check-projection-file.js';
export { uploadSalaries, salaryUploadFieldsSchema } from './salaries/upload-salaries.js';
export { listUploads, loadUpload } from './data/upload-queries.js';
export { calendarDateSchema, easternDayRange } from './data/eastern-day.js';
export { listProjectionSets, loadProjectionSet } from './data/projection-set-queries.js';
export { startSimulation, type StartSimulationInput } from './runs/start-simulation.js';
export { startOptimizer } from './runs/start-optimizer.js';
export { listSimulations, loadSimulation, loadSimulationResults } from './runs/simulation-queries.js';
export { listLineupSets, loadLineupSet, loadLineups } from './runs/lineup-set-queries.js';
import type { ActionContext } from './runs/action-context.js';
import { exportLineupSet } from './runs/lineup-set-queries.js';

/** The dashboard's name for exporting a lineup set in the site's upload format. */
export async function exportLineups(ctx: ActionContext, lineupSetId: number): Promise<{ fileName: string; csv: string }> {
  return exportLineupSet(ctx.db, ctx.user, lineupSetId);
}
export { importEntriesFile, listEntries, setContestPayout, startPortfolioRun, exportEntries } from './entries/entries-actions.js';
