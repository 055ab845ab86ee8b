/** OpenAPI: simulations, lineup sets (optimizer) and the admin job endpoints. */
import {
  authErrors, boolean, dateTime, errorResponse, integer, json, nullable, number, object, page, paginationParams, pathId, query, ref, security, string,
  type JsonSchema,
} from './helpers.js';
import { startOptimizerBody, startSimulationBody, zodComponentSchemas } from './zod-schemas.js';

const strings = { type: 'array', items: string };
const jobState = { enum: ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] };

const lineupSetProps = {
  id: integer, slateId: integer, projectionSetId: nullable(integer), status: string, requested: integer,
  progress: { type: 'number', minimum: 0, maximum: 1 }, rules: {}, error: nullable(string), createdAt: dateTime, finishedAt: nullable(dateTime),
  lineupCount: integer, jobId: string,
};

export const runSchemas = {
  ...zodComponentSchemas,
  Simulation: object({
    id: integer, kind: { enum: ['projections', 'contest'] }, slateId: integer, status: string, seed: { type: 'string', description: 'decimal (64-bit)' },
    sims: integer, chunkCount: integer, chunksDone: integer, progress: { type: 'number', minimum: 0, maximum: 1 }, error: nullable(string),
    createdAt: dateTime, startedAt: nullable(dateTime), finishedAt: nullable(dateTime), owned: boolean, jobId: nullable(string),
    projectionSetId: nullable(integer),
  }),
  JobStatus: object({
    id: string, queue: string, state: jobState, retryCount: integer, retryLimit: integer, createdOn: dateTime,
    startedOn: nullable(dateTime), completedOn: nullable(dateTime), output: {},
  }),
  AdminJob: object({
    id: string, queue: string, state: jobState, retryCount: integer, retryLimit: integer, createdOn: dateTime,
    startedOn: nullable(dateTime), completedOn: nullable(dateTime), data: {}, output: {},
  }),
  LineupSet: object(lineupSetProps),
  LineupSetDetail: object({ ...lineupSetProps, report: { description: 'exposure report, warnings, solver stats (null until built)' } }),
  Lineup: object({
    index: integer, salary: integer, projection: number, ownership: nullable(number), needsSwap: boolean, swapReason: nullable(string),
    players: {
      type: 'array',
      items: object({ slot: integer, slotName: string, slatePlayerId: integer, sitePlayerId: string, name: string, positions: strings, salary: integer, team: string }),
    },
  }),
};

const started = (extra: Record<string, JsonSchema>) => json(object(extra), 'Accepted: the job is queued (Location: its status URL)');

