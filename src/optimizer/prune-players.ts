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

/**
 * Exact pruning for the best `n` distinct lineups (minimum unique 1, no exposure bounds): a player goes only when
 * every lineup holding him has at least n others above it. Swapping him for a dominator q (same slots, salary no
 * higher, projection no lower) gives a lineup at least as good, and distinct q give distinct lineups; at most
 * `busy` dominators are already in the lineup (the other players of his slots, or on captain sites every other
 * person). A swap to another team or game may break team or game rules: with only min games / min teams of two,
 * at most the dominators of one game (or team) are such swaps; with any other team rule only same-team dominators
 * count. Pruning that is safe for lineup #1 (a fixed margin) is not safe for lineup #n: it dropped players of the
 * true top 150 before (the 150-lineup sum came out 0.69 pts low on DK NFL 2022-11-20).
 * Returns null when pruning is not safe for these rules.
 */
export function prunePlayersForTopN(players: OptimizerPlayer[], site: SiteRules, rules: OptimizerRules, n: number): OptimizerPlayer[] | null {
  const exp = rules.exposure;
  const exposure = exp.maxPlayer !== undefined || Object.keys(exp.players).length > 0 || Object.keys(exp.teams).length > 0 ||
    rules.stacks.some((s) => s.maxExposure !== undefined || s.minExposure !== undefined);
  const complex = rules.ownership !== undefined || rules.groups.length > 0 || rules.conditionals.length > 0 ||
    rules.opponentRules.length > 0 || rules.battingOrderSpacing !== undefined || rules.minUnique > 1 || exposure ||
    rules.randomness !== undefined || rules.simDraws !== undefined;
  if (complex) return null;
  const teamRules = rules.stacks.length > 0 || rules.maxPerTeam !== undefined || Object.keys(rules.teamLimits).length > 0 ||
    site.maxPerTeam !== null || site.minGames > 2 || (site.minTeams ?? 0) > 2;
  const locked = new Set(rules.locks.map((l) => l.player));
  const excluded = new Set([...rules.excludePlayers, ...rules.excludeTeams, ...rules.excludeGames]);
  const isExcluded = (p: OptimizerPlayer): boolean => excluded.has(p.id) || excluded.has(p.playerKey) || excluded.has(p.team) || (p.gameKey !== null && excluded.has(p.gameKey));
  const slotsFor = (p: OptimizerPlayer): string =>
    `${[...p.positions].sort().join('/')}|${site.captainRows ? [...p.rosterPositions].sort().join('/') : ''}`;
  const busy = (p: OptimizerPlayer): number => site.captainRows ? site.slots.length - 1
    : site.slots.filter((s) => p.positions.some((x) => s.eligible.includes(x))).length - 1;
  const bySlots = new Map<string, OptimizerPlayer[]>();
  for (const p of players) {
    if (isExcluded(p)) continue;
    const key = slotsFor(p);
    const list = bySlots.get(key);
    if (list) list.push(p);
    else bySlots.set(key, [p]);
  }
  const dominates = (q: OptimizerPlayer, p: OptimizerPlayer): boolean =>
    q !== p && q.playerKey !== p.playerKey && q.salary <= p.salary && q.projection >= p.projection &&
    (q.salary < p.salary || q.projection > p.projection || q.id < p.id);

  return players.filter((p) => {
    if (locked.has(p.id) || locked.has(p.playerKey) || isExcluded(p)) return true;
    let all = 0;
    let sameTeam = 0;
    const perTeam = new Map<string, number>();
    const perGame = new Map<string, number>();
    for (const q of bySlots.get(slotsFor(p)) ?? []) {
      if (!dominates(q, p)) continue;
      all += 1;
      if (q.team === p.team) sameTeam += 1;
      perTeam.set(q.team, (perTeam.get(q.team) ?? 0) + 1);
      const game = q.gameKey ?? q.team;
      perGame.set(game, (perGame.get(game) ?? 0) + 1);
    }
    const safeSwaps = teamRules ? sameTeam : all - Math.max(0, ...perTeam.values(), ...perGame.values());
    return safeSwaps - busy(p) < n;
  });
}
