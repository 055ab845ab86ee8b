/**
 * The slate-with-players response is big (≈300 KiB for a 556-player NFL main slate) and read far more often than
 * it changes, so the serialized body is cached. Every request first runs one small version query (latest
 * change of the slate, its players, games, lines, forecasts, injury reports, and which projection set the caller
 * gets); a cached body is served only when that version is unchanged, so a response is never staler than the
 * database (identical requests arriving while a version query is in flight share it). The version doubles as the
 * ETag (If-None-Match → 304).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import type { PublicUser } from '../auth/users.js';
import { loadSlateDetail } from './load-slate-detail.js';

interface Entry { version: string; etag: string; body: Buffer; gzip: Buffer }

interface VersionRow {
  slate: Date | null; players: Date | null; playerCount: bigint; games: Date | null; gameCount: bigint; lines: Date | null;
  weather: Date | null; injuries: Date | null; setId: number | null; setUser: number | null; projections: string;
}

/** The body as JSON and gzipped once per version (≈300 KiB → ≈20 KiB), so compression costs nothing per request. */
export interface SlateDetailBody { etag: string; body: Buffer; gzip: Buffer }

type SetChoice = number | 'none' | undefined;

export class SlateDetailCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<VersionRow | undefined>>();

  constructor(private readonly db: Db, private readonly maxEntries = 64) {}

  /** The JSON body (and its ETag) of a slate for a user; `projectionSetId` as in loadSlateDetail. */
  async get(user: PublicUser, slateId: number, projectionSetId: SetChoice): Promise<SlateDetailBody> {
    const v = await this.version(user, slateId, projectionSetId);
    if (!v?.slate) throw notFound(`slate ${slateId}`);
    if (typeof projectionSetId === 'number' && v.setId === null) {
      throw new AppError('not_found', `projection set ${projectionSetId} not found for slate ${slateId}`);
    }
    const version = [
      v.slate.getTime(), v.players?.getTime(), v.playerCount, v.games?.getTime(), v.gameCount, v.lines?.getTime(), v.weather?.getTime(),
      v.injuries?.getTime(), v.setId, v.setUser === user.id, v.projections,
    ].join('|');
    const key = `${slateId}|${v.setId ?? 'none'}|${v.setUser === user.id}`;
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      // Refresh its place in the LRU order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const detail = await loadSlateDetail(this.db, user, slateId, v.setId ?? 'none');
    const body = Buffer.from(JSON.stringify(detail));
    const entry: Entry = { version, etag: `"${createHash('sha1').update(version).digest('base64url')}"`, body, gzip: gzipSync(body, { level: 6 }) };
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const old of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(old);
    }
    return entry;
  }

  /** The version row, sharing a query already in flight for the same user, slate and set choice. */
  private version(user: PublicUser, slateId: number, projectionSetId: SetChoice): Promise<VersionRow | undefined> {
    const key = `${slateId}|${String(projectionSetId)}|${user.id}`;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.readVersion(user, slateId, projectionSetId).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** One round trip: every "last changed" the response depends on, and the set this user would get. */
  private async readVersion(user: PublicUser, slateId: number, projectionSetId: SetChoice): Promise<VersionRow | undefined> {
    const explicit = typeof projectionSetId === 'number' ? projectionSetId : null;
    const none = projectionSetId === 'none';
    const rows = await this.db.$queryRaw<VersionRow[]>`
      WITH s AS (SELECT "updatedAt" FROM "Slate" WHERE id = ${slateId}),
      sp AS (SELECT max("updatedAt") AS m, count(*) AS c FROM "SlatePlayer" WHERE "slateId" = ${slateId}),
      g AS (SELECT max(gm."updatedAt") AS m, count(*) AS c FROM "SlateGame" sg JOIN "Game" gm ON gm.id = sg."gameId" WHERE sg."slateId" = ${slateId}),
      ps AS (SELECT id, "userId" FROM "ProjectionSet"
              WHERE NOT ${none} AND "slateId" = ${slateId} AND ("userId" IS NULL OR "userId" = ${user.id})
                AND (${explicit}::int IS NULL OR id = ${explicit}::int)
              ORDER BY id DESC LIMIT 1)
      SELECT (SELECT "updatedAt" FROM s) AS slate, sp.m AS players, sp.c AS "playerCount", g.m AS games, g.c AS "gameCount",
        (SELECT max(gl."capturedAt") FROM "GameLine" gl JOIN "SlateGame" sg ON sg."gameId" = gl."gameId" WHERE sg."slateId" = ${slateId}) AS lines,
        (SELECT max(w."fetchedAt") FROM "WeatherForecast" w JOIN "SlateGame" sg ON sg."gameId" = w."gameId" WHERE sg."slateId" = ${slateId}) AS weather,
        (SELECT max(ir."capturedAt") FROM "InjuryReport" ir WHERE ir."playerId" IN (SELECT "playerId" FROM "SlatePlayer" WHERE "slateId" = ${slateId})) AS injuries,
        (SELECT id FROM ps) AS "setId", (SELECT "userId" FROM ps) AS "setUser",
        -- Projection rows have no updatedAt: count and sums catch rows added, removed or rewritten with new values.
        (SELECT concat_ws('/', count(*), sum(mean), sum(sd), sum(ownership), sum("minExposure"), sum("maxExposure"))
           FROM "Projection" WHERE "projectionSetId" = (SELECT id FROM ps)) AS projections
      FROM sp, g`;
    return rows[0];
  }
}
