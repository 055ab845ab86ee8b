/**
 * What one entry wins from a place: positions first..first+occupants-1 shared by `occupants` tied entries split
 * their prizes evenly, as DraftKings splits ties. `cumulative[k]` = prizes of positions 1..k (sim/contest).
 */
export function payoutAt(cumulative: Float64Array, first: number, occupants: number): number {
  const maxPos = cumulative.length - 1;
  if (first > maxPos) return 0;
  const last = Math.min(first + occupants - 1, maxPos);
  return (cumulative[last]! - cumulative[first - 1]!) / occupants;
}
