/** A stat line's fantasy points in one site's scoring table (src/core/scoring-rules.ts), times a slot multiplier. */
import type { ScoringTable } from '../../core/scoring-rules.js';

export function scoreStats(stats: Readonly<Record<string, number>>, table: ScoringTable, multiplier = 1): number {
  const v = (k: string): number => stats[k] ?? 0;
  let points = 0;
  for (const [key, perUnit] of Object.entries(table.perStat)) points += v(key) * perUnit;
  for (const bonus of table.bonuses) {
    if (bonus.kind === 'threshold') {
      if (bonus.stats.reduce((s, k) => s + v(k), 0) >= bonus.atLeast) points += bonus.points;
    } else if (bonus.stats.filter((k) => v(k) >= bonus.atLeast).length >= bonus.count) points += bonus.points;
  }
  for (const tier of table.tiers) {
    if (stats[tier.stat] === undefined) continue;
    const value = v(tier.stat);
    points += tier.tiers.find((t) => value <= t.max)?.points ?? 0;
  }
  // Cents: sites show two decimals, and float sums such as 0.1 * 7 must compare equal to the file's FPTS.
  return Math.round(points * multiplier * 100) / 100;
}
