/** Types of choose-entry.mjs (plain JavaScript: bin.mjs runs it before anything is compiled). */
export interface EntryChoice { kind: 'bundle' | 'compiled' | 'source'; file: string }
export function chooseEntry(root: string, args: string[], env: Record<string, string | undefined>): EntryChoice;
