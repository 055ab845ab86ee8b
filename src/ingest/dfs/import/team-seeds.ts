import type { Sport } from '../../../core/site-rules.js';
import { ensureTeams as storeTeams, loadExtraTeamAliasRows, type SportTeams, type Tx } from '../../../slates/index.js';
import { teamLookupKey } from '../resolve-team-code.js';
import { TEAMS } from '../team-aliases.js';

/**
 * Makes sure the sport's teams (canonical DK codes) and their built-in aliases from team-aliases.ts are stored, and
 * returns their ids. The slates module writes; this file knows the table and the alias key.
 */
export function ensureTeams(tx: Tx, sport: Sport): Promise<SportTeams> {
  return storeTeams(tx, sport, TEAMS[sport].map((t) => ({
    code: t.code,
    name: t.names[0] ?? t.code,
    city: (t.names[0] ?? '').replace(new RegExp(`\\s*${t.nickname}$`), '') || null,
    aliasKeys: [...t.aliases, ...t.names, t.nickname].map(teamLookupKey),
  })));
}

/**
 * Team aliases users added (TeamAlias rows not from the built-in table), per sport, as parser input:
 * teamLookupKey(alias) → canonical code.
 */
export async function loadExtraTeamAliases(tx: Tx): Promise<Partial<Record<Sport, Map<string, string>>>> {
  const result: Partial<Record<Sport, Map<string, string>>> = {};
  for (const r of await loadExtraTeamAliasRows(tx)) (result[r.sport] ??= new Map()).set(teamLookupKey(r.alias), r.code);
  return result;
}
