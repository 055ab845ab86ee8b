import type { Config } from '../../../config.js';
import type { Db } from '../../../core/db.js';
import type { Logger } from '../../../core/logger.js';
import type { SendJob } from '../../../core/jobs/send-job.js';
import { createProviderClient } from '../../../core/http/provider-client.js';
import type { Sport } from '../../../core/site-rules.js';
import type { InjuryReport } from '../parse/injury-report.js';
import { ESPN_INJURY_PATHS, parseEspnInjuries } from '../parse/parse-espn-injuries.js';
import { parseNflInjuryReport } from '../parse/parse-nfl-injury-report.js';
import { parseNewsFeed } from '../parse/parse-news-feed.js';
import { extractNewsInjury } from '../parse/extract-news-injury.js';
import { buildPlayerMatcher, UNKNOWN_SPORT_MATCHER, type PlayerMatcher } from '../store/match-report-player.js';
import { storeInjuryReports, type StatusChange, type StoreResult } from '../store/store-injury-reports.js';
import { reactToStatusChanges, type ReactionResult } from '../react/react-to-status-changes.js';
import { collectSiteStatuses } from '../sources/collect-site-statuses.js';
import { fetchAbsoluteText } from '../sources/fetch-absolute.js';
import { describeSource, type InjurySourceRef } from '../sources/injury-source.js';
import { clearedFromReport } from '../store/cleared-from-report.js';
import { recordProviderStatus } from '../../../core/data/provider-status.js';

export interface PollContext { db: Db; config: Config; logger: Logger; send: SendJob; now?: Date }

export interface SourcePollResult {
  source: string;
  reports: number;
  inserted: number;
  unchanged: number;
  warnings: string[];
  unmatched: StoreResult['unmatched'];
  changes: { player: string; from: string | null; to: string }[];
  reaction: ReactionResult;
}

/**
 * One source, one cycle: fetch, parse, store what is new, and react to the players whose status changed
 * (slate re-simulations, lineup swap flags). Provider faults propagate as ProviderError so the job retries.
 */
export async function pollInjurySource(ctx: PollContext, ref: InjurySourceRef): Promise<SourcePollResult> {
  const now = ctx.now ?? new Date();
  const name = describeSource(ref);
  let fetched: { bySport: Map<string, InjuryReport[]>; warnings: string[] };
  try {
    fetched = await fetchReports(ctx, ref, now);
  } catch (error) {
    await recordProviderStatus(ctx.db, name, (error as Error).message, now);
    throw error;
  }
  if (ref.kind !== 'site-status') await recordProviderStatus(ctx.db, name, null, now);

  const result: SourcePollResult = {
    source: name, reports: 0, inserted: 0, unchanged: 0, warnings: fetched.warnings, unmatched: [], changes: [],
    reaction: { resims: [], lineups: { flagged: 0, cleared: 0, lineupIds: [] } },
  };
  const changes: StatusChange[] = [];
  for (const [sport, reports] of await assignSports(ctx.db, fetched.bySport)) {
    const stored = await storeInjuryReports(ctx.db, sport, reports);
    result.reports += reports.length;
    result.inserted += stored.inserted;
    result.unchanged += stored.unchanged;
    result.unmatched.push(...stored.unmatched);
    changes.push(...stored.changes);
  }
  if ((ref.kind === 'espn' || ref.kind === 'nfl-report') && result.reports > 0) {
    // Both list designated players only (the NFL report: each team's newest week): one who drops off the
    // list is healthy again, else last week's "out" would never expire.
    const sport = ref.kind === 'espn' ? ref.sport : 'NFL';
    const seen = [...fetched.bySport.values()].flat();
    const clearedReports = await clearedFromReport(ctx.db, ref.kind, sport, seen, now);
    if (clearedReports.length) {
      const stored = await storeInjuryReports(ctx.db, await buildPlayerMatcher(ctx.db, sport), clearedReports);
      result.inserted += stored.inserted;
      changes.push(...stored.changes);
    }
  }
  result.changes = changes.map((c) => ({ player: c.playerName, from: c.from?.status ?? null, to: c.to.status }));
  result.reaction = await reactToStatusChanges({ db: ctx.db, send: ctx.send, logger: ctx.logger, now }, changes);
  if (result.unmatched.length) ctx.logger.info({ source: name, unmatched: result.unmatched.length }, 'injury reports with unmatched names stored');
  return result;
}

async function fetchReports(ctx: PollContext, ref: InjurySourceRef, now: Date) {
  switch (ref.kind) {
    case 'espn': {
      const client = createProviderClient({ provider: 'espn', baseUrl: ctx.config.ESPN_API_URL });
      const path = ESPN_INJURY_PATHS[ref.sport] ?? '';
      const parsed = parseEspnInjuries((await client.getJson(path)).body, `${ctx.config.ESPN_API_URL}${path}`);
      return { bySport: new Map([[ref.sport as string, parsed.reports]]), warnings: parsed.warnings };
    }
    case 'nfl-report': {
      const parsed = parseNflInjuryReport((await fetchAbsoluteText('nfl-report', ref.url)).body, ref.url);
      return { bySport: new Map([['NFL', parsed.reports]]), warnings: parsed.warnings };
    }
    case 'news': {
      const feed = parseNewsFeed((await fetchAbsoluteText(describeSource(ref), ref.url)).body);
      const reports = feed.items.flatMap((item) => extractNewsInjury(item, ref.url) ?? []);
      return { bySport: new Map([[ref.sport ?? '*', reports]]), warnings: feed.warnings };
    }
    case 'site-status':
      return collectSiteStatuses(ctx.db, now);
  }
}

/**
 * Pairs each batch with its sport's matcher. A feed with no sport ("*") is matched against every sport the
 * platform ingests; a name no sport knows is kept under "unknown" and reported.
 */
async function assignSports(db: Db, bySport: Map<string, InjuryReport[]>): Promise<[PlayerMatcher, InjuryReport[]][]> {
  const out: [PlayerMatcher, InjuryReport[]][] = [];
  const sports = (await db.sport.findMany({ select: { code: true } })).map((s) => s.code as Sport);
  for (const [sport, reports] of bySport) {
    if (sport !== '*') { out.push([await buildPlayerMatcher(db, sport as Sport), reports]); continue; }
    const matchers = await Promise.all(sports.map((s) => buildPlayerMatcher(db, s)));
    const groups = new Map<PlayerMatcher, InjuryReport[]>();
    for (const report of reports) {
      const m = matchers.find((x) => x.match({ name: report.playerName, team: report.team, position: report.position }).playerId !== null)
        ?? UNKNOWN_SPORT_MATCHER;
      groups.set(m, [...(groups.get(m) ?? []), report]);
    }
    out.push(...groups);
  }
  return out;
}
