import type { Sport } from '../../../core/site-rules.js';

// Positions that exist in exactly one sport's DFS files ("C" is NBA, NHL and MLB, so it decides nothing).
const MARKERS: [Sport, ReadonlySet<string>][] = [
  ['NFL', new Set(['QB', 'RB', 'WR', 'TE', 'DST', 'DEF', 'K'])],
  ['MLB', new Set(['SP', 'RP', 'P', '1B', '2B', '3B', 'SS', 'OF', 'C/1B'])],
  ['NBA', new Set(['PG', 'SG', 'SF', 'PF', 'G/UTIL'])],
  ['NHL', new Set(['LW', 'RW', 'W', 'D', 'G'])],
];

/**
 * Sport of a salary file from the positions it lists (DK files do not name the sport). Returns null when the
 * positions point to no sport or to several (e.g. only centers), so the caller can ask for it explicitly.
 */
export function detectSport(positions: Iterable<string>): Sport | null {
  const seen = new Set(positions);
  const hits = MARKERS.filter(([, markers]) => [...markers].some((p) => seen.has(p))).map(([sport]) => sport);
  // FanDuel NFL defenses are "D", which is also an NHL defenseman: NFL-only positions win.
  if (hits.includes('NFL')) return 'NFL';
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

/** Sport named in a FanDuel file name ("FanDuel-NFL-2025 EST-12 ..."), if any. */
export function sportFromFileName(fileName: string | undefined): Sport | null {
  const m = /(?:^|[^A-Z])(NFL|NBA|MLB|NHL)(?:[^A-Z]|$)/.exec((fileName ?? '').toUpperCase());
  return (m?.[1] as Sport | undefined) ?? null;
}
