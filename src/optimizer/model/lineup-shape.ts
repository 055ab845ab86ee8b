import type { LineupShape } from '../solver/model-mirror.js';
import type { LineupModel } from './lineup-model.js';

/** The slot group and person of every player column (helper columns -1), for the solver's start-lineup search. */
export function lineupShape(model: LineupModel): LineupShape {
  const n = model.mip.numCols;
  const group = new Array<number>(n).fill(-1);
  const person = new Array<number>(n).fill(-1);
  const personIndex = new Map<string, number>();
  for (const a of model.assign) {
    const key = model.players[a.player]?.playerKey ?? '';
    if (!personIndex.has(key)) personIndex.set(key, personIndex.size);
    group[a.col] = a.group;
    person[a.col] = personIndex.get(key) ?? -1;
  }
  return { group, person, counts: model.groups.map((g) => g.count) };
}
