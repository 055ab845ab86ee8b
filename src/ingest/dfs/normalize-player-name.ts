const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

/**
 * Matching key for a person's name across sites: lower case, accents folded, periods and apostrophes dropped,
 * hyphens as spaces, generational suffixes removed. "J.J. McCarthy" → "jj mccarthy",
 * "Ja'Marr Chase" → "jamarr chase", "James Cook III" → "james cook", "César Puello" → "cesar puello".
 */
export function normalizePlayerName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  // Keep a lone suffix-like word ("V") rather than returning an empty key.
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/** Within-slate identity of a person: normalized name + canonical team ("josh allen|BUF"). */
export function buildPlayerKey(name: string, team: string): string {
  return `${normalizePlayerName(name)}|${team}`;
}
