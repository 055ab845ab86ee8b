/** A lineup found by the search: its columns at 1 (helpers included) and objective; `key` names its people. */
export interface FoundLineup {
  key: string;
  objective: number;
  ones: number[];
}

/**
 * The best `size` lineups seen, distinct by key (one entry per set of people, its best objective), as a min-heap
 * on objective so the N-th best (the search's cut-off) is read in O(1).
 */
export class TopList {
  private readonly heap: FoundLineup[] = [];
  private readonly byKey = new Map<string, FoundLineup>();

  /** `floor`: lineups at or below it are never wanted (default: none). */
  constructor(readonly size: number, private readonly floor = Number.NEGATIVE_INFINITY) {}

  /** The objective a new lineup must beat: the N-th best once N are held, else the floor. */
  threshold(): number {
    return this.heap.length < this.size ? this.floor : Math.max(this.floor, this.heap[0]?.objective ?? Number.NEGATIVE_INFINITY);
  }

  /** Whether a lineup with this key and objective would enter the list (checked before verifying it). */
  improves(key: string, objective: number): boolean {
    if (objective <= this.threshold()) return false;
    const held = this.byKey.get(key);
    return !held || objective > held.objective;
  }

  add(entry: FoundLineup): void {
    if (!this.improves(entry.key, entry.objective)) return;
    const held = this.byKey.get(entry.key);
    if (held) {
      // Same people, better slots (a showdown captain swap): replace in place; rare, so a rebuild is fine.
      const i = this.heap.indexOf(held);
      this.heap[i] = entry;
      this.byKey.set(entry.key, entry);
      this.heap.sort((a, b) => a.objective - b.objective);
      return;
    }
    this.byKey.set(entry.key, entry);
    if (this.heap.length < this.size) {
      this.heap.push(entry);
      this.up(this.heap.length - 1);
      return;
    }
    const out = this.heap[0];
    if (out) this.byKey.delete(out.key);
    this.heap[0] = entry;
    this.down(0);
  }

  /** Best first; ties by key so the order is stable. */
  sorted(): FoundLineup[] {
    return [...this.heap].sort((a, b) => b.objective - a.objective || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((h[p]?.objective ?? 0) <= (h[i]?.objective ?? 0)) return;
      [h[p], h[i]] = [h[i] as FoundLineup, h[p] as FoundLineup];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && (h[l]?.objective ?? 0) < (h[m]?.objective ?? 0)) m = l;
      if (r < h.length && (h[r]?.objective ?? 0) < (h[m]?.objective ?? 0)) m = r;
      if (m === i) return;
      [h[m], h[i]] = [h[i] as FoundLineup, h[m] as FoundLineup];
      i = m;
    }
  }
}
