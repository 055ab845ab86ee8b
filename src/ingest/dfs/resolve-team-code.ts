import type { Sport } from '../../core/site-rules.js';
import { TEAMS } from './team-aliases.js';

/** Upper-case, accents and punctuation removed: "St. Louis Blues" → "STLOUISBLUES", "Bos" → "BOS". */
export function teamLookupKey(raw: string): string {
  return raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const lookups = new Map<Sport, Map<string, string>>();

function lookupFor(sport: Sport): Map<string, string> {
  let map = lookups.get(sport);
  if (map) return map;
  map = new Map();
  for (const team of TEAMS[sport]) {
    for (const key of [team.code, ...team.aliases, ...team.names, team.nickname]) {
      const k = teamLookupKey(key);
      const prev = map.get(k);
      // A key two teams share (never expected) must not resolve to either: fail loudly in tests instead.
      if (prev !== undefined && prev !== team.code) throw new Error(`team key ${k} is ambiguous in ${sport}: ${prev}, ${team.code}`);
      map.set(k, team.code);
    }
  }
  lookups.set(sport, map);
  return map;
}

/**
 * Canonical (DraftKings) team code for any code, alias, full name or nickname a source uses
 * ("JAC" → "JAX", "Kansas City Chiefs" → "KC", FanDuel MLB "LOS" → "LAD"); null when unknown.
 * `extra` holds aliases kept in the database (TeamAlias), checked first.
 */
export function resolveTeamCode(sport: Sport, raw: string, extra?: ReadonlyMap<string, string>): string | null {
  const key = teamLookupKey(raw);
  if (key === '') return null;
  return extra?.get(key) ?? lookupFor(sport).get(key) ?? null;
}

/** Every canonical code of a sport (for validation and seeding the Team table). */
export function listTeamCodes(sport: Sport): string[] {
  return TEAMS[sport].map((team) => team.code);
}
