import { DateTime } from 'luxon';
import { utcText, type Tx } from './tx.js';

/** Game.status values. */
export type GameStatus = 'scheduled' | 'postponed' | 'cancelled' | 'suspended';

/** A game as a source lists it (ingest-dfs's ParsedGame is one). */
export interface SourceGame {
  /** `away@home` in canonical team codes: the key the returned map uses. */
  gameKey: string;
  /** Kickoff in UTC; null when the source gives only the date. */
  startsAt: Date | null;
  /** What the source says of the game; absent when it says nothing (CSV files). */
  status?: GameStatus;
}

export interface GameInput {
  game: SourceGame;
  homeTeamId: number;
  awayTeamId: number;
  /** DK competition id etc., stored in GameExternalId under `source`. */
  externalId: string | null;
}

interface GameRow { id: number; homeTeamId: number; awayTeamId: number; startsAt: string; startTimeTbd: boolean }

const HOUR = 3_600_000;
// A game of the same two teams kicking off within this distance is the same game (a kickoff moved by a few
// hours). MLB series play the same pairing on consecutive days ~18 h apart, so the window stays well below that.
const SAME_GAME_WINDOW = 6 * HOUR;

/** 00:00 US Eastern of a YYYY-MM-DD date, in UTC: the placeholder kickoff of a game known only by its date. */
export function easternMidnight(date: string): Date {
  return DateTime.fromISO(date, { zone: 'America/New_York' }).startOf('day').toUTC().toJSDate();
}

/**
 * Finds or creates each game (natural key: sport, teams, kickoff) and returns gameKey → Game.id. A game known
 * only by date matches any game of the same teams that day; a real kickoff replaces a TBD placeholder or a
 * moved kickoff, except a postponed one (DK's placeholder time). The source's status (DK competitionState) is kept in
 * Game.status. Writes nothing for games already stored as given.
 */
