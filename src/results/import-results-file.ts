/**
 * `results import`: a standings export or a results CSV → actual points, played and actual ownership per slate
 * player, the contest's entries, and the names that matched no slate player (listed and kept, never dropped).
 * Everything is written in one transaction of set-based upserts: all of a file or none of it.
 */
import { basename } from 'node:path';
import type { Db } from '../core/db.js';
import { AppError, notFound } from '../core/errors.js';
import { type Site } from '../core/site-rules.js';
import type { Prisma } from '../generated/prisma/client.js';

type PrismaPromise<T> = Prisma.PrismaPromise<T>;
import { parseLineupText } from './parse/parse-lineup-text.js';
import { parseResultsFile } from './parse/parse-results-file.js';
import type { PlayerResultRow, ResultsFileKind, StandingEntryRow } from './parse/types.js';
import { loadSlateMatcher, type SlateMatcher, type SlateRow } from './store/slate-matcher.js';
import { upsertPlayerResults, writeUnmatched, type PlayerResultWrite } from './store/write-player-results.js';
import { upsertStandings, type StandingEntryWrite } from './store/write-standings.js';
import { getScoringTable, getSiteRules } from '../sites/index.js';

export interface UnmatchedResult { line: number; name: string; team: string | null; fpts: number; reason: string }

export interface ImportResultsReport {
  slateId: number;
  players: number;
  matched: number;
  unmatched: UnmatchedResult[];
  entries: number;
}

export interface ImportResultsOptions { site: Site; slateId: number; fileName?: string }

export async function importResultsFile(db: Db, bytes: Uint8Array, options: ImportResultsOptions): Promise<ImportResultsReport & { kind: ResultsFileKind }> {
  const parsed = parseResultsFile(bytes);
  const matcher = await loadSlateMatcher(db, options.slateId);
  if (!matcher) throw notFound(`slate ${options.slateId}`);
  if (matcher.site !== options.site) {
    throw new AppError('site_mismatch', `slate ${options.slateId} is a ${matcher.site} slate, not ${options.site}`);
  }
  const source = parsed.kind === 'results-csv' ? 'results-csv' : 'standings';
  const { writes, matched, unmatched } = resolvePlayerRows(matcher, parsed.players, source, await loadPlayedFlags(db, matcher.slateId));
  const statements: PrismaPromise<number>[] = [];
  if (writes.length > 0) statements.push(upsertPlayerResults(db, matcher.slateId, writes));
  statements.push(...writeUnmatched(db, matcher.slateId, source,
    unmatched.map((u) => ({ name: u.name, teamCode: u.team ?? '', actualPoints: u.fpts, actualOwnership: null })),
    parsed.players.filter((_, i) => matched.has(i)).map((p) => p.name ?? '').filter(Boolean)));
  if (parsed.entries.length > 0) {
    const fileName = options.fileName ? basename(options.fileName) : null;
    const contestKey = /contest-standings-(\d+)/i.exec(fileName ?? '')?.[1] ?? `sha256:${parsed.entriesHash ?? ''}`;
    statements.push(upsertStandings(db, {
      slateId: matcher.slateId, site: matcher.site, contestKey, fileName, hasLineups: parsed.kind === 'standings',
      entries: resolveEntries(matcher, parsed.entries),
    }));
  }
  await db.$transaction(statements);
  return { kind: parsed.kind, slateId: matcher.slateId, players: parsed.players.length, matched: matched.size, unmatched, entries: parsed.entries.length };
}

