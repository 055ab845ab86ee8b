import type { Db } from '../../../core/db.js';
import type { InjuryReport, InjurySource } from '../parse/injury-report.js';
import { normalizeInjuryStatus } from '../../../core/player-status.js';
import { toSite } from '../../../core/site-rules.js';

/** Status clears older than this are history already reported; do not replay them every poll. */
const CLEARED_LOOKBACK_MS = 7 * 86_400_000;

/**
 * Turns the site statuses the DFS importer stored (DK `Status`, FD `Injury Indicator`) on upcoming slates into
 * reports, grouped by sport. A blank status is not read as "active" (older DK files have no Status column at
 * all); only a recorded change from a status to blank is, so a cleared tag still reaches lineups.
 */
export async function collectSiteStatuses(db: Db, now: Date): Promise<{ bySport: Map<string, InjuryReport[]>; warnings: string[] }> {
  const upcoming = { OR: [{ firstStartsAt: { gt: now } }, { lastStartsAt: { gt: now } }] };
  const tagged = await db.slatePlayer.findMany({
    where: { siteStatus: { not: null }, slate: upcoming },
    select: {
      playerId: true, name: true, siteStatus: true, injuryNote: true, statusChangedAt: true, createdAt: true, positions: true,
      slate: { select: { site: true, sport: { select: { code: true } } } },
    },
  });
  const cleared = await db.slatePlayerStatusChange.findMany({
    where: { status: null, previousStatus: { not: null }, changedAt: { gt: new Date(now.getTime() - CLEARED_LOOKBACK_MS) }, slatePlayer: { slate: upcoming } },
    select: {
      changedAt: true,
      slatePlayer: { select: { playerId: true, name: true, positions: true, slate: { select: { site: true, sport: { select: { code: true } } } } } },
    },
  });
  const latest = new Map<string, { sport: string; report: InjuryReport }>();
  const warnings: string[] = [];
  const add = (sport: string, report: InjuryReport) => {
    const key = `${report.source}|${report.playerId}`;
    const prev = latest.get(key);
    if (!prev || prev.report.reportedAt < report.reportedAt) latest.set(key, { sport, report });
  };
  for (const sp of tagged) {
    const status = normalizeInjuryStatus(sp.siteStatus);
    if (!status) { warnings.push(`${sp.slate.site} status "${sp.siteStatus}" of ${sp.name} is unknown`); continue; }
    add(sp.slate.sport.code, siteReport(sp.slate.site, sp.playerId, sp.name, sp.positions[0] ?? null, sp.siteStatus ?? '', status, sp.injuryNote, sp.statusChangedAt ?? sp.createdAt));
  }
  for (const c of cleared) {
    const sp = c.slatePlayer;
    add(sp.slate.sport.code, siteReport(sp.slate.site, sp.playerId, sp.name, sp.positions[0] ?? null, '', 'active', null, c.changedAt));
  }
  const bySport = new Map<string, InjuryReport[]>();
  for (const { sport, report } of latest.values()) bySport.set(sport, [...(bySport.get(sport) ?? []), report]);
  return { bySport, warnings };
}

function siteReport(
  site: string, playerId: number, name: string, position: string | null, raw: string,
  status: InjuryReport['status'], note: string | null, at: Date,
): InjuryReport {
  // Site statuses are reported under the site's own name (InjurySource lists every site).
  const source: InjurySource = toSite(site);
  return {
    source, sourcePlayerId: `player:${playerId}`, playerId, playerName: name, team: null, position,
    rawStatus: raw, status, note, reportedAt: at, sourceUrl: null,
  };
}
