import {
  addPlayerExternalIds, insertPlayers, loadPlayerCandidates, loadPlayersByExternalId, loadSportCode, MANUAL_ALIAS_SOURCE, updatePlayerTeams,
  type Tx,
} from '../../../slates/index.js';
import { alternativeKeys, matchKey, matchPlayer, type MatchCandidate } from '../match-player.js';

/** One real person of a slate (showdown CPT and FLEX rows are one person) that has no SlatePlayer row yet. */
export interface PersonInput {
  playerKey: string;
  name: string;
  team: string;
  teamId: number;
  positions: string[];
  /** The site's stable player id (DK playerId from the API, FanDuel's player id); CSV draftable ids are per slate. */
  externalId: string | null;
}

export interface ResolvedPlayers {
  playerIds: Map<string, number>;
  created: number;
  matched: number;
  warnings: string[];
}

/**
 * Finds or creates the canonical Player of each person: by the site's stable id, then a manual alias, then
 * normalized name + team (match-player.ts). Ambiguous names create a new player and are reported; a canonical
 * player is never given to two people of the same slate. The slates module does the reads and writes.
 */
export async function resolvePlayers(
  tx: Tx, sportId: number, source: string, persons: PersonInput[],
  /** When the imported slate plays: an older file imported late must not move players back to old teams. */
  slateStartsAt: Date,
): Promise<ResolvedPlayers> {
  const result: ResolvedPlayers = { playerIds: new Map(), created: 0, matched: 0, warnings: [] };
  if (persons.length === 0) return result;
  // The sport decides which positions are team units (NFL "D" is a defense, NHL "D" a defenseman).
  const sport = await loadSportCode(tx, sportId);
  const keys = persons.map((p) => matchKey(p.name, p.team, p.positions, undefined, sport));
  const byExternal = await loadPlayersByExternalId(tx, source, persons.map((p) => p.externalId).filter((x): x is string => x !== null));
  // Candidates are the names themselves, their nickname forms ("willy x" → "guillermo x"), and the same team's
  // players of the same surname (near misses are warned about, not matched).
  const surnames = [...new Set(keys.map((k) => k.slice(k.indexOf(' ') + 1)).filter((s) => s !== '' && !s.endsWith('defense')))];
  const rows = await loadPlayerCandidates(tx, sportId, [...new Set(keys.flatMap((k) => [k, ...alternativeKeys(k)]))], surnames,
    [...new Set(persons.map((p) => p.teamId))]);
  const manual = new Map<string, number>();
  const byKey = new Map<string, MatchCandidate[]>();
  for (const r of rows) {
    if (r.aliasSource === MANUAL_ALIAS_SOURCE) manual.set(r.key, r.id);
    const list = byKey.get(r.key) ?? [];
    if (!list.some((c) => c.id === r.id)) list.push({ id: r.id, normalizedName: r.key, team: r.team, positions: r.position ? [r.position] : [] });
    byKey.set(r.key, list);
  }

  const claimed = new Set<number>();
  const pending: { person: PersonInput; key: string; id: number | null; note: string | null }[] = persons.map((person, i) => {
    const key = keys[i] ?? '';
    const direct = (person.externalId ? byExternal.get(person.externalId) : undefined) ?? manual.get(key);
    if (direct !== undefined) return { person, key, id: direct, note: null };
    const match = matchPlayer({ name: person.name, team: person.team, positions: person.positions, ...(sport ? { sport } : {}) }, byKey);
    if (match.kind === 'ambiguous') result.warnings.push(`${match.message} (created a new player)`);
    if (match.kind === 'none' && match.nearMiss) result.warnings.push(`${match.nearMiss} (created a new player)`);
    return match.kind === 'matched' ? { person, key, id: match.id, note: match.note } : { person, key, id: null, note: null };
  });
  // Exact matches (same team, stable id) claim first, so a same-name player on another team cannot take them.
  for (const p of [...pending.filter((x) => x.note === null), ...pending.filter((x) => x.note !== null)]) {
    if (p.id === null) continue;
    if (claimed.has(p.id)) { p.id = null; continue; }
    claimed.add(p.id);
    if (p.note) result.warnings.push(p.note);
  }

  const fresh = pending.filter((p) => p.id === null);
  const ids = await insertPlayers(tx, sportId, fresh.map((p) => ({ name: p.person.name, normalizedName: p.key, position: p.person.positions[0] ?? null, teamId: p.person.teamId })));
  fresh.forEach((p, i) => { p.id = ids[i] ?? null; });
  const matched = pending.filter((p) => p.id !== null && !fresh.includes(p));
  await updatePlayerTeams(tx, matched.map((p) => ({ playerId: p.id ?? 0, teamId: p.person.teamId })), slateStartsAt);
  await addPlayerExternalIds(tx, source, pending.flatMap((p) => (p.person.externalId !== null ? [{ playerId: p.id ?? 0, externalId: p.person.externalId }] : [])));
  for (const p of pending) if (p.id !== null) result.playerIds.set(p.person.playerKey, p.id);
  result.created = fresh.length;
  result.matched = matched.length;
  return result;
}
