/**
 * Shared slate data through the API: the filtered, paginated slate list, one slate with players, salaries,
 * injuries, projections, consensus lines and weather, a game's odds history and forecasts, the injury feed.
 * Every response is validated against the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureSlate } from './import-fixture-slate.js';
import { signUp, startApiHarness, type ApiHarness, type SignedIn } from './api-harness.js';

let h: ApiHarness;
let nfl: number;
let nba: number;
let user: SignedIn;
let gameId: number;
let allenPlayerId: number;

beforeAll(async () => {
  h = await startApiHarness();
  const db = h.platform.db;
  nfl = await importFixtureSlate(db, 'dk_nfl_classic_2025-11-16_DKSalaries.csv');
  nba = await importFixtureSlate(db, 'dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv');
  user = await signUp(h);
  const game = await db.game.findFirstOrThrow({ where: { slateGames: { some: { slateId: nfl } }, homeTeam: { code: 'BUF' } } });
  gameId = game.id;
  allenPlayerId = (await db.slatePlayer.findFirstOrThrow({ where: { slateId: nfl, name: 'Josh Allen' } })).playerId;
  const t0 = new Date('2025-11-15T12:00:00Z');
  const t1 = new Date('2025-11-16T12:00:00Z');
  await db.gameLine.createMany({ data: [
    { gameId, capturedAt: t0, bookCount: 8, homeSpread: -5.5, total: 47.5, homeImpliedTotal: 26.5, awayImpliedTotal: 21, homeWinProb: 0.7, awayWinProb: 0.3 },
    { gameId, capturedAt: t1, bookCount: 9, homeSpread: -6, total: 48.5, homeImpliedTotal: 27.25, awayImpliedTotal: 21.25, homeWinProb: 0.72, awayWinProb: 0.28 },
  ] });
  await db.weatherForecast.createMany({ data: [
    { gameId, provider: 'nws', fetchedAt: t0, isIndoor: false, temperatureF: 38, windSpeedMph: 14, windGustMph: 25, windDirectionDeg: 250, windRelative: 'crosswind', precipProbability: 40 },
    { gameId, provider: 'nws', fetchedAt: t1, isIndoor: false, temperatureF: 36, windSpeedMph: 18, windGustMph: 30, windDirectionDeg: 260, windRelative: 'crosswind', precipProbability: 60, hourly: [{ time: '2025-11-16T18:00:00Z', temperatureF: 36 }] },
  ] });
  await db.injuryReport.createMany({ data: [
    { sportCode: 'NFL', source: 'espn', sourceKey: 'allen', playerId: allenPlayerId, playerName: 'Josh Allen', teamCode: 'BUF', status: 'Q', rawStatus: 'Questionable', note: 'ankle', reportedAt: t0 },
    { sportCode: 'NFL', source: 'espn', sourceKey: 'allen', playerId: allenPlayerId, playerName: 'Josh Allen', teamCode: 'BUF', status: 'ACTIVE', rawStatus: 'Active', note: null, reportedAt: t1 },
    { sportCode: 'NBA', source: 'espn', sourceKey: 'x', playerName: 'Someone Else', teamCode: 'BOS', status: 'OUT', reportedAt: t1 },
  ] });
  const event = await db.oddsEvent.create({ data: { provider: 'the-odds-api', providerEventId: 'ev1', sportKey: 'americanfootball_nfl', homeTeamName: 'Buffalo Bills', awayTeamName: 'Tampa Bay Buccaneers', commenceTime: game.startsAt, gameId } });
  await db.oddsPrice.createMany({ data: [
    { eventId: event.id, bookmaker: 'draftkings', market: 'spreads', outcomeName: 'Buffalo Bills', priceDecimal: 1.91, priceAmerican: -110, point: -5.5, capturedAt: t0 },
    { eventId: event.id, bookmaker: 'draftkings', market: 'spreads', outcomeName: 'Buffalo Bills', priceDecimal: 1.91, priceAmerican: -110, point: -6, capturedAt: t1 },
    { eventId: event.id, bookmaker: 'fanduel', market: 'h2h', outcomeName: 'Buffalo Bills', priceDecimal: 1.4, priceAmerican: -250, capturedAt: t1 },
  ] });
  await db.oddsPriceCurrent.createMany({ data: [
    { eventId: event.id, bookmaker: 'draftkings', market: 'spreads', outcomeName: 'Buffalo Bills', priceDecimal: 1.91, priceAmerican: -110, point: -6, capturedAt: t1, lastSeenAt: t1 },
    { eventId: event.id, bookmaker: 'fanduel', market: 'h2h', outcomeName: 'Buffalo Bills', priceDecimal: 1.4, priceAmerican: -250, capturedAt: t1, lastSeenAt: t1 },
  ] });
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe('slates', () => {
  it('when slates are filtered by sport, site and Eastern date, then only matching ones come back, paginated', async () => {
    const all = await user.agent.get('/api/v1/slates').expect(200);
    h.openapi.assertResponse(all);
    expect(all.body.total).toBe(2);
    const nflOnly = await user.agent.get('/api/v1/slates?sport=nfl&site=draftkings&date=2025-11-16').expect(200);
    h.openapi.assertResponse(nflOnly);
    expect(nflOnly.body.items.map((s: { id: number }) => s.id)).toEqual([nfl]);
    expect(nflOnly.body.items[0]).toMatchObject({ sport: 'NFL', playerCount: 556, gameType: 'classic' });
    const otherDay = await user.agent.get('/api/v1/slates?date=2025-11-17').expect(200);
    expect(otherDay.body.total).toBe(0);
    const paged = await user.agent.get('/api/v1/slates?limit=1&offset=1').expect(200);
    expect(paged.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(paged.body.items).toHaveLength(1);
    const bad = await user.agent.get('/api/v1/slates?date=16/11/2025&limit=0').expect(400);
    h.openapi.assertResponse(bad);
    expect(bad.body.error.details.problems.map((p: { field: string }) => p.field).sort()).toEqual(['date', 'limit']);
  });

  it('when the date is well formed but not a calendar day, then 400 names the date field (not a 500)', async () => {
    for (const date of ['2025-02-30', '2025-13-45']) {
      const res = await user.agent.get(`/api/v1/slates?date=${date}`).expect(400);
      h.openapi.assertResponse(res);
      expect(res.body.error).toMatchObject({ code: 'invalid_request', details: { problems: [{ field: 'date', message: 'is not a calendar date' }] } });
    }
    const leapDay = await user.agent.get('/api/v1/slates?date=2024-02-29').expect(200);
    expect(leapDay.body.total).toBe(0);
  });

  it('when one slate is read, then players carry salary, latest injury, and games carry the latest line and forecast', async () => {
    const res = await user.agent.get(`/api/v1/slates/${nfl}`).expect(200);
    h.openapi.assertResponse(res);
    expect(res.body.players).toHaveLength(556);
    expect(res.body.projectionSet).toBeNull();
    const allen = res.body.players.find((p: { name: string }) => p.name === 'Josh Allen');
    expect(allen).toMatchObject({ salary: 7000, team: 'BUF', opponent: 'TB', positions: ['QB'], injury: { status: 'ACTIVE', source: 'espn' }, projection: null });
    const game = res.body.games.find((g: { id: number }) => g.id === gameId);
    expect(game.line).toMatchObject({ homeSpread: -6, total: 48.5, homeImpliedTotal: 27.25 });
    expect(game.weather).toMatchObject({ windSpeedMph: 18, precipProbability: 60 });
    const salaries = res.body.players.map((p: { salary: number }) => p.salary);
    expect(salaries).toEqual([...salaries].sort((a, b) => b - a));
  });

  it('when a slate id does not exist or is not a number, then 404 / 400 in the error format', async () => {
    const missing = await user.agent.get('/api/v1/slates/999999').expect(404);
    h.openapi.assertResponse(missing);
    expect(missing.body).toEqual({ error: { code: 'not_found', message: 'slate 999999 not found', details: null } });
    const bad = await user.agent.get('/api/v1/slates/abc').expect(400);
    h.openapi.assertResponse(bad);
  });

  it('when a showdown slate is read, then CPT and FLEX rows of one person share the playerId', async () => {
    const res = await user.agent.get(`/api/v1/slates/${nba}`).expect(200);
    h.openapi.assertResponse(res);
    const tatum = res.body.players.filter((p: { name: string }) => p.name === 'Jayson Tatum');
    expect(tatum).toHaveLength(2);
    expect(new Set(tatum.map((p: { playerId: number }) => p.playerId)).size).toBe(1);
  });
});

describe('game context and injuries', () => {
  it('when the odds history of a market is read, then every change comes oldest first with the current prices and lines', async () => {
    const res = await user.agent.get(`/api/v1/games/${gameId}/odds?market=spreads`).expect(200);
    h.openapi.assertResponse(res);
    expect(res.body.markets).toEqual(['h2h', 'spreads']);
    expect(res.body.history.map((p: { point: number }) => p.point)).toEqual([-5.5, -6]);
    expect(res.body.current).toHaveLength(1);
    expect(res.body.lines.map((l: { total: number }) => l.total)).toEqual([47.5, 48.5]);
    const one = await user.agent.get(`/api/v1/games/${gameId}/odds?market=h2h&bookmaker=fanduel`).expect(200);
    expect(one.body.history).toHaveLength(1);
    await user.agent.get('/api/v1/games/999999/odds').expect(404);
  });

  it('when the weather of a game is read, then the newest forecast comes first with its hourly detail', async () => {
    const res = await user.agent.get(`/api/v1/games/${gameId}/weather`).expect(200);
    h.openapi.assertResponse(res);
    expect(res.body.forecasts).toHaveLength(2);
    expect(res.body.latest).toMatchObject({ windSpeedMph: 18, hourly: [{ temperatureF: 36 }] });
    expect(res.body.game.homeTeam.code).toBe('BUF');
  });

  it('when the injury feed is filtered, then only matching reports come, newest first', async () => {
    const res = await user.agent.get('/api/v1/injuries?sport=NFL&team=buf').expect(200);
    h.openapi.assertResponse(res);
    expect(res.body.items.map((i: { status: string }) => i.status)).toEqual(['ACTIVE', 'Q']);
    const out = await user.agent.get('/api/v1/injuries?status=OUT').expect(200);
    expect(out.body.total).toBe(1);
    expect(out.body.items[0]).toMatchObject({ sport: 'NBA', team: 'BOS', playerId: null });
  });
});

describe('slate cache', () => {
  it('when nothing changed, then the ETag answers 304; when an injury, line or projection set lands, then the next read shows it', async () => {
    const first = await user.agent.get(`/api/v1/slates/${nfl}`).expect(200);
    const etag = first.headers.etag ?? '';
    const notModified = await user.agent.get(`/api/v1/slates/${nfl}`).set('If-None-Match', etag).expect(304);
    h.openapi.assertResponse(notModified);
    await h.platform.db.injuryReport.create({ data: { sportCode: 'NFL', source: 'nfl', sourceKey: 'allen-2', playerId: allenPlayerId, playerName: 'Josh Allen', teamCode: 'BUF', status: 'OUT', reportedAt: new Date('2025-11-16T15:00:00Z') } });
    const afterInjury = await user.agent.get(`/api/v1/slates/${nfl}`).set('If-None-Match', etag).expect(200);
    expect(afterInjury.body.players.find((p: { name: string }) => p.name === 'Josh Allen').injury.status).toBe('OUT');
    await h.platform.db.gameLine.create({ data: { gameId, bookCount: 9, total: 50.5, capturedAt: new Date() } });
    const afterLine = await user.agent.get(`/api/v1/slates/${nfl}`).expect(200);
    expect(afterLine.body.games.find((g: { id: number }) => g.id === gameId).line.total).toBe(50.5);
    const allenRow = await h.platform.db.slatePlayer.findFirstOrThrow({ where: { slateId: nfl, name: 'Josh Allen' } });
    const set = await h.platform.db.projectionSet.create({ data: { slateId: nfl, userId: user.user.id, name: 'mine', source: 'upload', projections: { create: [{ slatePlayerId: allenRow.id, mean: 25.5 }] } } });
    const withSet = await user.agent.get(`/api/v1/slates/${nfl}`).expect(200);
    h.openapi.assertResponse(withSet);
    expect(withSet.body.projectionSet).toMatchObject({ id: set.id, owned: true });
    expect(withSet.body.players.find((p: { name: string }) => p.name === 'Josh Allen').projection.mean).toBe(25.5);
    // A projection rewritten in place (no new row) is seen too.
    await h.platform.db.projection.updateMany({ where: { projectionSetId: set.id }, data: { mean: 27 } });
    const rewritten = await user.agent.get(`/api/v1/slates/${nfl}`).expect(200);
    expect(rewritten.body.players.find((p: { name: string }) => p.name === 'Josh Allen').projection.mean).toBe(27);
    // Another user does not get this user's set (and the cached body of it).
    const other = await signUp(h);
    const theirs = await other.agent.get(`/api/v1/slates/${nfl}`).expect(200);
    expect(theirs.body.projectionSet).toBeNull();
    await other.agent.get(`/api/v1/slates/${nfl}?projectionSetId=${set.id}`).expect(404);
    const none = await user.agent.get(`/api/v1/slates/${nfl}?projectionSetId=none`).expect(200);
    expect(none.body.projectionSet).toBeNull();
  });
});

describe('unmatched names', () => {
  it('when feeds sent names we could not tie to games or players, then /unmatched lists them, newer than since', async () => {
    const db = h.platform.db;
    const soon = new Date(Date.now() + 24 * 3600_000);
    const event = await db.oddsEvent.create({ data: {
      provider: 'the-odds-api', providerEventId: 'unmatched-ev-1', sportKey: 'americanfootball_nfl',
      homeTeamName: 'London Monarchs', awayTeamName: 'Kansas City Chiefs', commenceTime: soon,
    } });
    await db.injuryReport.create({ data: {
      sportCode: 'NFL', source: 'rss:example', sourceKey: 'x1', playerName: 'Jon Doe-Nobody', teamCode: 'KC', status: 'out', reportedAt: new Date(),
    } });

    const res = await user.agent.get('/api/v1/unmatched').expect(200);
    expect(res.body.oddsEvents).toEqual([expect.objectContaining({ providerEventId: event.providerEventId, homeTeamName: 'London Monarchs' })]);
    expect(res.body.injuryNames).toContainEqual(expect.objectContaining({ sport: 'NFL', playerName: 'Jon Doe-Nobody', team: 'KC', source: 'rss:example' }));

    const later = await user.agent.get(`/api/v1/unmatched?since=${new Date(soon.getTime() + 3600_000).toISOString()}`).expect(200);
    expect(later.body).toMatchObject({ oddsEvents: [], injuryNames: [] });
    await user.agent.get('/api/v1/unmatched?since=yesterday').expect(400);
  });
});
