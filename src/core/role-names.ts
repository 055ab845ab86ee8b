/** The roles one process can run, picked by ROLE (a comma list; all when unset). */
export const ROLE_NAMES = [
  'ingest-dfs',
  'ingest-odds',
  'ingest-weather',
  'ingest-injury',
  'ingest-stats',
  'sim-engine',
  'optimizer',
  'backend-api',
  'frontend',
] as const;

export type RoleName = (typeof ROLE_NAMES)[number];

export function isRoleName(value: string): value is RoleName {
  return (ROLE_NAMES as readonly string[]).includes(value);
}

/** Parses a ROLE value: unset or empty means every role; an unknown name throws, naming the valid ones. */
export function parseRoles(value: string | undefined): RoleName[] {
  const names = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return [...ROLE_NAMES];
  const unknown = names.filter((n) => !isRoleName(n));
  if (unknown.length > 0) {
    throw new Error(`unknown role ${unknown.map((u) => `"${u}"`).join(', ')}; valid roles: ${ROLE_NAMES.join(', ')}`);
  }
  return [...new Set(names as RoleName[])];
}
