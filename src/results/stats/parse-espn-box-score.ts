/**
 * ESPN box scores → stat lines. Two shapes are read: the site API summary (`boxscore.players[].statistics[]
 * .athletes[]`, what the poller fetches) and the web game package (`raw.bxscr[].stats[].athlts[]`, as scrapers save
 * it). Players listed with no stats (DNP) are stored as not played; a malformed athlete is skipped and named.
 */
import { z } from 'zod';
import { resolveTeamCode } from '../../ingest/dfs/index.js';
import type { Sport } from '../../core/site-rules.js';
import { ResultsFileError } from '../parse/results-file-error.js';
import { easternDate, easternDayWindow } from './eastern-date.js';
import { ESPN_LEAGUES, ESPN_STAT_KEYS } from './espn-stat-keys.js';
import type { ParsedStatLine, ParsedStats, SkippedStat } from './types.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

const athleteRef = z.object({ id: z.union([z.string(), z.number()]).transform(String), displayName: z.string().optional(), dspNm: z.string().optional(),
  position: z.object({ abbreviation: z.string() }).partial().optional() }).passthrough();
const summaryShape = z.object({
  header: z.object({ id: z.string().optional(), league: z.object({ abbreviation: z.string().optional(), slug: z.string().optional() }).partial().optional(),
    competitions: z.array(z.object({ date: z.string(), status: z.object({ type: z.object({ completed: z.boolean() }).partial() }).partial().optional() }).passthrough()).optional() }).passthrough(),
  boxscore: z.object({ players: z.array(z.object({
    team: z.object({ abbreviation: z.string() }).passthrough(),
    statistics: z.array(z.object({ name: z.string().optional(), keys: z.array(z.string()), athletes: z.array(z.object({
      athlete: athleteRef, stats: z.array(z.string()), didNotPlay: z.boolean().optional() }).passthrough()) }).passthrough()),
  }).passthrough()) }).passthrough(),
}).passthrough();
const packageShape = z.object({
  gameId: z.string().optional(),
  gameInfo: z.object({ dtTm: z.string().optional() }).passthrough().optional(),
  raw: z.object({ lg: z.string().optional(), gmStrp: z.object({ gid: z.string(), dt: z.string(), nm: z.string().optional(), status: z.object({ state: z.string() }).partial().optional() }).passthrough(),
    bxscr: z.array(z.object({ tm: z.object({ abbrev: z.string() }).passthrough(), stats: z.array(z.object({
      type: z.string().optional(), keys: z.array(z.string()).optional(), athlts: z.array(z.object({ athlt: athleteRef, stats: z.array(z.string()), dnpRsn: z.string().optional() }).passthrough()).optional(),
    }).passthrough()) }).passthrough()) }).passthrough(),
}).passthrough();

interface Athlete { id: string; name: string; position: string | null; category: string; keys: string[]; stats: string[]; dnp: boolean }
interface Team { code: string; athletes: Athlete[] }

export function parseEspnBoxScore(payload: unknown, sportHint?: Sport): ParsedStats {
  const summary = summaryShape.safeParse(payload);
  if (summary.success) {
    const h = summary.data.header;
    const league = (h.league?.abbreviation ?? h.league?.slug ?? '').toLowerCase();
    const teams = summary.data.boxscore.players.map((p) => ({ code: p.team.abbreviation, athletes: p.statistics.flatMap((s) => s.athletes.map((a) => ({
      id: a.athlete.id, name: a.athlete.displayName ?? a.athlete.dspNm ?? '', position: a.athlete.position?.abbreviation ?? null,
      category: s.name ?? '', keys: s.keys, stats: a.stats, dnp: a.didNotPlay === true || a.stats.length === 0 }))) }));
    const completed = h.competitions?.[0]?.status?.type?.completed;
    return { ...build(sportFrom(league, sportHint), h.id ?? '', h.competitions?.[0]?.date ?? '', teams), ...(completed === undefined ? {} : { final: completed }) };
  }
  const pkg = packageShape.safeParse(payload);
  if (pkg.success) {
    const raw = pkg.data.raw;
    const teams = raw.bxscr.map((b) => ({ code: b.tm.abbrev, athletes: b.stats.flatMap((s) => (s.athlts ?? []).map((a) => ({
      id: a.athlt.id, name: a.athlt.dspNm ?? a.athlt.displayName ?? '', position: a.athlt.position?.abbreviation ?? null,
      category: s.type ?? '', keys: s.keys ?? [], stats: a.stats, dnp: a.stats.length === 0 }))) }));
    const state = raw.gmStrp.status?.state;
    return { ...build(sportFrom(raw.lg ?? raw.gmStrp.nm ?? '', sportHint), raw.gmStrp.gid, pkg.data.gameInfo?.dtTm ?? raw.gmStrp.dt, teams), ...(state === undefined ? {} : { final: state === 'post' }) };
  }
  throw new ResultsFileError(`not an ESPN box score: ${describeZodError(summary.error, { max: 1 })}`);
}

function sportFrom(league: string, hint?: Sport): Sport {
  const sport = ESPN_LEAGUES[league.toLowerCase()] ?? hint;
  if (!sport) throw new ResultsFileError(`ESPN box score of an unknown league "${league}"`);
  return sport;
}

function build(sport: Sport, gameId: string, date: string, teams: Team[]): ParsedStats {
  const startsAt = new Date(date);
  if (!gameId || Number.isNaN(startsAt.getTime())) throw new ResultsFileError('ESPN box score without a game id or date');
  const keyMap = ESPN_STAT_KEYS[sport] ?? {};
  const gameDate = easternDate(startsAt);
  const window = easternDayWindow(gameDate, 6);
  const codes = teams.map((t) => resolveTeamCode(sport, t.code) ?? t.code);
  const skipped: SkippedStat[] = [];
  const byAthlete = new Map<string, ParsedStatLine>();
  teams.forEach((team, ti) => {
    for (const a of team.athletes) {
      const ref = `${team.code} ${a.name || a.id}`;
      if (!a.dnp && a.stats.length !== a.keys.length) { skipped.push({ ref, reason: `${a.stats.length} stats for ${a.keys.length} keys` }); continue; }
      const line = byAthlete.get(a.id) ?? {
        sport, source: 'espn' as const, sourceGameId: gameId, sourcePlayerId: a.id, playerName: a.name, team: codes[ti] ?? team.code,
        opponent: codes[1 - ti] ?? null, position: a.position, gameDate, season: null, week: null, played: false,
        stats: {}, rawStats: {}, window,
      };
      a.keys.forEach((key, i) => {
        const rawValue = a.stats[i] ?? '';
        line.rawStats[a.category ? `${a.category}.${key}` : key] = rawValue;
        const target = keyMap[`${a.category}.${key}`] ?? keyMap[key];
        const value = Number(rawValue.split('-')[0]?.replace(/^\+/, '') ?? '');
        if (target && Number.isFinite(value) && rawValue !== '') line.stats[target] = (line.stats[target] ?? 0) + value;
      });
      if (!a.dnp && Object.values(line.stats).some((v) => v !== 0)) line.played = true;
      if (a.dnp && line.rawStats.dnp === undefined) line.rawStats.dnp = true;
      byAthlete.set(a.id, line);
    }
  });
  return { source: 'espn', lines: [...byAthlete.values()], skipped, coverage: [{ sourceGameId: gameId, teams: codes, window, positions: null }] };
}
