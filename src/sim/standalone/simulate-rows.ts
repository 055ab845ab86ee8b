import { adjustPlayers } from '../adjust/adjust-players.js';
import { conditionalBoosts } from '../adjust/redistribute-vacated.js';
import type { ProjectionInput } from '../adjust/types.js';
import { prepareModel } from '../engine/prepare-model.js';
import { sampleDraws } from '../engine/sample-draws.js';
import type { SimSport } from '../types.js';

/** A slate row from files (no database): a DK showdown CPT row and its FLEX row share the playerKey. */
export interface StandaloneRow {
  playerKey: string;
  name: string;
  team: string;
  opponent: string | null;
  gameKey: string | null;
  position: string;
  salary: number;
  /** The user's projection, else the site's average. */
  mean: number;
  sd: number | null;
  /** Site status ('O', 'Q', ...), null when healthy. */
  status: string | null;
  battingOrder: number | null;
  /** True when `mean` came from the user's projections file (no injury re-distribution then). */
  uploaded: boolean;
}

/**
 * Simulates slate rows read from files, with the same adjustments and correlated engine as a stored run
 * (minus odds, weather and injury feeds, which live in the database). Returns sim-major points per row:
 * out[s * rows.length + r]; rows of one person carry the same raw points.
 */
export function simulateRows(sport: SimSport, rows: readonly StandaloneRow[], sims: number, seed: number): Float32Array {
  const personOf = new Map<string, number>();
  const inputs: ProjectionInput[] = [];
  const index = rows.map((r) => {
    let p = personOf.get(r.playerKey);
    if (p === undefined) {
      p = inputs.length;
      personOf.set(r.playerKey, p);
      inputs.push({
        key: r.playerKey, name: r.name, team: r.team, opponent: r.opponent, gameKey: r.gameKey, position: r.position,
        salary: Math.max(0, Math.round(r.salary)), baseline: r.mean, baselineSource: r.uploaded ? 'upload' : 'site-average',
        sd: r.sd !== null && r.sd > 0 ? r.sd : null, status: r.status, battingOrder: r.battingOrder, line: null,
      });
    }
    return p;
  });
  const uploaded = rows.some((r) => r.uploaded);
  const adjusted = adjustPlayers(sport, inputs, { redistribute: !uploaded });
  const players = adjusted.map(({ baseline: _b, notes: _n, ...p }) => p);
  const model = prepareModel(players, { sport, boosts: uploaded ? [] : conditionalBoosts(sport, adjusted) });
  const byPerson = sampleDraws(model, seed, { simStart: 0, simEnd: sims });
  const out = new Float32Array(sims * rows.length);
  for (let r = 0; r < rows.length; r++) {
    const base = index[r]! * sims;
    for (let s = 0; s < sims; s++) out[s * rows.length + r] = byPerson[base + s]!;
  }
  return out;
}