/** Slate rows a file row sets, explicitly; captain/plain siblings not in the file are then derived by the multiplier. */
function resolvePlayerRows(matcher: SlateMatcher, rows: PlayerResultRow[], source: string, playedBefore: ReadonlyMap<number, boolean>) {
  const explicit = new Map<number, PlayerResultWrite>();
  const matched = new Set<number>();
  const unmatched: UnmatchedResult[] = [];
  rows.forEach((row, index) => {
    const target = findTarget(matcher, row);
    if ('reason' in target) {
      unmatched.push({ line: row.line, name: row.name ?? row.sitePlayerId ?? '?', team: row.team, fpts: row.fpts, reason: target.reason });
      return;
    }
    matched.add(index);
    explicit.set(target.row.slatePlayerId, {
      slatePlayerId: target.row.slatePlayerId, actualPoints: row.fpts,
      // A standings export says nothing of who played: keep what a results file or box score said, else points != 0.
      played: row.played ?? playedBefore.get(target.row.slatePlayerId) ?? row.fpts !== 0,
      actualOwnership: row.ownership, pointsSource: source, statLineId: null,
    });
  });
  const writes = [...explicit.values()];
  const multipliers = getScoringTable(matcher.site as Site, matcher.sport).slotMultipliers;
  for (const given of [...explicit.values()]) {
    const row = matcher.rows.find((r) => r.slatePlayerId === given.slatePlayerId) as SlateRow;
    for (const sibling of matcher.byPlayer.get(row.playerId) ?? []) {
      if (explicit.has(sibling.slatePlayerId) || sibling.captainSlot === row.captainSlot) continue;
      const base = row.captainSlot ? given.actualPoints / (multipliers[row.captainSlot] ?? 1) : given.actualPoints;
      const points = sibling.captainSlot ? base * (multipliers[sibling.captainSlot] ?? 1) : base;
      const derived = { ...given, slatePlayerId: sibling.slatePlayerId, actualPoints: Math.round(points * 100) / 100, actualOwnership: null };
      explicit.set(sibling.slatePlayerId, derived);
      writes.push(derived);
    }
  }
  return { writes, matched, unmatched };
}

async function loadPlayedFlags(db: Db, slateId: number): Promise<Map<number, boolean>> {
  const rows = await db.slatePlayerResult.findMany({ where: { slateId }, select: { slatePlayerId: true, played: true } });
  return new Map(rows.map((r) => [r.slatePlayerId, r.played]));
}

function findTarget(matcher: SlateMatcher, row: PlayerResultRow): { row: SlateRow } | { reason: string } {
  if (row.sitePlayerId !== null) {
    const byId = matcher.bySiteId.get(row.sitePlayerId);
    if (byId) return { row: byId };
    if (row.name === null) return { reason: `no player with ID ${row.sitePlayerId} on slate ${matcher.slateId}` };
  }
  if (row.name === null) return { reason: 'the row has neither ID nor Name' };
  const positions = row.position ? row.position.split('/').map((p) => p.trim()).filter(Boolean) : [];
  const result = matcher.match(row.name, row.team, positions);
  if (result.playerId === null) return { reason: result.reason };
  const rows = matcher.byPlayer.get(result.playerId) ?? [];
  const wantCaptain = row.rosterPosition !== null && rows.some((r) => r.captainSlot === row.rosterPosition);
  const target = rows.find((r) => (wantCaptain ? r.captainSlot === row.rosterPosition : r.captainSlot === null)) ?? rows[0];
  return target ? { row: target } : { reason: `player #${result.playerId} has no row on slate ${matcher.slateId}` };
}

function resolveEntries(matcher: SlateMatcher, entries: StandingEntryRow[]): StandingEntryWrite[] {
  const slotNames = safeSlotNames(matcher);
  const cache = new Map<string, number | null>();
  const rowFor = (slot: string, name: string): number | null => {
    const key = `${slot}|${name}`;
    if (cache.has(key)) return cache.get(key) ?? null;
    const found = findTarget(matcher, { line: 0, sitePlayerId: null, name, team: null, position: null, rosterPosition: slot, fpts: 0, played: null, ownership: null });
    const id = 'row' in found ? found.row.slatePlayerId : null;
    cache.set(key, id);
    return id;
  };
  return entries.map((e) => {
    const picks = e.lineup === null ? [] : parseLineupText(e.lineup, slotNames);
    const slatePlayerIds: number[] = [];
    const unmatchedNames: string[] = [];
    for (const pick of picks) {
      if (pick.name.toUpperCase() === 'LOCKED') continue;
      const id = rowFor(pick.slot, pick.name);
      if (id === null) unmatchedNames.push(pick.name);
      else slatePlayerIds.push(id);
    }
    return { entryKey: e.entryKey, entryId: e.entryId, entryName: e.entryName, rank: e.rank, points: e.points, lineup: e.lineup, slatePlayerIds, unmatchedNames };
  });
}

function safeSlotNames(matcher: SlateMatcher): string[] {
  try {
    return getSiteRules(matcher.site, matcher.sport, matcher.gameType).slots.map((s) => s.name);
  } catch {
    return [];
  }
}
