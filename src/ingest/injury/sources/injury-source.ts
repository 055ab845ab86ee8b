import { z } from 'zod';
import type { Config } from '../../../config.js';
import { SPORTS } from '../../../core/site-rules.js';

const SportSchema = z.enum(SPORTS);

/** One place injury news comes from; also the payload of `ingest-injury.poll-source`. */
export const InjurySourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('espn'), sport: SportSchema }),
  z.object({ kind: z.literal('news'), url: z.string().url(), sport: SportSchema.nullable() }),
  z.object({ kind: z.literal('nfl-report'), url: z.string().url() }),
  z.object({ kind: z.literal('site-status') }),
]);
export type InjurySourceRef = z.infer<typeof InjurySourceSchema>;

/**
 * Every configured source: ESPN for each sport in DFS_SPORTS, each INJURY_FEED_URLS entry (optionally
 * "NFL=https://…" to say which sport's players the feed is about), the NFL report when
 * NFL_INJURY_REPORT_URL is set, and the site statuses (DK Status / FD Injury Indicator) already ingested.
 */
export function listInjurySources(config: Config): InjurySourceRef[] {
  const sports = config.DFS_SPORTS.flatMap((s) => {
    const parsed = SportSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const feeds = config.INJURY_FEED_URLS.map((entry): InjurySourceRef => {
    const m = /^(NFL|NBA|MLB|NHL)=(.+)$/i.exec(entry);
    return m?.[1] && m[2]
      ? { kind: 'news', url: m[2].trim(), sport: SportSchema.parse(m[1].toUpperCase()) }
      : { kind: 'news', url: entry, sport: null };
  });
  return [
    ...sports.map((sport): InjurySourceRef => ({ kind: 'espn', sport })),
    ...feeds,
    ...(config.NFL_INJURY_REPORT_URL ? [{ kind: 'nfl-report', url: config.NFL_INJURY_REPORT_URL } as const] : []),
    { kind: 'site-status' },
  ];
}

/** Short name for logs, ProviderStatus and summaries: "espn:NFL", "news:feeds.example.com". */
export function describeSource(ref: InjurySourceRef): string {
  switch (ref.kind) {
    case 'espn': return `espn:${ref.sport}`;
    case 'news': return `news:${new URL(ref.url).host}`;
    case 'nfl-report': return 'nfl-report';
    case 'site-status': return 'site-status';
  }
}
