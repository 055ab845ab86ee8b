import type { Sport } from '../../core/site-rules.js';
import { nicknameKeys, sameFirstName } from './nicknames.js';
import { normalizePlayerName } from './normalize-player-name.js';

/** A canonical player already known (from the database), as the matcher needs it. */
export interface MatchCandidate {
  id: number;
  normalizedName: string;
  team: string | null;
  positions: string[];
}

export interface MatchQuery {
  name: string;
  team: string;
  positions: string[];
  /** Decides which positions are a team unit: "D" is an NFL defense on FanDuel but an NHL defenseman. */
  sport?: Sport;
}

export type MatchResult =
  | { kind: 'matched'; id: number; note: string | null }
  /**
   * `nearMiss`: a known player of the same team and surname whose first name is close (a nickname on another team,
   * "Nic"/"Nicolas", a typo), worth a warning when a new canonical player is created for this name.
   */
  | { kind: 'none'; normalizedName: string; nearMiss?: string }
  | { kind: 'ambiguous'; normalizedName: string; ids: number[]; message: string };

/**
 * Team defenses are one "player" per team; their display names differ by site ("Ravens" vs "Baltimore Ravens").
 * Only NFL has them: "D" is FanDuel's NFL defense but a person in NHL (a defenseman), so it counts only for NFL.
 * A caller that does not say the sport gets the NFL reading (the matcher's behaviour before sports were told apart);
 * every NHL caller must pass the sport.
 */
const NFL_TEAM_UNITS: ReadonlySet<string> = new Set(['DST', 'D', 'DEF']);
const TEAM_UNIT_POSITIONS: Partial<Record<Sport, ReadonlySet<string>>> = { NFL: NFL_TEAM_UNITS };
const PITCHERS = new Set(['P', 'SP', 'RP']);

/**
 * Key under which a query or candidate is looked up (and Player.normalizedName): people by normalized name, team
 * defenses by team ("bal defense"), since DK says "Ravens" and FanDuel "Baltimore Ravens".
 */
export function matchKey(name: string, team: string | null, positions: readonly string[], overrides?: ReadonlyMap<string, string>, sport?: Sport): string {
  if (isTeamUnit(positions, sport)) return `${(team ?? '').toLowerCase()} defense`;
  const normalized = normalizePlayerName(name);
  return overrides?.get(normalized) ?? normalized;
}

/**
 * Finds the canonical player a slate row belongs to. Same name and team → that player. Same name on another
 * team → that player (a trade), with a note. Several candidates → ambiguous, reported to the caller; never
 * guessed. A pitcher never matches a hitter of the same name (two "Will Smith"s in MLB).
 * `overrides` maps a normalized alias to the normalized canonical name ("gabe davis" → "gabriel davis").
 */
export function matchPlayer(query: MatchQuery, byKey: ReadonlyMap<string, MatchCandidate[]>, overrides?: ReadonlyMap<string, string>): MatchResult {
  const key = matchKey(query.name, query.team, query.positions, overrides, query.sport);
  const candidates = (byKey.get(key) ?? []).filter((c) => compatiblePositions(c.positions, query.positions));
  const sameTeam = candidates.filter((c) => c.team === query.team);
  if (sameTeam.length === 1 && sameTeam[0]) return { kind: 'matched', id: sameTeam[0].id, note: null };
  const pool = (sameTeam.length > 1 ? sameTeam : candidates).sort((a, b) => a.id - b.id);
  if (pool.length === 0) return matchByNickname(query, key, byKey);
  if (pool.length === 1 && pool[0]) {
    const c = pool[0];
    return { kind: 'matched', id: c.id, note: `${query.name} (${query.team}) matched player #${c.id} last seen on ${c.team ?? 'no team'}` };
  }
  const ids = pool.map((c) => c.id);
  return {
    kind: 'ambiguous', normalizedName: key, ids,
    message: `ambiguous player "${query.name}" (${query.team}): matches players ${pool.map((c) => `#${c.id} ${c.team ?? '?'}`).join(', ')}; ` +
      'add a player alias to choose one (sportsdata players alias <player-id> <name>)',
  };
}

/**
 * No player under the name itself: the same person under a nickname or given name on the same team ("Willy" /
 * "Guillermo" Hernangomez) is matched with a note; otherwise a near miss is reported (never matched silently).
 */
function matchByNickname(query: MatchQuery, key: string, byKey: ReadonlyMap<string, MatchCandidate[]>): MatchResult {
  const person = !isTeamUnit(query.positions, query.sport);
  const variants = person ? nicknameKeys(key).flatMap((k) => byKey.get(k) ?? []).filter((c) => compatiblePositions(c.positions, query.positions)) : [];
  const onTeam = [...new Map(variants.filter((c) => c.team === query.team).map((c) => [c.id, c])).values()];
  if (onTeam.length === 1 && onTeam[0]) {
    const c = onTeam[0];
    return { kind: 'matched', id: c.id, note: `${query.name} (${query.team}) matched player #${c.id} "${c.normalizedName}" by nickname` };
  }
  const near = person ? findNearMiss(query, key, byKey) : [];
  if (near.length === 0) return { kind: 'none', normalizedName: key };
  return {
    kind: 'none', normalizedName: key,
    nearMiss: `possible duplicate player "${query.name}" (${query.team}): close to ${near.map((c) => `#${c.id} "${c.normalizedName}" (${c.team ?? '?'})`).join(', ')}; ` +
      'if the same person, add a player alias (sportsdata players alias <player-id> <name>)',
  };
}

/**
 * Known players that may be this one under another spelling: same surname, and a first name that is a nickname of
 * it (any team), or on the same team a first name with the same initial, one the prefix of the other, or two letters
 * apart ("Nic"/"Nicolas", "Kenyon"/"KJ", "Jakob"/"Jacob").
 */
export function findNearMiss(query: MatchQuery, key: string, byKey: ReadonlyMap<string, MatchCandidate[]>): MatchCandidate[] {
  const [first, surname] = splitName(key);
  if (!surname) return [];
  const found = new Map<number, MatchCandidate>();
  for (const list of byKey.values()) {
    for (const c of list) {
      const [otherFirst, otherSurname] = splitName(c.normalizedName);
      if (otherSurname !== surname || otherFirst === first || found.has(c.id) || !compatiblePositions(c.positions, query.positions)) continue;
      const nickname = sameFirstName(first, otherFirst);
      const close = c.team === query.team && (first[0] === otherFirst[0] || first.startsWith(otherFirst) || otherFirst.startsWith(first) || editDistance(first, otherFirst) <= 2);
      if (nickname || close) found.set(c.id, c);
    }
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

function splitName(normalized: string): [string, string] {
  const space = normalized.indexOf(' ');
  return space <= 0 ? [normalized, ''] : [normalized.slice(0, space), normalized.slice(space + 1)];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Other keys a person may be stored under (nickname ↔ given name), for loading candidates before matchPlayer. */
export function alternativeKeys(key: string): string[] {
  return nicknameKeys(key);
}

/** Whether a row with these positions is a team unit (an NFL defense) rather than a person, in that sport. */
export function isTeamUnit(positions: readonly string[], sport?: Sport): boolean {
  const units = sport === undefined ? NFL_TEAM_UNITS : TEAM_UNIT_POSITIONS[sport];
  return units !== undefined && positions.some((p) => units.has(p));
}

function compatiblePositions(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((p) => PITCHERS.has(p)) === b.some((p) => PITCHERS.has(p));
}
