/** OpenAPI: slates, game context (odds, weather) and the injury feed. */
import { GAME_TYPES, SITES, SPORTS } from '../../core/site-rules.js';
import {
  authErrors, boolean, dateTime, errorResponse, integer, json, nullable, number, object, page, paginationParams, pathId, query, ref, security, string,
} from './helpers.js';

const strings = { type: 'array', items: string };
const nNumber = nullable(number);
const nString = nullable(string);

const gameProps = {
  id: integer, sport: string, startsAt: dateTime, status: string, awayTeam: ref('Team'), homeTeam: ref('Team'),
  venue: nullable(object({ id: integer, name: string, roof: string, city: nString })),
};
const priceProps = {
  bookmaker: string, outcomeName: string, description: string, priceDecimal: number, priceAmerican: nullable(integer),
  point: nNumber, bookmakerUpdatedAt: nullable(dateTime), capturedAt: dateTime,
};
const forecastProps = {
  id: integer, provider: string, fetchedAt: dateTime, isIndoor: boolean, temperatureF: nNumber, windSpeedMph: nNumber,
  windGustMph: nNumber, windDirectionDeg: nNumber, windRelative: nString,
  precipProbability: { ...nNumber, description: 'highest hourly chance of precipitation over the game window, in percent (0-100)' },
  precipInches: { ...nNumber, description: 'mean precipitation over the game window, inches per hour (null when the provider gives only a chance)' },
};

export const slateSchemas = {
  Team: object({ id: integer, code: string, name: string }),
  Game: object(gameProps),
  GameLine: object({
    capturedAt: dateTime, bookCount: integer, homeWinProb: nNumber, awayWinProb: nNumber, homeSpread: nNumber, total: nNumber,
    homeImpliedTotal: nNumber, awayImpliedTotal: nNumber,
  }),
  Forecast: object(forecastProps),
  SlateSummary: object({
    id: integer, site: { enum: [...SITES] }, sport: string, gameType: string, siteSlateId: string, name: nString,
    source: string, firstStartsAt: nullable(dateTime), lastStartsAt: nullable(dateTime), playerCount: integer, gameCount: integer,
    createdAt: dateTime, updatedAt: dateTime,
  }),
  Projection: object({
    mean: number, median: nNumber, sd: nNumber, floor: nNumber, ceiling: nNumber, p10: nNumber, p25: nNumber, p75: nNumber,
    p90: nNumber, p99: nNumber, boomProb: { ...nNumber, description: 'chance of 5x salary/1000 points' }, boom4xProb: { ...nNumber, description: 'chance of 4x salary/1000 points' }, bustProb: { ...nNumber, description: 'chance of under 2x salary/1000 points' }, ownership: nNumber, minExposure: nNumber, maxExposure: nNumber,
  }),
  InjuryStatus: object({ status: string, rawStatus: nString, note: nString, source: string, reportedAt: dateTime }),
  SlatePlayer: object({
    id: { ...integer, description: 'slate player id (a showdown CPT row and FLEX row are two ids)' },
    playerId: { ...integer, description: 'canonical player id' }, sitePlayerId: string, name: string, positions: strings,
    rosterPositions: strings, salary: integer, team: string, opponent: nString, gameId: nullable(integer), avgPoints: nNumber,
    siteStatus: nString, injuryNote: nString, battingOrder: nullable(integer), isProbablePitcher: nullable(boolean),
    injury: nullable(ref('InjuryStatus')), projection: nullable(ref('Projection')),
  }),
  SlateDetail: object({
    slate: ref('SlateSummary'),
    projectionSet: nullable(object({ id: integer, name: string, source: string, createdAt: dateTime, owned: boolean })),
    games: { type: 'array', items: object({ ...gameProps, line: nullable(ref('GameLine')), weather: nullable(ref('Forecast')) }) },
    players: { type: 'array', items: ref('SlatePlayer') },
  }),
  OddsPrice: object(priceProps),
  Injury: object({
    id: integer, sport: string, source: string, playerId: nullable(integer), playerName: string, team: nString, status: string,
    rawStatus: nString, note: nString, reportedAt: dateTime, capturedAt: dateTime,
  }),
};

const sport = { type: 'string', enum: [...SPORTS] };

