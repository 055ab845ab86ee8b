/**
 * The correlation model on a real slate (DK NFL 2022-11-20 main, 11 games, site averages as baselines):
 * depth charts full of backups with season averages must not wash out the starters' stacks.
 */
import { describe, expect, it } from 'vitest';
import { adjustPlayers } from '../../src/sim/adjust/adjust-players.js';
import { correlationTable } from '../../src/sim/correlation/correlation-targets.js';
import { buildGameCorrelation } from '../../src/sim/correlation/game-correlation.js';
import { HERMITE_TERMS, hermiteCoefficients, pointsCorrelation } from '../../src/sim/correlation/points-correlation.js';
import { TABLE_STRIDE } from '../../src/sim/dist/quantile-table.js';
import { prepareModel } from '../../src/sim/engine/prepare-model.js';
import { loadDkRows, toProjectionInputs } from './support/load-dk-slate.js';

const players = adjustPlayers('NFL', toProjectionInputs(loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv')));
const model = prepareModel(players, { sport: 'NFL' });
const hermite = new Float64Array(players.length * HERMITE_TERMS);
for (let i = 0; i < players.length; i++) hermiteCoefficients(model.tables, i * TABLE_STRIDE, hermite, i * HERMITE_TERMS);

/** Per game: targets, and the points correlation the sampled (repaired) copula really gives a pair. */
const games = model.blocks
  .filter((b) => b.gameKey !== null)
  .map((block) => {
    const members = Array.from(block.players);
    const k = members.length;
    const { target } = buildGameCorrelation('NFL', players, members, hermite, correlationTable('NFL'));
    const points = (a: number, b: number): number => {
      let rho = 0;
      for (let j = 0; j < k; j++) rho += block.lower[a * k + j]! * block.lower[b * k + j]!;
      return pointsCorrelation(hermite, members[a]! * HERMITE_TERMS, members[b]! * HERMITE_TERMS, rho);
    };
    return { block, members, k, target, points };
  });

describe('correlations on the DK NFL 2022-11-20 slate', () => {
  it('when the slate is modelled, then each team\'s top QB-WR stack keeps its target within 0.02 after repair', () => {
    expect(games).toHaveLength(11);
    for (const { block, members, k, target, points } of games) {
      for (const team of new Set(members.map((i) => players[i]!.team))) {
        let best = { a: -1, b: -1, t: -Infinity };
        for (let a = 0; a < k; a++) {
          for (let b = 0; b < k; b++) {
            const pa = players[members[a]!]!;
            const pb = players[members[b]!]!;
            if (pa.team !== team || pb.team !== team || pa.position !== 'QB' || pb.position !== 'WR') continue;
            if (target[a * k + b]! > best.t) best = { a, b, t: target[a * k + b]! };
          }
        }
        const label = `${block.gameKey} ${players[members[best.a]!]!.name}-${players[members[best.b]!]!.name}`;
        expect(best.t, label).toBeGreaterThan(0.2);
        expect(Math.abs(points(best.a, best.b) - best.t), label).toBeLessThanOrEqual(0.02);
      }
    }
  });

  it('when a backup QB carries a starter-like season average, then he barely moves with the starter\'s receivers', () => {
    const game = games.find((g) => g.block.gameKey === 'NYJ@NE')!;
    const local = (name: string): number => game.members.findIndex((i) => players[i]!.name === name);
    const [flacco, wilson, receiver] = [local('Joe Flacco'), local('Zach Wilson'), local('Garrett Wilson')];
    expect(players[game.members[flacco]!]!.mean).toBeGreaterThan(players[game.members[wilson]!]!.mean);
    expect(game.points(wilson, receiver)).toBeGreaterThan(0.25);
    expect(game.points(flacco, receiver)).toBeLessThan(0.1);
  });
});
