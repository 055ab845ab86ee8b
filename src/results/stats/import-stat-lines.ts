/**
 * Stores parsed stat lines and scores them for every stored slate whose games they cover: each matched slate row
 * gets its site's points (captain rows multiplied), covered players with no line get 0 and played=false, names
 * that match no slate player are listed and kept. One transaction: all of a file or none of it.
 */
import type { Db } from '../../core/db.js';
import type { Site, Sport } from '../../core/site-rules.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { loadSlateMatcher } from '../store/slate-matcher.js';
import { writeUnmatched } from '../store/write-player-results.js';
import { easternDate } from './eastern-date.js';
import { matchCanonicalPlayers } from './match-canonical.js';
import { scoreStats } from './score-stat-line.js';
import { upsertStatLines, upsertStatResults, type ResolvedStatLine, type StatResultWrite } from '../store/store-stat-lines.js';
import type { ParsedStats, SkippedStat } from './types.js';
import { getScoringTable } from '../../sites/index.js';

export interface SlateScoring { slateId: number; scored: number; didNotPlay: number; unmatched: string[] }

export interface ImportStatsReport {
  source: string;
  statLines: number;
  /** Games of ours the lines were tied to. */
  games: number;
  skipped: SkippedStat[];
  slates: SlateScoring[];
}

export async function importStatLines(db: Db, parsed: ParsedStats): Promise<ImportStatsReport> {
  const report: ImportStatsReport = { source: parsed.source, statLines: parsed.lines.length, games: 0, skipped: parsed.skipped, slates: [] };
  if (parsed.lines.length === 0) return report;
  const sport = parsed.lines[0]?.sport as Sport;
  const games = await resolveGames(db, sport, [
    ...parsed.lines.map((l) => ({ key: `${l.sourceGameId}|${l.team}`, team: l.team, window: l.window })),
    ...parsed.coverage.flatMap((c) => c.teams.map((team) => ({ key: `${c.sourceGameId}|${team}`, team, window: c.window }))),
  ]);
  const playerIds = await matchCanonicalPlayers(db, sport, parsed.lines);
  const lines: ResolvedStatLine[] = parsed.lines.map((l, i) => {
    const game = games.get(`${l.sourceGameId}|${l.team}`);
    return { ...l, gameId: game?.id ?? null, playerId: playerIds[i] ?? null, gameDate: game ? easternDate(game.startsAt) : l.gameDate };
  });
  const gameIds = [...new Set([...games.values()].map((g) => g.id))];
  report.games = gameIds.length;
  const statements: Prisma.PrismaPromise<number>[] = [upsertStatLines(db, lines)];
  const slateIds = gameIds.length === 0 ? [] : (await db.slatePlayer.findMany({ where: { gameId: { in: gameIds } }, distinct: ['slateId'], select: { slateId: true } }))
    .map((s) => s.slateId).sort((a, b) => a - b);
  for (const slateId of slateIds) {
    const matcher = await loadSlateMatcher(db, slateId);
    if (!matcher || matcher.sport !== sport) continue;
    const table = getScoringTable(matcher.site as Site, sport);
    const writes = new Map<number, StatResultWrite>();
    const unmatched: { name: string; teamCode: string; actualPoints: number | null; actualOwnership: null }[] = [];
    const matchedNames: string[] = [];
    const slateGames = new Set(matcher.rows.map((r) => r.gameId));
    for (const line of lines) {
      if (line.gameId === null || !slateGames.has(line.gameId)) continue;
      const found = matcher.match(line.playerName, line.team, line.position ? [line.position] : []);
      const rows = found.playerId === null ? [] : (matcher.byPlayer.get(found.playerId) ?? []).filter((r) => r.gameId === null || r.gameId === line.gameId);
      if (rows.length === 0) {
        unmatched.push({ name: line.playerName, teamCode: line.team, actualPoints: scoreStats(line.stats, table), actualOwnership: null });
        continue;
      }
      matchedNames.push(line.playerName);
      for (const row of rows) {
        writes.set(row.slatePlayerId, {
          slatePlayerId: row.slatePlayerId, played: line.played, pointsSource: `stats:${line.source}`,
          actualPoints: scoreStats(line.stats, table, row.captainSlot ? table.slotMultipliers[row.captainSlot] ?? 1 : 1),
          source: line.source, sourceGameId: line.sourceGameId, sourcePlayerId: line.sourcePlayerId,
        });
      }
    }
    let didNotPlay = 0;
    for (const c of parsed.coverage) {
      for (const team of c.teams) {
        const gameId = games.get(`${c.sourceGameId}|${team}`)?.id;
        if (gameId === undefined) continue;
        for (const row of matcher.rows) {
          if (row.gameId !== gameId || row.team !== team || writes.has(row.slatePlayerId)) continue;
          if (c.positions && !row.positions.some((p) => c.positions?.includes(p))) continue;
          writes.set(row.slatePlayerId, { slatePlayerId: row.slatePlayerId, actualPoints: 0, played: false, pointsSource: `stats:${parsed.source}`,
            source: null, sourceGameId: null, sourcePlayerId: null });
          didNotPlay++;
        }
      }
    }
    if (writes.size > 0) statements.push(upsertStatResults(db, slateId, [...writes.values()]));
    statements.push(...writeUnmatched(db, slateId, `stats:${parsed.source}`, unmatched, matchedNames));
    report.slates.push({ slateId, scored: writes.size - didNotPlay, didNotPlay, unmatched: unmatched.map((u) => `${u.name} (${u.teamCode})`) });
  }
  await db.$transaction(statements);
  return report;
}

/** Our game of each (source game, team): the team's game whose kickoff falls in the line's window. */
async function resolveGames(db: Db, sport: Sport, keys: { key: string; team: string; window: { from: Date; to: Date } }[]) {
  const unique = [...new Map(keys.map((k) => [k.key, { key: k.key, team: k.team, from: k.window.from.toISOString(), to: k.window.to.toISOString() }])).values()];
  const rows = await db.$queryRaw<{ key: string; id: number; startsAt: Date }[]>`
    SELECT DISTINCT ON (r."key") r."key", g."id", g."startsAt"
    FROM json_to_recordset(${JSON.stringify(unique)}::json) AS r("key" text, "team" text, "from" timestamptz, "to" timestamptz)
    JOIN "Sport" s ON s."code" = ${sport}
    JOIN "Game" g ON g."sportId" = s."id" AND g."startsAt" >= (r."from" AT TIME ZONE 'UTC') AND g."startsAt" < (r."to" AT TIME ZONE 'UTC')
    JOIN "Team" h ON h."id" = g."homeTeamId" JOIN "Team" a ON a."id" = g."awayTeamId"
    WHERE h."code" = r."team" OR a."code" = r."team"
    ORDER BY r."key", g."startsAt"`;
  return new Map(rows.map((r) => [r.key, { id: r.id, startsAt: r.startsAt }]));
}
