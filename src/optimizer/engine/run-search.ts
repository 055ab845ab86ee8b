import type { LineupModel } from '../model/lineup-model.js';
import { searchTopLineups } from '../search/top-lineups.js';
import { candidateSatisfies } from './partition-state.js';
import { Portfolio } from './portfolio.js';
import type { ModelEvent } from './solve-protocol.js';

export interface SearchRunOptions {
  /** Give up (null) after this many search nodes in all, so the caller can fall back to HiGHS. */
  nodeBudget: number;
  /** Give up (null) at this performance.now(). */
  deadline: number;
  /** Give up (null) when one search meets this many complete lineups that break a row its bounds ignore. */
  failedLeafBudget: number;
  onAccept?: (count: number) => void;
}

export interface SearchRun {
  portfolio: Portfolio;
  nodes: number;
  /** Searches run (each lists the best lineups left under the bans in force). */
  rounds: number;
}

/** Growth of the list when a search's list ran out without a new ban to narrow the next one. */
const GROWTH = 4;

/**
 * Exact sequential lineups without HiGHS. Lineup k is the best lineup that obeys every rule, differs enough from
 * lineups 1..k-1 and keeps the exposure bounds as they stand after them. A search lists the best K lineups left
 * under the bans in force, in order: an exact prefix of every lineup still allowed. Constraints only tighten as
 * lineups are accepted (cuts, bans, forced players), so reading that list greedily (accept a lineup when it clashes
 * with no accepted one and meets the exposure events so far) gives exactly the sequential answer until the list
 * runs out. Then the next search runs with the new bans (a smaller pool, so the same K reaches deeper), or with a
 * larger K when nothing was banned meanwhile.
 * Returns null when the rules are not ones this path reproduces (team-stack exposure, whose counting rests on the
 * solver's choice of carrier), when the node budget runs out, or when the rules allow fewer lineups than asked
 * (the caller's HiGHS path then diagnoses, relaxes best-effort bounds, or reports the shortfall).
 */
export function runSearch(model: LineupModel, total: number, options: SearchRunOptions): SearchRun | null {
  const portfolio = new Portfolio(model, total);
  if (portfolio.tracker.bounds.some((b) => b.kind === 'stack' && !b.content)) return null;
  const bestEffort = model.rules.exposure.mode === 'best-effort';
  if (bestEffort) dropLockedCaps(model, portfolio);
  let events: ModelEvent[] = portfolio.tracker.events(total);
  const maxOverlap = model.rosterSize - model.rules.minUnique;
  let size = total;
  let nodes = 0;
  for (let round = 1; ; round += 1) {
    const bans = bannedBy(events);
    const cuts = { lineups: portfolio.accepted.map((a) => a.ones), maxOverlap };
    const found = searchTopLineups(model, { count: size, nodeBudget: options.nodeBudget - nodes, deadline: options.deadline, failedLeafBudget: options.failedLeafBudget, banCols: bans, cuts });
    if (!found) return null;
    nodes += found.nodes;
    if (!found.complete) return null;
    const bansBefore = bans.size;
    const accepted = portfolio.accepted.length;
    for (const cand of found.lineups) {
      if (portfolio.remaining <= 0) break;
      if (!candidateSatisfies(cand.ones, events)) continue;
      const lineup = portfolio.toLineup(cand.ones, cand.objective);
      if (portfolio.conflict(lineup)) continue;
      events.push(...portfolio.accept(lineup));
      options.onAccept?.(portfolio.accepted.length);
    }
    if (portfolio.remaining <= 0) return { portfolio, nodes, rounds: round };
    // The allowed lineups are all listed: more searching finds nothing new. Best-effort mode gives up the bounds
    // in force (as the HiGHS path does) and goes on; strict mode leaves the diagnosis to the HiGHS path.
    if (found.lineups.length < size) {
      const active = portfolio.tracker.bounds.filter((b) => (b.banned || b.forced) && !b.dropped);
      if (!bestEffort || active.length === 0) return null;
      for (const b of active) b.dropped = true;
      events = portfolio.tracker.activeEvents();
      continue;
    }
    if (bannedBy(events).size === bansBefore && accepted === portfolio.accepted.length) size *= GROWTH;
  }
}

/** Columns fixed to 0 by exposure events so far. */
function bannedBy(events: ModelEvent[]): Set<number> {
  const out = new Set<number>();
  for (const e of events) if (e.kind === 'bounds' && e.upper < 0.5) for (const c of e.cols) out.add(c);
  return out;
}

/**
 * Best-effort mode: a cap below 100% on a locked player (or on his team) cannot be met by any lineup set, so it is
 * given up from the start (and reported as missed) instead of blocking every lineup once reached.
 */
function dropLockedCaps(model: LineupModel, portfolio: Portfolio): void {
  const locked = new Set(model.rules.locks.flatMap((l) => model.resolve(l.player)));
  if (locked.size === 0) return;
  for (const b of portfolio.tracker.bounds) {
    if (b.maxCount < portfolio.total && b.rows.some((r) => locked.has(r))) b.dropped = true;
  }
}
