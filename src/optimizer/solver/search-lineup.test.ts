import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../../test/optimizer/support/generate-slate.js';
import { buildLineupModel } from '../model/build-lineup-model.js';
import { lineupShape } from '../model/lineup-shape.js';
import { parseOptimizerRules } from '../rules-schema.js';
import { loadHighs } from './load-highs.js';
import { ModelMirror } from './model-mirror.js';
import { searchLineup } from './search-lineup.js';
import { SolverSession, type MipData } from './solver-session.js';
import { verifyLineup } from './verify-lineup.js';
import { getSiteRules } from '../../sites/index.js';

const NFL = getSiteRules('draftkings', 'NFL', 'classic');
const model = buildLineupModel(generateSlate(NFL, { games: 3, depth: 2, seed: 9 }), NFL, parseOptimizerRules({
  minUnique: 3, stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE'], ['WR', 'TE']] }],
}));
const data: MipData = { cost: model.mip.cost, lower: model.mip.lower, upper: model.mip.upper, rows: model.mip.rows, shape: lineupShape(model) };
const playerCols = new Set(model.assign.map((a) => a.col));
const people = (ones: number[]): Set<number> => new Set(ones.filter((c) => playerCols.has(c)).map((c) => data.shape?.person[c] ?? -1));
const objective = (ones: number[]): number => ones.reduce((t, c) => t + (model.mip.cost[c] ?? 0), 0);

async function optimum(): Promise<number[]> {
  const session = new SolverSession(await loadHighs(), data);
  try {
    const out = session.solve();
    const ones: number[] = [];
    out.values.forEach((v, c) => {
      if (v > 0.5) ones.push(c);
    });
    return ones;
  } finally {
    session.dispose();
  }
}

/** The cut "at most 6 of these 9 people", as the portfolio adds it after accepting `ones`. */
function cutFor(ones: number[]): MipData['rows'][number] {
  const keys = new Set(ones.filter((c) => playerCols.has(c)).map((c) => model.players[model.assign.find((a) => a.col === c)?.player ?? -1]?.playerKey));
  const idx = model.assign.filter((a) => keys.has(model.players[a.player]?.playerKey)).map((a) => a.col).sort((x, y) => x - y);
  return { lower: -Infinity, upper: model.rosterSize - 3, idx, val: idx.map(() => 1), group: 'min unique' };
}

describe('searchLineup (start lineups for time-limited solves)', () => {
  it('when the start lineup already fits the model, then it comes back unchanged or better', async () => {
    const best = await optimum();
    const found = searchLineup(new ModelMirror(data, data.shape ?? { group: [], person: [], counts: [] }), best);
    expect(found?.objective).toBeCloseTo(objective(best), 6);
  });

  it('when a uniqueness cut makes the start infeasible, then it returns a lineup that fits every row and differs by 3', async () => {
    const best = await optimum();
    const mirror = new ModelMirror(data, data.shape ?? { group: [], person: [], counts: [] });
    mirror.addRow(cutFor(best));
    expect(verifyLineup(mirror, best.filter((c) => playerCols.has(c)))).toBeNull();

    const found = searchLineup(mirror, best);
    if (!found) throw new Error('no lineup found');
    expect(verifyLineup(mirror, found.ones.filter((c) => playerCols.has(c)))).not.toBeNull();
    expect(found.objective).toBeCloseTo(objective(found.ones), 6);
    expect(found.objective).toBeLessThanOrEqual(objective(best) + 1e-9);
    const before = people(best);
    expect([...people(found.ones)].filter((p) => before.has(p)).length).toBeLessThanOrEqual(model.rosterSize - 3);
  });

  it('when a player of the start lineup is banned, then the result leaves him out', async () => {
    const best = await optimum();
    const mirror = new ModelMirror(data, data.shape ?? { group: [], person: [], counts: [] });
    const banned = best.find((c) => playerCols.has(c) && model.groups[data.shape?.group[c] ?? -1]?.name === 'RB');
    if (banned === undefined) throw new Error('no RB in the optimum');
    const person = data.shape?.person[banned];
    const cols = model.assign.filter((a) => data.shape?.person[a.col] === person).map((a) => a.col);
    mirror.setBounds(cols, 0, 0);

    const found = searchLineup(mirror, best);
    if (!found) throw new Error('no lineup found');
    expect(found.ones.some((c) => cols.includes(c))).toBe(false);
    expect(verifyLineup(mirror, found.ones.filter((c) => playerCols.has(c)))).not.toBeNull();
  });
});
