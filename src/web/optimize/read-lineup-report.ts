/**
 * What the dashboard shows of the optimizer's stored report (LineupSet.report): its warnings (exposure bounds
 * best-effort mode could not keep, and the like) and the team-stack exposure. Read defensively: a report of an
 * older shape shows less, never fails the page.
 */
export interface LineupReportView { warnings: string[]; stacks: { label: string; share: number }[] }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readLineupReport(report: unknown): LineupReportView {
  if (!isRecord(report)) return { warnings: [], stacks: [] };
  const warnings = Array.isArray(report.warnings) ? report.warnings.filter((w): w is string => typeof w === 'string') : [];
  const rawStacks = isRecord(report.exposure) && Array.isArray(report.exposure.stacks) ? report.exposure.stacks : [];
  const stacks = rawStacks.flatMap((s) => (isRecord(s) && typeof s.share === 'number' && (typeof s.name === 'string' || typeof s.key === 'string')
    ? [{ label: String(s.name ?? s.key), share: s.share }] : []));
  return { warnings, stacks };
}
