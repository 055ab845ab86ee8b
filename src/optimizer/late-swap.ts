import { AppError } from '../core/errors.js';
import type { SiteRules } from '../core/site-rules.js';
import type { SolverBackend } from './engine/solve-protocol.js';
import { exportLineupsCsv } from './export/export-lineups-csv.js';
import { parseUploadLineups, type UploadEntry } from './export/parse-upload-lineups.js';
import { optimizeLineups } from './optimize-lineups.js';
import type { OptimizerRules } from './rules-schema.js';
import type { Lineup, OptimizerPlayer } from './types.js';

export interface LateSwapEntry {
  entryId: string | null;
  line: number;
  /** Ids kept because their game had started (or the file marked them LOCKED). */
  kept: string[];
  before: string[];
  after: string[];
  projectionBefore: number;
  projectionAfter: number;
}

export interface LateSwapResult {
  csv: string;
  entries: LateSwapEntry[];
  lineups: Lineup[];
  /** Pairs of entries that differ by fewer than minUnique players because their kept players already match. */
  warnings: string[];
}

/** A re-optimized entry as the next entries' uniqueness rule sees it. */
interface SwappedEntry { line: number; keys: Set<string> }

/**
 * Late swap from a DKEntries file: in every entry, players whose game has started (startsAt <= now, or marked
 * LOCKED) stay in their exact column; every other slot is re-optimized with the same rules under the full cap,
 * and players from started games cannot be added. Entries are swapped in file order and, when minUnique is above 1,
 * each new lineup differs from every earlier one by minUnique people, as in one build (or by all its open slots,
 * when their started players already overlap more); at the default of 1, entries holding one lineup stay alike. Exposure bounds are not applied across entries. Returns the same file, new lineups in.
 */
export async function lateSwap(
  entriesCsv: string, players: OptimizerPlayer[], siteRules: SiteRules, rules: OptimizerRules,
  options: { now: Date; backend?: SolverBackend },
): Promise<LateSwapResult> {
  const byId = new Map(players.map((p) => [p.id, p]));
  const started = (p: OptimizerPlayer): boolean => p.startsAt !== null && p.startsAt.getTime() <= options.now.getTime();
  const entries = parseUploadLineups(entriesCsv, siteRules);
  if (entries.length === 0) throw new AppError('invalid_upload', 'the entries file has no entries');
  const results: LateSwapEntry[] = [];
  const lineups: Lineup[] = [];
  const swapped: SwappedEntry[] = [];
  const warnings: string[] = [];
  for (const entry of entries) {
    const current = currentPlayers(entry, byId);
    const keep = current.filter((c) => c.locked || started(c.player));
    const keepIds = new Set(keep.map((k) => k.player.id));
    const locks = keep.map((k) => ({ player: k.player.id, slot: siteRules.slots[k.slotIndex]?.name ?? '' }));
    const excluded = players.filter((p) => started(p) && !keepIds.has(p.id)).map((p) => p.id);
    // Only a min unique above 1 spreads entries apart: the default (1) would force apart entries that hold one
    // lineup on purpose (the same lineup in several contests), which a late swap must keep the same.
    const unique = rules.minUnique > 1
      ? uniquenessGroups(swapped, new Set(keep.map((k) => k.player.playerKey)), siteRules.slots.length - rules.minUnique)
      : { groups: [], warnings: [] };
    warnings.push(...unique.warnings.map((w) => `line ${entry.line}: ${w}`));
    const entryRules: OptimizerRules = {
      ...rules, lineups: 1, locks: [...rules.locks, ...locks], excludePlayers: [...rules.excludePlayers, ...excluded],
      groups: [...rules.groups, ...unique.groups],
      exposure: { ...rules.exposure, players: {}, teams: {}, maxPlayer: undefined },
    };
    const { lineups: [best] } = await optimizeLineups(players, siteRules, entryRules, options.backend ? { backend: options.backend } : {});
    if (!best) throw new AppError('late_swap_failed', `line ${entry.line}: no lineup keeps the started players`);
    const lineup = keepColumns(best, keep);
    lineup.index = lineups.length + 1;
    lineups.push(lineup);
    swapped.push({ line: entry.line, keys: new Set(lineup.slots.map((s) => s.player.playerKey)) });
    results.push({
      entryId: entry.entryId, line: entry.line, kept: [...keepIds],
      before: current.map((c) => c.player.id), after: lineup.slots.map((s) => s.player.id),
      projectionBefore: Math.round(current.reduce((t, c) => t + c.player.projection * (siteRules.slots[c.slotIndex]?.pointsMultiplier ?? 1), 0) * 100) / 100,
      projectionAfter: lineup.projection,
    });
  }
  return { csv: exportLineupsCsv(lineups, siteRules, entriesCsv).csv, entries: results, lineups, warnings };
}

/**
 * One group per earlier swapped entry: at most `maxOverlap` of its people. Started players cannot move, so when
 * this entry keeps more of them than that, the cap is what they force (every open slot differs) plus a warning.
 */
function uniquenessGroups(swapped: SwappedEntry[], keptKeys: Set<string>, maxOverlap: number): { groups: OptimizerRules['groups']; warnings: string[] } {
  const warnings: string[] = [];
  const groups = swapped.map((prev) => {
    const forced = [...keptKeys].filter((k) => prev.keys.has(k)).length;
    if (forced > maxOverlap) warnings.push(`shares ${forced} kept (started or locked) players with line ${prev.line}, more than min unique allows`);
    return { name: `min unique vs line ${prev.line}`, players: [...prev.keys], max: Math.max(maxOverlap, forced) };
  });
  return { groups, warnings };
}

interface CurrentPlayer { player: OptimizerPlayer; slotIndex: number; locked: boolean }

function currentPlayers(entry: UploadEntry, byId: Map<string, OptimizerPlayer>): CurrentPlayer[] {
  const out: CurrentPlayer[] = [];
  entry.cells.forEach((cell, slotIndex) => {
    if (cell.id === null) return;
    const player = byId.get(cell.id);
    if (!player) throw new AppError('unknown_player', `line ${entry.line}, slot ${cell.slot}: player id ${cell.id} is not on this slate`);
    out.push({ player, slotIndex, locked: cell.locked });
  });
  return out;
}

/** Puts kept players back in their original column (the solver only knows the slot group, e.g. "an RB slot"). */
function keepColumns(lineup: Lineup, keep: CurrentPlayer[]): Lineup {
  const want = new Map(keep.map((k) => [k.player.id, k.slotIndex]));
  const slots = lineup.slots.map((s) => ({ ...s }));
  for (const s of slots) {
    const target = want.get(s.player.id);
    if (target === undefined || target === s.slotIndex) continue;
    const other = slots.find((o) => o.slotIndex === target && o.slot === s.slot);
    if (!other) continue;
    other.slotIndex = s.slotIndex;
    s.slotIndex = target;
  }
  slots.sort((a, b) => a.slotIndex - b.slotIndex);
  return { ...lineup, slots };
}
