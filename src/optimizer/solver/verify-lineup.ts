import type { ModelMirror } from './model-mirror.js';

const EPS = 1e-6;

/** How far activity `a` lies outside row r's bounds (0 inside). */
function shortfallOf(m: ModelMirror, r: number, a: number): number {
  const row = m.rows[r];
  return row ? Math.max(0, row.lower - a, a - row.upper) : 0;
}

/**
 * The helper rule of both verifiers: switching free helper column c on is right when it brings some row closer to
 * its bounds and no row farther (an indicator is only on when its team or game is in the lineup).
 */
function helperWanted(m: ModelMirror, c: number, act: Float64Array): boolean {
  let helps = false;
  for (const [r, v] of m.colRows[c] ?? []) {
    const before = shortfallOf(m, r, act[r] ?? 0);
    const after = shortfallOf(m, r, (act[r] ?? 0) + v);
    if (after > before + EPS) return false;
    if (after < before - EPS) helps = true;
  }
  return helps;
}

/**
 * Completes a lineup's player columns with its helper columns (stack and min-games indicators) and checks every
 * row and bound of the model. Helper columns fixed by bounds keep their value; each free one is switched on when
 * that lowers some row's shortfall without breaking another row (an indicator is only on when its team or game
 * is in the lineup). Returns the columns at 1, or null when the lineup breaks the model.
 */
export function verifyLineup(m: ModelMirror, players: number[]): number[] | null {
  const { group } = m.shape;
  const n = m.cost.length;
  const on = new Uint8Array(n);
  for (const c of players) {
    if ((m.upper[c] ?? 0) < 0.5) return null;
    on[c] = 1;
  }
  const free: number[] = [];
  for (let c = 0; c < n; c += 1) {
    if ((group[c] ?? -1) >= 0) {
      if ((m.lower[c] ?? 0) >= 0.5 && !on[c]) return null;
      continue;
    }
    if ((m.lower[c] ?? 0) >= 0.5) on[c] = 1;
    else if ((m.upper[c] ?? 0) >= 0.5) free.push(c);
  }
  const act = new Float64Array(m.rows.length);
  m.rows.forEach((row, r) => {
    let a = 0;
    row.idx.forEach((c, k) => {
      if (on[c]) a += row.val[k] ?? 0;
    });
    act[r] = a;
  });
  const shortfall = (r: number, a: number): number => shortfallOf(m, r, a);
  for (const c of free) {
    if (!helperWanted(m, c, act)) continue;
    on[c] = 1;
    for (const [r, v] of m.colRows[c] ?? []) act[r] = (act[r] ?? 0) + v;
  }
  for (let r = 0; r < act.length; r += 1) if (shortfall(r, act[r] ?? 0) > EPS) return null;
  const ones: number[] = [];
  on.forEach((v, c) => {
    if (v) ones.push(c);
  });
  return ones;
}

/**
 * verifyLineup for many lineups of one unchanging model (the branch-and-bound leaves): the same answer, but each
 * call touches only the rows of the lineup's columns, the helper columns' rows and the rows that an empty lineup
 * would break, instead of every row and column of the model.
 */
export function leafVerifier(m: ModelMirror): (players: number[]) => number[] | null {
  const { group } = m.shape;
  const n = m.cost.length;
  const forcedPlayers: number[] = [];
  const fixedHelpers: number[] = [];
  const freeHelpers: number[] = [];
  for (let c = 0; c < n; c += 1) {
    if ((group[c] ?? -1) >= 0) {
      if ((m.lower[c] ?? 0) >= 0.5) forcedPlayers.push(c);
    } else if ((m.lower[c] ?? 0) >= 0.5) fixedHelpers.push(c);
    else if ((m.upper[c] ?? 0) >= 0.5) freeHelpers.push(c);
  }
  const always = new Set<number>();
  m.rows.forEach((row, r) => {
    if (row.lower > EPS || row.upper < -EPS) always.add(r);
  });
  for (const c of [...fixedHelpers, ...freeHelpers]) for (const [r] of m.colRows[c] ?? []) always.add(r);
  const alwaysRows = [...always];
  const act = new Float64Array(m.rows.length);
  const seen = new Uint8Array(m.rows.length);
  const shortfall = (r: number, a: number): number => shortfallOf(m, r, a);

  return (players: number[]): number[] | null => {
    for (const c of players) if ((m.upper[c] ?? 0) < 0.5) return null;
    for (const c of forcedPlayers) if (!players.includes(c)) return null;
    const touched: number[] = [...alwaysRows];
    for (const r of alwaysRows) seen[r] = 1;
    const add = (c: number): void => {
      for (const [r, v] of m.colRows[c] ?? []) {
        if (!seen[r]) {
          seen[r] = 1;
          touched.push(r);
        }
        act[r] = (act[r] ?? 0) + v;
      }
    };
    for (const c of players) add(c);
    for (const c of fixedHelpers) add(c);
    const ones = [...players, ...fixedHelpers];
    for (const c of freeHelpers) {
      if (!helperWanted(m, c, act)) continue;
      add(c);
      ones.push(c);
    }
    let ok = true;
    for (const r of touched) {
      if (ok && shortfall(r, act[r] ?? 0) > EPS) ok = false;
      act[r] = 0;
      seen[r] = 0;
    }
    return ok ? ones.sort((a, b) => a - b) : null;
  };
}
