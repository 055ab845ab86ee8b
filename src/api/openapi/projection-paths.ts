/** OpenAPI: projection sets (list, detail, CSV export, custom upload) and the user's uploads. */
import {
  authErrors, boolean, dateTime, errorResponse, integer, json, nullable, number, object, page, paginationParams, pathId, query, ref, security, string,
} from './helpers.js';

const nNumber = nullable(number);
const strings = { type: 'array', items: string };

const problem = object({
  line: integer, kind: { enum: ['invalid', 'unmatched', 'ambiguous', 'duplicate'] }, reason: string, id: nullable(string), name: nullable(string),
});

const uploadProps = {
  id: integer, kind: { enum: ['projections', 'salaries'] }, fileName: string, sizeBytes: integer, sha256: string,
  status: { enum: ['stored', 'rejected'] }, slateId: nullable(integer), projectionSetId: nullable(integer), createdAt: dateTime,
};

export const projectionSchemas = {
  ProjectionSetSummary: object({
    id: integer, slateId: integer, name: string, source: string, simulationRunId: nullable(integer), createdAt: dateTime,
    owned: { ...boolean, description: 'true for your own uploads; false for shared (simulated) sets' }, projectionCount: integer,
  }),
  ProjectionRow: object({
    slatePlayerId: integer, sitePlayerId: string, name: string, team: string, positions: strings, rosterPositions: strings, salary: integer,
    mean: number, median: nNumber, sd: nNumber, floor: nNumber, ceiling: nNumber, p10: nNumber, p25: nNumber, p75: nNumber, p90: nNumber,
    p99: nNumber, boomProb: { ...nNumber, description: 'chance of 5x salary/1000 points' }, boom4xProb: { ...nNumber, description: 'chance of 4x salary/1000 points' }, bustProb: { ...nNumber, description: 'chance of under 2x salary/1000 points' }, ownership: nNumber, minExposure: nNumber, maxExposure: nNumber,
    line: { ...nullable(integer), description: 'NHL skater line (1-4) from the upload, for line stacks' },
    baselineSource: { ...nullable(string), description: 'simulated sets: where the mean started (upload, history, prior, site-average, none)' },
    playProbability: { ...nNumber, description: 'simulated sets: chance the player plays (status, stored results, depth chart)' },
  }),
  UploadReport: object({
    fileName: string, rows: integer, matchedRows: integer, skippedRows: integer,
    stored: { ...integer, description: 'projections stored (a showdown name match fills the CPT and FLEX rows)' },
    columns: { type: 'object', additionalProperties: string, description: 'field → the header it was read from' },
    ignoredColumns: strings, percentColumns: strings, problems: { type: 'array', items: problem }, warnings: strings,
    fatal: nullable(object({ code: string, message: string })),
  }),
  Upload: object(uploadProps),
  UploadWithReport: object({ ...uploadProps, report: nullable({ type: 'object', description: 'UploadReport for projections; the import summary for salaries' }) }),
};

const uploadBody = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object', required: ['file', 'slateId'],
        properties: { file: { type: 'string', contentMediaType: 'text/csv' }, slateId: integer, name: string, _csrf: string },
      },
    },
    'text/csv': { schema: { type: 'string' } },
  },
};

export const projectionPaths = {
  '/api/v1/projection-sets': {
    get: {
      tags: ['projections'], summary: 'Projection sets you can see (yours and shared), newest first', security,
      parameters: [query('slateId', integer, 'one slate only'), ...paginationParams],
      responses: { 200: json(page('ProjectionSetSummary')), ...authErrors },
    },
    post: {
      tags: ['projections'], security,
      summary: 'Upload custom projections (CSV) for a slate: multipart field "file", or a text/csv body with ?slateId=&name=&fileName=',
      description: 'Headers are matched by alias (id, name, team, position, projection/proj/fpts, stdev, floor, ceiling, ownership, ' +
        'min/max exposure, NHL line: line/ev line/L, 1-4 per skater, used by line stacks). Rows match by site id, else normalized name + team + position. Valid rows become a new projection set ' +
        'owned by you; the report lists every skipped row with its line and reason. A fatal problem stores nothing (422/413, ' +
        'details.report) but keeps the upload audit row.',
      parameters: [query('slateId', integer, 'for a text/csv body'), query('name', string, 'set name (text/csv body)'), query('fileName', string, 'file name (text/csv body)')],
      requestBody: uploadBody,
      responses: {
        201: json(object({ uploadId: integer, projectionSetId: integer, report: ref('UploadReport') }), 'Stored'),
        ...authErrors,
        413: errorResponse('File too large (details.report when the audit row was kept)'),
        415: errorResponse('Not multipart/form-data or text/csv'),
        422: errorResponse('Fatal file problem: not CSV, no projection or player column, too many rows, nothing matched (details: { uploadId, report })'),
      },
    },
  },
  '/api/v1/projection-sets/{id}': {
    get: {
      tags: ['projections'], summary: 'A projection set with every projection', security, parameters: [pathId()],
      responses: { 200: json(object({ projectionSet: ref('ProjectionSetSummary'), projections: { type: 'array', items: ref('ProjectionRow') } })), ...authErrors },
    },
  },
  '/api/v1/projection-sets/{id}/export': {
    get: {
      tags: ['projections'], summary: 'The set as CSV in the upload format (ownership and exposures in percent)', security, parameters: [pathId()],
      responses: { 200: { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } }, ...authErrors },
    },
  },
  '/api/v1/projection-sets/{id}/projections/{slatePlayerId}': {
    put: {
      tags: ['projections'], security,
      summary: "Edit one player's mean (and sd): your edit set changes in place; any other set is copied into a new edit set of yours first",
      description: 'The distribution keeps its shape: mean only scales it (x · new/old), mean and sd move and stretch it. Quantiles and ' +
        'stored draws follow (boom/bust recounted from the draws), so the optimizer, sim-draw mode and contest simulations can use the set. ' +
        "A showdown player's CPT and FLEX rows change together.",
      parameters: [pathId(), pathId('slatePlayerId', 'the slate row (SlatePlayer id)')],
      requestBody: { required: true, content: { 'application/json': { schema: object({ mean: number, sd: number }, ['sd']) } } },
      responses: {
        200: json(object({ projectionSetId: integer, created: boolean, slatePlayerIds: { type: 'array', items: integer }, mean: number, sd: nNumber }), 'Edited in place'),
        201: json(object({ projectionSetId: integer, created: boolean, slatePlayerIds: { type: 'array', items: integer }, mean: number, sd: nNumber }), 'Copied into a new edit set, then edited'),
        ...authErrors,
      },
    },
  },
  '/api/v1/uploads': {
    get: { tags: ['uploads'], summary: 'Your uploads, newest first', security, parameters: paginationParams, responses: { 200: json(page('Upload')), ...authErrors } },
  },
  '/api/v1/uploads/{id}': {
    get: {
      tags: ['uploads'], summary: 'One of your uploads with its report', security, parameters: [pathId()],
      responses: { 200: json(object({ upload: ref('UploadWithReport') })), ...authErrors },
    },
  },
};
