/** OpenAPI: a user's entries on a slate (DKEntries / FanDuel entries file), contest payouts, portfolio and late-swap runs. */
import { authErrors, dateTime, errorResponse, integer, json, nullable, number, object, pathId, query, ref, security, string, type JsonSchema } from './helpers.js';

const cell = object({ slot: string, id: nullable(string), name: nullable(string), locked: { type: 'boolean' } });
const rates = object({ roi: number, cashRate: number, winRate: number, expectedWinnings: number, fees: number });

export const entriesSchemas = {
  EntriesImport: object({
    slateId: integer, entries: integer,
    contests: { type: 'array', items: object({ contestId: string, name: string, entryFee: number, entries: integer, fieldSize: nullable(integer), payoutSource: nullable(string) }) },
    unknownPlayers: { type: 'array', items: object({ entryId: string, slot: string, id: string }) },
  }),
  PortfolioRun: object({
    id: integer, slateId: integer, kind: { enum: ['portfolio', 'late-swap-quick', 'late-swap-full'] }, status: { enum: ['queued', 'running', 'done', 'failed', 'cancelled'] },
    params: { type: 'object' }, error: nullable(string), createdAt: dateTime, finishedAt: nullable(dateTime),
    report: {
      description: 'portfolio: { projectionSetId, pool, seconds, warnings, contests: [{ contestId, name, entryFee, fieldSize, entries, portfolio, byProjection, exposure }] }; ' +
        'late swap: { now, projectionSetId, entries, changed, changes: [{ entryId, slot, out, in }] }; null until done',
      anyOf: [{ type: 'null' }, { type: 'object', properties: { contests: { type: 'array', items: { type: 'object', properties: { portfolio: rates, byProjection: rates } } } } }],
    },
  }, []),
  SlateEntries: object({
    slateId: integer,
    contests: {
      type: 'array',
      items: object({
        id: integer, siteContestId: string, name: string, entryFee: number, fieldSize: nullable(integer), payoutSource: nullable(string),
        entries: { type: 'array', items: object({ siteEntryId: string, slots: { type: 'array', items: cell } }) },
      }),
    },
    runs: { type: 'array', items: ref('PortfolioRun') },
  }),
};

const started: JsonSchema = json(object({ ...((entriesSchemas.PortfolioRun as { properties: Record<string, JsonSchema> }).properties), jobId: string }), 'Accepted: the run is queued (Location: its status URL)');

const rulesBody = (extra: Record<string, JsonSchema>) => ({
  required: false,
  content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { projectionSetId: nullable(integer), rules: { type: 'object', description: 'optimizer rules (see /api/v1/lineup-sets)' }, ...extra } } } },
});

export const entriesPaths = {
  '/api/v1/slates/{id}/entries': {
    post: {
      tags: ['entries'], security, parameters: [pathId()],
      summary: 'Upload your DKEntries.csv / FanDuel entries file: its contests and entries are stored as yours (idempotent on contest and entry ids)',
      description: 'DraftKings contests get their field size and prizes from the DraftKings contest API when it answers; otherwise set them with PUT /api/v1/contests/{id}/payout.',
      requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'text/csv' }, _csrf: string } } }, 'text/csv': { schema: { type: 'string' } } } },
      responses: { 201: json(ref('EntriesImport'), 'Stored'), ...authErrors, 413: errorResponse('File too large'), 415: errorResponse('Not multipart/form-data or text/csv') },
    },
    get: { tags: ['entries'], security, parameters: [pathId()], summary: 'Your contests and entries on the slate, and your latest portfolio / late-swap runs', responses: { 200: json(ref('SlateEntries')), ...authErrors } },
  },
  '/api/v1/slates/{id}/entries/export': {
    get: {
      tags: ['entries'], security, parameters: [pathId()], summary: 'Your stored entries as the site\'s upload file (DKEntries / FanDuel entries layout)',
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: string } } }, ...authErrors },
    },
  },
  '/api/v1/contests/{id}/payout': {
    put: {
      tags: ['entries'], security, parameters: [pathId()], summary: 'Set a contest\'s field size and prize tiers by hand',
      requestBody: { required: true, content: { 'application/json': { schema: object({ fieldSize: { type: 'integer', minimum: 2 }, tiers: { type: 'array', minItems: 1, items: object({ minPosition: { type: 'integer', minimum: 1 }, maxPosition: { type: 'integer', minimum: 1 }, amount: { type: 'number', minimum: 0 } }) } }) } } },
      responses: { 200: json(object({ id: integer, fieldSize: integer, payoutSource: string })), ...authErrors },
    },
  },
  '/api/v1/slates/{id}/portfolio': {
    post: {
      tags: ['entries'], security, parameters: [pathId()],
      summary: 'Build a pool from the sims and choose each contest\'s lineups by simulated portfolio ROI, then fill your stored entries',
      requestBody: rulesBody({ pool: { type: 'integer', minimum: 1, maximum: 10000 }, sims: nullable({ type: 'integer', minimum: 100, maximum: 100000 }), precision: { type: 'integer', minimum: 0, maximum: 10 }, seed: integer }),
      responses: { 202: started, ...authErrors, 422: errorResponse('No entries stored for this slate') },
    },
  },
  '/api/v1/slates/{id}/late-swap': {
    post: {
      tags: ['entries'], security, parameters: [pathId(), query('mode', { enum: ['quick', 'full'] }, 'quick: replace ruled-out players at the same or lower salary; full: re-optimize open slots')],
      summary: 'Late-swap your stored entries (games already started stay locked)',
      requestBody: rulesBody({ now: nullable({ type: 'string', format: 'date-time' }) }),
      responses: { 202: started, ...authErrors, 422: errorResponse('No entries stored for this slate') },
    },
  },
  '/api/v1/portfolio-runs/{id}': {
    get: { tags: ['entries'], security, parameters: [pathId()], summary: 'A portfolio or late-swap run: status and, when done, its report', responses: { 200: json(ref('PortfolioRun')), ...authErrors } },
  },
};
