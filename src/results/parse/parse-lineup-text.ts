/**
 * Splits a standings `Lineup` cell ("C Deandre Ayton F Julius Randle G LaMelo Ball ...") into slot + name pairs.
 * DraftKings writes the slots in alphabetical order, so the expected slot sequence (from the roster rules) tells
 * where each name ends even when a name holds a word that is also a slot name.
 */
export interface LineupPick { slot: string; name: string }

export function parseLineupText(text: string, slotNames: readonly string[]): LineupPick[] {
  const expected = [...slotNames].sort();
  const picks = parseInOrder(text, expected);
  return picks ?? parseByTokens(text, new Set(slotNames));
}

function parseInOrder(text: string, expected: string[]): LineupPick[] | null {
  const picks: LineupPick[] = [];
  let rest = ` ${text.trim()}`;
  for (let i = 0; i < expected.length; i++) {
    const slot = expected[i] as string;
    if (!rest.startsWith(` ${slot} `)) return null;
    rest = rest.slice(slot.length + 2);
    const next = expected[i + 1];
    const end = next === undefined ? rest.length : rest.indexOf(` ${next} `);
    if (end < 0) return null;
    picks.push({ slot, name: rest.slice(0, end).trim() });
    rest = rest.slice(end);
  }
  return rest.trim() === '' ? picks : null;
}

/** Fallback for an unexpected slot order: a word that is a slot name starts the next pick. */
function parseByTokens(text: string, slots: ReadonlySet<string>): LineupPick[] {
  const picks: LineupPick[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const current = picks[picks.length - 1];
    if (slots.has(word) || !current) picks.push({ slot: word, name: '' });
    else current.name = current.name === '' ? word : `${current.name} ${word}`;
  }
  return picks.filter((p) => p.name !== '');
}
