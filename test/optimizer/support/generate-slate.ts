import type { GameType, SiteRules, Sport } from '../../../src/core/site-rules.js';
import type { OptimizerPlayer } from '../../../src/optimizer/types.js';

/** A seeded generator, so a failing case can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Natural positions per sport with how many players of each to generate per team (kept tiny for brute force). */
const SHAPES: Record<Sport, Array<[string[], number]>> = {
  NFL: [[['QB'], 1], [['RB'], 2], [['WR'], 2], [['TE'], 1], [['DST'], 1]],
  NBA: [[['PG'], 1], [['SG'], 1], [['SF'], 1], [['PF'], 1], [['C'], 1], [['PG', 'SG'], 1], [['SF', 'PF'], 1]],
  MLB: [[['SP'], 1], [['C'], 1], [['1B'], 1], [['2B', 'SS'], 1], [['3B'], 1], [['SS'], 1], [['OF'], 2]],
  NHL: [[['C'], 2], [['LW'], 1], [['RW'], 1], [['D'], 2], [['G'], 1]],
};

/** FanDuel names some positions differently from DraftKings. */
function sitePositions(site: SiteRules['site'], sport: Sport, positions: string[]): string[] {
  if (site !== 'fanduel') return positions;
  if (sport === 'NFL') return positions.map((p) => (p === 'DST' ? 'D' : p));
  if (sport === 'NHL') return positions.map((p) => (p === 'LW' || p === 'RW' ? 'W' : p));
  if (sport === 'MLB') return positions.map((p) => (p === 'SP' ? 'P' : p));
  return positions;
}

export interface SlateOptions {
  games?: number;
  seed?: number;
  /** Multiplier on the per-team counts. */
  depth?: number;
}

/**
 * A small random slate for `rules`: `games` games (one for showdown), each team with the sport's position shape;
 * DK showdown gets a CPT row (1.5x salary) and a FLEX/UTIL row per person, like DraftKings' CSV.
 */
export function generateSlate(rules: SiteRules, options: SlateOptions = {}): OptimizerPlayer[] {
  const rnd = seeded(options.seed ?? 7);
  const gameType: GameType = rules.gameType;
  const games = gameType === 'showdown' ? 1 : (options.games ?? 2);
  const depth = options.depth ?? 1;
  const players: OptimizerPlayer[] = [];
  const avgSalary = rules.salaryCap / rules.slots.length;
  let id = 1000;
  for (let g = 0; g < games; g += 1) {
    const away = `A${g}`;
    const home = `H${g}`;
    const gameKey = `${away}@${home}`;
    for (const [team, opponent] of [[away, home], [home, away]] as const) {
      for (const [positions, count] of SHAPES[rules.sport]) {
        for (let k = 0; k < count * depth; k += 1) {
          const salary = Math.round((avgSalary * (0.55 + rnd() * 0.9)) / 100) * 100;
          const projection = Math.round((salary / 1000) * (3 + rnd() * 3) * 100) / 100;
          const name = `${team} ${positions.join('/')} ${k + 1}`;
          const base: OptimizerPlayer = {
            id: rules.site === 'fanduel' ? `90001-${id++}` : String(id++), playerKey: `${name}|${team}`.toLowerCase(), name, positions: sitePositions(rules.site, rules.sport, positions),
            rosterPositions: [], salary, team, opponent, gameKey, projection, ownership: Math.round(rnd() * 40) / 100,
            stdDev: projection * 0.3, battingOrder: rules.sport === 'MLB' && !positions.includes('SP') ? 1 + Math.floor(rnd() * 9) : null,
            line: rules.sport === 'NHL' ? String(1 + (k % 2)) : null, startsAt: new Date(Date.UTC(2024, 0, 1, 17 + g * 3)),
          };
          if (rules.captainRows) {
            const flexName = rules.slots[1]?.name ?? 'FLEX';
            players.push({ ...base, id: String(id++), rosterPositions: ['CPT'], salary: Math.round(salary * 1.5) });
            players.push({ ...base, rosterPositions: [flexName] });
          } else {
            players.push(base);
          }
        }
      }
    }
  }
  return players;
}
