/** OpenAPI: a slate's results (upload a standings export or results CSV; read them back) and the grade of its projections. */
import { SITES } from '../../core/site-rules.js';
import { authErrors, boolean, dateTime, errorResponse, integer, json, nullable, number, object, pathId, query, ref, security, string } from './helpers.js';

const nNumber = nullable(number);
const strings = { type: 'array', items: string };
const summary = object({
  n: integer, played: integer, mae: nNumber, baselineMae: { ...nNumber, description: 'MAE of AvgPointsPerGame (the naive baseline)' },
  correlation: nNumber, crps: { ...nNumber, description: 'mean CRPS from the stored draws; null when the set has none' },
  coverage: object(Object.fromEntries(['p10', 'p25', 'p50', 'p75', 'p90', 'p99'].map((k) => [k, { ...nNumber, description: `share of actual scores at or below ${k}` }]))),
  ownershipMae: { ...nNumber, description: 'projected ownership vs actual %Drafted, in percentage points' },
});

export const resultsSchemas = {
  ResultsImportReport: object({
    kind: { enum: ['standings', 'standings-points-only', 'results-csv'] }, slateId: integer, players: integer, matched: integer,
    unmatched: { type: 'array', items: object({ line: integer, name: string, team: nullable(string), fpts: number, reason: string }) },
    entries: integer,
  }),
  SlateResults: object({
    slateId: integer,
    players: { type: 'array', items: object({ slatePlayerId: integer, name: string, salary: integer, positions: strings, rosterPositions: strings,
      actualPoints: number, played: boolean, actualOwnership: nNumber, pointsSource: { ...string, description: 'standings, results-csv or stats:<source>' } }) },
    contests: { type: 'array', items: object({ id: integer, contestKey: string, fileName: nullable(string), entryCount: integer, hasLineups: boolean, updatedAt: dateTime, topScore: nNumber }) },
    unmatched: { type: 'array', items: object({ source: string, name: string, teamCode: string, actualPoints: nNumber, actualOwnership: nNumber }) },
  }),
  GradeSummary: summary,
  ContestGrade: object({
    slateId: integer, contestKey: string, entries: { ...integer, description: 'entries in the real contest' },
    simulationRunId: { ...integer, description: 'the contest simulation compared (default: the newest finished one you can see)' },
    field: { type: 'array', description: 'one row per measure: the simulated field beside the real standings', items: object({
      measure: { enum: ['winningScore', 'medianScore', 'ownershipMae', 'duplicateRate'], description: 'winningScore: median over the sims vs the real top score; ownershipMae: points of %Drafted (real 0)' },
      simulated: number, real: number, difference: { ...number, description: 'simulated - real' }, relative: { ...nNumber, description: 'difference / real; null where real is 0' },
    }) },
  }),
  SlateGrade: object({
    slateId: integer, projectionSetId: nullable(integer),
    players: { type: 'array', items: object({
      slatePlayerId: integer, name: string, team: string, position: string, salary: integer, actual: nNumber, played: nullable(boolean), actualOwnership: nNumber,
      mean: nNumber, p10: nNumber, p25: nNumber, p50: nNumber, p75: nNumber, p90: nNumber, p99: nNumber,
      captain: { ...boolean, description: 'a showdown captain row (left out of the summary)' }, avgPoints: nNumber, pit: { ...nNumber, description: 'probability integral transform of the actual score' },
    }) },
    summary: ref('GradeSummary'), playedSummary: ref('GradeSummary'),
    pitHistogram: { type: 'array', items: integer, description: '10 bins of PIT over the summarized players' },
    lineupSetId: integer,
    lineups: { type: 'array', items: object({
      lineupId: integer, index: integer, projection: number, actual: nNumber, missing: { ...integer, description: 'players without a result' },
      contests: { type: 'array', items: object({ contestStandingId: integer, contestKey: string, rank: integer, entries: integer, percentile: number }) },
    }) },
  }, ['lineupSetId', 'lineups']),
};

export const resultsPaths = {
  '/api/v1/slates/{id}/results': {
    get: {
      tags: ['results'], summary: 'A slate\'s results: actual points, played and actual ownership per player, imported contests, unmatched names', security,
      parameters: [pathId()],
      responses: { 200: json(ref('SlateResults')), ...authErrors, 404: errorResponse('No such slate') },
    },
    post: {
      tags: ['results'], security,
      summary: 'Upload a contest-standings export (DraftKings) or a results CSV (ID or Name+TeamAbbrev, FPTS; optional Played, %Drafted/ProjOwn) for a slate',
      description: 'The kind is detected from the header. Idempotent: a re-upload changes nothing, a corrected FPTS updates its row. Names matching no slate player are listed (and kept).',
      parameters: [pathId(), query('site', { enum: [...SITES] }, 'for a text/csv body; default the slate\'s site'), query('fileName', string, 'file name (text/csv body); a DK "contest-standings-<id>.csv" name keys the contest')],
      requestBody: { required: true, content: {
        'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'text/csv' }, site: string, _csrf: string } } },
        'text/csv': { schema: { type: 'string' } },
      } },
      responses: { 201: json(ref('ResultsImportReport'), 'Stored'), ...authErrors, 404: errorResponse('No such slate'),
        413: errorResponse('File too large'), 415: errorResponse('Not multipart/form-data or text/csv') },
    },
  },
  '/api/v1/slates/{id}/grade': {
    get: {
      tags: ['results'], security,
      summary: 'Grade a projection set (default: the latest you can see) and optionally a lineup set against the slate\'s results',
      parameters: [pathId(), query('projectionSetId', integer, 'the projection set to grade'), query('lineupSetId', integer, 'also grade this lineup set (actual points, ranks in imported contests)')],
      responses: { 200: json(ref('SlateGrade')), ...authErrors, 404: errorResponse('No such slate, projection set or lineup set'), 409: errorResponse('The set\'s stored draws do not fit the slate') },
    },
  },
  '/api/v1/slates/{id}/grade/contest': {
    get: {
      tags: ['results'], security,
      summary: 'The post-lock contest check: the simulated field (winning score, median score, ownership, duplicates) beside the imported real standings',
      description: 'The same table as `sportsdata grade --slate ID --contest --json` and the Results tab.',
      parameters: [pathId(), query('simulationId', integer, 'the contest simulation to compare (default: the newest finished one)')],
      responses: { 200: json(ref('ContestGrade')), ...authErrors, 404: errorResponse('No such contest simulation on the slate'),
        422: errorResponse('No imported standings with lineups, or no finished contest simulation with a field summary') },
    },
  },
};
