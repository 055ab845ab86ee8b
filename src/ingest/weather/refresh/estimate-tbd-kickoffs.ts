import type { Db } from '../../../core/db.js';

const DAY_MS = 86_400_000;

/**
 * A kickoff for each game whose start time is unknown (stored at 00:00 US Eastern of its day, startTimeTbd): the
 * typical start of its slate that day, the median kickoff of the slate's games on the same US Eastern day whose
 * time is known. Null when no slate of the game has one: such a game is skipped until its time is known, never
 * forecast for midnight.
 */
export async function estimateTbdKickoffs(db: Db, games: readonly { id: number; startsAt: Date }[]): Promise<Map<number, Date | null>> {
  const estimates = new Map<number, Date | null>(games.map((g) => [g.id, null]));
  if (games.length === 0) return estimates;
  const rows = await db.$queryRaw<{ gameId: number; kickoff: Date }[]>`
    SELECT g."id" AS "gameId", o."startsAt" AS kickoff
    FROM "Game" g
    JOIN "SlateGame" sg ON sg."gameId" = g."id"
    JOIN "SlateGame" og ON og."slateId" = sg."slateId" AND og."gameId" <> g."id"
    JOIN "Game" o ON o."id" = og."gameId"
    WHERE g."id" = ANY(${games.map((g) => g.id)}::int[]) AND NOT o."startTimeTbd"
      AND o."startsAt" >= g."startsAt" AND o."startsAt" < g."startsAt" + interval '1 day'`;
  const byGame = new Map<number, number[]>();
  for (const r of rows) byGame.set(r.gameId, [...(byGame.get(r.gameId) ?? []), new Date(r.kickoff).getTime()]);
  for (const game of games) {
    const times = [...new Set(byGame.get(game.id) ?? [])].sort((a, b) => a - b);
    // The lower median: a real kickoff of the slate, never a time between two.
    const median = times[Math.floor((times.length - 1) / 2)];
    if (median !== undefined && median - game.startsAt.getTime() < DAY_MS) estimates.set(game.id, new Date(median));
  }
  return estimates;
}
