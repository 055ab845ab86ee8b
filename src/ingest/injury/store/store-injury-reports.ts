import type { Db } from '../../../core/db.js';
import { normalizePlayerName } from '../../dfs/index.js';
import type { InjuryReport } from '../parse/injury-report.js';
import type { PlayerMatcher } from './match-report-player.js';
import { currentStatuses, type CurrentStatus } from './current-statuses.js';

/** A canonical player whose current status changed because of this batch. */
export interface StatusChange { playerId: number; playerName: string; from: CurrentStatus | null; to: CurrentStatus }

export interface StoreResult {
  inserted: number;
  /** Same status and note as the source's last report, or older than it: nothing written. */
  unchanged: number;
  /** Names no canonical player matched, with why (stored with playerId null and reported). */
  unmatched: { name: string; team: string | null; reason: string }[];
  changes: StatusChange[];
}

/**
 * Stores a batch of reports from one source. A row is written only when the source says something new about
 * the player (status or note changed); rows are unique on (source, sourceKey, status, reportedAt), so a batch
 * stored twice writes nothing the second time. Returns the canonical players whose current status changed.
 */
export async function storeInjuryReports(db: Db, matcher: PlayerMatcher, reports: InjuryReport[]): Promise<StoreResult> {
  // One transaction: a batch is stored whole or not at all, and the before/after statuses see one state.
  return db.$transaction((tx) => storeBatch(tx, matcher, reports), { timeout: 120_000 });
}

async function storeBatch(db: Pick<Db, 'injuryReport'>, matcher: PlayerMatcher, reports: InjuryReport[]): Promise<StoreResult> {
  const result: StoreResult = { inserted: 0, unchanged: 0, unmatched: [], changes: [] };
  const matched = reports.map((report) => ({
    report,
    match: report.playerId !== undefined
      ? { playerId: report.playerId, teamCode: report.team }
      : matcher.match({ name: report.playerName, team: report.team, position: report.position }),
  }));
  const playerIds = [...new Set(matched.flatMap((m) => (m.match.playerId === null ? [] : [m.match.playerId])))];
  const before = await currentStatuses(db, playerIds);

  for (const { report, match } of matched) {
    if (match.playerId === null) result.unmatched.push({ name: report.playerName, team: report.team, reason: 'reason' in match ? match.reason : 'unmatched' });
    const sourceKey = sourceKeyOf(report, match.teamCode);
    const last = await db.injuryReport.findFirst({
      where: { source: report.source, sourceKey },
      orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }],
      select: { status: true, note: true, reportedAt: true },
    });
    const stale = last !== null && last.reportedAt > report.reportedAt;
    if (stale || (last?.status === report.status && last.note === report.note)) {
      result.unchanged += 1;
      // The name matched nobody when first seen (slate not imported yet); now it does: adopt the old rows.
      if (match.playerId !== null) {
        await db.injuryReport.updateMany({ where: { source: report.source, sourceKey, playerId: null }, data: { playerId: match.playerId } });
      }
      continue;
    }
    const written = await db.injuryReport.createMany({
      data: [{
        sportCode: matcher.sport, source: report.source, sourceKey, playerId: match.playerId,
        playerName: report.playerName, teamCode: match.teamCode ?? report.team, status: report.status,
        rawStatus: report.rawStatus, note: report.note, reportedAt: report.reportedAt,
      }],
      skipDuplicates: true,
    });
    result.inserted += written.count;
    if (written.count === 0) result.unchanged += 1;
  }

  const after = await currentStatuses(db, playerIds);
  for (const [playerId, to] of after) {
    const from = before.get(playerId) ?? null;
    // A first report of "active" is no news; any other first report, or a different status, is a change.
    if (from ? from.status === to.status : to.status === 'active') continue;
    const name = matched.find((m) => m.match.playerId === playerId)?.report.playerName ?? `player #${playerId}`;
    result.changes.push({ playerId, playerName: name, from, to });
  }
  return result;
}

/**
 * The source's key for the player: its own id when it has one (ESPN athlete id, GSIS id, site player),
 * else the normalised name and team, so one person's reports from a feed chain together.
 */
function sourceKeyOf(report: InjuryReport, teamCode: string | null): string {
  if (report.sourcePlayerId && report.source !== 'news') return report.sourcePlayerId;
  return `${normalizePlayerName(report.playerName)}|${teamCode ?? report.team ?? ''}`;
}
