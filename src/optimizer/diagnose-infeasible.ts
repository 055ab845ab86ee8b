import type { MipModel } from './model/mip-model.js';
import { loadHighs } from './solver/load-highs.js';
import { SolverSession } from './solver/solver-session.js';

/** Which rule groups, removed alone (or in pairs), make an infeasible model feasible. */
export interface Diagnosis {
  /** Each entry is a set of rules that together conflict with the rest: dropping any one entry fixes it. */
  culprits: string[][];
  message: string;
}

/** Rules that are the roster itself: never blamed. */
const CORE = new Set(['roster']);

async function feasibleWithout(mip: MipModel, skip: Set<string>): Promise<boolean> {
  const highs = await loadHighs();
  const session = new SolverSession(highs, {
    cost: mip.cost, lower: mip.lower, upper: mip.upper, rows: mip.rows.filter((r) => !skip.has(r.group)),
  }, 20);
  try {
    return session.solve().status === 'optimal';
  } finally {
    session.dispose();
  }
}

/**
 * Relaxes the user's rule groups one at a time (then in pairs when no single group explains it) and names those
 * whose removal makes a lineup possible. Run only after a solve proved the rules infeasible.
 */
export async function diagnoseInfeasible(mip: MipModel): Promise<Diagnosis> {
  const groups = mip.groups().filter((g) => !CORE.has(g));
  if (!(await feasibleWithout(mip, new Set(groups)))) {
    return { culprits: [], message: 'no lineup fits the roster and salary cap even with every rule removed: the slate has too few players' };
  }
  const singles: string[][] = [];
  for (const g of groups) if (await feasibleWithout(mip, new Set([g]))) singles.push([g]);
  if (singles.length > 0) {
    return { culprits: singles, message: `no lineup satisfies all rules; removing any one of these makes it possible: ${singles.map((s) => s[0]).join('; ')}` };
  }
  const pairs: string[][] = [];
  for (let i = 0; i < groups.length && pairs.length < 10; i += 1) {
    for (let j = i + 1; j < groups.length && pairs.length < 10; j += 1) {
      const a = groups[i] ?? '';
      const b = groups[j] ?? '';
      if (await feasibleWithout(mip, new Set([a, b]))) pairs.push([a, b]);
    }
  }
  if (pairs.length > 0) {
    return { culprits: pairs, message: `no lineup satisfies all rules; no single rule is to blame, but removing both of: ${pairs.map((p) => p.join(' + ')).join('; or ')} makes it possible` };
  }
  return { culprits: [groups], message: `no lineup satisfies all rules; only removing several of them helps: ${groups.join('; ')}` };
}
