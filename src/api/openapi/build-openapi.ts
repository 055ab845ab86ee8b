/** The OpenAPI 3.1 document served at /api/openapi.json; tests validate every response against it. */
import { authPaths, authSchemas } from './auth-paths.js';
import { errorResponse, object, string, nullable } from './helpers.js';
import { slatePaths, slateSchemas } from './slate-paths.js';
import { projectionPaths, projectionSchemas } from './projection-paths.js';
import { runPaths, runSchemas } from './run-paths.js';
import { entriesPaths, entriesSchemas } from './entries-paths.js';
import { resultsPaths, resultsSchemas } from './results-paths.js';
import { JSON_BODY_LIMIT } from '../routes/body-limit.js';
import { ERROR_STATUS } from '../../core/error-codes.js';

// The codes are the AppErrorCode union: a client can switch on them, and a response with any other fails validation.
const errorSchema = object({
  error: object({ code: { type: 'string', enum: Object.keys(ERROR_STATUS) }, message: string, details: nullable({}) }),
});

type Operation = { requestBody?: { content?: Record<string, unknown> }; responses: Record<string, unknown> };

/**
 * Every JSON body passes the router's size limit first, so any operation taking one can answer 413 (its 400 for
 * malformed JSON is already among the auth errors). Added here once instead of in every path file.
 */
function withJsonBodyLimit<P extends Record<string, Record<string, Operation>>>(paths: P): P {
  for (const methods of Object.values(paths)) {
    for (const op of Object.values(methods)) {
      if (op.requestBody?.content?.['application/json'] && !op.responses['413']) {
        op.responses['413'] = errorResponse(`The JSON body is over ${JSON_BODY_LIMIT}`);
      }
    }
  }
  return paths;
}

/** Builds the document (once per process; it is static). */
export function buildOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sportsdata API', version: '1.0.0',
      description: 'Self-hosted DFS data platform: slates, projections, odds, weather, injuries, simulations and lineups. ' +
        'Authenticate with `Authorization: Bearer <token>` (create one with `sportsdata token create`) or a session cookie ' +
        '(then send X-CSRF-Token on POST/PUT/PATCH/DELETE). Errors are `{ "error": { "code", "message", "details" } }`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'API token from `sportsdata token create` or POST /api/v1/tokens' },
        session: { type: 'apiKey', in: 'cookie', name: 'sd_session' },
      },
      schemas: { Error: errorSchema, ...authSchemas, ...slateSchemas, ...projectionSchemas, ...runSchemas, ...entriesSchemas, ...resultsSchemas },
    },
    paths: withJsonBodyLimit({ ...authPaths, ...slatePaths, ...projectionPaths, ...runPaths, ...entriesPaths, ...resultsPaths } as Record<string, Record<string, Operation>>),
  };
}