export async function upsertGames(tx: Tx, sportId: number, inputs: GameInput[], slateDate: string, source: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (inputs.length === 0) return ids;
  const placeholder = easternMidnight(slateDate);
  const times = inputs.map((i) => (i.game.startsAt ?? placeholder).getTime());
  const from = new Date(Math.min(...times) - 30 * HOUR), to = new Date(Math.max(...times) + 30 * HOUR);
  const existing = await tx.$queryRaw<GameRow[]>`
    SELECT "id", "homeTeamId", "awayTeamId", to_char("startsAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startsAt", "startTimeTbd"
    FROM "Game" WHERE "sportId" = ${sportId} AND "startsAt" BETWEEN ${utcText(from)}::timestamp(3) AND ${utcText(to)}::timestamp(3)`;
  const byExternal = await loadExternalIds(tx, source, inputs);

  const inserts: { input: GameInput; at: number }[] = [];
  const moves: { id: number; at: number }[] = [];
  for (const input of inputs) {
    const startsAt = input.game.startsAt;
    const wanted = (startsAt ?? placeholder).getTime();
    const sameTeams = existing.filter((g) => g.homeTeamId === input.homeTeamId && g.awayTeamId === input.awayTeamId);
    // Date-only: the game of those teams on that US Eastern day (MLB series play the same pairing daily).
    const match = (input.externalId ? existing.find((g) => g.id === byExternal.get(input.externalId ?? '')) : undefined)
      ?? (startsAt === null
        ? sameTeams.filter((g) => Date.parse(g.startsAt) >= wanted && Date.parse(g.startsAt) < wanted + 24 * HOUR).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]
        : closest(sameTeams.filter((g) => !g.startTimeTbd), wanted, SAME_GAME_WINDOW)
          ?? sameTeams.find((g) => g.startTimeTbd && wanted >= Date.parse(g.startsAt) && wanted < Date.parse(g.startsAt) + 24 * HOUR));
    if (!match) { inserts.push({ input, at: wanted }); continue; }
    ids.set(input.game.gameKey, match.id);
    // A postponed game's kickoff from DK is a placeholder: the stored kickoff stays until the game is rescheduled.
    const placeholderKickoff = input.game.status !== undefined && input.game.status !== 'scheduled';
    if (startsAt !== null && !placeholderKickoff && (match.startTimeTbd || Date.parse(match.startsAt) !== wanted)) moves.push({ id: match.id, at: wanted });
  }
  if (inserts.length > 0) {
    const rows = await tx.$queryRaw<{ id: number; homeTeamId: number; awayTeamId: number }[]>`
      INSERT INTO "Game" ("sportId", "homeTeamId", "awayTeamId", "startsAt", "startTimeTbd", "updatedAt")
      SELECT ${sportId}, g.home, g.away, g.at, g.tbd, now()
      FROM unnest(${inserts.map((i) => i.input.homeTeamId)}::int[], ${inserts.map((i) => i.input.awayTeamId)}::int[],
        ${inserts.map((i) => utcText(new Date(i.at)))}::timestamp(3)[], ${inserts.map((i) => i.input.game.startsAt === null)}::bool[]) AS g(home, away, at, tbd)
      ON CONFLICT ("sportId", "homeTeamId", "awayTeamId", "startsAt") DO UPDATE SET "updatedAt" = "Game"."updatedAt"
      RETURNING "id", "homeTeamId", "awayTeamId"`;
    for (const { input } of inserts) {
      const row = rows.find((r) => r.homeTeamId === input.homeTeamId && r.awayTeamId === input.awayTeamId);
      if (!row) throw new Error(`game ${input.game.gameKey} insert returned no row`);
      ids.set(input.game.gameKey, row.id);
    }
  }
  if (moves.length > 0) {
    await tx.$executeRaw`
      UPDATE "Game" g SET "startsAt" = m.at, "startTimeTbd" = false, "updatedAt" = now()
      FROM unnest(${moves.map((m) => m.id)}::int[], ${moves.map((m) => utcText(new Date(m.at)))}::timestamp(3)[]) AS m(id, at)
      WHERE g."id" = m.id`;
  }
  const told = inputs.filter((i) => i.game.status !== undefined && ids.has(i.game.gameKey));
  if (told.length > 0) {
    await tx.$executeRaw`
      UPDATE "Game" g SET "status" = s.status, "updatedAt" = now()
      FROM unnest(${told.map((i) => ids.get(i.game.gameKey) ?? 0)}::int[], ${told.map((i) => i.game.status ?? 'scheduled')}::text[]) AS s(id, status)
      WHERE g."id" = s.id AND g."status" IS DISTINCT FROM s.status`;
  }
  const external = inputs.filter((i) => i.externalId !== null && ids.has(i.game.gameKey));
  if (external.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "GameExternalId" ("gameId", "source", "externalId")
      SELECT e.game, ${source}, e.ext FROM unnest(${external.map((i) => ids.get(i.game.gameKey) ?? 0)}::int[], ${external.map((i) => i.externalId ?? '')}::text[]) AS e(game, ext)
      ON CONFLICT ("source", "externalId") DO NOTHING`;
  }
  return ids;
}

function closest(games: GameRow[], at: number, window: number): GameRow | undefined {
  let best: GameRow | undefined;
  for (const g of games) {
    const d = Math.abs(Date.parse(g.startsAt) - at);
    if (d <= window && (!best || d < Math.abs(Date.parse(best.startsAt) - at))) best = g;
  }
  return best;
}

async function loadExternalIds(tx: Tx, source: string, inputs: GameInput[]): Promise<Map<string, number>> {
  const externalIds = inputs.map((i) => i.externalId).filter((x): x is string => x !== null);
  if (externalIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ externalId: string; gameId: number }[]>`
    SELECT "externalId", "gameId" FROM "GameExternalId" WHERE "source" = ${source} AND "externalId" = ANY(${externalIds}::text[])`;
  return new Map(rows.map((r) => [r.externalId, r.gameId]));
}
