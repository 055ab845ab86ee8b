import { lineupKey } from './compile-entries.js';
import type { ContestRules, LineupMatrix } from './contest-types.js';

/** Share of entries whose lineup (same players in the same kind of slots) at least one other entry also holds. */
export function fieldDuplicateRate(field: LineupMatrix, rules: ContestRules): number {
  if (field.entryCount === 0) return 0;
  const counts = new Map<string, number>();
  for (let e = 0; e < field.entryCount; e++) {
    const key = lineupKey(field, e, rules);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let duplicated = 0;
  for (const c of counts.values()) if (c > 1) duplicated += c;
  return duplicated / field.entryCount;
}