export const runPaths = {
  '/api/v1/simulations': {
    get: { tags: ['simulations'], summary: 'Simulation runs you can see', security, parameters: [query('slateId', integer, 'one slate'), ...paginationParams], responses: { 200: json(page('Simulation')), ...authErrors } },
    post: {
      tags: ['simulations'], summary: 'Start a simulation (projections, or a contest for one of your lineup sets)', security,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: startSimulationBody,
          },
        },
      },
      responses: {
        202: started({ jobId: string, runId: nullable(integer), kind: { enum: ['projections', 'contest'] } }), ...authErrors,
        422: errorResponse('Nothing was queued: the slate has no players, the projection set has no draws, or the lineup set has no lineups yet'),
        502: errorResponse('The DraftKings contest API could not be read (payout by draftkingsContestId)'),
      },
    },
  },
  '/api/v1/simulations/jobs/{jobId}': {
    get: {
      tags: ['simulations'], summary: 'A simulation job you started, and its run once a worker has planned it', security,
      parameters: [{ name: 'jobId', in: 'path', required: true, schema: string }],
      responses: { 200: json(object({ job: ref('JobStatus'), simulation: nullable(ref('Simulation')) })), ...authErrors },
    },
  },
  '/api/v1/simulations/{id}': {
    get: { tags: ['simulations'], summary: 'A run with its progress', security, parameters: [pathId()], responses: { 200: json(object({ simulation: ref('Simulation') })), ...authErrors } },
  },
  '/api/v1/simulations/{id}/cancel': {
    post: {
      tags: ['simulations'], summary: 'Cancel your queued or running simulation: its chunks stop within seconds and it keeps no partial results', security, parameters: [pathId()],
      responses: { 200: json(object({ simulation: ref('Simulation') })), ...authErrors, 409: errorResponse('Already finished (done, failed or cancelled): a finished run keeps its results') },
    },
  },
  '/api/v1/simulations/{id}/results': {
    get: {
      tags: ['simulations'], summary: 'The result of a finished run (per-player stats for projections; for contests: lineups [{ roi, winRate, top1Rate, cashRate, avgFinish, duplicates, ... }] and field { winningScore: { p10, p50, p90 }, cashLine: { p10, p50, p90 }, medianScore, duplicateRate, meanRoi, roiCheck })', security, parameters: [pathId()],
      responses: { 200: json(object({ simulation: ref('Simulation'), result: {} })), ...authErrors, 409: errorResponse('Not finished yet (details.progress)') },
    },
  },
  '/api/v1/lineup-sets': {
    get: { tags: ['optimizer'], summary: 'Your lineup sets', security, parameters: [query('slateId', integer, 'one slate'), ...paginationParams], responses: { 200: json(page('LineupSet')), ...authErrors } },
    post: {
      tags: ['optimizer'], summary: 'Build lineups: slate, projection set and the optimizer rules (lineups, stacks, exposure, locks, ...)', security,
      requestBody: { required: true, content: { 'application/json': { schema: startOptimizerBody } } },
      responses: {
        202: started({ lineupSetId: integer, jobId: string }), ...authErrors,
        422: errorResponse('Nothing was queued: the slate has no players, or nothing to optimize (an empty projection set; no set and no site averages)'),
      },
    },
  },
  '/api/v1/lineup-sets/{id}': {
    get: {
      tags: ['optimizer'], summary: 'A lineup set: status, progress, exposure report, its job', security, parameters: [pathId()],
      responses: { 200: json(object({ lineupSet: ref('LineupSetDetail'), job: nullable(ref('JobStatus')) })), ...authErrors },
    },
  },
  '/api/v1/lineup-sets/{id}/cancel': {
    post: {
      tags: ['optimizer'], summary: 'Cancel your queued or running lineup build: its solves stop within seconds and it keeps no lineups', security, parameters: [pathId()],
      responses: { 200: json(object({ lineupSet: ref('LineupSetDetail') })), ...authErrors, 409: errorResponse('Already finished (done, failed or cancelled)') },
    },
  },
  '/api/v1/lineup-sets/{id}/lineups': {
    get: {
      tags: ['optimizer'], summary: 'The lineups, in build order', security, parameters: [pathId()],
      responses: { 200: json(object({ site: string, sport: string, gameType: string, lineups: { type: 'array', items: ref('Lineup') } })), ...authErrors },
    },
  },
  '/api/v1/lineup-sets/{id}/export': {
    get: {
      tags: ['optimizer'], summary: "The lineups as the site's upload CSV (DraftKings / FanDuel slot columns)", security, parameters: [pathId()],
      responses: { 200: { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } }, ...authErrors },
    },
    post: {
      tags: ['optimizer'], summary: "Fill the site's entries file (DKEntries.csv / FanDuel entries template) with the lineups, entry by entry", security, parameters: [pathId()],
      requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'text/csv' }, _csrf: string } } }, 'text/csv': { schema: { type: 'string' } } } },
      responses: {
        200: { description: 'The filled entries CSV (headers X-Lineups-Written, X-Entries-Unfilled)', content: { 'text/csv': { schema: { type: 'string' } } } },
        ...authErrors,
        415: errorResponse('Not multipart/form-data or text/csv'),
      },
    },
  },
  '/api/v1/jobs': {
    get: {
      tags: ['admin'], summary: 'Jobs by queue and state, newest first (admins)', security,
      parameters: [query('state', jobState, 'state'), query('queue', string, 'queue (job name)'), ...paginationParams],
      responses: { 200: json(object({ items: { type: 'array', items: ref('AdminJob') }, limit: integer, offset: integer })), ...authErrors },
    },
  },
  '/api/v1/jobs/counts': {
    get: { tags: ['admin'], summary: 'Job counts per queue and state (admins)', security, responses: { 200: json(object({ items: { type: 'array', items: object({ queue: string, state: jobState, count: integer }) } })), ...authErrors } },
  },
  '/api/v1/jobs/{id}': {
    get: { tags: ['admin'], summary: 'One job (admins)', security, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }], responses: { 200: json(object({ job: ref('AdminJob') })), ...authErrors } },
  },
  '/api/v1/jobs/{id}/retry': {
    post: {
      tags: ['admin'], summary: 'Put a failed or cancelled job back in its queue (admins)', security, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { 200: json(object({ job: ref('AdminJob') })), ...authErrors, 409: errorResponse('The job is not failed or cancelled') },
    },
  },
  '/api/v1/jobs/{id}/cancel': {
    post: {
      tags: ['admin'], summary: 'Cancel a job that has not finished (admins)', security, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { 200: json(object({ job: ref('AdminJob') })), ...authErrors, 409: errorResponse('The job already finished') },
    },
  },
};