export const slatePaths = {
  '/api/v1/slates': {
    get: {
      tags: ['slates'], summary: 'Slates, newest first', security,
      parameters: [
        query('sport', sport, SPORTS.join(', ')), query('site', { enum: [...SITES] }, 'DFS site'),
        query('gameType', { enum: [...GAME_TYPES] }, 'classic or showdown (FanDuel single-game)'),
        query('date', { type: 'string', format: 'date' }, "the first game's day, US Eastern"), ...paginationParams,
      ],
      responses: { 200: json(page('SlateSummary')), ...authErrors },
    },
    post: {
      tags: ['slates'], security,
      summary: 'Import a salary file (DKSalaries.csv, DKEntries, FanDuel players list): multipart "file" + site, or a text/csv body with ?site=',
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': { schema: { type: 'object', required: ['file', 'site'], properties: { file: { type: 'string', contentMediaType: 'text/csv' }, site: { enum: [...SITES] }, sport: sport, gameType: { enum: [...GAME_TYPES] }, date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: "the slate's date (YYYY-MM-DD) for a file that gives none (legacy DraftKings exports); such a file is refused (422) without it" }, _csrf: string } } },
          'text/csv': { schema: { type: 'string' } },
        },
      },
      responses: {
        201: json(object({
          uploadId: integer,
          import: {
            type: 'object', required: ['slateId', 'created', 'site', 'sport', 'gameType', 'players', 'games', 'warnings'],
            properties: { slateId: integer, created: boolean, site: string, sport: string, gameType: string, siteSlateId: string, players: integer, games: integer, inserted: integer, updated: integer, unchanged: integer, warnings: strings },
          },
        }), 'Imported (again: updated in place)'),
        ...authErrors,
        413: errorResponse('File too large'),
        415: errorResponse('Not multipart/form-data or text/csv'),
        422: errorResponse('Not a salary file of that site (details: uploadId, reason, line)'),
      },
    },
  },
  '/api/v1/slates/{id}': {
    get: {
      tags: ['slates'], summary: 'A slate with its games and players: salaries, injuries, projections, weather, odds', security,
      parameters: [pathId(), query('projectionSetId', { anyOf: [{ type: 'integer', minimum: 1 }, { const: 'none' }] }, 'a projection set of this slate (default: the newest you can see; none for no projections)')],
      responses: { 200: json(ref('SlateDetail')), 304: { description: 'Not modified (If-None-Match matched the ETag)' }, ...authErrors },
    },
  },
  '/api/v1/games/{id}/odds': {
    get: {
      tags: ['games'], summary: 'Line history of one market for a game (every change), current prices and consensus lines', security,
      parameters: [
        pathId(), query('market', string, 'The Odds API market key (default h2h)'), query('bookmaker', string, 'one book only'),
        query('since', dateTime, 'changes captured from'), query('limit', { type: 'integer', minimum: 1, maximum: 5000 }, 'history rows (default 1000)'),
      ],
      responses: {
        200: json(object({
          game: ref('Game'), market: string, markets: strings, history: { type: 'array', items: ref('OddsPrice') },
          current: { type: 'array', items: object({ ...priceProps, lastSeenAt: dateTime }) },
          lines: { type: 'array', items: ref('GameLine') },
        })),
        ...authErrors,
      },
    },
  },
  '/api/v1/games/{id}/weather': {
    get: {
      tags: ['games'], summary: 'Forecasts for a game, newest first (the newest with hourly detail)', security, parameters: [pathId()],
      responses: {
        200: json(object({
          game: ref('Game'),
          latest: nullable(object({ ...forecastProps, hourly: {} })),
          forecasts: { type: 'array', items: ref('Forecast') },
        })),
        ...authErrors,
      },
    },
  },
  '/api/v1/injuries': {
    get: {
      tags: ['injuries'], summary: 'Injury feed, newest first', security,
      parameters: [
        query('sport', sport, 'sport'), query('team', string, 'canonical team code'), query('status', string, 'normalized status (OUT, Q, ...)'),
        query('source', string, 'source'), query('playerId', integer, 'canonical player'), query('since', dateTime, 'reported from'), ...paginationParams,
      ],
      responses: { 200: json(page('Injury')), ...authErrors },
    },
  },
  '/api/v1/unmatched': {
    get: {
      tags: ['injuries'], summary: 'Names from the odds and injury feeds not tied to our games or players (stored, never dropped)', security,
      parameters: [query('since', dateTime, 'odds events kicking off and injury reports captured from (default: the last 7 days)')],
      responses: {
        200: json(object({
          since: dateTime,
          oddsEvents: { type: 'array', items: object({ providerEventId: string, sportKey: string, homeTeamName: string, awayTeamName: string, commenceTime: dateTime }) },
          propPlayers: { type: 'array', items: object({ providerEventId: string, playerName: string, markets: integer }) },
          injuryNames: { type: 'array', items: object({ sport: string, source: string, playerName: string, team: nString, lastReportedAt: nullable(dateTime) }) },
        })),
        ...authErrors,
      },
    },
  },
};
