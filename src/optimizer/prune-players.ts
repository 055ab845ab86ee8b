import type { SiteRules } from '../core/site-rules.js';
import type { OptimizerRules } from './rules-schema.js';
import type { OptimizerPlayer } from './types.js';

/**
 * Drops players that cannot matter: those with at least `k + margin` others of the same slots that cost no more
 * and project no less (k = how many of that position one lineup can hold). With a team stack rule, a player is
 * also kept when few teammates of his position dominate him, so every team can still form its stack.
 * Returns null (keep everyone) when a rule depends on individual players beyond salary and points
 * (ownership, groups, conditionals, opponent rules, spacing, game/line stacks), where dominance is not safe.
 */
export function prunePlayers(players: OptimizerPlayer[], site: SiteRules, rules: OptimizerRules, margin: number): OptimizerPlayer[] | null {
  const complex = rules.ownership !== undefined || rules.groups.length > 0 || rules.conditionals.length > 0 ||
    rules.opponentRules.length > 0 || rules.battingOrderSpacing !== undefined ||
    rules.stacks.some((s) => s.kind === 'game' || s.kind === 'line');
  if (complex) return null;
  const locked = new Set(rules.locks.map((l) => l.player));
  const excluded = new Set([...rules.excludePlayers, ...rules.excludeTeams, ...rules.excludeGames]);
  const isExcluded = (p: OptimizerPlayer): boolean => excluded.has(p.id) || excluded.has(p.playerKey) || excluded.has(p.team) || (p.gameKey !== null && excluded.has(p.gameKey));
  // Excluded players dominate nobody; they stay in the list so the rules can still name them.
  const candidates = players.filter((p) => !isExcluded(p));

  const slotsFor = (p: OptimizerPlayer): string =>
    `${[...p.positions].sort().join('/')}|${site.captainRows ? [...p.rosterPositions].sort().join('/') : ''}`;
  const capacity = (p: OptimizerPlayer): number => site.slots.filter((s) => p.positions.some((x) => s.eligible.includes(x))).length;
  const teamNeed = (p: OptimizerPlayer): number => Math.max(0, ...rules.stacks.map((s) =>
    s.kind === 'team' ? s.positions.filter((spec) => spec.some((x) => p.positions.includes(x))).length
      : s.kind === 'team-sizes' ? Math.max(...s.sizes) : 0));

  const bySlots = new Map<string, OptimizerPlayer[]>();
  for (const p of candidates) bySlots.set(slotsFor(p), [...(bySlots.get(slotsFor(p)) ?? []), p]);
  const dominates = (q: OptimizerPlayer, p: OptimizerPlayer): boolean =>
    q !== p && q.salary <= p.salary && q.projection >= p.projection && (q.salary < p.salary || q.projection > p.projection || q.id < p.id);

  return players.filter((p) => {
    if (locked.has(p.id) || locked.has(p.playerKey) || isExcluded(p)) return true;
    const peers = bySlots.get(slotsFor(p)) ?? [];
    let global = 0;
    let team = 0;
    for (const q of peers) {
      if (!dominates(q, p)) continue;
      global += 1;
      if (q.team === p.team) team += 1;
    }
    if (global < capacity(p) + margin) return true;
    const need = teamNeed(p);
    return need > 0 && team < need + Math.min(margin, 1);
  });
}
