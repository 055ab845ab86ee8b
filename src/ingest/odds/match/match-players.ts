/** A canonical player the prop's player name may be. */
export interface PlayerCandidate<TId> {
  id: TId;
  name: string;
  /** Canonical team code. */
  team: string | null;
  /** Natural positions; a team defense is recognised by 'DST' (DraftKings) or 'D' (FanDuel). */
  positions: readonly string[];
}

/** How one prop `description` matched. */
export type PlayerMatch<TId> =
  | { status: 'matched'; playerId: TId }
  | { status: 'unmatched'; reason: 'not_found' | 'ambiguous'; candidates: TId[] };

// Books name defenses "Indianapolis Colts D/ST" or "Indianapolis Colts Defense".
const DEFENSE_SUFFIX = /\s+(D\/ST|DST|Defense)$/i;
const DEFENSE_POSITIONS = new Set(['DST', 'D', 'DEF']);

/**
 * Matches prop player names (`description`) to canonical players by normalized name (the DFS module's
 * `normalizePlayerName`), restricted to the game's candidates. Two candidates with the same normalized
 * name are reported as ambiguous, never guessed. Team defenses match the DST/D player of that team.
 */
export function matchPlayers<TId>(input: {
  names: readonly string[];
  candidates: readonly PlayerCandidate<TId>[];
  normalize: (name: string) => string;
  resolveTeam: (name: string) => string | null;
}): Map<string, PlayerMatch<TId>> {
  const byName = new Map<string, PlayerCandidate<TId>[]>();
  for (const c of input.candidates) {
    const key = input.normalize(c.name);
    const list = byName.get(key);
    if (list) list.push(c);
    else byName.set(key, [c]);
  }
  const result = new Map<string, PlayerMatch<TId>>();
  for (const name of new Set(input.names)) {
    let found = byName.get(input.normalize(name)) ?? [];
    if (found.length === 0 && DEFENSE_SUFFIX.test(name)) {
      const team = input.resolveTeam(name.replace(DEFENSE_SUFFIX, ''));
      found = team ? input.candidates.filter((c) => c.team === team && c.positions.some((p) => DEFENSE_POSITIONS.has(p))) : [];
    }
    // The same person can appear once per site/slate only as one canonical id; duplicates by id are one match.
    const ids = [...new Set(found.map((c) => c.id))];
    const [only] = ids;
    if (ids.length === 1 && only !== undefined) result.set(name, { status: 'matched', playerId: only });
    else result.set(name, { status: 'unmatched', reason: ids.length === 0 ? 'not_found' : 'ambiguous', candidates: ids });
  }
  return result;
}
