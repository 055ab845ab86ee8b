import type { LineupStack, OptimizerPlayer } from './types.js';

/**
 * The stacks a lineup contains, as DFS players read them: every team with 2+ players (its positions in roster
 * order), and every game with 3+ players from both sides. Used for the lineup output and the stacks report.
 */
export function findStacks(players: OptimizerPlayer[]): LineupStack[] {
  const byTeam = new Map<string, OptimizerPlayer[]>();
  const byGame = new Map<string, OptimizerPlayer[]>();
  for (const p of players) {
    byTeam.set(p.team, [...(byTeam.get(p.team) ?? []), p]);
    if (p.gameKey !== null) byGame.set(p.gameKey, [...(byGame.get(p.gameKey) ?? []), p]);
  }
  const stacks: LineupStack[] = [];
  for (const [team, ps] of byTeam) {
    if (ps.length >= 2) stacks.push({ kind: 'team', key: team, size: ps.length, positions: ps.map((p) => p.positions[0] ?? '') });
  }
  for (const [game, ps] of byGame) {
    const teams = new Set(ps.map((p) => p.team));
    if (ps.length >= 3 && teams.size >= 2) stacks.push({ kind: 'game', key: game, size: ps.length, positions: ps.map((p) => p.positions[0] ?? '') });
  }
  return stacks.sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
}
