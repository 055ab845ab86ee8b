import type { SiteRules } from '../core/site-rules.js';
import type { OptimizerPlayer, UploadEntry } from '../optimizer/index.js';

export interface QuickSwapChange {
  entryId: string | null;
  slot: string;
  out: string;
  in: string | null;
}

/**
 * The quick swap: in every entry, each player ruled out whose game has not started is replaced by the best
 * projected eligible player at the same or lower salary whose game has not started either and who is not in
 * the entry already. Salary can only go down, so the lineup stays under the cap. A slot with no such player is
 * left as it is and reported with `in: null`.
 */
export function quickSwap(
  entries: readonly UploadEntry[], players: readonly OptimizerPlayer[], rules: SiteRules, ruledOut: ReadonlySet<string>, now: Date,
  /** Every slate row's salary by site id (ruled-out players are not among `players`). */
  salaries: ReadonlyMap<string, number>,
): { entries: UploadEntry[]; changes: QuickSwapChange[] } {
  const byId = new Map(players.map((p) => [p.id, p]));
  const started = (p: OptimizerPlayer | undefined): boolean => p?.startsAt != null && p.startsAt.getTime() <= now.getTime();
  const changes: QuickSwapChange[] = [];
  const out = entries.map((entry) => {
    const cells = entry.cells.map((c) => ({ ...c }));
    const inLineup = new Set(cells.map((c) => byId.get(c.id ?? '')?.playerKey).filter((k): k is string => k !== undefined));
    cells.forEach((cell, i) => {
      if (cell.id === null || !ruledOut.has(cell.id) || cell.locked) return;
      const current = byId.get(cell.id);
      if (started(current)) return;
      const slot = rules.slots[i];
      if (!slot) return;
      const salary = current?.salary ?? salaries.get(cell.id) ?? 0;
      let best: OptimizerPlayer | null = null;
      for (const p of players) {
        if (ruledOut.has(p.id) || started(p) || inLineup.has(p.playerKey) || p.salary > salary) continue;
        const fits = rules.captainRows
          ? (p.rosterPositions.length > 0 ? p.rosterPositions.includes(slot.name) : slot.eligible.some((e) => p.positions.includes(e)))
          : slot.eligible.some((e) => p.positions.includes(e));
        if (!fits) continue;
        if (!best || p.projection > best.projection) best = p;
      }
      changes.push({ entryId: entry.entryId, slot: cell.slot, out: cell.id, in: best?.id ?? null });
      if (!best) return;
      inLineup.delete(current?.playerKey ?? '');
      inLineup.add(best.playerKey);
      cells[i] = { slot: cell.slot, id: best.id, name: best.name, locked: false };
    });
    return { ...entry, cells };
  });
  return { entries: out, changes };
}
