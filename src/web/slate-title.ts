/**
 * How a slate is named on the dashboard. Imported slates are named like "NFL classic 2025-11-16 (14 games)", and
 * the pages already show the sport as a tag beside the name, so the leading sport is dropped ("Classic 2025-11-16
 * (14 games)", not "NFL NFL classic ...").
 */
export function slateTitle(sport: string, name: string | null, siteSlateId: string): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) return `Slate ${siteSlateId}`;
  const rest = trimmed.toUpperCase().startsWith(`${sport.toUpperCase()} `) ? trimmed.slice(sport.length + 1).trim() : trimmed;
  if (!rest) return trimmed;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
