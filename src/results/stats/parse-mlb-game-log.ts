/**
 * MLB Stats API game logs (`people/{id}/stats?stats=gameLog&group=hitting|pitching`, also `people?...hydrate=stats`)
 * → stat lines keyed by gamePk + person id; a two-way player's hitting and pitching of one game merge into one line.
 */
import { z } from 'zod';
import { resolveTeamCode } from '../../ingest/dfs/index.js';
import { ResultsFileError } from '../parse/results-file-error.js';
import { easternDayWindow } from './eastern-date.js';
import type { ParsedStatLine, ParsedStats, SkippedStat } from './types.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

const split = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  season: z.union([z.string(), z.number()]).optional(),
  stat: z.record(z.string(), z.unknown()),
  team: z.object({ name: z.string() }).passthrough(),
  opponent: z.object({ name: z.string() }).passthrough().optional(),
  player: z.object({ id: z.number(), fullName: z.string() }).passthrough().optional(),
  game: z.object({ gamePk: z.number() }).passthrough(),
  positionsPlayed: z.array(z.object({ abbreviation: z.string() }).passthrough()).optional(),
}).passthrough();
const group = z.object({ group: z.object({ displayName: z.string() }).passthrough().optional(), splits: z.array(z.unknown()) }).passthrough();
const payloadShape = z.object({ stats: z.array(group) }).passthrough();

function n(stat: Record<string, unknown>, key: string): number {
  const v = Number(stat[key] ?? 0);
  return Number.isFinite(v) ? v : 0;
}

/** "5.2" innings = 17 outs. */
function outs(stat: Record<string, unknown>): number {
  if (stat.outs !== undefined) return n(stat, 'outs');
  const [whole = '0', part = '0'] = String(stat.inningsPitched ?? '0').split('.');
  return Number(whole) * 3 + Number(part);
}

export function parseMlbGameLog(payload: unknown, person?: { id: number; fullName: string }): ParsedStats {
  const parsed = payloadShape.safeParse(payload);
  if (!parsed.success) throw new ResultsFileError('not an MLB Stats API game log: expected { stats: [{ splits: [...] }] }');
  const lines = new Map<string, ParsedStatLine>();
  const skipped: SkippedStat[] = [];
  for (const g of parsed.data.stats) {
    const pitching = (g.group?.displayName ?? '').toLowerCase() === 'pitching';
    g.splits.forEach((raw, i) => {
      const s = split.safeParse(raw);
      if (!s.success) { skipped.push({ ref: `split ${i}`, reason: describeZodError(s.error, { max: 1, separator: ': ' }) }); return; }
      const who = s.data.player ?? person;
      if (!who) { skipped.push({ ref: `split ${i} (${s.data.date})`, reason: 'no player in the split' }); return; }
      const stat = s.data.stat;
      const key = `${s.data.game.gamePk}|${who.id}`;
      const line = lines.get(key) ?? {
        sport: 'MLB' as const, source: 'mlb' as const, sourceGameId: String(s.data.game.gamePk), sourcePlayerId: String(who.id), playerName: who.fullName,
        team: resolveTeamCode('MLB', s.data.team.name) ?? s.data.team.name,
        opponent: s.data.opponent ? resolveTeamCode('MLB', s.data.opponent.name) ?? s.data.opponent.name : null,
        position: s.data.positionsPlayed?.[0]?.abbreviation ?? null, gameDate: s.data.date, season: Number(s.data.season ?? s.data.date.slice(0, 4)),
        week: null, played: false, stats: {}, rawStats: {}, window: easternDayWindow(s.data.date, 6),
      };
      const add = (k: string, v: number): void => { line.stats[k] = (line.stats[k] ?? 0) + v; };
      if (pitching) {
        add('outsPitched', outs(stat)); add('strikeoutsPitched', n(stat, 'strikeOuts')); add('wins', n(stat, 'wins'));
        add('earnedRuns', n(stat, 'earnedRuns')); add('hitsAllowed', n(stat, 'hits')); add('walksAllowed', n(stat, 'baseOnBalls'));
        add('hitBatsmen', n(stat, 'hitBatsmen') || n(stat, 'hitByPitch')); add('completeGames', n(stat, 'completeGames'));
        add('shutouts', n(stat, 'shutouts'));
        if (outs(stat) >= 18 && n(stat, 'earnedRuns') <= 3) add('qualityStarts', 1);
        line.rawStats.pitching = stat;
      } else {
        add('singles', n(stat, 'hits') - n(stat, 'doubles') - n(stat, 'triples') - n(stat, 'homeRuns'));
        add('doubles', n(stat, 'doubles')); add('triples', n(stat, 'triples')); add('homeRuns', n(stat, 'homeRuns'));
        add('rbi', n(stat, 'rbi')); add('runs', n(stat, 'runs')); add('walks', n(stat, 'baseOnBalls'));
        add('hitByPitch', n(stat, 'hitByPitch')); add('stolenBases', n(stat, 'stolenBases'));
        line.rawStats.hitting = stat;
      }
      if (n(stat, 'gamesPlayed') > 0 || n(stat, 'plateAppearances') > 0 || n(stat, 'battersFaced') > 0) line.played = true;
      lines.set(key, line);
    });
  }
  return { source: 'mlb', lines: [...lines.values()], skipped, coverage: [] };
}
