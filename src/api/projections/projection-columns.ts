/**
 * Header aliases for projection CSVs as people export them (DFS tools, spreadsheets, sites): each field lists
 * its accepted headers, best first. Headers are compared lower-cased with everything but letters, digits and %
 * removed, so "Proj. Pts", "proj_pts" and "PROJ PTS" are one header.
 */
export const PROJECTION_FIELDS = [
  'id', 'nameId', 'name', 'team', 'position', 'projection', 'stdev', 'floor', 'ceiling', 'ownership', 'minExposure', 'maxExposure', 'line',
] as const;
export type ProjectionField = (typeof PROJECTION_FIELDS)[number];

const ALIASES: Record<ProjectionField, string[]> = {
  id: ['id', 'siteid', 'playerid', 'dkid', 'fdid', 'draftableid', 'draftkingsid', 'fanduelid', 'dfsid', 'siteplayerid'],
  // DraftKings' "Name + ID" column: "Josh Allen (40742296)".
  nameId: ['name+id', 'nameid'],
  name: ['name', 'player', 'playername', 'fullname', 'player name', 'nickname'],
  team: ['team', 'teamabbrev', 'teamabbreviation', 'tm', 'teamcode', 'tmabbr'],
  position: ['position', 'pos', 'positions', 'rosterposition', 'slot'],
  projection: [
    'projection', 'proj', 'projected', 'projectedpoints', 'projpts', 'projpoints', 'fpts', 'projfpts', 'fantasypoints',
    'points', 'pts', 'mean', 'median', 'dkpts', 'fdpts', 'dkpoints', 'fdpoints', 'fppg', 'avgpointspergame',
  ],
  stdev: ['stdev', 'stddev', 'sd', 'std', 'standarddeviation', 'projstdev', 'volatility'],
  floor: ['floor', 'projfloor', 'low'],
  ceiling: ['ceiling', 'ceil', 'projceiling', 'projceil', 'high', 'upside'],
  ownership: ['ownership', 'own', 'own%', 'ownership%', 'pown', 'pown%', 'projown', 'projownership', 'projectedownership', 'ownpct', 'proj own'],
  minExposure: ['minexposure', 'minexp', 'min', 'minexposure%', 'minexp%', 'min%'],
  maxExposure: ['maxexposure', 'maxexp', 'max', 'maxexposure%', 'maxexp%', 'max%'],
  // NHL even-strength line (1-4), what line stacks group by; "L" is how lineup sites and DFS tools abbreviate it.
  line: ['line', 'evline', 'l', 'linenumber', 'fwdline', 'nhlline'],
};

/** "Proj. Pts" → "projpts"; keeps % so "Own%" differs from "Own" only by the sign. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKD').toLowerCase().replace(/[^a-z0-9%+]/g, '');
}

const normalizedAliases = Object.fromEntries(
  Object.entries(ALIASES).map(([field, list]) => [field, list.map(normalizeHeader)]),
) as Record<ProjectionField, string[]>;

export interface ColumnMap {
  /** Column index per recognized field. */
  fields: Partial<Record<ProjectionField, number>>;
  /** The header text each field was read from, for the report. */
  headers: Partial<Record<ProjectionField, string>>;
  /** Headers that map to no field (kept in the report so a typo is visible). */
  ignored: string[];
}

/** Maps a header row to fields: for each field, the column whose header is its best-ranked alias. */
export function mapColumns(header: string[]): ColumnMap {
  const normalized = header.map(normalizeHeader);
  const used = new Set<number>();
  const map: ColumnMap = { fields: {}, headers: {}, ignored: [] };
  for (const field of PROJECTION_FIELDS) {
    for (const alias of normalizedAliases[field]) {
      const index = normalized.findIndex((h, i) => h === alias && !used.has(i));
      if (index >= 0) {
        map.fields[field] = index;
        map.headers[field] = header[index] ?? '';
        used.add(index);
        break;
      }
    }
  }
  map.ignored = header.filter((h, i) => !used.has(i) && h.trim() !== '');
  return map;
}
