import type { SiteRules } from '../../../src/core/site-rules.js';
import type { Lineup, OptimizerPlayer } from '../../../src/optimizer/types.js';

/**
 * An independent check of the site rules (written without the optimizer's model code): every slot filled by an
 * eligible row, no person twice, salary under the cap, team/game limits. Returns the problems found.
 */
export function checkSiteRules(players: OptimizerPlayer[], slotNames: string[], rules: SiteRules): string[] {
  const problems: string[] = [];
  if (players.length !== rules.slots.length) problems.push(`has ${players.length} players, needs ${rules.slots.length}`);
  players.forEach((p, i) => {
    const slot = rules.slots[i];
    if (!slot || slot.name !== slotNames[i]) problems.push(`slot ${i} is ${slotNames[i]}, expected ${slot?.name}`);
    if (slot && !p.positions.some((x) => slot.eligible.includes(x))) problems.push(`${p.name} (${p.positions.join('/')}) cannot play ${slot.name}`);
    if (slot && rules.captainRows && (p.rosterPositions.includes('CPT') !== (slot.pointsMultiplier ?? 1) > 1)) problems.push(`${p.name}: captain row in the wrong slot`);
  });
  if (new Set(players.map((p) => p.playerKey)).size !== players.length) problems.push('a person appears twice');
  const salary = players.reduce((t, p, i) => t + p.salary * (rules.slots[i]?.salaryMultiplier ?? 1), 0);
  if (salary > rules.salaryCap) problems.push(`salary ${salary} over the cap ${rules.salaryCap}`);
  const skipMax = new Set(rules.maxPerTeamExcludePositions ?? []);
  const perTeam = new Map<string, number>();
  for (const p of players) if (!p.positions.every((x) => skipMax.has(x))) perTeam.set(p.team, (perTeam.get(p.team) ?? 0) + 1);
  if (rules.maxPerTeam !== null) for (const [t, n] of perTeam) if (n > rules.maxPerTeam) problems.push(`${n} from ${t}`);
  if (new Set(players.map((p) => p.gameKey)).size < rules.minGames) problems.push('too few games');
  const skipTeams = new Set(rules.minTeamsExcludePositions ?? []);
  const teams = new Set(players.filter((p) => !p.positions.every((x) => skipTeams.has(x))).map((p) => p.team));
  if (rules.minTeams !== null && teams.size < rules.minTeams) problems.push(`only ${teams.size} teams`);
  return problems;
}

export const lineupProblems = (l: Lineup, rules: SiteRules): string[] =>
  checkSiteRules(l.slots.map((s) => s.player), l.slots.map((s) => s.slot), rules);

/** Projected points of a filled roster, with slot multipliers. */
export const rosterPoints = (players: OptimizerPlayer[], rules: SiteRules): number =>
  players.reduce((t, p, i) => t + p.projection * (rules.slots[i]?.pointsMultiplier ?? 1), 0);

/** The best roster by exhaustive search (slots filled in order; equal slots take rows in increasing order). */
export function bruteForceBest(all: OptimizerPlayer[], rules: SiteRules): number {
  let best = Number.NEGATIVE_INFINITY;
  const chosen: OptimizerPlayer[] = [];
  const chosenIdx: number[] = [];
  // Upper bound on what the remaining slots can add: each slot's best eligible row, ignoring everything else.
  const slotMax = rules.slots.map((s) => Math.max(0, ...all.filter((p) => p.positions.some((x) => s.eligible.includes(x))).map((p) => p.projection * (s.pointsMultiplier ?? 1))));
  const rest = slotMax.map((_, i) => slotMax.slice(i).reduce((t, v) => t + v, 0));
  let points = 0;
  const walk = (slot: number, salary: number): void => {
    if (salary > rules.salaryCap) return;
    if (points + (rest[slot] ?? 0) <= best) return;
    if (slot === rules.slots.length) {
      if (checkSiteRules(chosen, rules.slots.map((s) => s.name), rules).length === 0) best = Math.max(best, rosterPoints(chosen, rules));
      return;
    }
    const s = rules.slots[slot];
    if (!s) return;
    const prev = rules.slots[slot - 1];
    const sameAsPrev = prev !== undefined && prev.name === s.name && (prev.pointsMultiplier ?? 1) === (s.pointsMultiplier ?? 1);
    const start = sameAsPrev ? (chosenIdx[slot - 1] ?? -1) + 1 : 0;
    for (let i = start; i < all.length; i += 1) {
      const p = all[i];
      if (!p || !p.positions.some((x) => s.eligible.includes(x))) continue;
      if (rules.captainRows && p.rosterPositions.includes('CPT') !== (s.pointsMultiplier ?? 1) > 1) continue;
      if (chosen.some((c) => c.playerKey === p.playerKey)) continue;
      chosen.push(p);
      chosenIdx.push(i);
      points += p.projection * (s.pointsMultiplier ?? 1);
      walk(slot + 1, salary + p.salary * (s.salaryMultiplier ?? 1));
      points -= p.projection * (s.pointsMultiplier ?? 1);
      chosen.pop();
      chosenIdx.pop();
    }
  };
  walk(0, 0);
  return best;
}
