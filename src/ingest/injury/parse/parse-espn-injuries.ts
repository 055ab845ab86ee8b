import { z } from 'zod';
import { normalizeInjuryStatus } from '../../../core/player-status.js';
import type { InjuryReport, ParsedInjuries } from './injury-report.js';
import { describeZodError } from '../../../core/validation/zod-problems.js';

const EspnInjurySchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  status: z.string(),
  date: z.string(),
  shortComment: z.string().optional(),
  longComment: z.string().optional(),
  type: z.object({ abbreviation: z.string().optional(), name: z.string().optional() }).optional(),
  details: z.object({ type: z.string().optional(), detail: z.string().optional() }).optional(),
  athlete: z.object({
    displayName: z.string().min(1),
    links: z.array(z.object({ href: z.string() })).optional(),
    position: z.object({ abbreviation: z.string().optional() }).optional(),
    team: z.object({ abbreviation: z.string().optional() }).optional(),
  }),
});

/** `site.api.espn.com/apis/site/v2/sports/{sport}/{league}/injuries`: teams, each with its injuries. */
export const EspnInjuriesSchema = z.object({
  injuries: z.array(z.object({
    displayName: z.string().optional(),
    injuries: z.array(z.unknown()),
  })),
});

/**
 * Parses ESPN's injuries answer. A bad entry is skipped with a warning naming the team and position in the
 * list (one odd athlete must not hide the whole league's report). ESPN dates are UTC without seconds
 * ("2026-09-10T20:48Z"), which `Date` reads as UTC.
 */
export function parseEspnInjuries(body: unknown, sourceUrl: string | null = null): ParsedInjuries {
  const parsed = EspnInjuriesSchema.safeParse(body);
  if (!parsed.success) throw new Error(`ESPN injuries response: ${describeZodError(parsed.error, { separator: ': ' })}`);
  const reports: InjuryReport[] = [];
  const warnings: string[] = [];
  for (const [t, team] of parsed.data.injuries.entries()) {
    for (const [i, raw] of team.injuries.entries()) {
      const where = `ESPN injuries[${t}] (${team.displayName ?? '?'}) entry ${i}`;
      const entry = EspnInjurySchema.safeParse(raw);
      if (!entry.success) {
        warnings.push(`${where}: ${describeZodError(entry.error, { separator: ': ' })}`);
        continue;
      }
      const e = entry.data;
      // The status word is primary; `type.abbreviation` ("Q") only helps when the word is new to us.
      const abbreviation = e.type?.abbreviation;
      const status = normalizeInjuryStatus(e.status) ?? (abbreviation ? normalizeInjuryStatus(abbreviation) : undefined);
      const reportedAt = new Date(e.date);
      if (!status) { warnings.push(`${where}: unknown status "${e.status}" for ${e.athlete.displayName}`); continue; }
      if (Number.isNaN(reportedAt.getTime())) { warnings.push(`${where}: bad date "${e.date}"`); continue; }
      reports.push({
        source: 'espn',
        sourcePlayerId: athleteId(e.athlete.links ?? []),
        playerName: e.athlete.displayName,
        team: e.athlete.team?.abbreviation ?? null,
        position: e.athlete.position?.abbreviation ?? null,
        rawStatus: e.status,
        status,
        note: e.shortComment?.trim() || e.details?.type || null,
        reportedAt,
        sourceUrl,
      });
    }
  }
  return { reports, warnings };
}

/** ESPN's entry `id` is the injury's, not the athlete's; the athlete id sits in the player-card link. */
function athleteId(links: { href: string }[]): string | null {
  for (const link of links) {
    const m = /\/id\/(\d+)/.exec(link.href);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** ESPN path per sport for the injuries endpoint. */
export const ESPN_INJURY_PATHS: Readonly<Record<string, string>> = {
  NFL: '/apis/site/v2/sports/football/nfl/injuries',
  NBA: '/apis/site/v2/sports/basketball/nba/injuries',
  MLB: '/apis/site/v2/sports/baseball/mlb/injuries',
  NHL: '/apis/site/v2/sports/hockey/nhl/injuries',
};
